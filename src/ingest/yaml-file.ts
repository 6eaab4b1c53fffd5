// Parses a YAML file keeping positions, so a problem in a value can name its line.
import { LineCounter, isNode, parseDocument, type Document } from "yaml";
import type { Problem } from "./problems.js";

export interface YamlFile {
  file: string;
  /** The parsed value, or undefined when the YAML could not be parsed. */
  data: unknown;
  /** The 1-based line of the value at `path`, or of its nearest ancestor that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export function parseYamlFile(file: string, text: string, problems: Problem[]): YamlFile {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  if (doc.errors.length > 0) {
    // Only the first: later syntax errors are nearly always the parser losing its footing after it.
    for (const error of doc.errors.slice(0, 1)) {
      const line = error.linePos?.[0]?.line;
      // The line where the parser stopped, as written (indentation included); blank at the end of the file.
      const seen = line === undefined ? undefined : text.split("\n")[line - 1]?.trimEnd();
      problems.push({
        severity: "error",
        file,
        line,
        field: "",
        message: `YAML syntax error: ${error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}`,
        value: seen || undefined,
        hint: 'check indentation, a missing colon or an unclosed quote near this line; inside "…", write a quotation mark as \\"',
      });
    }
    return { file, data: undefined, lineOf };
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
  return { file, data: doc.toJS({ maxAliasCount: 100 }), lineOf };
}
