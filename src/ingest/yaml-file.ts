// Parses a YAML file keeping positions, so a problem in a value can name its line.
//
// Two parsers: js-yaml reads the data (about 10× faster than the `yaml` package, and it keeps nothing but the value);
// `yaml` builds the document with positions only when a line is asked for (a problem to report) or when js-yaml
// refuses the file (a syntax error, a duplicate key, a tag), so every message about a file comes from one parser, and
// a corpus without problems never pays for positions. Both read plain scalars by YAML 1.2's core schema (`yaml`'s
// default): js-yaml's own would read `1_000`, `0b101` or `-0x1` as numbers.
import { FAILSAFE_SCHEMA, Type, load } from "js-yaml";
import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument, type Document, type Scalar } from "yaml";
import type { YamlFile } from "../model/corpus.js";
import type { Problem } from "../model/problem.js";

/** How many times aliases may copy a value before the file is refused. */
const MAX_ALIAS_COUNT = 100;

const NULL = /^(?:~|null|Null|NULL)?$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT =
  /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

const coreNull = new Type("tag:yaml.org,2002:null", {
  kind: "scalar",
  resolve: (data: unknown) => data === null || (typeof data === "string" && NULL.test(data)),
  construct: () => null,
  predicate: (value: unknown) => value === null,
});

const coreBool = new Type("tag:yaml.org,2002:bool", {
  kind: "scalar",
  resolve: (data: unknown) => typeof data === "string" && BOOL.test(data),
  construct: (data: string) => data[0] === "t" || data[0] === "T",
  predicate: (value: unknown) => typeof value === "boolean",
});

const coreInt = new Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (data: unknown) => typeof data === "string" && INT.test(data),
  construct: (data: string) =>
    data.startsWith("0o")
      ? parseInt(data.slice(2), 8)
      : data.startsWith("0x")
        ? parseInt(data.slice(2), 16)
        : Number(data),
  predicate: (value: unknown) => typeof value === "number" && Number.isInteger(value),
});

const coreFloat = new Type("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: (data: unknown) => typeof data === "string" && FLOAT.test(data),
  construct: (data: string) => {
    const bare = data.replace(/^[-+]/, "").toLowerCase();
    if (bare === ".inf") return data.startsWith("-") ? -Infinity : Infinity;
    return bare === ".nan" ? NaN : Number(data);
  },
  predicate: (value: unknown) => typeof value === "number",
});

/** YAML 1.2 core: null, booleans, and numbers as the spec (and `yaml`) reads them; no timestamps, no merge keys. */
const CORE = FAILSAFE_SCHEMA.extend({ implicit: [coreNull, coreBool, coreInt, coreFloat] });

/** Whether a value reaches some object twice: the mark of an alias (`*name`), which only `yaml` bounds. */
function sharesObjects(value: unknown, seen = new Set<object>()): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (seen.has(value)) return true;
  seen.add(value);
  return Object.values(value).some((child) => sharesObjects(child, seen));
}

/** The message of an unresolved git merge conflict; sortProblems puts it first, as what follows may come from it. */
export const MERGE_CONFLICT = "unresolved git merge conflict";

/**
 * The line ranges (1-based, inclusive) of git's conflict markers left in a text: `<<<<<<<` … `>>>>>>>`, with
 * `=======` (and `|||||||` in diff3 style) between. A `<<<<<<<` never closed runs to the end of the text.
 */
export function mergeConflicts(text: string): [number, number][] {
  if (!text.includes("<<<<<<<")) return [];
  const lines = text.split("\n");
  const ranges: [number, number][] = [];
  let start: number | undefined;
  lines.forEach((line, index) => {
    if (line.startsWith("<<<<<<<")) start ??= index + 1;
    else if (line.startsWith(">>>>>>>") && start !== undefined) {
      ranges.push([start, index + 1]);
      start = undefined;
    }
  });
  if (start !== undefined) ranges.push([start, lines.length]);
  return ranges;
}

export function parseYamlFile(file: string, text: string, problems: Problem[]): YamlFile {
  const conflicts = mergeConflicts(text);
  if (conflicts.length > 0) {
    // Not a YAML mistake to locate: the file holds two versions, and which to keep is the user's call.
    problems.push({
      severity: "error",
      file,
      line: conflicts[0]![0],
      field: "",
      message: `${MERGE_CONFLICT} (${conflicts.length === 1 ? "lines" : `${conflicts.length} of them, lines`} ${conflicts.map(([a, b]) => `${a}–${b}`).join(", ")})`,
      hint: "keep one side or both, and delete the marker lines <<<<<<<, ======= and >>>>>>>",
    });
    return { file, data: undefined, lineOf: () => undefined, keyLineOf: () => undefined };
  }
  let data: unknown;
  try {
    data = load(text, { schema: CORE });
  } catch {
    return parseWithPositions(file, text, problems);
  }
  // An alias can make a small file expand without bound ("billion laughs"): `yaml` caps that, js-yaml does not. And
  // an explicit tag (`!!float 1`) is where the two parsers part ways: `yaml` warns and keeps the text.
  if (data === undefined || text.includes("!!") || (text.includes("*") && sharesObjects(data))) {
    return parseWithPositions(file, text, problems);
  }
  let positioned: YamlFile | undefined;
  return {
    file,
    data,
    lineOf: (path) => (positioned ??= parseWithPositions(file, text, [])).lineOf(path),
    keyLineOf: (path) => (positioned ??= parseWithPositions(file, text, [])).keyLineOf(path),
  };
}

/**
 * The key a DUPLICATE_KEY error points at (the second of the two, starting at `offset`), with the first and the path of
 * the map holding both, or undefined if it is not found.
 */
function repeatedKey(
  node: unknown,
  offset: number,
  path: (string | number)[],
): { name: string; path: (string | number)[]; keys: [Scalar, Scalar] } | undefined {
  if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) {
      const found = repeatedKey(item, offset, [...path, index]);
      if (found) return found;
    }
  } else if (isMap(node)) {
    const seen = new Map<unknown, Scalar>();
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const first = seen.get(pair.key.value);
      if (first && pair.key.range?.[0] === offset)
        return { name: String(pair.key.value), path, keys: [first, pair.key] };
      if (!first) seen.set(pair.key.value, pair.key);
      const found = repeatedKey(pair.value, offset, [...path, String(pair.key.value)]);
      if (found) return found;
    }
  }
  return undefined;
}

/** What the map at `path` is, in words: `this claim`, `this evidence item`, `the file`. */
function whereIn(path: (string | number)[]): string {
  if (path.length === 0) return "the file";
  const [list, index] = path.slice(-2);
  if (typeof index !== "number") return `\`${String(path.at(-1))}\``;
  const names: Record<string, string> = { claims: "claim", attributes: "attribute", evidence: "evidence item" };
  return `this ${names[String(list)] ?? "entry"}`;
}

/** Where a key's name starts on a line: after its indentation and any "- " of a list item. */
const keyColumn = (line: string) => /^[ ]*(?:- +)*/.exec(line)![0].length;

/**
 * A field indented further than the one above it ("kind: direct-quote" then "    occurrence: 2"), which YAML reads as
 * part of the value above and reports at that line as a "compact mapping" or "implicit key" error: the problem is put
 * at the line that slid, in words a reader can act on. Undefined for any other error.
 */
function overIndented(
  text: string,
  line: number,
  code: string,
): Omit<Problem, "severity" | "file" | "field"> | undefined {
  if (code !== "BLOCK_AS_IMPLICIT_KEY" && code !== "MULTILINE_IMPLICIT_KEY") return undefined;
  const lines = text.split("\n");
  const above = lines[line - 1];
  const at = lines.findIndex((l, i) => i >= line && l.trim() !== "" && !l.trimStart().startsWith("#"));
  if (above === undefined || at === -1) return undefined;
  const below = lines[at]!;
  const key = /^\s*([^:#\s][^:#]*):(?:\s|$)/.exec(below)?.[1];
  const field = /^[ ]*(?:- +)*([^:#\s][^:#]*):/.exec(above)?.[1];
  if (!key || !field || keyColumn(below) <= keyColumn(above)) return undefined;
  return {
    line: at + 1,
    message: `\`${key.trim()}\` is indented further than \`${field.trim()}\` on the line above, so YAML reads it as part of that value`,
    value: below.trimEnd(),
    hint: `line \`${key.trim()}:\` up under \`${field.trim()}:\` (${keyColumn(above)} spaces before it), or further in only under a field that has no value of its own`,
  };
}

/**
 * Lines indented at the top of a file, with nothing above them they could belong to (a block pasted among the header
 * comments): YAML reads them as the file's one value and reports the first field after them at column 1, lines below
 * the cause. The problem is put at the block's first line, naming where the parser stopped. Undefined when some line
 * above the error is indented no further than the error's column (the lines then belong to a field above them).
 */
function indentedOpening(
  text: string,
  line: number,
  column: number,
): Omit<Problem, "severity" | "file" | "field"> | undefined {
  const lines = text.split("\n");
  const content = (l: string) => l.trim() !== "" && !l.trimStart().startsWith("#");
  const indent = (l: string) => /^[ ]*/.exec(l)![0].length;
  const above = lines
    .slice(0, line - 1)
    .map((l, i) => ({ l, at: i + 1 }))
    .filter(({ l }) => content(l));
  if (above.length === 0 || above.some(({ l }) => indent(l) < column)) return undefined;
  const [first, last] = [above[0]!, above.at(-1)!];
  const spaces = indent(first.l);
  const lineRange = first.at === last.at ? `line ${first.at} is` : `lines ${first.at}–${last.at} are`;
  const stopped = /^\s*([^:#\s][^:#]*):/.exec(lines[line - 1] ?? "")?.[1]?.trim();
  return {
    line: first.at,
    message:
      `${lineRange} indented (${spaces} space${spaces === 1 ? "" : "s"}) with no field above to belong to, so YAML ` +
      `cannot go on at ${stopped ? `\`${stopped}:\`` : "the text"} on line ${line}`,
    value: first.l.trimEnd(),
    hint:
      first.at === last.at
        ? "take the spaces off the start of that line so it lines up with the file's other top-level fields, or comment it out with #"
        : "take the spaces off the start of those lines so they line up with the file's other top-level fields, or comment them out with #",
  };
}

function parseWithPositions(file: string, text: string, problems: Problem[]): YamlFile {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const keyLineOf = (path: readonly PropertyKey[]): number | undefined => {
    const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1) as unknown[], true);
    const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === path.at(-1)) : undefined;
    return isScalar(pair?.key) && pair.key.range ? lineCounter.linePos(pair.key.range[0]).line : lineOf(path);
  };
  if (doc.errors.length > 0) {
    // Only the first: later syntax errors are nearly always the parser losing its footing after it.
    for (const error of doc.errors.slice(0, 1)) {
      const twice = error.code === "DUPLICATE_KEY" ? repeatedKey(doc.contents, error.pos[0], []) : undefined;
      if (twice) {
        const [first, second] = twice.keys.map((key) => lineCounter.linePos(key.range![0]).line);
        problems.push({
          severity: "error",
          file,
          line: second,
          field: [...twice.path, twice.name].join("."),
          message: `\`${twice.name}\` appears twice in ${whereIn(twice.path)}: lines ${first} and ${second}`,
          hint: "keep one of the two lines and delete the other: a field is given once",
        });
        continue;
      }
      const line = error.linePos?.[0]?.line;
      const column = error.linePos?.[0]?.col;
      const slid =
        line === undefined
          ? undefined
          : (overIndented(text, line, error.code) ??
            (column === undefined ? undefined : indentedOpening(text, line, column)));
      if (slid) {
        problems.push({ severity: "error", file, field: "", ...slid });
        continue;
      }
      // The line where the parser stopped, as written (indentation included); blank at the end of the file.
      const seen = line === undefined ? undefined : text.split("\n")[line - 1]?.trimEnd();
      // The parser's stack ran out: brackets or indentation thousands of levels deep, not a syntax it could name.
      const tooDeep = /Maximum call stack size exceeded/.test(error.message);
      problems.push({
        severity: "error",
        file,
        line,
        field: "",
        message: tooDeep
          ? "YAML nested too deeply to read"
          : `YAML syntax error: ${error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}`,
        value: seen || undefined,
        hint: tooDeep
          ? "an annotation needs a few levels: look for a bracket never closed, or lines indented further and further"
          : 'check indentation, a missing colon or an unclosed quote near this line; inside "…", write a quotation mark as \\"',
      });
    }
    return { file, data: undefined, lineOf, keyLineOf };
  }
  for (const warning of doc.warnings) {
    problems.push({
      severity: "warning",
      file,
      line: warning.linePos?.[0]?.line,
      field: "",
      message: `YAML: ${warning.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}`,
    });
  }
  try {
    return { file, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), lineOf, keyLineOf };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    // `yaml` refuses aliases that expand beyond the cap (a "billion laughs" file) with a ReferenceError.
    const lines = text.split("\n");
    const at = lines.findIndex((l) => /(?:^|[\s,[{])\*[^\s,\]}]/.test(l));
    problems.push({
      severity: "error",
      file,
      line: at === -1 ? 1 : at + 1,
      field: "",
      message: `YAML aliases expand too far (more than ${MAX_ALIAS_COUNT} copies)`,
      value: at === -1 ? undefined : lines[at]!.trimEnd(),
      hint: "write the values out instead of repeating them with &anchor / *alias",
    });
    return { file, data: undefined, lineOf, keyLineOf };
  }
}
