// The review session behind `npm start`'s write API: reads a source's annotation files for the page, applies a
// reviewer's change to one of them (src/review/edit.ts), checks the corpus with the change exactly as
// `panelgraph validate` does, and writes the file atomically, or refuses with the reason and writes nothing. Every
// write is refused when the file changed on disk since the page read it, and can be undone, in order, for as long as
// the server runs.
import { createHash } from "node:crypto";
import { lstatSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { listCorpusFolder } from "../ingest/files.js";
import { formatProblem, sortProblems } from "../ingest/problems.js";
import { readCorpusFiles } from "../ingest/read.js";
import { validateCorpus } from "../ingest/validate.js";
import { SourceQuotes } from "../ingest/quotes.js";
import { OutputError, writeFileAtomic, writeNewFileAtomic } from "../io/atomic.js";
import type { Problem } from "../model/problem.js";
import {
  ENTITY_SECTIONS,
  SECTION_TYPES,
  type Change,
  type ClaimView,
  type EntityElsewhere,
  type EntitySection,
  type EntityView,
  type FileView,
  type SourceSummary,
  type SourceView,
} from "../model/review.js";
import type { EvidenceKind, Relation } from "../model/vocabulary.js";
import { applyChange, ChangeError, declareCopies, type DeclarationElsewhere, type Locate } from "./edit.js";
import { ProposalFinder } from "./proposals.js";
import { SPELT_ALIKE } from "../suggest/near-spellings.js";

/** The largest annotation file the review writes (the loader's own limit is larger; a review file is far smaller). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** An annotation file name: `<source-id>.yaml` or `<source-id>.<part>.yaml`, no folder, no leading dot. */
const FILE_NAME = /^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9][a-z0-9_-]*)*\.yaml$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;

export type { ClaimView, EntityView, FileView, SourceSummary, SourceView } from "../model/review.js";

/** Each id the annotation files declare: every file's copy, with its section, source (and its title) and status. */
function declarationsByFile(
  raw: ReturnType<typeof readCorpusFiles>,
): Map<string, (EntityElsewhere & { section: EntitySection })[]> {
  const titles = new Map(raw.sources.map((s) => [s.meta.id, s.meta.title]));
  const found = new Map<string, (EntityElsewhere & { section: EntitySection })[]>();
  for (const { file, data } of raw.annotations) {
    const name = file.file.replace(/^annotations\//, "");
    for (const section of ENTITY_SECTIONS)
      for (const entry of data.entities?.[section] ?? []) {
        if (!entry) continue;
        const copy: EntityElsewhere & { section: EntitySection } = {
          file: name,
          source: data.source,
          title: titles.get(data.source) ?? data.source,
          status: entry.status === "suggested" ? "suggested" : "accepted",
          section,
        };
        found.set(entry.id, [...(found.get(entry.id) ?? []), copy]);
      }
  }
  return found;
}

/** An answer for the HTTP layer: a status and a JSON body. */
export interface Answer {
  status: number;
  body: Record<string, unknown>;
}

interface Done {
  path: string;
  name: string;
  source: string;
  /** The file's text before the change; null when the change made the file. */
  before: string | null;
  afterHash: string;
  what: string;
}

const sha256 = (text: string | Buffer) => createHash("sha256").update(text).digest("hex");

/** A problem without its line and list positions, so an error the corpus had before a change is known after it. */
const problemKey = (p: Problem) =>
  [p.file, p.field.replace(/\.\d+/g, ".#"), p.message, JSON.stringify(p.value ?? null)].join("\u0000");

export class ReviewSession {
  readonly dataDir: string;
  private readonly done: Done[] = [];
  private readonly proposalFinder = new ProposalFinder();

  constructor(dataDir: string) {
    this.dataDir = resolve(dataDir);
  }

  /** The sources with an annotation file, and how many of their claims and entities are still suggested. */
  sources(): SourceSummary[] {
    const raw = readCorpusFiles(this.dataDir);
    // An entity another draft's copy accepts is in the graph already: not one that waits, as `build` and `serve`
    // count them ("Suggested, not yet accepted (left out of the graph)").
    const accepted = new Set(
      raw.annotations.flatMap(({ data }) =>
        ENTITY_SECTIONS.flatMap((s) => data.entities?.[s] ?? [])
          .filter((e) => e.status !== "suggested")
          .map((e) => e.id),
      ),
    );
    return raw.sources
      .map(({ meta }) => {
        let suggested = 0;
        let suggestedClaims = 0;
        let total = 0;
        const suggestedEntities = new Set<string>();
        for (const { data } of raw.annotations) {
          if (data.source !== meta.id) continue;
          const entities = ENTITY_SECTIONS.flatMap((s) => data.entities?.[s] ?? []);
          const records = [...data.claims, ...entities];
          total += records.length;
          suggested += records.filter((r) => r.status === "suggested").length;
          suggestedClaims += data.claims.filter((r) => r.status === "suggested").length;
          for (const entity of entities)
            if (entity.status === "suggested" && !accepted.has(entity.id)) suggestedEntities.add(entity.id);
        }
        return {
          id: meta.id,
          title: meta.title,
          suggested,
          suggestedClaims,
          suggestedEntities: [...suggestedEntities].sort(),
          total,
        };
      })
      .sort((a, b) => b.suggested - a.suggested || a.id.localeCompare(b.id));
  }

  /** A source's text and its annotation files, or a 404 answer. */
  source(id: string): Answer {
    if (!ID.test(id)) return refuse(400, `not a source id: ${JSON.stringify(id)}`);
    const raw = readCorpusFiles(this.dataDir);
    const source = raw.sources.find((s) => s.meta.id === id);
    if (!source) return refuse(404, `no source ${id} in the corpus`);
    const quotes = new SourceQuotes(source.text);
    const files: FileView[] = [];
    for (const name of listCorpusFolder(join(this.dataDir, "annotations"), "annotations", ".yaml", [])) {
      if (!name.startsWith(`${id}.`) || !FILE_NAME.test(name)) continue;
      let path: string;
      try {
        path = this.pathOf(name);
      } catch {
        continue; // a link or not a file: validate reports it; the review does not write it
      }
      files.push(fileView(name, readFileSync(path, "utf8"), quotes));
    }
    // Copies of one id in several files are one entity: the page says where else each is drafted.
    const copies = declarationsByFile(raw);
    for (const view of files)
      for (const entity of view.entities) {
        const elsewhere = (copies.get(entity.id) ?? []).filter(
          (c) => c.file !== view.name && SECTION_TYPES[c.section] === entity.type,
        );
        if (elsewhere.length > 0)
          entity.elsewhere = elsewhere.map(({ file, source, title, status }) => ({ file, source, title, status }));
      }
    const view: SourceView = {
      source: { id, title: source.meta.title, kind: source.meta.kind, text: source.text },
      files,
    };
    return { status: 200, body: { ...view } };
  }

  /**
   * The passages of a source that may propose something, of the kinds `suggest` does not draft, that no `recommends`
   * claim rests on yet (src/review/proposals.ts), or a 404 answer.
   */
  async possibleRecommendations(id: string): Promise<Answer> {
    if (!ID.test(id)) return refuse(400, `not a source id: ${JSON.stringify(id)}`);
    const found = await this.proposalFinder.find(readCorpusFiles(this.dataDir), id);
    if (!found) return refuse(404, `no source ${id} in the corpus`);
    return { status: 200, body: { ...found } };
  }

  /**
   * The path of annotation file `name`, checked: a plain name in annotations/, a regular file and not a link, in a
   * folder that is the corpus's own (not a link elsewhere). With `missing`, a file not there yet passes too. Throws
   * ChangeError otherwise.
   */
  private pathOf(name: string, missing = false): string {
    if (!FILE_NAME.test(name)) throw new ChangeError(`not an annotation file name: ${JSON.stringify(name)}`);
    const folder = join(this.dataDir, "annotations");
    if (realpathSync(folder) !== join(realpathSync(this.dataDir), "annotations"))
      throw new ChangeError("annotations/ is a link to another folder: the review writes only inside the corpus");
    const path = join(folder, name);
    const stats = lstatSync(path, { throwIfNoEntry: false });
    if (!stats) {
      if (missing) return path;
      throw new ChangeError(`no annotation file ${name}`);
    }
    if (stats.isSymbolicLink()) throw new ChangeError(`annotations/${name} is a link: the review writes only files`);
    if (!stats.isFile()) throw new ChangeError(`annotations/${name} is not a file`);
    if (stats.size > MAX_FILE_BYTES) throw new ChangeError(`annotations/${name} is too large to edit here`);
    return path;
  }

  /** The text a source's first annotation file starts from, when the review makes it (`<source-id>.yaml`). */
  private newFileText(name: string): string | undefined {
    const id = name.replace(/\.yaml$/, "");
    if (!ID.test(id) || !lstatSync(join(this.dataDir, "sources", `${id}.yaml`), { throwIfNoEntry: false })?.isFile())
      return undefined;
    return `# Annotations of ${id}, begun in the viewer's review mode.\nsource: ${id}\nclaims:\n`;
  }

  /** Applies `change` to file `name` if it still has `hash`, the corpus stays valid, and the write succeeds. */
  change(name: string, hash: string, change: Change, what = change.type): Answer {
    let path: string;
    try {
      path = this.pathOf(name, true);
    } catch (error) {
      if (error instanceof ChangeError) return refuse(400, error.message);
      throw error;
    }
    // No file yet: the page says so with an empty hash, and the first change makes `<source-id>.yaml`.
    const exists = lstatSync(path, { throwIfNoEntry: false }) !== undefined;
    const start = exists ? readFileSync(path, "utf8") : this.newFileText(name);
    if (start === undefined)
      return refuse(400, `no annotation file ${name}, and no source of that name to begin one for`);
    const source = sourceOf(start);
    if ((exists ? sha256(start) : "") !== hash) return conflict(name, source);
    const before = exists ? start : null;
    let edited;
    try {
      edited = applyChange(
        start,
        change,
        change.type === "same-as" || change.type === "reject-entity" ? { locate: this.locator(source) } : {},
      );
    } catch (error) {
      if (error instanceof ChangeError) return refuse(422, error.message);
      throw error;
    }
    // What the change makes the file name that only another draft declares, the file declares too.
    const copies = declareCopies(edited.text, this.suggestedElsewhere(name));
    edited = { ...edited, text: copies.text };
    const problems = this.newErrors(path, edited.text);
    if (problems.length > 0)
      return refuse(422, refusal(name, problems, "the corpus would not validate"), {
        problems: problems.map(formatProblem),
      });
    // Checking the corpus takes a moment (seconds on a large one): a save made meanwhile (an editor, suggest --force)
    // is not replaced. A new file is linked into place only where none is; an existing one is read again just before.
    if (before === null) {
      try {
        writeNewFileAtomic(path, edited.text);
      } catch (error) {
        if (error instanceof OutputError && error.code === "EEXIST") return conflict(name, source);
        throw error;
      }
    } else {
      if (!holds(path, before)) return conflict(name, source);
      writeFileAtomic(path, edited.text);
    }
    const afterHash = sha256(edited.text);
    this.done.push({ path, name, source, before, afterHash, what });
    return {
      status: 200,
      body: {
        ok: true,
        file: name,
        hash: afterHash,
        acceptedEntities: edited.acceptedEntities,
        removedEntities: edited.removedEntities,
        removedClaims: edited.removedClaims,
        foldedClaims: edited.foldedClaims,
        movedPassages: edited.movedPassages,
        copiedEntities: copies.copied,
        undoable: this.done.length,
      },
    };
  }

  /**
   * The entities other annotation files than `name` declare that no file has accepted, by id (the first declaration),
   * read from the corpus when first asked: what file `name` copies when a change makes it name one.
   */
  private suggestedElsewhere(name: string): (id: string) => DeclarationElsewhere | undefined {
    let found: Map<string, DeclarationElsewhere> | undefined;
    return (id) => {
      if (!found) {
        found = new Map();
        const raw = readCorpusFiles(this.dataDir);
        const accepted = validateCorpus(raw).entities;
        for (const { file, data } of raw.annotations) {
          if (file.file === `annotations/${name}`) continue;
          for (const section of ENTITY_SECTIONS)
            for (const entry of data.entities?.[section] ?? [])
              if (!accepted.has(entry.id) && !found.has(entry.id))
                found.set(entry.id, { section, entry: entry as unknown as Record<string, unknown> });
        }
      }
      return found.get(id);
    };
  }

  /** Where a quote is in source `id`'s text, as validate finds it (for a folded claim's passages, in text order). */
  private locator(id: string): Locate | undefined {
    const source = readCorpusFiles(this.dataDir).sources.find((s) => s.meta.id === id);
    if (!source) return undefined;
    const quotes = new SourceQuotes(source.text);
    return (quote, occurrence) => {
      const found = quotes.find(quote, occurrence);
      return found.found ? { start: found.start, end: found.end } : undefined;
    };
  }

  /** Puts back the file the last change replaced, if that file is still as the change left it. */
  undo(): Answer {
    const last = this.done.at(-1);
    if (!last) return refuse(409, "nothing to undo in this session");
    let current: string;
    try {
      current = readFileSync(this.pathOf(last.name), "utf8");
    } catch {
      return refuse(409, `annotations/${last.name} is gone or replaced: nothing to undo`);
    }
    if (sha256(current) !== last.afterHash) return conflict(last.name, last.source);
    if (last.before === null) {
      // The change made the file: undoing it removes the file again.
      rmSync(last.path);
    } else {
      const problems = this.newErrors(last.path, last.before);
      if (problems.length > 0)
        return refuse(422, refusal(last.name, problems, "undoing would leave the corpus invalid"), {
          problems: problems.map(formatProblem),
        });
      if (!holds(last.path, current)) return conflict(last.name, last.source);
      writeFileAtomic(last.path, last.before);
    }
    this.done.pop();
    return {
      status: 200,
      body: {
        ok: true,
        file: last.name,
        source: last.source,
        hash: last.before === null ? "" : sha256(last.before),
        undone: last.what,
        undoable: this.done.length,
      },
    };
  }

  /** The errors the corpus has with `text` at `path` that it does not have now, in the order `validate` prints them. */
  private newErrors(path: string, text: string): Problem[] {
    const errors = (overrides?: Map<string, string>) =>
      validateCorpus(readCorpusFiles(this.dataDir, overrides)).problems.filter((p) => p.severity === "error");
    const after = errors(new Map([[path, text]]));
    // The corpus as it is now is read only when the change leaves errors, to tell its own from the change's.
    if (after.length === 0) return [];
    const known = new Set(errors().map(problemKey));
    return sortProblems(after.filter((p) => !known.has(problemKey(p))));
  }
}

/**
 * Why a change to annotations/`name` is refused. When it would break another file (a claim there naming an entity
 * only this file declares: a draft made before each draft declared what it uses, or a hand-made file), the message
 * names that file, the ids and what to do, since validate's own hint (declare the id) does not fit someone rejecting.
 */
export function refusal(name: string, problems: readonly Problem[], why: string): string {
  const own = `annotations/${name}`;
  const others = new Map<string, Problem[]>();
  for (const p of problems) if (p.file !== own) others.set(p.file, [...(others.get(p.file) ?? []), p]);
  if (others.size === 0) return `refused: ${why}, nothing was written`;
  const parts = [...others].map(([file, found]) => {
    const line = found[0]!.line ? `line ${found[0]!.line}` : found[0]!.field;
    const where = found.length === 1 ? line : `${found.length} places, the first at ${line}`;
    const ids = [
      ...new Set(
        found.filter((p) => p.message === "unknown entity id" && typeof p.value === "string").map((p) => p.value),
      ),
    ];
    if (ids.length === 0) return `${file} (${found[0]!.message}: ${where})`;
    return `${file} names ${ids.join(", ")} (${where}), which only this file declares`;
  });
  const sources = [...others.keys()].map((f) => (f.split("/").at(-1) ?? f).replace(/\..*$/u, ""));
  return (
    `refused, nothing was written: ${parts.join("; ")}. Review ${sources.join(", ")} first (reject or change the ` +
    "claims there that name it), then do this here again; or keep it here for now"
  );
}

function refuse(status: number, message: string, extra: Record<string, unknown> = {}): Answer {
  return { status, body: { ok: false, error: message, ...extra } };
}

/** Whether the file at `path` still holds `text` (read again now). */
function holds(path: string, text: string): boolean {
  try {
    return readFileSync(path, "utf8") === text;
  } catch {
    return false;
  }
}

function conflict(name: string, source: string): Answer {
  return refuse(
    409,
    `annotations/${name} changed on disk since this page read it (edited elsewhere?): nothing was written; the page reloads the source`,
    { source },
  );
}

function sourceOf(text: string): string {
  return /^source:\s*([a-z0-9-]+)/m.exec(text)?.[1] ?? "";
}

/** What the page shows of one annotation file, read from its text (positions from the `yaml` document). */
export function fileView(name: string, text: string, quotes: SourceQuotes): FileView {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const lineOf = (node: unknown) => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  const claims: ClaimView[] = [];
  const list = doc.get("claims", true);
  if (isSeq(list)) {
    list.items.forEach((item, index) => {
      if (!isMap(item)) return;
      const claim = item.toJSON() as Record<string, unknown>;
      const evidence = Array.isArray(claim.evidence) ? (claim.evidence as Record<string, unknown>[]) : [];
      const line = lineOf(item);
      claims.push({
        index,
        ...(line !== undefined ? { line } : {}),
        relation: String(claim.relation ?? "") as Relation,
        from: String(claim.from ?? ""),
        to: String(claim.to ?? ""),
        ...(typeof claim.role === "string" ? { role: claim.role } : {}),
        ...(typeof claim.link === "string" ? { link: claim.link } : {}),
        ...(typeof claim.since === "string" ? { since: claim.since } : {}),
        ...(typeof claim.until === "string" ? { until: claim.until } : {}),
        ...(typeof claim.note === "string" ? { note: claim.note } : {}),
        status: claim.status === "suggested" ? "suggested" : "accepted",
        evidence: evidence.map((e) => {
          const quote = String(e.quote ?? "");
          const occurrence = typeof e.occurrence === "number" ? e.occurrence : undefined;
          const sameSource = e.source === undefined || e.source === sourceOf(text);
          const found = sameSource && quote ? quotes.find(quote, occurrence ?? 1) : undefined;
          return {
            quote,
            kind: String(e.kind ?? "") as EvidenceKind,
            ...(occurrence !== undefined ? { occurrence } : {}),
            ...(found?.found ? { start: found.start, end: found.end } : {}),
          };
        }),
      });
    });
  }
  const entities: EntityView[] = [];
  const declared = doc.get("entities", true);
  if (isMap(declared)) {
    for (const section of ENTITY_SECTIONS) {
      const seq = declared.get(section, true);
      if (!isSeq(seq)) continue;
      for (const item of seq.items) {
        if (!isMap(item)) continue;
        const entity = item.toJSON() as Record<string, unknown>;
        const line = lineOf(item);
        entities.push({
          section,
          type: SECTION_TYPES[section],
          ...(line !== undefined ? { line } : {}),
          id: String(entity.id ?? ""),
          label: String(entity.label ?? entity.id ?? ""),
          status: entity.status === "suggested" ? "suggested" : "accepted",
          aliases: Array.isArray(entity.aliases) ? entity.aliases.map(String) : [],
          ...(typeof entity.kind === "string" ? { kind: entity.kind } : {}),
          ...(typeof entity.parent === "string" ? { parent: entity.parent } : {}),
          ...(typeof entity.text === "string" ? { text: entity.text } : {}),
          ...speltAlikeNote(item.get("status", true)),
        });
      }
    }
  }
  return { name, hash: sha256(text), claims, entities };
}

/** The part of an entity's status comment that says it may be a known person spelt differently (suggest writes it). */
function speltAlikeNote(status: unknown): { speltAlike?: string } {
  const comment = isScalar(status) ? status.comment : undefined;
  const at = comment?.indexOf(SPELT_ALIKE) ?? -1;
  return comment && at >= 0 ? { speltAlike: comment.slice(at).trim() } : {};
}
