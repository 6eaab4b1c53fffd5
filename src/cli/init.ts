// `panelgraph init <dir>`: a new, empty corpus folder, so a researcher's own material can start where graph-data/ is
// the project's: registry.yaml (every section empty), sources/ and annotations/. It never changes an existing corpus.
import { join } from "node:path";
import { isFolder, somethingAt } from "../ingest/files.js";
import { CorpusError } from "../ingest/problems.js";
import { makeFolders, outputError, writeNewFileAtomic } from "../io/atomic.js";
import { SECTION_TYPES } from "../model/review.js";
import type { Problem } from "../model/problem.js";
import type { Command } from "./command.js";
import { shellWord } from "./corpus.js";
import { UsageError } from "./errors.js";

/** The registry of a new corpus: each section named and empty, so a reader sees what goes in it. */
export const EMPTY_REGISTRY =
  [
    "# The canonical entities of this corpus, each with an id that annotation files refer to (docs/annotation-format.md).",
    "# `panelgraph suggest` drafts new entities in a source's annotation file; once reviewed they may move here.",
    ...Object.keys(SECTION_TYPES).map((section) => `${section}: []`),
  ].join("\n") + "\n";

function problem(file: string, message: string, hint: string): Problem {
  return { severity: "error", file, field: "", message, hint };
}

/** A folder `init` may create or fill: nothing there yet, or a folder that is not yet a corpus. */
function checkTarget(dir: string, given: string): void {
  if (!somethingAt(dir)) return;
  if (!isFolder(dir))
    throw new CorpusError([
      problem(given, "not a folder", "give a new folder's name, e.g. `panelgraph init my-corpus`"),
    ]);
  if (somethingAt(join(dir, "registry.yaml")))
    throw new CorpusError([
      problem(
        `${given}/registry.yaml`,
        "this folder is already a corpus; nothing was changed",
        `add sources to it with \`panelgraph add-source <file> --data ${shellWord(given)}\``,
      ),
    ]);
  for (const sub of ["sources", "annotations"]) {
    const path = join(dir, sub);
    if (somethingAt(path) && !isFolder(path))
      throw new CorpusError([
        problem(
          `${given}/${sub}`,
          "a file is where the corpus's folder goes",
          "move or rename it, then run init again",
        ),
      ]);
  }
}

export const INIT_COMMAND: Command = {
  name: "init",
  summary: "start a corpus of your own: a folder with an empty registry.yaml, sources/ and annotations/",
  usage: "panelgraph init <dir>",
  options: { data: { type: "string" } },
  help: [
    "dir           the folder to create (or an existing folder that holds no registry.yaml yet); `--data dir` says the same",
    "Then: panelgraph add-source <file> --data <dir>, panelgraph suggest <id> --data <dir>, panelgraph serve <dir>.",
  ],
  run({ positionals, values }, { out, path }) {
    const data = typeof values.data === "string" ? values.data : undefined;
    if (positionals.length > 1)
      throw new UsageError(`init takes one folder, got ${JSON.stringify(positionals.join(" "))}`);
    const given = positionals[0] ?? data;
    if (given === undefined) throw new UsageError("init needs the folder to create, e.g. `panelgraph init my-corpus`");
    if (data !== undefined && given !== data)
      throw new UsageError(`two folders given, ${JSON.stringify(given)} and --data ${JSON.stringify(data)}: give one`);
    const dir = path(given);
    checkTarget(dir, given);
    for (const sub of ["sources", "annotations"]) {
      try {
        makeFolders(join(dir, sub));
      } catch (error) {
        throw outputError(dir, error, "choose another folder");
      }
    }
    writeNewFileAtomic(join(dir, "registry.yaml"), EMPTY_REGISTRY);
    out(`Started corpus ${given}: registry.yaml (empty), sources/ and annotations/`);
    out(`Next: panelgraph add-source <file.txt|.md|.html|.pdf> --data ${shellWord(given)}`);
    return 0;
  },
};
