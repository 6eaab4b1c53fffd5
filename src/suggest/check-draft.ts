// A draft annotation file checked as \`panelgraph validate\` would check it, before anything is written.
import { validateCorpus } from "../ingest/validate.js";
import { parseYamlFile } from "../ingest/yaml-file.js";
import type { RawCorpus } from "../model/corpus.js";
import type { Problem } from "../model/problem.js";
import { AnnotationFileSchema } from "../model/schema.js";

/** The draft checked as validate would check it, before anything is written. */
export function checkDraft(raw: RawCorpus, file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  const yaml = parseYamlFile(file, text, problems);
  const parsed = AnnotationFileSchema.safeParse(yaml.data);
  if (!parsed.success) return [{ severity: "error", file, field: "", message: parsed.error.message }];
  const annotations = [...raw.annotations.filter((a) => a.file.file !== file), { file: yaml, data: parsed.data }];
  return validateCorpus({ ...raw, annotations }).problems.filter((p) => p.file === file && p.severity === "error");
}
