// Reads a corpus folder: source texts and their metadata, the registry and the annotation files. Each file is checked
// against its schema here; links between files are checked in validate.ts.
import { createHash } from "node:crypto";
import { basename, dirname, join, relative } from "node:path";
import type { z } from "zod";
import {
  AnnotationFileSchema,
  AttributeClaimSchema,
  CalendarDateSchema,
  ClaimSchema,
  EvidenceInputSchema,
  IdSchema,
  REGISTRY_SECTIONS,
  RegistrySchema,
  RelationSchema,
  SourceEntitiesSchema,
  SourceMetaSchema,
  type AnnotationFile,
  type Registry,
  type SourceEntities,
  type SourceMeta,
} from "../model/schema.js";
import type {
  ClaimFragment,
  LoadedAnnotations,
  LoadedSource,
  PartialAnnotations,
  PartialRegistry,
  PartialSource,
  RawCorpus,
  Repair,
  UnreadAnnotations,
  YamlFile,
} from "../model/corpus.js";
import { putBackSetAside } from "../io/atomic.js";
import type { Problem } from "../model/problem.js";
import { MAX_ORIGINAL_BYTES, MAX_SOURCE_BYTES } from "../model/settings.js";
import { isFolder, listCorpusFolder, readRegularFile, somethingAt } from "./files.js";
import { nearest } from "../model/nearest.js";
import { parseCharacter, repairText } from "./repair.js";
import { parseYamlFile } from "./yaml-file.js";

export function tooLarge(size: number, shownAs: string, maxBytes: number): Problem {
  return {
    severity: "error",
    file: shownAs,
    field: "",
    message: `file is too large (${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${maxBytes / 1024 / 1024} MB)`,
    hint: tooLargeHint(shownAs),
  };
}

/**
 * Reads a text file as strict UTF-8, reporting binary, non-UTF-8, empty and oversized files as problems, and what is
 * not a regular file (a folder, a broken link, a named pipe, a device) or cannot be read, without reading it.
 */
export function readText(path: string, shownAs: string, problems: Problem[], maxBytes = MAX_SOURCE_BYTES) {
  const read = readRegularFile(path, shownAs, maxBytes);
  if ("problem" in read) return void problems.push(read.problem);
  if ("tooLarge" in read) return void problems.push(tooLarge(read.tooLarge, shownAs, maxBytes));
  return decodeText(read.bytes, shownAs, problems, maxBytes);
}

/** Bytes from elsewhere (standard input), checked as readText checks a file's: not too large, not empty, text, UTF-8. */
export function decodeText(bytes: Buffer, shownAs: string, problems: Problem[], maxBytes = MAX_SOURCE_BYTES) {
  if (bytes.length > maxBytes) return void problems.push(tooLarge(bytes.length, shownAs, maxBytes));
  if (bytes.length === 0) {
    problems.push({
      severity: "error",
      file: shownAs,
      field: "",
      message: "file is empty",
      hint: "add its content or delete it",
    });
    return undefined;
  }
  if (bytes.includes(0)) {
    problems.push({
      severity: "error",
      file: shownAs,
      line: bytes.subarray(0, bytes.indexOf(0)).toString("latin1").split("\n").length,
      field: "",
      message: "file is binary (it contains NUL bytes)",
      hint: "sources and annotations must be plain text; export the document as .txt first",
    });
    return undefined;
  }
  try {
    return { bytes, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    problems.push({
      severity: "error",
      file: shownAs,
      line: bytes.subarray(0, bad).toString("latin1").split("\n").length,
      field: "",
      message: `file is not valid UTF-8 (byte 0x${bytes[bad]?.toString(16).padStart(2, "0")} at offset ${bad})`,
      hint: notUtf8Hint(shownAs),
    });
    return undefined;
  }
}

/**
 * How to mend a file that is not UTF-8. A source's text is re-added from its original, as add-source reads it in the
 * encoding given (it keeps the text as UTF-8 and the file as <id>.original.txt); other files are saved again as UTF-8.
 */
function notUtf8Hint(shownAs: string): string {
  const source = /^sources\/([^/]+)\.txt$/.exec(shownAs);
  if (source)
    return (
      `move sources/${source[1]}.txt and sources/${source[1]}.yaml out of the corpus and re-add the original with ` +
      `\`panelgraph add-source <file> --encoding windows-1252 --id ${source[1]}\` (or the encoding it was saved in: ` +
      "utf-16le, utf-16be, latin1)"
    );
  return "save it again as UTF-8 in its editor (Notepad: File › Save As, Encoding UTF-8)";
}

/** How to bring a file under the size limit: a source splits by session, annotations by part. */
function tooLargeHint(shownAs: string): string {
  const annotations = /^annotations\/([^./]+)[^/]*\.yaml$/.exec(shownAs);
  if (annotations) {
    return `split it into several annotation files of the source, named ${annotations[1]}.<part>.yaml`;
  }
  if (shownAs === "registry.yaml") return "a registry holds entities only, in kilobytes: check it is the right file";
  return "split the source into one file per session or report";
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search for the shortest prefix that fails to decode; `stream` keeps a sequence cut short by the prefix
  // from counting as an error, so the prefix fails exactly when it reaches the bad byte.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  // A lead byte whose sequence was cut short is where the mistake is, not the byte that cut it.
  for (let k = 1; k <= 3 && lo - k >= 0; k++) {
    const byte = bytes[lo - k]!;
    if (byte >= 0xc0) return lo - k;
    if (byte < 0x80) break;
  }
  return lo;
}

/** How to write a field of the `expected` type, for a value YAML read as another type. */
function typeHint(expected: string, value: unknown): string | undefined {
  if (value === null) return "give it a value: it is empty";
  const scalar = typeof value === "string" || typeof value === "number" || typeof value === "boolean";
  switch (expected) {
    case "array":
      return scalar ? `write a list, e.g. [${String(value)}]` : "write a list: start each item with `- `";
    case "string":
      return scalar ? `put it in quotes, "${String(value)}", so YAML reads it as text` : "write one line of text";
    case "number":
      return typeof value === "string" && /^\d+$/.test(value) ? `write it without quotes: ${value}` : "write a number";
    case "object":
      return "write its fields as `name: value` lines, indented under it";
    default:
      return undefined;
  }
}

/** What the value of an enum field is called in a message, by the field's name. */
const ENUM_NAMES: Record<string, string> = {
  relation: "relation",
  kind: "kind",
  name: "attribute name",
  status: "review status",
  format: "format",
};

/** The schema inside the wrappers that hold no fields of their own: optional, default, a preprocessing step. */
function unwrapped(schema: z.core.$ZodType): z.core.$ZodType {
  const def = schema._zod.def as z.core.$ZodTypeDef & { innerType?: z.core.$ZodType; out?: z.core.$ZodType };
  if (["optional", "nullable", "default", "prefault"].includes(def.type) && def.innerType)
    return unwrapped(def.innerType);
  if (def.type === "pipe" && def.out) return unwrapped(def.out);
  return schema;
}

/** The schema of the value at `path` in what `schema` reads (objects and lists only), or undefined. */
function schemaAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): z.core.$ZodType | undefined {
  let at: z.core.$ZodType | undefined = unwrapped(schema);
  for (const key of path) {
    const def: z.core.$ZodTypeDef & { shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType } =
      at._zod.def;
    const next: z.core.$ZodType | undefined =
      def.type === "object" && typeof key === "string"
        ? def.shape?.[key]
        : def.type === "array" && typeof key === "number"
          ? def.element
          : undefined;
    if (next === undefined) return undefined;
    at = unwrapped(next);
  }
  return at;
}

/** The fields an object at `path` may have, for a "did you mean" on an unknown one. */
function fieldsAt(schema: z.core.$ZodType | undefined, path: readonly PropertyKey[]): string[] {
  const at = schema && schemaAt(schema, path);
  const def = at?._zod.def as (z.core.$ZodTypeDef & { shape?: Record<string, unknown> }) | undefined;
  return def?.type === "object" && def.shape ? Object.keys(def.shape) : [];
}

/** A list item's kind in words, from the list it is in: `claims.3` → "claim", `claims.3.evidence.0` → "evidence item". */
function itemName(path: readonly PropertyKey[]): string {
  const list = typeof path.at(-1) === "number" ? path.at(-2) : path.at(-1);
  const names: Record<string, string> = { claims: "claim", evidence: "evidence item", attributes: "attribute" };
  return names[String(list)] ?? `\`${String(list)}\` entry`;
}

/**
 * The item above `path` that has a field `key` (a claim, `claims.3`), when the key is not a field at `path`: a
 * field indented under the item below the one it belongs to (a claim's `role` under its evidence item).
 */
function fieldOwner(
  schema: z.core.$ZodType | undefined,
  path: readonly PropertyKey[],
  key: string,
): { name: string; path: string } | undefined {
  for (let depth = path.length - 1; depth >= 0; depth--) {
    const above = path.slice(0, depth);
    if (typeof above.at(-1) !== "number") continue;
    if (fieldsAt(schema, above).includes(key)) return { name: itemName(above), path: above.map(String).join(".") };
  }
  return undefined;
}

/** Fields a user may write on an evidence item to say where it is: the place is found from the quote instead. */
const PLACE_FIELDS = new Set(["page", "pages", "page_end", "pageEnd", "line", "lines", "start", "end"]);

/** Where the annotation format is described, for a field that is not in it. */
const FORMAT_DOC = "the format is described in docs/annotation-format.md";

/**
 * Turns zod issues into problems located at their line in the YAML file. With the `schema` that was applied, an unknown
 * field gets the nearest known one and a date field its own message.
 */
export function schemaProblems(file: YamlFile, error: z.ZodError, data: unknown, schema?: z.ZodType): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    const path = issue.path as PropertyKey[];
    if (issue.code === "unrecognized_keys") {
      // One problem a field, at the field's own line, with the known field it is nearest to.
      const known = fieldsAt(schema, path);
      return issue.keys.map((key) => {
        const close = nearest(key, known, 1);
        const owner = fieldOwner(schema, path, key);
        return {
          severity: "error",
          file: file.file,
          line: file.keyLineOf([...path, key]),
          field: [...path, key].map(String).join("."),
          message: `unknown field \`${key}\``,
          hint: owner
            ? `\`${key}\` is a field of the ${owner.name} (${owner.path}), not of the ${itemName(path)} it is ` +
              `indented under: move it back out, in line with the ${owner.name}'s other fields; ${FORMAT_DOC}`
            : itemName(path) === "evidence item" && PLACE_FIELDS.has(key)
              ? `a passage's place is found from its quote, not written: its line from the source's text, its page ` +
                `from the source's \`pages:\` (sources/<source>.yaml, which add-source writes for a PDF); remove ` +
                `\`${key}\`, and where the quote occurs more than once, say which with \`occurrence: N\` (1 = first)`
              : close.length > 0
                ? `did you mean \`${close[0]}\`? If not, remove it; ${FORMAT_DOC}`
                : `remove it or correct its spelling; ${FORMAT_DOC}`,
        };
      });
    }
    let value: unknown = data;
    for (const key of path) value = value == null ? undefined : (value as Record<PropertyKey, unknown>)[key];
    let hint: string | undefined;
    let message = issue.message;
    const name = String(path.at(-1));
    const isDate = schema !== undefined && schemaAt(schema, path) === CalendarDateSchema;
    if (isDate && value === null) {
      message = `${name} is empty`;
      value = undefined;
      hint = `remove the line or give a date: ${name}: "YYYY-MM-DD", "YYYY-MM" or "YYYY"`;
    } else if (isDate && issue.code === "invalid_type" && value !== undefined && typeof value !== "object") {
      // YAML reads `since: 2023` as a number: the date is right, the quotes are missing.
      message = `${name} must be a date in quotes: ${name}: "${String(value)}"`;
      value = undefined;
      hint = "without quotes YAML reads it as a number";
    } else if ((issue.code === "invalid_type" || issue.code === "invalid_value") && value === undefined) {
      // A missing enum field (e.g. an evidence `kind`) comes as invalid_value: it is missing all the same.
      message = "missing required field";
      hint =
        issue.code === "invalid_value"
          ? `add it: one of ${issue.values.map(String).join(", ")}`
          : `add it: ${issue.message.replace(/^Invalid input: /, "").replace(/, received undefined$/, "")}`;
    } else if (issue.code === "invalid_type") {
      hint = typeHint(issue.expected, value);
    } else if (issue.code === "invalid_value" && typeof value === "string") {
      // A misspelt enum value (a relation, an evidence kind): named like an unknown id, with the nearest values.
      const allowed = issue.values.map(String);
      const close = nearest(value, allowed);
      message = `unknown ${ENUM_NAMES[String(path.at(-1))] ?? "value"}`;
      hint = close.length > 0 ? `did you mean ${close.join(", ")}?` : `use one of: ${allowed.join(", ")}`;
    } else if (issue.code === "custom" && typeof issue.params?.hint === "string") {
      hint = issue.params.hint; // the schema's own checks (model/schema.ts) say how to fix what they refuse
    }
    return [
      {
        severity: "error" as const,
        file: file.file,
        line: file.lineOf(path),
        field: path.map(String).join("."),
        message,
        value,
        hint,
      },
    ];
  });
}

function parseWith<T>(schema: z.ZodType<T>, file: YamlFile, problems: Problem[]): T | undefined {
  if (file.data === undefined) return undefined;
  if (file.data === null) {
    problems.push({
      severity: "error",
      file: file.file,
      field: "",
      message: "file is empty",
      hint: "add its content or delete it",
    });
    return undefined;
  }
  const result = schema.safeParse(file.data);
  if (result.success) return result.data;
  // One by one: a list of 200,000 wrong items gives as many problems, too many to pass as arguments.
  for (const problem of schemaProblems(file, result.error, file.data, schema)) problems.push(problem);
  return undefined;
}

/** The entries of a list that pass `schema`, each at its index in the list (the others are holes). */
function soundEntries<T>(list: unknown, parse: (entry: unknown) => T | undefined): T[] {
  const sound: T[] = [];
  if (Array.isArray(list)) {
    list.forEach((entry, index) => {
      const parsed = parse(entry);
      if (parsed !== undefined) sound[index] = parsed;
    });
  }
  return sound;
}

function fields(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The fields of a passage a claim fragment keeps: made once, not for each of a file's failed claims. */
const PASSAGE_FIELDS = EvidenceInputSchema.pick({ source: true, quote: true, occurrence: true });

/** What parsed of a claim that failed its schema: the fields that passed theirs. */
function claimFragment(claim: unknown, index: number): ClaimFragment {
  const { relation, from, to, evidence } = fields(claim);
  const ends = [from, to].map((end) => IdSchema.safeParse(end).data);
  return {
    index,
    relation: RelationSchema.safeParse(relation).data,
    from: ends[0],
    to: ends[1],
    unreadEnd: [from, to].some((end, i) => end !== undefined && end !== null && ends[i] === undefined),
    evidence: soundEntries(evidence, (item) => {
      const { source, quote, occurrence } = fields(item);
      return PASSAGE_FIELDS.safeParse({ source, quote, occurrence }).data;
    }),
  };
}

/**
 * An annotation file that failed its schema, as far as it parsed (its schema problems are reported already), so that
 * one run of `validate` also lists the unknown ids and quotes not found in it: undefined when not even its source is
 * readable.
 */
function salvageAnnotations(file: YamlFile): PartialAnnotations | undefined {
  const data = fields(file.data);
  const source = IdSchema.safeParse(data.source);
  if (!source.success) return undefined;
  const declared = fields(data.entities);
  const entities = SourceEntitiesSchema.parse({});
  const unsound: string[] = [];
  for (const section of Object.keys(REGISTRY_SECTIONS) as (keyof SourceEntities)[]) {
    // Each entry through the section's own schema, as a list of one.
    const schema = SourceEntitiesSchema.shape[section];
    (entities[section] as unknown[]) = soundEntries(declared[section], (entry) => schema.safeParse([entry]).data?.[0]);
    unsound.push(...unsoundIds(declared[section], entities[section]));
  }
  const claims = soundEntries(data.claims, (claim) => ClaimSchema.safeParse(claim).data);
  const fragments: ClaimFragment[] = [];
  if (Array.isArray(data.claims)) {
    data.claims.forEach((claim, index) => {
      if (claims[index] === undefined) fragments.push(claimFragment(claim, index));
    });
  }
  const attributes = soundEntries(data.attributes, (attribute) => AttributeClaimSchema.safeParse(attribute).data);
  const annotations: AnnotationFile = { source: source.data, entities, claims, attributes };
  return {
    file,
    data: annotations,
    fragments,
    unsound,
    onlyEntriesFailed: onlyEntriesFailed(data, entities, claims, attributes),
  };
}

/**
 * Whether an annotation file that failed its schema did so only inside some of its entries (a claim's date, an
 * attribute's name, an entity's kind): the file less those entries passes. Then its other claims are as good as any
 * file's; a file whose own shape failed (no source, a section that is not a list, an unknown top-level field) is not.
 */
function onlyEntriesFailed(
  data: Record<string, unknown>,
  entities: SourceEntities,
  claims: unknown[],
  attributes: unknown[],
): boolean {
  const dense = (sound: unknown[]) => sound.filter(() => true); // the holes of the entries that failed left out
  const lessFailed: Record<string, unknown> = { ...data };
  if (Array.isArray(data.claims)) lessFailed.claims = dense(claims);
  if (Array.isArray(data.attributes)) lessFailed.attributes = dense(attributes);
  const declared = data.entities;
  if (typeof declared === "object" && declared !== null && !Array.isArray(declared)) {
    const sections: Record<string, unknown> = { ...declared };
    for (const section of Object.keys(REGISTRY_SECTIONS) as (keyof SourceEntities)[])
      if (Array.isArray(sections[section])) sections[section] = dense(entities[section]);
    lessFailed.entities = sections;
  }
  return AnnotationFileSchema.safeParse(lessFailed).success;
}

/** The ids of a list's entries that did not pass `sound` (holes there), where their id itself is one. */
function unsoundIds(list: unknown, sound: unknown[]): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry, index) => {
    const id = sound[index] === undefined ? IdSchema.safeParse(fields(entry).id).data : undefined;
    return id === undefined ? [] : [id];
  });
}

/**
 * A registry that failed its schema, as far as it parsed (its schema problems are reported already), so that one run of
 * `validate` also checks every claim about its sound entries: undefined when it is not a mapping of sections at all.
 */
function salvageRegistry(file: YamlFile): PartialRegistry | undefined {
  if (typeof file.data !== "object" || file.data === null || Array.isArray(file.data)) return undefined;
  const data = fields(file.data);
  const registry = RegistrySchema.parse({});
  const unsound: string[] = [];
  for (const section of Object.keys(REGISTRY_SECTIONS) as (keyof Registry)[]) {
    // Each entry through the section's own schema, as a list of one.
    const schema = RegistrySchema.shape[section];
    const sound = soundEntries(data[section], (entry) => schema.safeParse([entry]).data?.[0]);
    (registry[section] as unknown[]) = sound;
    unsound.push(...unsoundIds(data[section], sound));
  }
  return { file, data: registry, unsound };
}

/**
 * Files as a change would leave them, read in place of the disk's, by absolute path: a text, or null for a file the
 * change deletes. A change is checked this way before anything is written (the review, the corpus edits of
 * src/maintain), without copying the corpus.
 */
export type Overrides = ReadonlyMap<string, string | null>;

/** The names of `folder`'s files as `overrides` would leave them: less those deleted, with those added. */
function listedAfter(names: string[], folder: string, extension: string, overrides?: Overrides): string[] {
  if (!overrides) return names;
  const after = new Set(names);
  for (const [path, text] of overrides) {
    const name = basename(path);
    if (dirname(path) !== folder || !name.endsWith(extension) || name.startsWith(".")) continue;
    if (text === null) after.delete(name);
    else after.add(name);
  }
  return [...after].sort();
}

/** A text file as readText reads it, or its override. */
function readOverridden(path: string, shownAs: string, problems: Problem[], overrides?: Overrides) {
  const override = overrides?.get(path);
  return typeof override === "string"
    ? { bytes: Buffer.from(override, "utf8"), text: override }
    : readText(path, shownAs, problems);
}

function readYaml(dir: string, path: string, problems: Problem[], overrides?: Overrides): YamlFile | undefined {
  return readYamlText(dir, path, problems, overrides)?.file;
}

function readYamlText(dir: string, path: string, problems: Problem[], overrides?: Overrides) {
  const shown = relative(dir, path) || path;
  const read = readOverridden(path, shown, problems, overrides);
  return read && { file: parseYamlFile(shown, read.text, problems), text: read.text };
}

/**
 * What an annotation file that is not YAML (a merge conflict, a syntax error) would declare and claim, read from its
 * lines: the ids it declares, so that claims elsewhere naming them are not called unknown, and how many claims it holds.
 */
function unreadAnnotations(file: string, text: string): UnreadAnnotations {
  const lines = text.split("\n");
  const ids = new Set<string>();
  let claims = 0;
  let section: string | undefined;
  let itemIndent: number | undefined;
  for (const line of lines) {
    if (/^(?:<<<<<<<|=======|>>>>>>>|\|\|\|\|\|\|\|)/.test(line)) continue;
    const top = /^([A-Za-z_][\w-]*)\s*:/.exec(line);
    if (top) {
      section = top[1];
      itemIndent = undefined;
      continue;
    }
    const id = /^\s*(?:-\s+)?(?:\{\s*)?id\s*:\s*["']?([^\s"',}#]+)/.exec(line); // `id: x` or `- { id: x, … }`
    if (id && section === "entities") ids.add(id[1]!);
    const item = /^(\s*)-\s/.exec(line);
    if (item && section === "claims") {
      itemIndent ??= item[1]!.length;
      if (item[1]!.length === itemIndent) claims++;
    }
  }
  return { file, ids: [...ids], claims };
}

/** In `unreadableSources`: the folder sources/ itself could not be read, so no source could. */
const ALL_SOURCES = "*";

function loadSources(
  dir: string,
  problems: Problem[],
  unreadable: Set<string>,
  partialSources: PartialSource[],
  overrides?: Overrides,
): LoadedSource[] {
  const sourcesDir = join(dir, "sources");
  const before = problems.length;
  const names = listedAfter(listCorpusFolder(sourcesDir, "sources", "", problems), sourcesDir, "", overrides);
  // Sources that could not even be listed: what the annotations say about them waits until they can.
  if (problems.length > before) unreadable.add(ALL_SOURCES);
  // A text kept as it was given (UTF-16, windows-1252) is <id>.original.txt: an original, not a source's text.
  const texts = new Set(
    names.filter((n) => n.endsWith(".txt") && !n.includes(".original.")).map((name) => basename(name, ".txt")),
  );
  const metas = names.filter((n) => n.endsWith(".yaml")).map((name) => basename(name, ".yaml"));
  const described = new Set(metas);
  for (const stem of texts) {
    if (!described.has(stem)) {
      problems.push({
        severity: "error",
        file: `sources/${stem}.txt`,
        field: "",
        message: "source text has no metadata file",
        hint: `add sources/${stem}.yaml (id, title, kind, origin, sha256), or use \`panelgraph add-source\``,
      });
    }
  }
  const sources: LoadedSource[] = [];
  // The original files some metadata names, and the sources whose metadata could not be read (it may name one).
  const named = new Set<string>();
  const unreadMeta = new Set<string>();
  for (const stem of metas) {
    unreadable.add(stem); // until it has loaded
    const metaFile = readYaml(dir, join(sourcesDir, `${stem}.yaml`), problems, overrides);
    if (!metaFile) {
      unreadMeta.add(stem);
      continue;
    }
    const meta = parseWith(SourceMetaSchema, metaFile, problems) ?? withoutFailedDescriptions(metaFile.data);
    const original = meta ? meta.original?.file : fields(fields(metaFile.data).original).file;
    if (typeof original === "string") named.add(original);
    if (!meta) {
      unreadMeta.add(stem);
      const partial = salvageSource(sourcesDir, stem, metaFile, texts.has(stem), problems, overrides);
      if (partial) partialSources.push(partial);
      if (partial) unreadable.delete(stem);
      continue;
    }
    if (meta.id !== stem) {
      problems.push({
        severity: "error",
        file: metaFile.file,
        line: metaFile.lineOf(["id"]),
        field: "id",
        message: "source id differs from the file name",
        value: meta.id,
        hint: `rename the files to ${meta.id}.yaml/.txt or set id: ${stem}`,
      });
      continue;
    }
    const file = `sources/${stem}.txt`;
    if (!texts.has(stem)) {
      problems.push({
        severity: "error",
        file: metaFile.file,
        field: "",
        message: "metadata without a source text",
        hint: `add ${file} beside it`,
      });
      continue;
    }
    const read = readOverridden(join(sourcesDir, `${stem}.txt`), file, problems, overrides);
    if (!read) continue;
    const sha256 = createHash("sha256").update(read.bytes).digest("hex");
    if (sha256 !== meta.sha256) {
      problems.push(textChanged(metaFile, file, meta.sha256, sha256));
    }
    checkOriginal(sourcesDir, metaFile, meta, problems, overrides);
    checkPages(metaFile, meta, read.text.length, problems);
    let text = read.text;
    let repairs: Repair[] = [];
    if (meta.damagedCharacter !== undefined) {
      const damaged = parseCharacter(meta.damagedCharacter);
      if (damaged === undefined) {
        problems.push({
          severity: "error",
          file: metaFile.file,
          line: metaFile.lineOf(["damagedCharacter"]),
          field: "damagedCharacter",
          message: "not a single UTF-16 character",
          value: meta.damagedCharacter,
          hint: "give the character or its code point, e.g. U+0E42",
        });
      } else {
        const result = repairText(text, damaged);
        text = result.text;
        repairs = result.repairs;
        for (const offset of result.unresolved) {
          problems.push({
            severity: "warning",
            file,
            line: text.slice(0, offset).split("\n").length,
            field: "",
            message: "a damaged character could not be repaired from its context and was left as it is",
            value: text.slice(Math.max(0, offset - 15), offset + 15),
            hint: "quote the passage with the damaged character as it stands",
          });
        }
      }
    }
    sources.push({ meta, file, metaFile, original: read.text, text, repairs });
    unreadable.delete(stem);
  }
  // An original file that no source's metadata names is kept for nothing: say so, without making it an error. Beside
  // metadata that could not be read, that is not known: the advice to delete it waits until the metadata reads.
  for (const name of names.filter((n) => /\.original\.(html|pdf|md|txt)$/u.test(n))) {
    const stem = name.replace(/\.original\.[a-z]+$/u, "");
    if (named.has(name)) continue;
    if (unreadMeta.has(stem)) {
      problems.push({
        severity: "warning",
        file: `sources/${name}`,
        field: "",
        message: `an original file whose source's metadata (sources/${stem}.yaml) could not be read: not checked until it can`,
        hint: `it follows from the error in sources/${stem}.yaml, not a separate problem: fix that, and run validate again`,
      });
      continue;
    }
    if (unreadable.has(stem)) continue;
    problems.push({
      severity: "warning",
      file: `sources/${name}`,
      field: "",
      message: "an original file that no source's metadata names",
      hint: described.has(stem)
        ? `name it in sources/${stem}.yaml under \`original:\` (file, format, sha256), or delete it`
        : "add its text with `panelgraph add-source`, or delete it",
    });
  }
  return sources;
}

/**
 * The metadata fields that only describe a source (when, where and by whom it was published): one that fails its
 * schema (a `date` written "05/03/2024") is reported, and the source is read without it, its text and claims as any
 * source's. The others (id, kind, sha256, the original file, the damaged character, the pages) decide how the text is
 * read and checked: one of them failing leaves the source unread.
 */
const DESCRIPTIVE_FIELDS = ["publisher", "date", "dateEvidence", "url", "notes", "author"] as const;

/** Metadata that failed its schema only in descriptive fields, read without them; undefined if anything else failed. */
function withoutFailedDescriptions(data: unknown): SourceMeta | undefined {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  const kept: Record<string, unknown> = { ...data };
  for (const field of DESCRIPTIVE_FIELDS)
    if (field in kept && !SourceMetaSchema.shape[field].safeParse(kept[field]).success) delete kept[field];
  return SourceMetaSchema.safeParse(kept).data;
}

/**
 * A source whose metadata failed its schema (the problems are reported): its text, when the metadata's id is the file's
 * name and the text is there, checked against the metadata's sha256 and repaired as its damagedCharacter says where
 * those fields passed, so that the quotes cited from it can still be checked.
 */
function salvageSource(
  sourcesDir: string,
  stem: string,
  metaFile: YamlFile,
  hasText: boolean,
  problems: Problem[],
  overrides?: Overrides,
): PartialSource | undefined {
  const data = fields(metaFile.data);
  if (data.id !== stem || !hasText) return undefined;
  const file = `sources/${stem}.txt`;
  const read = readOverridden(join(sourcesDir, `${stem}.txt`), file, problems, overrides);
  if (!read) return undefined;
  const sha256 = SourceMetaSchema.shape.sha256.safeParse(data.sha256).data;
  const actual = createHash("sha256").update(read.bytes).digest("hex");
  if (sha256 !== undefined && sha256 !== actual) {
    problems.push(textChanged(metaFile, file, sha256, actual));
  }
  const damaged = parseCharacter(SourceMetaSchema.shape.damagedCharacter.safeParse(data.damagedCharacter).data ?? "");
  const repaired = damaged === undefined ? { text: read.text, repairs: [] } : repairText(read.text, damaged);
  return { id: stem, file, metaFile, original: read.text, text: repaired.text, repairs: repaired.repairs };
}

/** The file a source's text was extracted from: there, and with the bytes it had when it was added. */
function checkOriginal(
  sourcesDir: string,
  metaFile: YamlFile,
  meta: SourceMeta,
  problems: Problem[],
  overrides?: Overrides,
): void {
  if (meta.original === undefined) return;
  const file = `sources/${meta.original.file}`;
  const at = (field: string) => ({ file: metaFile.file, line: metaFile.lineOf(["original", field]) });
  if (!meta.original.file.startsWith(`${meta.id}.original.`)) {
    problems.push({
      severity: "error",
      ...at("file"),
      field: "original.file",
      message: "the original file is not named after the source",
      value: meta.original.file,
      hint: `name it ${meta.id}.original.${meta.original.format}`,
    });
    return;
  }
  const path = join(sourcesDir, meta.original.file);
  const override = overrides?.get(path);
  const read =
    typeof override === "string"
      ? { bytes: Buffer.from(override, "utf8") }
      : override === null
        ? undefined
        : readRegularFile(path, file, MAX_ORIGINAL_BYTES);
  if (read === undefined || "problem" in read) {
    problems.push(
      read === undefined || !somethingAt(path)
        ? {
            severity: "error",
            ...at("file"),
            field: "original.file",
            message: `the original file ${file} is missing`,
            value: meta.original.file,
            hint: "put the file the text was extracted from back beside it, or remove `original:` from the metadata",
          }
        : read.problem,
    );
    return;
  }
  if ("tooLarge" in read) return void problems.push(tooLarge(read.tooLarge, file, MAX_ORIGINAL_BYTES));
  const sha256 = createHash("sha256").update(read.bytes).digest("hex");
  if (sha256 !== meta.original.sha256) {
    problems.push({
      severity: "error",
      ...at("sha256"),
      field: "original.sha256",
      message: `the original file ${file} has changed since it was added (its SHA-256 is ${sha256})`,
      value: meta.original.sha256,
      hint: "originals are kept byte for byte: restore the file as it was added; for a new version of the page or PDF, add it again as a new source with `panelgraph add-source`",
    });
  }
}

/** A PDF source's page starts: from 0, never going back, inside the text. */
function checkPages(metaFile: YamlFile, meta: SourceMeta, length: number, problems: Problem[]): void {
  const pages = meta.pages;
  if (pages === undefined) return;
  const bad = pages.findIndex((start, i) => (i === 0 ? start !== 0 : start < pages[i - 1]!) || start > length);
  if (bad === -1) return;
  problems.push({
    severity: "error",
    file: metaFile.file,
    line: metaFile.lineOf(["pages", bad]),
    field: `pages.${bad}`,
    message:
      bad === 0
        ? "the first page must start at offset 0"
        : pages[bad]! > length
          ? `page ${bad + 1} starts past the end of the text (${length} characters)`
          : `page ${bad + 1} starts before page ${bad}`,
    value: pages[bad],
    hint: "pages are the offsets in the .txt where each page of the PDF starts, as add-source wrote them: restore them",
  });
}

/** Reads every file of a corpus folder. Never throws for bad content: problems are collected in `problems`. */
export function readCorpusFiles(dir: string, overrides?: Overrides): RawCorpus {
  const problems: Problem[] = [];
  if (!isFolder(dir)) {
    problems.push({
      severity: "error",
      file: dir,
      field: "",
      message: somethingAt(dir) ? "not a folder (the corpus is a folder)" : "corpus folder not found",
      hint: "pass the folder that holds registry.yaml, sources/ and annotations/ (default: graph-data)",
    });
    return { dir, sources: [], unreadableSources: new Set(), annotations: [], problems };
  }
  // A corpus edit killed before its change was kept left files moved aside: put back, the edit is undone whole.
  for (const path of putBackSetAside([dir, join(dir, "sources"), join(dir, "annotations")])) {
    problems.push({
      severity: "warning",
      file: relative(dir, path),
      field: "",
      message: "put back as it was before a corpus edit that was stopped before it finished (killed, a crash)",
      hint: "that edit (merge-entity, rename-entity or remove-source) was undone whole: run it again",
    });
  }
  const unreadableSources = new Set<string>();
  const partialSources: PartialSource[] = [];
  const sources = loadSources(dir, problems, unreadableSources, partialSources, overrides);

  let registry: RawCorpus["registry"];
  let partialRegistry: PartialRegistry | undefined;
  const registryPath = join(dir, "registry.yaml");
  const registryOverride = overrides?.get(registryPath);
  if (registryOverride === null || (registryOverride === undefined && !somethingAt(registryPath))) {
    problems.push({
      severity: "error",
      file: "registry.yaml",
      field: "",
      message: "registry not found",
      hint:
        "create registry.yaml with the canonical people, organisations, themes, … (see docs/annotation-format.md); " +
        "`panelgraph init <dir>` writes an empty one",
    });
  } else {
    const file = readYaml(dir, registryPath, problems, overrides);
    const data = file && parseWith(RegistrySchema, file, problems);
    if (file && data) registry = { file, data };
    else if (file) partialRegistry = salvageRegistry(file);
  }

  const annotations: LoadedAnnotations[] = [];
  const partialAnnotations: PartialAnnotations[] = [];
  const annotationsDir = join(dir, "annotations");
  // A file the review is about to make is read as if it were there; one a change deletes, as if it were not.
  const names = listedAfter(
    listCorpusFolder(annotationsDir, "annotations", ".yaml", problems),
    annotationsDir,
    ".yaml",
    overrides,
  );
  const unread: UnreadAnnotations[] = [];
  for (const name of names) {
    const read = readYamlText(dir, join(dir, "annotations", name), problems, overrides);
    if (!read) continue;
    const { file } = read;
    if (file.data === undefined) unread.push(unreadAnnotations(file.file, read.text));
    const data = parseWith(AnnotationFileSchema, file, problems);
    if (data) annotations.push({ file, data });
    else {
      const partial = salvageAnnotations(file);
      if (partial) partialAnnotations.push(partial);
    }
  }
  if (unreadableSources.delete(ALL_SOURCES)) {
    for (const { data } of [...annotations, ...partialAnnotations]) unreadableSources.add(data.source);
  }
  return {
    dir,
    sources,
    unreadableSources,
    registry,
    partialRegistry,
    partialSources,
    annotations,
    partialAnnotations,
    unreadAnnotations: unread,
    problems,
  };
}

/** The error of a source text whose SHA-256 (`actual`) is not the one its metadata file recorded. */
function textChanged(metaFile: YamlFile, file: string, recorded: string, actual: string): Problem {
  return {
    severity: "error",
    file: metaFile.file,
    line: metaFile.lineOf(["sha256"]),
    field: "sha256",
    message: `the text of ${file} has changed since it was recorded (its SHA-256 is ${actual})`,
    value: recorded,
    hint:
      `sources are kept verbatim: restore the original text; or, if the new text is intended (a correction), write ` +
      `\`sha256: ${actual}\` in ${metaFile.file} (\`sha256sum ${file}\` prints the same), then validate checks ` +
      "every quote of its annotations against the new text",
  };
}
