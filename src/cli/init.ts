// `panelgraph init <dir>`: a new, empty corpus folder, so a researcher's own material can start where graph-data/ is
// the project's: registry.yaml (every section empty), sources/ and annotations/. It never changes an existing corpus.
import { join } from "node:path";
import { isFolder, somethingAt } from "../ingest/files.js";
import { makeFolders, outputError, writeNewFileAtomic } from "../io/atomic.js";
import { SECTION_TYPES } from "../model/review.js";
import type { Command } from "./command.js";
import { shellWord } from "./corpus.js";
import { InputError, UsageError } from "./errors.js";

/** The registry of a new corpus: each section named and empty, so a reader sees what goes in it. */
export const EMPTY_REGISTRY =
  [
    "# The canonical entities of this corpus, each with an id that annotation files refer to (docs/annotation-format.md).",
    "# `panelgraph suggest` drafts new entities in a source's annotation file; once reviewed they may move here.",
    ...Object.keys(SECTION_TYPES).map((section) => `${section}: []`),
  ].join("\n") + "\n";

/**
 * Why `init` will not make a corpus at `given`: the folder is not wrong, only not a new one, so this is said as what it
 * is (not as "1 error in the corpus"), with what to do instead. Exit code 1.
 */
function refused(where: string, what: string, hint: string): InputError {
  const message = `${where}: ${what}; nothing was changed`;
  return new InputError(message, [`panelgraph: ${message}`, `(${hint})`], { file: where, hint });
}

/** A folder `init` may create or fill: nothing there yet, or a folder that is not yet a corpus. */
function checkTarget(dir: string, given: string): void {
  if (!somethingAt(dir)) return;
  if (!isFolder(dir))
    throw refused(given, "not a folder", "give a new folder's name, e.g. `panelgraph init my-corpus`");
  if (somethingAt(join(dir, "registry.yaml")))
    throw refused(
      given,
      "this folder is already a corpus (it has a registry.yaml)",
      `add sources to it with \`panelgraph add-source <file> --data ${shellWord(given)}\``,
    );
  for (const sub of ["sources", "annotations"]) {
    const path = join(dir, sub);
    if (somethingAt(path) && !isFolder(path))
      throw refused(
        `${given}/${sub}`,
        "a file is where the corpus's folder goes",
        "move or rename it, then run init again",
      );
  }
}

export const INIT_COMMAND: Command = {
  name: "init",
  summary: "start a corpus of your own: a folder with an empty registry.yaml, sources/ and annotations/",
  usage: "panelgraph init <dir> [--json]",
  options: { data: { type: "string" }, json: { type: "boolean" } },
  help: [
    "dir           the folder to create (or an existing folder that holds no registry.yaml yet); `--data dir` says the same",
    "--json        print what was made as JSON: {ok, corpus, files, next}",
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
    if (values.json) {
      const files = ["registry.yaml", "sources/", "annotations/"];
      out(
        JSON.stringify(
          { ok: true, corpus: given, files, next: `panelgraph add-source <file> --data ${shellWord(given)}` },
          null,
          2,
        ),
      );
      return 0;
    }
    out(`Started corpus ${given}: registry.yaml (empty), sources/ and annotations/`);
    out(`Next: panelgraph add-source <file.txt|.md|.html|.pdf> --data ${shellWord(given)}`);
    return 0;
  },
};
