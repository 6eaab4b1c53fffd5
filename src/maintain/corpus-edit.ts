// Changes to a corpus that reach across its files: removing a source (`panelgraph remove-source`), merging one entity
// into another (`merge-entity`) and renaming an entity's id (`rename-entity`). Each is planned first, as the new text of
// every file it touches (made on the YAML documents, so comments and layout elsewhere stay) and the files it deletes,
// with a report of what goes and what moves; the CLI checks the result as `validate` would and writes it all at once.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isMap, isScalar, isSeq, parseDocument, YAMLMap, YAMLSeq, type Document } from "yaml";
import type { RawCorpus } from "../model/corpus.js";
import { isHonorific, isSurnameParticle } from "../model/name-words.js";
import { normaliseName } from "../model/names.js";
import { plural } from "../model/words.js";
import { editDistance, nearest } from "../model/nearest.js";
import { ENTITY_SECTIONS, isDraftNote, SECTION_TYPES, type EntitySection } from "../model/review.js";
import { IdSchema } from "../model/schema.js";
import { SourceQuotes } from "../ingest/quotes.js";
import { foldRepeats, formatOf, removeItem, type Locate } from "../review/edit.js";

/** A change that cannot be made as asked (an unknown id, two kinds of entity): nothing is written. */
export class CorpusEditError extends Error {
  override readonly name = "CorpusEditError";
}

/** What a change does: files (relative to the corpus folder) with their new text, or null when they go. */
export interface CorpusEdit {
  files: Map<string, string | null>;
  /** The text each file the change edits had when it was read: a file that holds another text at the write is kept. */
  read: Map<string, string>;
  /** What it does, a line each, for the user. */
  report: string[];
}

/** Where an entity is declared: registry.yaml or an annotation file, its section and its entry as parsed. */
interface Declaration {
  file: string;
  section: EntitySection;
  entry: Record<string, unknown>;
}

/** The YAML documents of the files an edit may touch, parsed once; `changed` says which were edited. */
class Files {
  private readonly docs = new Map<string, { doc: Document; format: ReturnType<typeof formatOf>; text: string }>();
  readonly changed = new Set<string>();
  constructor(private readonly dir: string) {}

  doc(file: string): Document {
    let found = this.docs.get(file);
    if (!found) {
      let text: string;
      try {
        text = readFileSync(join(this.dir, file), "utf8");
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
        throw new CorpusEditError(
          `${file} could not be read (${code}); \`panelgraph validate\` says what to fix first`,
        );
      }
      const doc = parseDocument(text, { uniqueKeys: true });
      if (doc.errors.length > 0 || !isMap(doc.contents))
        throw new CorpusEditError(`${file} is not valid YAML; fix it first (\`panelgraph validate\` says where)`);
      // The way the file is written, found before any change: written back the same way everywhere else.
      found = { doc, format: formatOf(text, doc), text };
      this.docs.set(file, found);
    }
    return found.doc;
  }

  /** The text each changed file had when it was read. */
  read(): Map<string, string> {
    return new Map([...this.changed].sort().map((file) => [file, this.docs.get(file)!.text]));
  }

  texts(): Map<string, string> {
    const out = new Map<string, string>();
    for (const file of [...this.changed].sort()) {
      const { doc, format } = this.docs.get(file)!;
      out.set(file, doc.toString(format));
    }
    return out;
  }
}

const seqAt = (doc: Document, path: string[]): YAMLSeq | undefined => {
  const found = doc.getIn(path, true);
  return isSeq(found) ? found : undefined;
};

const maps = (seq: YAMLSeq | undefined): YAMLMap[] => (seq?.items ?? []).filter((item) => isMap(item));

/** The entity sections of a file: the registry's at the top, an annotation file's under `entities:`. */
const sectionPath = (file: string, section: EntitySection) =>
  file === "registry.yaml" ? [section] : ["entities", section];

/** Every file that declares or refers to entities: registry.yaml and the annotation files that parsed. */
function entityFiles(raw: RawCorpus): string[] {
  const annotations = [...raw.annotations, ...(raw.partialAnnotations ?? [])].map((a) => a.file.file);
  return [...(raw.registry || raw.partialRegistry ? ["registry.yaml"] : []), ...annotations.sort()];
}

/**
 * Every declaration of an entity, in file order (registry.yaml first). Several annotation files may declare one id, as
 * one entity: each draft declares what it uses itself.
 */
function allDeclarations(raw: RawCorpus): Declaration[] {
  const found: Declaration[] = [];
  const add = (file: string, sections: Partial<Record<EntitySection, unknown[]>> | undefined) => {
    for (const section of ENTITY_SECTIONS)
      for (const entry of sections?.[section] ?? []) {
        const e = entry as Record<string, unknown> | undefined;
        if (e && typeof e.id === "string") found.push({ file, section, entry: e });
      }
  };
  add("registry.yaml", (raw.registry ?? raw.partialRegistry)?.data);
  for (const { file, data } of [...raw.annotations, ...(raw.partialAnnotations ?? [])]) add(file.file, data.entities);
  return found;
}

/** Every entity declared, by id, where it is first declared. */
function declarations(raw: RawCorpus): Map<string, Declaration> {
  const found = new Map<string, Declaration>();
  for (const d of allDeclarations(raw)) if (!found.has(d.entry.id as string)) found.set(d.entry.id as string, d);
  return found;
}

/** The other declarations of the entity `first` declares (its copies in other annotation files). */
const copiesOf = (raw: RawCorpus, first: Declaration) =>
  allDeclarations(raw).filter(
    (d) => d.entry.id === first.entry.id && d.file !== first.file && d.section === first.section,
  );

const sourceIds = (raw: RawCorpus) => [
  ...raw.sources.map((s) => s.meta.id),
  ...(raw.partialSources ?? []).map((s) => s.id),
];

function unknownId(id: string, raw: RawCorpus, what = "entity"): CorpusEditError {
  const close = nearest(id, [...declarations(raw).keys(), ...(what === "source" ? sourceIds(raw) : [])]);
  const where =
    what === "source"
      ? "sources are the files in sources/ (`panelgraph validate` lists them)"
      : "entities are declared in registry.yaml or under `entities:` in an annotation file";
  return new CorpusEditError(
    `no ${what} ${JSON.stringify(id)} in the corpus; ${close.length ? `did you mean ${close.join(", ")}?` : where}`,
  );
}

function entityOf(id: string, raw: RawCorpus, decls: Map<string, Declaration>): Declaration {
  const found = decls.get(id);
  if (found) return found;
  if (sourceIds(raw).includes(id))
    throw new CorpusEditError(
      `${id} is a source, not a declared entity: a source's id is its file names in sources/ and is not merged or renamed`,
    );
  throw unknownId(id, raw);
}

const kindOf = (d: Declaration) => SECTION_TYPES[d.section];
const aKindOf = (d: Declaration) => `${/^[aeiou]/.test(kindOf(d)) ? "an" : "a"} ${kindOf(d)}`;

/** The claims and attributes of an annotation file, with the ids they name; `ids` is called with each end. */
function forEachReference(doc: Document, visit: (map: YAMLMap, key: "from" | "to" | "entity" | "parent") => void) {
  for (const claim of maps(seqAt(doc, ["claims"]))) for (const end of ["from", "to"] as const) visit(claim, end);
  for (const attribute of maps(seqAt(doc, ["attributes"]))) visit(attribute, "entity");
}

/**
 * Renames every reference to `from` as `into` in the files (claims' ends, attributes, theme parents, distinctFrom); returns those
 * files. The claims whose ends changed are added to `moved`.
 */
function replaceReferences(
  files: Files,
  names: string[],
  from: string,
  into: string,
  moved = new Set<YAMLMap>(),
): string[] {
  const touched: string[] = [];
  for (const file of names) {
    const doc = files.doc(file);
    let changed = false;
    const visit = (map: YAMLMap, key: string) => {
      if (map.get(key) !== from) return;
      map.set(key, into);
      if (key === "from" || key === "to") moved.add(map);
      changed = true;
    };
    forEachReference(doc, visit);
    for (const theme of maps(seqAt(doc, sectionPath(file, "themes")))) visit(theme, "parent");
    // A registry person's `distinctFrom` names `into` now; `into`'s own mark of `from` goes, as the two are one.
    if (file === "registry.yaml")
      for (const person of maps(seqAt(doc, ["people"]))) {
        const marks = person.get("distinctFrom", true);
        if (!isSeq(marks)) continue;
        for (let i = marks.items.length - 1; i >= 0; i--) {
          const item = marks.items[i];
          if ((isScalar(item) ? item.value : item) !== from) continue;
          if (person.get("id") === into) removeItem(marks, i);
          else marks.items[i] = doc.createNode(into);
          changed = true;
        }
        if (marks.items.length === 0) person.delete("distinctFrom");
      }
    if (changed) {
      files.changed.add(file);
      touched.push(file);
    }
  }
  return touched;
}

/** Removes entity `id`'s entry from the file that declares it. */
function removeDeclaration(files: Files, declaration: Declaration, id: string): void {
  const seq = seqAt(files.doc(declaration.file), sectionPath(declaration.file, declaration.section))!;
  const index = seq.items.findIndex((item) => isMap(item) && item.get("id") === id);
  removeItem(seq, index);
  files.changed.add(declaration.file);
}

const claimLabel = (claim: YAMLMap) =>
  `${String(claim.get("relation"))} ${String(claim.get("from"))} → ${String(claim.get("to"))}`;

/** Where a quote of `source` is, found as validate finds it; its text is searched only when a fold asks. */
function locator(raw: RawCorpus, source: string): Locate {
  let quotes: SourceQuotes | undefined;
  return (quote, occurrence) => {
    const text = raw.sources.find((s) => s.meta.id === source)?.text;
    if (text === undefined) return undefined;
    quotes ??= new SourceQuotes(text);
    const found = quotes.find(quote, occurrence);
    return found.found ? { start: found.start, end: found.end } : undefined;
  };
}

/**
 * After ids changed: in each file, a claim whose ends became one entity goes, and a moved claim that now repeats
 * another (same relation, ends and role, as `validate` calls a repeat) is folded into the first, as the review's "same
 * as" folds one (foldRepeats): passages united in the order of the text, notes joined, and accepted only if every copy
 * was.
 */
function foldClaims(files: Files, raw: RawCorpus, names: string[], moved: Set<YAMLMap>, report: string[]): void {
  for (const file of names.filter((f) => f !== "registry.yaml")) {
    const doc = files.doc(file);
    const seq = seqAt(doc, ["claims"]);
    if (!seq) continue;
    // Claims are reported by their number in the file as it was, in that order.
    const numbered = [...seq.items];
    const lines: [number, string][] = [];
    for (let index = 0; index < seq.items.length; index++) {
      const claim = seq.items[index];
      if (!isMap(claim) || claim.get("from") !== claim.get("to")) continue;
      const n = numbered.indexOf(claim);
      lines.push([n, `  ${file}: claim ${n} (${claimLabel(claim)}) goes: both its ends are now one entity`]);
      removeItem(seq, index--);
      files.changed.add(file);
    }
    for (const { kept, repeat, waits } of foldRepeats(doc, moved, locator(raw, String(doc.get("source"))))) {
      const n = numbered.indexOf(repeat);
      lines.push([
        n,
        `  ${file}: claim ${n} (${claimLabel(repeat)}) repeats claim ${numbered.indexOf(kept)}: ` +
          "folded into it, their evidence united" +
          (waits ? "; suggested, as one of the two was: it is out of the graph until accepted" : ""),
      ]);
      files.changed.add(file);
    }
    report.push(...lines.sort((x, y) => x[0] - y[0]).map(([, line]) => line));
  }
}

/** The names of an entity (label and aliases) as a list without repeats, compared as queries compare names. */
function names(entry: Record<string, unknown>): string[] {
  return [entry.label, ...((entry.aliases as unknown[] | undefined) ?? [])].filter(
    (n): n is string => typeof n === "string",
  );
}

/**
 * "The" of "The Rt Hon Ann Bell": no given name, on top of the shared titles (src/model/name-words.ts). Not in that
 * list: suggest reads it before every kind of name in running text ("The Fenby Trust"), where it is no title.
 */
const isTitle = (word: string) => word === "the" || isHonorific(word);

/**
 * A person's given name from a label of two names or more, titles dropped; undefined for one name ("Kerr") and for a
 * surname alone, with its particle ("Ms Ní Bhriain": no given name to differ from "Zoë Ní Bhriain"'s).
 */
function givenName(label: string): string | undefined {
  return nameParts(label)?.[0];
}

/** A label's given name and surname (the words after it), lower case, without titles; undefined as for givenName. */
function nameParts(label: string): [string, string] | undefined {
  const words = label
    .split(/\s+/u)
    .map((w) => w.toLowerCase().replace(/\.$/u, ""))
    .filter((w) => w && !isTitle(w));
  const particle = isSurnameParticle(words[0]!) && !GIVEN_NAME_PARTICLES.has(words[0]!);
  return words.length >= 2 && !particle ? [words[0]!, words.slice(1).join(" ")] : undefined;
}

/** `(cai, ada)`, with ` a letter apart` (or two letters) when the two are that close: a spelling, perhaps. */
function twoNames([x, y]: [string, string]): string {
  const apart = editDistance(x, y, 3);
  return `(${x}, ${y})${apart === 1 ? " a letter apart" : apart === 2 ? " two letters apart" : ""}`;
}

/**
 * Why two people's labels are refused a merge without --force, or undefined when their given names do not differ:
 * what differs (the given names; the surnames too, when they do) and what that may mean.
 */
function namesDiffer(a: string, b: string): string | undefined {
  const differ = differentGivenNames(a, b);
  if (!differ) return undefined;
  const [x, y] = [nameParts(a)![1], nameParts(b)![1]];
  if (x === y) return `have different given names ${twoNames(differ)}: two people sharing a surname, perhaps`;
  const close = editDistance(differ[0], differ[1], 3) <= 2 && editDistance(x, y, 3) <= 2;
  return (
    `have different given names ${twoNames(differ)} and surnames ${twoNames([x, y])}: ` +
    (close ? "one name spelt two ways, perhaps, or two people" : "two people, perhaps")
  );
}

/** Particles that open a label more often as a given name: "Di Bell" is Di, not the Italian "di" ("Di Bell" / "Ann Bell"). */
const GIVEN_NAME_PARTICLES = new Set(["di"]);

/** Two given names of two people, not an initial of one another ("A" / "Alison"): "alison" and "brendan". */
function differentGivenNames(a: string, b: string): [string, string] | undefined {
  const [x, y] = [givenName(a), givenName(b)];
  if (!x || !y || x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y)))
    return undefined;
  return [x, y];
}

/** `merge-entity <from> <into>`: `into` keeps its id and takes `from`'s names as aliases; every reference follows. */
export function planMerge(
  dir: string,
  raw: RawCorpus,
  from: string,
  into: string,
  options: { force?: boolean } = {},
): CorpusEdit {
  if (from === into) throw new CorpusEditError(`${from} cannot be merged into itself: give two different ids`);
  const decls = declarations(raw);
  const source = entityOf(from, raw, decls);
  const target = entityOf(into, raw, decls);
  if (kindOf(source) !== kindOf(target))
    throw new CorpusEditError(
      `${from} is ${aKindOf(source)} (${source.file}) and ${into} is ${aKindOf(target)} (${target.file}): ` +
        "only entities of one kind are merged",
    );
  const differ =
    kindOf(source) === "person" ? namesDiffer(String(source.entry.label), String(target.entry.label)) : undefined;
  if (differ && !options.force)
    throw new CorpusEditError(
      `${from} "${String(source.entry.label)}" and ${into} "${String(target.entry.label)}" ${differ}, ` +
        "and a merge has no undo; check their claims " +
        "(`panelgraph query said <id>`), and if they are one person run it again with --force (--dry-run shows the change)",
    );
  const files = new Files(dir);
  const report = [`Merging ${from} (${source.file}) into ${into} (${target.file}):`];
  // Several drafts may each declare their own copy of either entity: every copy of `into` takes the names of every copy
  // of `from` it lacks (and the description, where it has none), so whichever copy the review accepts, rejects or
  // deletes later, the names the merge gave stay with the entity.
  const sources = [source, ...copiesOf(raw, source)];
  const targets = [target, ...copiesOf(raw, target)];
  const fromNames = sources.flatMap((d) => names(d.entry));
  const description = sources.map((d) => d.entry.description).find((d): d is string => typeof d === "string");
  const fromIds = [from, ...sources.flatMap((d) => (Array.isArray(d.entry.formerIds) ? d.entry.formerIds : []))].filter(
    (id): id is string => typeof id === "string",
  );
  for (const copy of targets) {
    const doc = files.doc(copy.file);
    const entry = maps(seqAt(doc, sectionPath(copy.file, copy.section))).find((m) => m.get("id") === into)!;
    const known = new Set(names(copy.entry).map(normaliseName));
    const added = fromNames.filter((n) => {
      const fresh = !known.has(normaliseName(n));
      known.add(normaliseName(n));
      return fresh;
    });
    const where = targets.length > 1 ? ` in ${copy.file}` : "";
    if (added.length) {
      const aliases = entry.get("aliases", true);
      if (isSeq(aliases)) aliases.items.push(...added.map((n) => doc.createNode(n)));
      else
        insertAfter(
          entry,
          "label",
          "aliases",
          doc.createNode([...names(copy.entry).slice(1), ...added], { flow: true }),
        );
      files.changed.add(copy.file);
      report.push(
        `  ${into}${where} takes the alias${added.length === 1 ? "" : "es"} ${added.map((n) => JSON.stringify(n)).join(", ")}`,
      );
    }
    // The merged one's id, and those it had before: a viewer link made with one opens the entity it went into.
    if (addFormerIds(doc, entry, fromIds)) {
      files.changed.add(copy.file);
      report.push(`  ${into}${where} keeps ${from} in formerIds: a viewer link to ?node=${from} opens it`);
    }
    if (entry.get("description") === undefined && description !== undefined) {
      entry.set("description", description);
      files.changed.add(copy.file);
      report.push(`  ${into}${where} takes ${from}'s description (it had none)`);
    }
  }
  for (const d of [source, ...copiesOf(raw, source)]) {
    removeDeclaration(files, d, from);
    report.push(`  ${from}'s entry in ${d.file} goes`);
  }
  const all = entityFiles(raw);
  const movedClaims = new Set<YAMLMap>();
  const moved = replaceReferences(files, all, from, into, movedClaims);
  report.push(
    `  every claim, attribute, theme parent and distinctFrom naming ${from} now names ${into} (${countFiles(moved)})`,
  );
  foldClaims(files, raw, all, movedClaims, report);
  return { files: files.texts(), read: files.read(), report };
}

/** `rename-entity <old> <new>`: the entity's id changes in its entry and in every reference; its names stay. */
export function planRename(dir: string, raw: RawCorpus, old: string, renamed: string): CorpusEdit {
  const decls = declarations(raw);
  const declaration = entityOf(old, raw, decls);
  const valid = IdSchema.safeParse(renamed);
  if (!valid.success)
    throw new CorpusEditError(`the new id ${JSON.stringify(renamed)} ${valid.error.issues[0]!.message}`);
  if (decls.has(renamed))
    throw new CorpusEditError(
      `${renamed} is already the id of ${aKindOf(decls.get(renamed)!)} (${decls.get(renamed)!.file}); ` +
        `to make the two one, run \`panelgraph merge-entity ${old} ${renamed}\``,
    );
  if (sourceIds(raw).includes(renamed))
    throw new CorpusEditError(`${renamed} is already the id of a source: ids are shared by sources and entities`);
  const files = new Files(dir);
  const copies = copiesOf(raw, declaration);
  // Every copy keeps the old id in `formerIds`, by which the viewer opens a link made before (viewer/controllers/url.ts).
  for (const d of [declaration, ...copies]) {
    const doc = files.doc(d.file);
    const entry = maps(seqAt(doc, sectionPath(d.file, d.section))).find((m) => m.get("id") === old)!;
    entry.set("id", renamed);
    addFormerIds(doc, entry, [old]);
    files.changed.add(d.file);
  }
  const report = [`Renaming ${old} to ${renamed} (${[declaration, ...copies].map((d) => d.file).join(", ")}):`];
  const referring = replaceReferences(files, entityFiles(raw), old, renamed);
  report.push(
    `  every claim, attribute, theme parent and distinctFrom naming ${old} now names ${renamed} (${countFiles(referring)})`,
  );
  report.push(`  ${renamed} keeps ${old} in formerIds: a viewer link to ?node=${old} still opens it`);
  return { files: files.texts(), read: files.read(), report };
}

function countFiles(files: string[]): string {
  return files.length === 0 ? "none does" : files.length === 1 ? `in ${files[0]}` : `in ${files.length} files`;
}

function referencesIn(files: Files, file: string, id: string): boolean {
  let found = false;
  const doc = files.doc(file);
  forEachReference(doc, (map, key) => void (found ||= map.get(key) === id));
  for (const theme of maps(seqAt(doc, sectionPath(file, "themes")))) found ||= theme.get("parent") === id;
  return found;
}

/**
 * The names (label, aliases) that only the accepted copies of entity `id` in the files that go (`gone`) give it: the
 * entity stays, declared elsewhere, without them.
 */
function namesOnlyIn(raw: RawCorpus, id: string, gone: ReadonlySet<string>): string[] {
  const namesOf = (entry: Record<string, unknown>) =>
    [entry.label, ...(Array.isArray(entry.aliases) ? entry.aliases : [])].filter(
      (n): n is string => typeof n === "string",
    );
  const copies = allDeclarations(raw).filter((d) => d.entry.id === id);
  const kept = new Set(copies.filter((d) => !gone.has(d.file)).flatMap((d) => namesOf(d.entry).map(normaliseName)));
  const lost = new Map<string, string>();
  for (const d of copies)
    if (gone.has(d.file) && d.entry.status !== "suggested")
      for (const name of namesOf(d.entry)) if (!kept.has(normaliseName(name))) lost.set(normaliseName(name), name);
  return [...lost.values()];
}

/**
 * Adds `ids` to an entry's `formerIds` (after its names, where it has none yet), each once and never the entry's own id:
 * the viewer opens a link made with one of them (viewer/controllers/url.ts). Whether the entry changed.
 */
function addFormerIds(doc: Document, entry: YAMLMap, ids: string[]): boolean {
  const before = entry.get("formerIds", true);
  const had = (isSeq(before) ? before.items.map((i) => (isScalar(i) ? i.value : i)) : []).filter(
    (id): id is string => typeof id === "string",
  );
  const added = ids.filter((id, i) => id !== entry.get("id") && !had.includes(id) && ids.indexOf(id) === i);
  if (added.length === 0) return false;
  const node = doc.createNode(
    [...had, ...added].filter((id) => id !== entry.get("id")),
    { flow: true },
  );
  if (isSeq(before)) entry.set("formerIds", node);
  else insertAfter(entry, entry.has("aliases") ? "aliases" : "label", "formerIds", node);
  return true;
}

function insertAfter(map: YAMLMap, after: string, key: string, value: unknown): void {
  map.set(key, value);
  const pair = map.items.pop()!;
  const at = map.items.findIndex((p) => isScalar(p.key) && p.key.value === after);
  map.items.splice(at === -1 ? map.items.length : at + 1, 0, pair);
}

/**
 * `remove-source <id>`: its text, metadata, original file and annotation files go. The entities those files declared
 * that other files still name move to registry.yaml (entry as it was, without its review status); the rest go with
 * it. In other files, the evidence that quotes the source goes, and a claim left without evidence, or naming the
 * source itself, goes too.
 */
export function planRemoveSource(dir: string, raw: RawCorpus, id: string): CorpusEdit {
  const annotated = [...raw.annotations, ...(raw.partialAnnotations ?? [])].filter((a) => a.data.source === id);
  const sourceFiles = existsSync(join(dir, "sources"))
    ? readdirSync(join(dir, "sources"))
        .filter((name) => name === `${id}.txt` || name === `${id}.yaml` || name.startsWith(`${id}.original.`))
        .sort()
        .map((name) => `sources/${name}`)
    : [];
  if (sourceFiles.length === 0 && annotated.length === 0) throw unknownId(id, raw, "source");
  const ownBroken =
    existsSync(join(dir, "annotations", `${id}.yaml`)) &&
    !annotated.some((a) => a.file.file === `annotations/${id}.yaml`);
  if (ownBroken)
    throw new CorpusEditError(
      `annotations/${id}.yaml could not be read, so the entities it declares are not known; fix it first ` +
        "(`panelgraph validate` says where)",
    );
  const files = new Files(dir);
  const gone = new Set(annotated.map((a) => a.file.file));
  const report = [`Removing source ${id}:`];
  for (const file of sourceFiles) report.push(`  ${file} goes`);
  for (const a of annotated) report.push(`  ${a.file.file} goes (${plural(a.data.claims.length, "claim")})`);

  // Other files: the passages quoting the source go, and claims left with none or naming the source itself.
  const staying = entityFiles(raw).filter((f) => !gone.has(f));
  for (const file of staying.filter((f) => f !== "registry.yaml")) {
    const doc = files.doc(file);
    const own = String(doc.get("source"));
    for (const list of ["claims", "attributes"] as const) {
      const seq = seqAt(doc, [list]);
      if (!seq) continue;
      const numbered = [...seq.items];
      for (let index = 0; index < seq.items.length; index++) {
        const item = seq.items[index];
        if (!isMap(item)) continue;
        const n = numbered.indexOf(item);
        const what = list === "claims" ? `claim ${n} (${claimLabel(item)})` : `attribute ${n}`;
        if ([item.get("from"), item.get("to"), item.get("entity")].includes(id)) {
          report.push(`  ${file}: ${what} goes: it names ${id}`);
          removeItem(seq, index--);
          files.changed.add(file);
          continue;
        }
        const evidence = item.get("evidence", true);
        if (!isSeq(evidence)) continue;
        const before = evidence.items.length;
        const kept = evidence.items.filter((e) => !isMap(e) || (e.get("source") ?? own) !== id);
        if (kept.length === before) continue;
        files.changed.add(file);
        if (kept.length === 0) {
          report.push(`  ${file}: ${what} goes: only ${id} supported it`);
          removeItem(seq, index--);
        } else {
          evidence.items = kept;
          report.push(`  ${file}: ${what} loses ${plural(before - kept.length, "passage")} quoting ${id}`);
        }
      }
    }
  }

  // What the remaining files still name, after those claims went.
  const named = new Set<string>();
  for (const file of staying) {
    const doc = files.doc(file);
    forEachReference(doc, (map, key) => {
      const value = map.get(key);
      if (typeof value === "string") named.add(value);
    });
    for (const theme of maps(seqAt(doc, sectionPath(file, "themes")))) {
      const parent = theme.get("parent");
      if (typeof parent === "string") named.add(parent);
    }
  }
  const declaredHere: Declaration[] = [];
  for (const d of allDeclarations(raw))
    if (gone.has(d.file) && !declaredHere.some((h) => h.entry.id === d.entry.id)) declaredHere.push(d);
  // An entity a remaining annotation file declares too (its own copy) stays there: nothing moves to the registry.
  const keptElsewhere = new Map<string, string>();
  for (const d of allDeclarations(raw))
    if (d.file !== "registry.yaml" && !gone.has(d.file) && !keptElsewhere.has(d.entry.id as string))
      keptElsewhere.set(d.entry.id as string, d.file);
  const promoted = new Set(
    declaredHere.filter((d) => named.has(d.entry.id as string)).map((d) => d.entry.id as string),
  );
  // A promoted theme's parent must be a registry theme: it moves with it.
  for (let grew = true; grew;) {
    grew = false;
    for (const d of declaredHere)
      if (promoted.has(d.entry.id as string) && typeof d.entry.parent === "string" && !promoted.has(d.entry.parent))
        if (declaredHere.some((p) => p.entry.id === d.entry.parent)) {
          promoted.add(d.entry.parent);
          grew = true;
        }
  }
  // What moves to the registry: a promoted entity no remaining file declares, and the parent of a theme that moves (a
  // registry theme's parent is a registry theme), though another file keeps a copy of it.
  const moves = new Set([...promoted].filter((id) => !keptElsewhere.has(id)));
  for (let grew = true; grew;) {
    grew = false;
    for (const d of declaredHere) {
      const parent = d.entry.parent;
      if (moves.has(d.entry.id as string) && typeof parent === "string" && promoted.has(parent) && !moves.has(parent)) {
        moves.add(parent);
        grew = true;
      }
    }
  }
  for (const d of declaredHere) {
    const entityId = d.entry.id as string;
    if (!promoted.has(entityId)) {
      report.push(`  ${entityId} (${kindOf(d)}, ${d.file}) goes with it: no other file names it`);
      continue;
    }
    if (!moves.has(entityId)) {
      const lost = namesOnlyIn(raw, entityId, gone);
      report.push(
        `  ${entityId} (${kindOf(d)}) stays declared in ${keptElsewhere.get(entityId)!}, its own copy` +
          (lost.length === 0
            ? ""
            : `; the ${lost.length === 1 ? "name" : "names"} only the removed copy gave it ` +
              `${lost.length === 1 ? "is" : "are"} lost: ${lost.map((n) => JSON.stringify(n)).join(", ")} ` +
              `(add ${lost.length === 1 ? "it" : "them"} to the aliases there to keep ${lost.length === 1 ? "it" : "them"})`),
      );
      continue;
    }
    const users = staying.filter((f) => referencesIn(files, f, entityId));
    if (d.entry.status === "suggested")
      throw new CorpusEditError(
        `${entityId} is still suggested in ${d.file}, and ${users.join(", ") || "a theme it is the parent of"} ` +
          `names it: accept it there (status: accepted) or take it out of ${users.length ? "those files" : "that theme"} first`,
      );
    const registry = files.doc("registry.yaml");
    let seq = seqAt(registry, [d.section]);
    if (!seq) {
      registry.set(d.section, new YAMLSeq());
      seq = seqAt(registry, [d.section])!;
    }
    // The entry as written (its comments and layout), without the review status the registry does not have.
    const written = maps(seqAt(files.doc(d.file), sectionPath(d.file, d.section))).find(
      (m) => m.get("id") === entityId,
    )!;
    // `people: []` is written as a list of one entry a line once it has entries.
    seq.flow = false;
    const entry = written.clone() as YAMLMap;
    entry.delete("status");
    // Nor suggest's note on why it drafted a theme, which is no description of it (isDraftNote).
    if (isDraftNote(entry.get("description"))) entry.delete("description");
    seq.items.push(entry);
    files.changed.add("registry.yaml");
    report.push(
      `  ${entityId} (${kindOf(d)}) moves to registry.yaml, with its names and fields: ${users.length ? `${users.join(", ")} name${users.length === 1 ? "s" : ""} it` : "a moved theme's parent"}` +
        (keptElsewhere.has(entityId) ? ` (${keptElsewhere.get(entityId)!} keeps its copy)` : ""),
    );
  }
  const texts = files.texts();
  const out = new Map<string, string | null>();
  for (const file of [...sourceFiles, ...gone].sort()) out.set(file, null);
  for (const [file, text] of texts) if (!gone.has(file)) out.set(file, text);
  return { files: out, read: files.read(), report };
}
