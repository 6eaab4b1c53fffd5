// The annotated folders the scripts read (scripts/audit-recommendations.ts, scripts/train-affiliations.ts), named as
// `suggest --evaluate` names them: "dev" is the evaluation set's development half, "shipped" the shipped corpus
// (graph-data/), anything else a folder with the layout `suggest --evaluate --data` takes. The held-out half is refused:
// no script may learn from it or be tuned on it.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { evaluationSetDir } from "../src/suggest/evaluate.js";

/** The folder a script's argument names; throws, saying why, for the evaluation set's held-out half. */
export function annotatedFolder(name: string): string {
  if (name === "dev") return evaluationSetDir("dev");
  if (name === "shipped") return fileURLToPath(new URL("../graph-data", import.meta.url));
  const folder = resolve(name);
  if (name === "held-out" || folder === resolve(evaluationSetDir("held-out")))
    throw new Error(
      `${name}: the evaluation set's held-out half is measured only as totals (suggest --evaluate --set held-out); no script reads it`,
    );
  return folder;
}
