// `panelgraph remove-source`, `merge-entity` and `rename-entity`: argument parsing and printing. The change is planned
// in src/maintain, checked as `validate` would check the corpus it leaves (in memory), then written all at once (or not).
import { join, relative, sep } from "node:path";
import { CorpusError, sortProblems } from "../ingest/problems.js";
import { readCorpusFiles } from "../ingest/read.js";
import { validateCorpus } from "../ingest/validate.js";
import { OutputError, writeFilesTogether } from "../io/atomic.js";
import { CorpusEditError, planMerge, planRemoveSource, planRename, type CorpusEdit } from "../maintain/corpus-edit.js";
import type { Problem } from "../model/problem.js";
import type { RawCorpus } from "../model/corpus.js";
import type { Command } from "./command.js";
import type { CommandContext } from "./context.js";
import { DEFAULT_DATA_DIR, dirArgument, plural, shinglerFor } from "./corpus.js";
import { InputError, UsageError } from "./errors.js";
import { corpusFolder } from "./sources.js";

const OPTIONS = { data: { type: "string" }, "dry-run": { type: "boolean" }, json: { type: "boolean" } } as const;
const HELP = [
  `--data dir    corpus folder (default: ${DEFAULT_DATA_DIR})`,
  "--dry-run     print what would change, and write nothing",
  "--json        print what was done as JSON: the files changed and deleted, and the report's lines",
];

/** A problem as the same problem after a change that moved lines and claim numbers. */
const sameProblem = (p: Problem) => JSON.stringify([p.file, p.message, p.value, p.hint]);

/**
 * The errors the corpus would have after `edit` that it does not have now. Checked in memory: the files the edit writes
 * or deletes are read as it leaves them and every other file (the source texts, their originals) in place, so a corpus
 * of large sources is not copied; nothing is written until the check passes.
 */
function newErrors(dir: string, raw: RawCorpus, edit: CorpusEdit, cwd: string): Problem[] {
  const overrides = new Map([...edit.files].map(([file, text]) => [join(dir, file), text]));
  const shingler = shinglerFor(dir, cwd);
  const after = validateCorpus(readCorpusFiles(dir, overrides), { shingler }).problems.filter(
    (p) => p.severity === "error",
  );
  // The corpus as it is now is validated only when the change leaves errors, to tell its own from the change's.
  if (after.length === 0) return [];
  const before = new Set(
    validateCorpus(raw, { shingler })
      .problems.filter((p) => p.severity === "error")
      .map(sameProblem),
  );
  return sortProblems(after.filter((p) => !before.has(sameProblem(p))));
}

/**
 * Plans, prints, checks and writes one edit; the exit code. With --json, stdout gets one object instead of the report:
 * `{ok, command, dryRun, changed, deleted, report}` (files relative to the corpus folder).
 */
async function applyEdit(
  command: string,
  values: Record<string, string | boolean | undefined>,
  context: CommandContext,
  plan: (dir: string, raw: RawCorpus) => CorpusEdit,
): Promise<number> {
  const { out } = context;
  const given = typeof values.data === "string" ? values.data : DEFAULT_DATA_DIR;
  const dir = corpusFolder(given, context);
  const raw = readCorpusFiles(dir);
  let edit: CorpusEdit;
  try {
    edit = plan(dir, raw);
  } catch (error) {
    if (!(error instanceof CorpusEditError)) throw error;
    throw new InputError(error.message, [`panelgraph: ${error.message}`, "Nothing was written."]);
  }
  if (!values.json) for (const line of edit.report) out(line);
  const errors = newErrors(dir, raw, edit, context.cwd);
  if (errors.length) {
    throw new CorpusError(errors, {
      notDone:
        `the change would leave ${plural(errors.length, "error")} the corpus does not have now, so nothing ` +
        "was written; fix what they name by hand, or report it if the change should have handled it",
    });
  }
  const files = [...edit.files];
  const changed = files.filter(([, text]) => text !== null).map(([file]) => file);
  const deleted = files.filter(([, text]) => text === null).map(([file]) => file);
  const summary = `${plural(changed.length, "file")} changed, ${plural(deleted.length, "file")} deleted`;
  const dryRun = !!values["dry-run"];
  if (!dryRun) {
    // Planning and checking take seconds on a large corpus: a file saved meanwhile is not replaced (writeFilesTogether
    // checks each against the text the change was planned on, and writes nothing if one differs).
    try {
      await writeFilesTogether(
        files.map(([file, content]) => ({ path: join(dir, file), content, expected: edit.read.get(file) })),
      );
    } catch (error) {
      if (!(error instanceof OutputError && error.code === "ECHANGED")) throw error;
      const message = `${relative(dir, error.path).split(sep).join("/")} changed while the change was made (saved elsewhere?)`;
      throw new InputError(message, [
        `panelgraph: ${message}`,
        "Nothing was written; run the command again to make the change on the file as it is now.",
      ]);
    }
  }
  if (values.json) {
    const report = edit.report;
    out(JSON.stringify({ ok: true, command, dryRun, written: !dryRun, changed, deleted, report }, null, 2));
  } else if (dryRun) out(`--dry-run: ${summary} if run without it; nothing was written.`);
  else out(`Done: ${summary}. \`panelgraph validate${dirArgument(given)}\` checks the corpus.`);
  return 0;
}

/** The command's ids: exactly `count` of them. */
function ids(positionals: string[], names: string[], command: string): string[] {
  if (positionals.length !== names.length)
    throw new UsageError(
      `${command} takes ${names.join(" and ")}, got ${positionals.length ? positionals.map((p) => JSON.stringify(p)).join(" ") : "none"}`,
    );
  return positionals;
}

const removeSource: Command = {
  name: "remove-source",
  summary: "remove a source and its annotations; the entities other files use move to registry.yaml",
  usage: "panelgraph remove-source <id> [--data dir] [--dry-run] [--json]",
  options: OPTIONS,
  help: [
    "id            the source to remove (its files in sources/ are named after it)",
    ...HELP,
    "Deletes sources/<id>.txt, .yaml and .original.*, and every annotation file of the source. The entities those",
    "files declare that another file names move to registry.yaml, with their aliases and fields; the others go. In",
    "other files, passages quoting the source go, and a claim left with none (or naming the source) goes too.",
  ],
  run({ positionals, values }, context) {
    const [id] = ids(positionals, ["a source id"], "remove-source");
    return applyEdit("remove-source", values, context, (dir, raw) => planRemoveSource(dir, raw, id!));
  },
};

const mergeEntity: Command = {
  name: "merge-entity",
  summary: "merge one entity into another of the same kind: its names become aliases, its claims follow",
  usage: "panelgraph merge-entity <from-id> <into-id> [--data dir] [--dry-run] [--json] [--force]",
  options: { ...OPTIONS, force: { type: "boolean" } },
  help: [
    "from-id       the entity that goes; its label and aliases become aliases of into-id",
    "into-id       the entity that stays, with its id",
    ...HELP,
    "--force       merge two people whose given names differ (refused without it: two people, or one name spelt two ways?)",
    "Every claim, attribute, theme parent and distinctFrom naming from-id names into-id; claims that then repeat one",
    "another in a file are folded into one, their evidence united, accepted only if every copy was. into-id keeps",
    "from-id in formerIds, so a link to ?node=<from-id> in the viewer still opens into-id.",
  ],
  run({ positionals, values }, context) {
    const [from, into] = ids(positionals, ["the id to merge", "the id to keep"], "merge-entity");
    return applyEdit("merge-entity", values, context, (dir, raw) =>
      planMerge(dir, raw, from!, into!, { force: !!values.force }),
    );
  },
};

const renameEntity: Command = {
  name: "rename-entity",
  summary: "change an entity's id, in its entry and in every claim that names it",
  usage: "panelgraph rename-entity <old-id> <new-id> [--data dir] [--dry-run] [--json]",
  options: OPTIONS,
  help: [
    "old-id        the entity's id now",
    "new-id        its new id (lowercase words joined by hyphens), not used by another entity or source",
    ...HELP,
    "The label and aliases stay, so queries find it by name as before; the old id is not an alias (ids are not names)",
    "but is kept in formerIds, so a viewer link to ?node=<old-id> still opens it.",
  ],
  run({ positionals, values }, context) {
    const [old, renamed] = ids(positionals, ["the old id", "the new id"], "rename-entity");
    return applyEdit("rename-entity", values, context, (dir, raw) => planRename(dir, raw, old!, renamed!));
  },
};

export const MAINTAIN_COMMANDS: Command[] = [removeSource, mergeEntity, renameEntity];
