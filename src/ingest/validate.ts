// The cross-record pass: links between files (ids, relation endpoint types, quotes in their sources, the theme
// hierarchy). Collects every problem; the result holds only what is sound enough to build a graph from.
import type {
  ClaimFragment,
  Corpus,
  Entity,
  LoadedSource,
  PartialRegistry,
  RawCorpus,
  ResolvedAttribute,
  ResolvedClaim,
  YamlFile,
} from "../model/corpus.js";
import { idForm, normaliseName } from "../model/names.js";
import { namesSlipped } from "../model/near-spellings.js";
import { plural } from "../model/words.js";
import { nearest, typoDistance } from "../model/nearest.js";
import type { Problem } from "../model/problem.js";
import {
  claimIdentity,
  ID_FORM_MESSAGE,
  REGISTRY_SECTIONS,
  RELATIONS,
  type AnnotationFile,
  type AttributeClaim,
  type Claim,
  type Evidence,
  type EvidenceInput,
  type NodeType,
  type Registry,
  type SourceEntities,
} from "../model/schema.js";
import { compareDatesAsPrecise, dateProblem } from "../model/dates.js";
import { readCorpusFiles } from "./read.js";
import { CorpusError, sortProblems } from "./problems.js";
import { paragraphBreak, SourceQuotes } from "./quotes.js";
import { nearDuplicates, percent, shingle, type Shingler } from "./near-duplicates.js";

const ARTICLE: Record<NodeType, string> = {
  source: "a source",
  event: "an event",
  session: "a session",
  person: "a person",
  organisation: "an organisation",
  theme: "a theme",
  programme: "a programme",
  recommendation: "a recommendation",
  finding: "a finding",
};

function listTypes(types: readonly NodeType[]): string {
  return types.length === 1 ? types[0]! : `${types.slice(0, -1).join(", ")} or ${types.at(-1)}`;
}

function registryEntities(
  registry: Registry,
  file: YamlFile,
  sourceIds: Set<string>,
  unsound: Set<string>,
  problems: Problem[],
) {
  const entities = new Map<string, Entity>();
  for (const [section, type] of Object.entries(REGISTRY_SECTIONS) as [keyof Registry, NodeType][]) {
    registry[section].forEach((entry, index) => {
      const seen = entities.get(entry.id);
      if (seen || sourceIds.has(entry.id)) {
        problems.push({
          severity: "error",
          file: file.file,
          line: file.lineOf([section, index, "id"]),
          field: `${section}.${index}.id`,
          message: `duplicate id: already used by ${seen ? `${ARTICLE[seen.type]} (${seen.label})` : "a source"}`,
          value: entry.id,
          hint: "ids are shared by every entity type; give this one a distinct id",
        });
        return;
      }
      const entity: Entity = { id: entry.id, type, label: entry.label, aliases: entry.aliases };
      if (entry.description !== undefined) entity.description = entry.description;
      const extra = entry as { kind?: string; parent?: string; text?: string; distinctFrom?: string[] };
      if (extra.kind !== undefined) entity.kind = extra.kind;
      if (extra.parent !== undefined) entity.parent = extra.parent;
      if (extra.text !== undefined) entity.text = extra.text;
      if (extra.distinctFrom !== undefined) entity.distinctFrom = [...extra.distinctFrom];
      if (entry.formerIds !== undefined) entity.formerIds = [...entry.formerIds];
      entities.set(entry.id, entity);
    });
  }
  checkThemeHierarchy(registry, file, entities, unsound, problems);
  checkNames(registry, file, entities, problems);
  return entities;
}

function checkThemeHierarchy(
  registry: Registry,
  file: YamlFile,
  entities: Map<string, Entity>,
  unsound: Set<string>,
  problems: Problem[],
) {
  registry.themes.forEach((theme, index) => {
    if (theme.parent === undefined) return;
    const parent = entities.get(theme.parent);
    if (!parent || parent.type !== "theme") {
      // A parent whose own entry failed its schema: that entry's problems say why it is missing.
      if (!parent && unsound.has(theme.parent)) return void delete entities.get(theme.id)?.parent;
      problems.push({
        severity: "error",
        file: file.file,
        line: file.lineOf(["themes", index, "parent"]),
        field: `themes.${index}.parent`,
        message: parent ? `parent must be a theme, but it is ${ARTICLE[parent.type]}` : "unknown parent theme",
        value: theme.parent,
        hint: hintForId(theme.parent, entities, ["theme"]),
      });
      delete entities.get(theme.id)?.parent;
    }
  });
  // A cycle would make "this theme and its sub-themes" endless.
  const ids = registry.themes.map((theme) => theme.id);
  const cycles = themeCycles(ids, (id) => entities.get(id)?.parent);
  for (const { start, chain } of cycles.found) {
    const index = ids.indexOf(start);
    problems.push({
      severity: "error",
      file: file.file,
      line: file.lineOf(["themes", index, "parent"]),
      field: `themes.${index}.parent`,
      message: `theme hierarchy has a cycle: ${[...chain, start].join(" → ")}`,
      value: registry.themes[index]!.parent,
      hint: CYCLE_HINT,
    });
  }
  for (const id of cycles.onCycle) delete entities.get(id)?.parent;
}

const CYCLE_HINT = "a theme cannot be its own ancestor; remove one of these parents";

/**
 * The cycles in a theme hierarchy, each found once: from the first of `starts` on it, with the chain walked from there.
 * A start whose parents lead into a cycle it is not on is left to a theme on that cycle.
 */
function themeCycles(starts: readonly string[], parentOf: (id: string) => string | undefined) {
  const onCycle = new Set<string>();
  const found: { start: string; chain: string[] }[] = [];
  for (const start of starts) {
    if (onCycle.has(start)) continue;
    const chain = [start];
    for (let at = parentOf(start); at !== undefined; at = parentOf(at)) {
      if (at === start) {
        found.push({ start, chain });
        chain.forEach((id) => onCycle.add(id));
        break;
      }
      if (chain.includes(at)) break; // a cycle further up, reported from a theme on it
      chain.push(at);
    }
  }
  return { found, onCycle };
}

/**
 * A name (label or alias) given to two registry entities makes queries by that name ambiguous: worth a warning, at the
 * entry that made it shared. Names are compared as queries compare them (model/names.ts), so two spellings a reader
 * cannot tell apart (`é` as one character or two) are one name here too.
 */
function checkNames(registry: Registry, file: YamlFile, entities: Map<string, Entity>, problems: Problem[]) {
  interface Owners {
    ids: Set<string>;
    first: { id: string; written: string };
    shared?: { path: (string | number)[]; written: string };
  }
  const byName = new Map<string, Owners>();
  for (const section of Object.keys(REGISTRY_SECTIONS) as (keyof Registry)[]) {
    registry[section].forEach((entry, index) => {
      if (entities.get(entry.id)?.label !== entry.label) return; // a duplicate id, reported already
      const names: [string, (string | number)[]][] = [
        [entry.label, [section, index, "label"]],
        ...entry.aliases.map((alias, k): [string, (string | number)[]] => [alias, [section, index, "aliases", k]]),
      ];
      for (const [written, path] of names) {
        const key = normaliseName(written);
        const owners = byName.get(key);
        if (!owners) byName.set(key, { ids: new Set([entry.id]), first: { id: entry.id, written } });
        else if (!owners.ids.has(entry.id)) {
          owners.ids.add(entry.id);
          owners.shared ??= { path, written };
        }
      }
    });
  }
  for (const { ids, first, shared } of byName.values()) {
    if (!shared) continue;
    const spelledAlike = first.written === shared.written;
    problems.push({
      severity: "warning",
      file: file.file,
      line: file.lineOf(shared.path),
      field: shared.path.join("."),
      message: `the name ${JSON.stringify(shared.written)} belongs to ${ids.size} entities: ${[...ids].sort().join(", ")}`,
      ...(spelledAlike ? {} : { value: first.written }),
      hint:
        (spelledAlike
          ? "queries by this name will ask which one is meant"
          : `written so for ${first.id}: queries compare names without case, Unicode form (é as one character or two), quote style or extra spaces, so they will ask which one is meant`) +
        "; keep it only where a user would expect it",
    });
  }
}

/** Where an id that no file declares can be declared (a removed source's file takes the entities it declared along). */
const DECLARE_HINT =
  "no file declares it: declare it in registry.yaml, or under `entities:` in an annotation file " +
  "(docs/annotation-format.md)";

function hintForId(
  value: string,
  entities: Map<string, Entity>,
  types?: readonly NodeType[],
  otherwise = DECLARE_HINT,
): string {
  const wanted = normaliseName(value);
  const byName = [...entities.values()].filter(
    (e) => (!types || types.includes(e.type)) && [e.label, ...e.aliases].some((n) => normaliseName(n) === wanted),
  );
  if (byName.length > 0) return `use the id, not the name: ${byName.map((e) => e.id).join(" or ")}`;
  const pool = [...entities.values()].filter((e) => !types || types.includes(e.type)).map((e) => e.id);
  const close = nearest(value, pool);
  return close.length > 0 ? `did you mean ${close.join(", ")}?` : otherwise;
}

/**
 * For a claim's end written as a name where its id belongs (`to: Fuel Poverty`), which the schema refuses before any
 * entity is known: the id of the entity of that name, or the id nearest the name's id form.
 */
function nameForIdHint(problem: Problem, known: Map<string, Entity>): string | undefined {
  const { value } = problem;
  if (problem.message !== ID_FORM_MESSAGE || problem.hint !== undefined || typeof value !== "string") return undefined;
  if (!/^claims\.\d+\.(?:from|to)$/u.test(problem.field)) return undefined;
  const wanted = normaliseName(value);
  const byName = [...known.values()].filter((e) => [e.label, ...e.aliases].some((n) => normaliseName(n) === wanted));
  const ids = byName.length > 0 ? byName.map((e) => e.id) : nearest(idForm(value), known.keys());
  return ids.length > 0 ? `did you mean ${ids.join(", ")}? (a claim names an entity by its id)` : undefined;
}

/** An entity declared with `status: suggested` in an annotation file: it resolves, but stays out of the graph. */
interface PendingEntity {
  entity: Entity;
  file: string;
  line?: number;
}

/** The suggested declarations of each annotation file (file → id → where): what its accepted claims cannot stand on. */
type SuggestedCopies = Map<string, Map<string, PendingEntity>>;

/**
 * Adds the entities annotation files declare (`entities:`) to `entities`, or to `pending` while they are suggested.
 * Their ids share the registry's namespace. Several annotation files may declare one id as one entity of one kind
 * (each draft declares what it uses, so that deleting, re-drafting or reviewing one never breaks another): the copies
 * are one entity, accepted as soon as one copy is, taken from the first accepted copy, with the other accepted copies'
 * names as aliases. A file may also keep its copy of a registry entry (a draft whose theme was then moved to the
 * registry): the registry's entry is the one used, and the copy must call it by one of its names. A theme's parent is a
 * theme of the registry or of the same file (so that a draft still stands alone), one parent whichever copy gives it,
 * and no theme is its own ancestor. Returns each file's suggested declarations.
 */
function declareSourceEntities(
  raw: RawCorpus,
  entities: Map<string, Entity>,
  pending: Map<string, PendingEntity>,
  problems: Problem[],
  dataOption: string,
): SuggestedCopies {
  const suggestedCopies: SuggestedCopies = new Map();
  const declaredIn = new Map<string, Set<string>>();
  const suggestedWarnings: { id: string; type: NodeType; warning: Problem }[] = [];
  // The registry's entries (sources are entities too, declared in sources/).
  const inRegistry = new Set([...entities.values()].filter((e) => e.type !== "source").map((e) => e.id));
  const parents: ParentReference[] = [];
  const declared = new Map<string, string>();
  const names = new Map<string, string>();
  const warnedNames = new Set<string>();
  for (const entity of entities.values()) {
    for (const name of [entity.label, ...entity.aliases])
      if (!names.has(normaliseName(name))) names.set(normaliseName(name), entity.id);
  }
  for (const { file, data } of [...raw.annotations, ...(raw.partialAnnotations ?? [])]) {
    if (!data.entities || raw.unreadableSources.has(data.source)) continue;
    for (const [section, type] of Object.entries(REGISTRY_SECTIONS) as [keyof SourceEntities, NodeType][]) {
      data.entities[section].forEach((entry, index) => {
        const path = ["entities", section, index];
        const at = (field: string) => {
          const within = field.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
          return { file: file.file, line: file.lineOf([...path, ...within]), field: [...path, field].join(".") };
        };
        const seen = entities.get(entry.id) ?? pending.get(entry.id)?.entity;
        // A copy: the same kind of entity under the same id, declared first in another annotation file or the registry.
        const copy =
          seen !== undefined &&
          seen.type === type &&
          (declared.has(entry.id) || inRegistry.has(entry.id)) &&
          !declaredIn.get(entry.id)?.has(file.file);
        if (copy && inRegistry.has(entry.id) && !hasName(seen, entry.label)) {
          // The same id for what reads as another entity: the registry's name is not among this copy's.
          problems.push({
            severity: "error",
            ...at("label"),
            message: `${entry.id} is ${ARTICLE[type]} registry.yaml calls ${JSON.stringify(seen.label)}, but this file calls it ${JSON.stringify(entry.label)}`,
            value: entry.label,
            hint:
              `if it is the same ${type}, write label: ${seen.label} here (or delete this entry: registry.yaml's is the ` +
              `one used); if not, give this one another id and change it in this file's claims`,
          });
          return;
        }
        if (seen && !copy) {
          const where = declared.get(entry.id) ?? (seen.type === "source" ? "sources/" : "registry.yaml");
          problems.push({
            severity: "error",
            ...at("id"),
            message: `duplicate id: already used by ${ARTICLE[seen.type]} (${seen.label}) in ${where}`,
            value: entry.id,
            hint:
              seen.type === type
                ? `if it is the same ${type}, delete this entry and keep the claims that use ${entry.id}`
                : "ids are shared by every entity type; give this one a distinct id",
          });
          return;
        }
        const entity: Entity = { id: entry.id, type, label: entry.label, aliases: entry.aliases };
        if (entry.description !== undefined) entity.description = entry.description;
        const extra = entry as { kind?: string; parent?: string; text?: string };
        if (extra.kind !== undefined) entity.kind = extra.kind;
        if (extra.text !== undefined) entity.text = extra.text;
        if (entry.formerIds !== undefined) entity.formerIds = [...entry.formerIds];
        if (extra.parent !== undefined) {
          const suggested = entry.status === "suggested";
          parents.push({ id: entry.id, parent: extra.parent, file: file.file, at: at("parent"), suggested });
        }
        // A copy's names are checked too: an accepted copy adds the names the first one lacks (a shared alias).
        claimNames(
          entry,
          type,
          {
            names,
            warned: warnedNames,
            where: (id) => declared.get(id) ?? "registry.yaml",
            typeOf: (id) => entities.get(id)?.type,
            labelOf: (id) => (entities.get(id) ?? pending.get(id)?.entity)?.label,
            dataOption,
          },
          at,
          problems,
        );
        if (!inRegistry.has(entry.id)) declared.set(entry.id, declared.get(entry.id) ?? file.file);
        declaredIn.set(entry.id, (declaredIn.get(entry.id) ?? new Set()).add(file.file));
        if (entry.status === "suggested") {
          const where = { entity, file: file.file, line: file.lineOf([...path, "status"]) };
          if (!copy) pending.set(entry.id, where);
          let own = suggestedCopies.get(file.file);
          if (!own) suggestedCopies.set(file.file, (own = new Map()));
          own.set(entry.id, where);
          const warning: Problem = {
            severity: "warning",
            ...at("status"),
            message: `suggested ${type}, not reviewed yet: left out of the graph until accepted`,
            value: entry.id,
            hint: "check it, then set `status: accepted` (or delete it and the claims that use it)",
          };
          problems.push(warning);
          suggestedWarnings.push({ id: entry.id, type, warning });
        } else if (copy && entities.has(entry.id)) {
          // A second accepted copy: one entity still, known by this copy's names too.
          const first = entities.get(entry.id)!;
          const known = new Set([first.label, ...first.aliases].map(normaliseName));
          for (const name of [entry.label, ...entry.aliases])
            if (!known.has(normaliseName(name))) {
              known.add(normaliseName(name));
              first.aliases = [...first.aliases, name];
            }
          // And by the ids it had before, whichever copy records them.
          const former = (entry.formerIds ?? []).filter((id) => !first.formerIds?.includes(id));
          if (former.length > 0) first.formerIds = [...(first.formerIds ?? []), ...former];
        } else {
          pending.delete(entry.id);
          entities.set(entry.id, entity);
        }
      });
    }
  }
  // A copy left suggested while another file's copy is accepted: the entity is in the graph already.
  for (const { id, type, warning } of suggestedWarnings)
    if (entities.has(id))
      warning.message = inRegistry.has(id)
        ? `suggested ${type}, not reviewed yet in this file (registry.yaml declares it)`
        : `suggested ${type}, not reviewed yet in this file (another file's copy is accepted)`;
  declareParents(parents, { entities, pending, inRegistry, declaredIn }, problems);
  return suggestedCopies;
}

/** A `parent:` an annotation file gives a theme it declares. */
interface ParentReference {
  id: string;
  parent: string;
  file: string;
  at: Location;
  suggested: boolean;
}

const hasName = (entity: Entity, name: string) =>
  [entity.label, ...entity.aliases].some((n) => normaliseName(n) === normaliseName(name));

/**
 * Sets the parents annotation files give their themes: a theme of the registry or of the same file (another file's
 * theme would leave this draft broken when that one is deleted or re-drafted), the same parent in every copy that gives
 * one (the registry's included), an accepted parent for an accepted theme, and no cycle.
 */
function declareParents(
  parents: ParentReference[],
  declared: {
    entities: Map<string, Entity>;
    pending: Map<string, PendingEntity>;
    inRegistry: Set<string>;
    declaredIn: Map<string, Set<string>>;
  },
  problems: Problem[],
) {
  const { entities, pending, inRegistry, declaredIn } = declared;
  const lookUp = (id: string) => entities.get(id) ?? pending.get(id)?.entity;
  /** Where each theme's parent was given: registry.yaml for the registry's. */
  const givenIn = new Map<string, string>();
  for (const entity of entities.values()) if (entity.parent !== undefined) givenIn.set(entity.id, "registry.yaml");
  const taken: ParentReference[] = [];
  for (const ref of parents) {
    const theme = lookUp(ref.id);
    // A suggested copy gives no parent to a theme another copy has accepted.
    if (!theme || (ref.suggested && entities.has(ref.id))) continue;
    const parent = lookUp(ref.parent);
    const error = (message: string, hint: string) =>
      problems.push({ severity: "error", ...ref.at, message, value: ref.parent, hint });
    const themes = new Map([...entities, ...[...pending].map(([id, p]) => [id, p.entity] as const)]);
    if (!parent) {
      error(
        "unknown parent theme",
        hintForId(ref.parent, themes, ["theme"], "declare it under entities.themes in this file, or in registry.yaml"),
      );
    } else if (parent.type !== "theme") {
      error(
        `parent must be a theme, but it is ${ARTICLE[parent.type]}`,
        hintForId(ref.parent, themes, ["theme"], "give a theme's id as parent, or leave parent out"),
      );
    } else if (!inRegistry.has(ref.parent) && !declaredIn.get(ref.parent)?.has(ref.file)) {
      const where = [...(declaredIn.get(ref.parent) ?? [])].join(", ");
      error(
        `parent ${ref.parent} is declared in ${where}, not in this file or registry.yaml`,
        `copy its entry (id and label) under entities.themes in this file, or move it to registry.yaml: a draft ` +
          `stands alone, so deleting ${where} must not break it`,
      );
    } else if (theme.parent !== undefined && theme.parent !== ref.parent) {
      error(
        `${ref.id} has parent ${theme.parent} in ${givenIn.get(ref.id)}, but ${ref.parent} here`,
        `a theme has one parent: give the same one in both files, or leave parent out of this one`,
      );
    } else if (entities.has(ref.id) && !entities.has(ref.parent)) {
      const at = pending.get(ref.parent)!;
      error(
        `parent ${ref.parent} is still suggested`,
        `accept ${ref.parent} too (${at.file}:${at.line ?? 1}, set \`status: accepted\`) or leave parent out`,
      );
    } else {
      theme.parent = ref.parent;
      givenIn.set(ref.id, ref.file);
      taken.push(ref);
    }
  }
  // A cycle would make "this theme and its sub-themes" endless: reported once, at a file's parent on it.
  const cycles = themeCycles(
    taken.map((ref) => ref.id),
    (id) => lookUp(id)?.parent,
  );
  for (const { start, chain } of cycles.found) {
    const ref = taken.find((r) => r.id === start)!;
    problems.push({
      severity: "error",
      ...ref.at,
      message: `theme hierarchy has a cycle: ${[...chain, start].join(" → ")}`,
      value: ref.parent,
      hint: CYCLE_HINT,
    });
  }
  for (const id of cycles.onCycle) delete lookUp(id)?.parent;
}

type Location = Pick<Problem, "file" | "line" | "field">;

/**
 * Records the names of a declared entity in `names` (normalised name → id), warning for each that already belongs to
 * another (once an entity and name: its copies in other files repeat them), at the label or alias that gives it, with
 * where the other entity is declared (`where`). `at` is called only for a warning: a line number costs a YAML parse
 * with positions.
 */
function claimNames(
  entry: { id: string; label: string; aliases: string[] },
  type: NodeType,
  known: {
    names: Map<string, string>;
    warned: Set<string>;
    where: (id: string) => string;
    typeOf: (id: string) => NodeType | undefined;
    labelOf: (id: string) => string | undefined;
    /** ValidateOptions.dataOption: the end of the merge-entity command the hint prints. */
    dataOption: string;
  },
  at: (field: string) => Location,
  problems: Problem[],
) {
  const { names, warned, where, typeOf, labelOf, dataOption } = known;
  const written: [string, string][] = [
    ["label", entry.label],
    ...entry.aliases.map((a, k): [string, string] => [`aliases.${k}`, a]),
  ];
  for (const [field, name] of written) {
    const key = normaliseName(name);
    const owner = names.get(key);
    if (owner === undefined) names.set(key, entry.id);
    if (owner === undefined || owner === entry.id || warned.has(`${entry.id}\n${key}`)) continue;
    warned.add(`${entry.id}\n${key}`);
    if (typeOf(owner) === "source") {
      // A page titled with a body's name ("Fenby Trust"): the source is not the entity to use, and its id is taken.
      problems.push({
        severity: "warning",
        ...at(field),
        message: `the name "${name}" is also the title of source ${owner}: two nodes read alike`,
        value: entry.id,
        hint:
          `a source is not ${ARTICLE[type]}: keep this ${type}, whose id cannot be ${owner} (the source's; ` +
          `\`panelgraph rename-entity ${entry.id} <new-id>\` gives it a clearer one), and to tell the two apart give ` +
          `the source a title of its own (title: in sources/${owner}.yaml, with its date, session or part)`,
      });
      continue;
    }
    const otherwise =
      field === "label"
        ? "give one of them a label that tells it apart"
        : `take ${JSON.stringify(name)} out of ${entry.id}'s aliases here`;
    // The same person under an initial and under the given name in full ("T. Feld", "Tomas Feld"): the merge keeps
    // the full name, whichever was declared first.
    const ownerLabel = labelOf(owner);
    const intoThis = type === "person" && ownerLabel !== undefined && initialOnly(ownerLabel, entry.label);
    const merge = intoThis
      ? `\`panelgraph merge-entity ${owner} ${entry.id}${dataOption}\` merges the two into ${entry.id}, whose given ` +
        `name is written in full (${JSON.stringify(ownerLabel)} becomes an alias)`
      : `\`panelgraph merge-entity ${entry.id} ${owner}${dataOption}\` merges the two into ${owner}`;
    problems.push({
      severity: "warning",
      ...at(field),
      message: `the name "${name}" already belongs to ${owner} (declared in ${where(owner)})`,
      value: entry.id,
      hint:
        `if it is the same entity, ${intoThis ? "keep" : "use"} ${intoThis ? entry.id : owner} ` +
        `${intoThis ? `and drop ${owner}` : `instead of declaring ${entry.id}`} (${merge}); if not, ${otherwise}: a ` +
        `query by that name asks which one is meant`,
    });
  }
}

/**
 * Whether person label `a` gives the given name as an initial where `b` writes it in full, the rest alike: "T. Feld"
 * and "Dr T Feld" against "Tomas Feld"; not "Tom Feld" against "Tomas Feld" (two spellings: nothing tells which).
 */
export function initialOnly(a: string, b: string): boolean {
  const words = (label: string) => label.split(/\s+/u).map((w) => normaliseName(w.replace(/\.$/u, "")));
  const [x, y] = [words(a), words(b)];
  if (x.length < 2 || y.length < 2 || x.at(-1) !== y.at(-1)) return false;
  const [initial, given] = [x.at(-2)!, y.at(-2)!];
  return /^\p{L}$/u.test(initial) && given.length > 1 && given.startsWith(initial);
}

interface EvidenceContext {
  file: YamlFile;
  path: (string | number)[];
  defaultSource: string;
  sources: Map<string, CheckedSource>;
  /** Each source's quote search, made when a quote is first looked for in it, shared by all its quotes. */
  quotes: Map<string, SourceQuotes>;
  problems: Problem[];
}

function resolveEvidence(items: EvidenceInput[], ctx: EvidenceContext): Evidence[] {
  const resolved: Evidence[] = [];
  items.forEach((item, index) => {
    const found = locatePassage(item, index, ctx);
    if (found) resolved.push({ ...found, quote: item.quote, kind: item.kind });
  });
  return resolved;
}

/** Where evidence item `index` is in its source; undefined, with the problem reported, when it is not found. */
function locatePassage(
  item: Pick<EvidenceInput, "source" | "quote" | "occurrence">,
  index: number,
  ctx: EvidenceContext,
): { source: string; start: number; end: number } | undefined {
  const path = [...ctx.path, "evidence", index];
  const sourceId = item.source ?? ctx.defaultSource;
  const source = ctx.sources.get(sourceId);
  const at = (field: string) => ({
    file: ctx.file.file,
    line: ctx.file.lineOf([...path, field]),
    field: [...path, field].join("."),
  });
  if (!source) {
    ctx.problems.push({
      severity: "error",
      ...at("source"),
      message: "evidence points at an unknown source",
      value: sourceId,
      hint: (() => {
        const close = nearest(sourceId, ctx.sources.keys());
        return close.length ? `did you mean ${close.join(", ")}?` : "sources are the files in sources/";
      })(),
    });
    return;
  }
  let quotes = ctx.quotes.get(sourceId);
  if (!quotes) ctx.quotes.set(sourceId, (quotes = new SourceQuotes(source.text)));
  const match = quotes.find(item.quote, item.occurrence);
  if (!match.found) {
    const where = item.occurrence && match.occurrences > 0;
    const closest = match.closest;
    let hint = `copy the passage exactly from ${source.file}`;
    // The words are there, but over a paragraph break: say that, not "not found" (Review refuses such a selection).
    const overBreak =
      !where &&
      closest?.reason === "punctuation-or-spacing" &&
      paragraphBreak(source.text).test(closest.passage) &&
      !paragraphBreak(source.text).test(item.quote);
    if (where) hint = `the quote occurs ${match.occurrences} time(s); lower \`occurrence\``;
    else if (overBreak) {
      hint =
        "split it into two passages, one for each paragraph " +
        `(the text in ${source.file}:${quotes.lineOf(closest.start)}: ${JSON.stringify(closest.passage)})`;
    } else if (closest) {
      const why =
        closest.reason === "punctuation-or-spacing"
          ? "differs only in punctuation, quotes or spacing"
          : "closest passage";
      hint = `${why} in ${source.file}:${quotes.lineOf(closest.start)}: ${JSON.stringify(closest.passage)}`;
    }
    ctx.problems.push({
      severity: "error",
      ...at("quote"),
      message: where
        ? "the quote has fewer occurrences than `occurrence` asks for"
        : overBreak
          ? "the quote runs over a paragraph break; a passage lies within one paragraph"
          : "quote not found in the source text",
      value: item.quote,
      hint,
    });
    return;
  }
  if (match.occurrences > 1 && item.occurrence === undefined) {
    ctx.problems.push({
      severity: "warning",
      ...at("quote"),
      message: `the quote occurs ${quotes.count(item.quote)} times in ${source.file}; the first is used`,
      value: item.quote,
      hint: "lengthen the quote so it is unique, or add `occurrence: N`",
    });
  }
  return { source: sourceId, start: match.start, end: match.end };
}

/** What the checks of one corpus share: its entities, and where problems and resolved records go. */
interface Validation {
  raw: RawCorpus;
  /** registry.yaml, whole or as far as it parsed; absent when it could not be read at all. */
  registry?: PartialRegistry;
  /**
   * Ids of entries that failed their schema (registry entries, entities declared in annotation files, sources whose
   * metadata did): their problems are reported, so a claim naming one is not called unknown, and nothing resting on
   * them is built.
   */
  unsound: Set<string>;
  sources: Map<string, CheckedSource>;
  quotes: Map<string, SourceQuotes>;
  /** Accepted entities: registry entries, sources, and accepted declarations in annotation files. */
  entities: Map<string, Entity>;
  pending: Map<string, PendingEntity>;
  /** Each annotation file's suggested declarations: its accepted claims need its own copy accepted. */
  suggestedCopies: SuggestedCopies;
  /** Accepted and suggested entities: what a claim may name. */
  known: Map<string, Entity>;
  problems: Problem[];
  claims: ResolvedClaim[];
  attributes: ResolvedAttribute[];
  /** Ids that a claim or an attribute refers to. */
  referenced: Set<string>;
  /** Ids that a claim with an error refers to, by where the first such claim is: an id unused because of it. */
  faultyReferences: Map<string, () => string>;
  pendingClaims: number;
  /** Ids that only an annotation file that could not be parsed declares, by id: that file. */
  unreadIds: Map<string, string>;
  /** References held back because they name such an id, by the file declaring it: how many, from which files. */
  heldBack: Map<string, { count: number; from: Set<string> }>;
  /** The claims held back so (file#index): read, but not checked until that file is. */
  waitingClaims: Set<string>;
  /** Where each entity's label is written, for a warning about the entity itself (a line costs a parse: lazily). */
  declaredAt: Map<string, () => Location>;
  /** ValidateOptions.dataOption: the end of every corpus-edit command a hint prints. */
  dataOption: string;
}

/**
 * Whether an unknown id is one that an annotation file which could not be parsed seems to declare: the reference is
 * then held back, counted against that file, rather than called unknown.
 */
function heldBack(v: Validation, id: string, file: YamlFile, claim?: number): boolean {
  const declaredIn = v.unreadIds.get(id);
  if (declaredIn === undefined) return false;
  const held = v.heldBack.get(declaredIn) ?? { count: 0, from: new Set<string>() };
  held.count++;
  held.from.add(file.file);
  if (claim !== undefined) v.waitingClaims.add(`${file.file}#${claim}`);
  v.heldBack.set(declaredIn, held);
  return true;
}

/** One line per unparsed file whose ids other files name: those references follow from it, and wait until it reads. */
function reportHeldBack(v: Validation) {
  for (const [file, { count, from }] of v.heldBack) {
    const others = [...from].filter((f) => f !== file).sort();
    v.problems.push({
      severity: "warning",
      file,
      field: "",
      message: `${count} reference${count === 1 ? "" : "s"} in ${others.length === 1 ? others[0] : `${others.length} other files`} to ids this file declares, not checked until it can be read`,
      ...(others.length > 1 ? { value: others } : {}),
      hint: "they follow from the problem above, not separate ones: fix this file and run validate again",
    });
  }
}

/** The evidence of the claim or attribute at `path` in `file`, looked up in the corpus's sources. */
function evidenceAt(v: Validation, file: YamlFile, path: (string | number)[], source: string, items: EvidenceInput[]) {
  return resolveEvidence(items, {
    file,
    path,
    defaultSource: source,
    sources: v.sources,
    quotes: v.quotes,
    problems: v.problems,
  });
}

/** What a quote is looked for in: a loaded source's text, or the text of one whose metadata failed its schema. */
type CheckedSource = Pick<LoadedSource, "file" | "text">;

/** The registry to check: whole, or as far as it parsed when it failed its schema. */
function registryOf(raw: RawCorpus): PartialRegistry | undefined {
  return raw.registry ? { ...raw.registry, unsound: [] } : raw.partialRegistry;
}

export interface ValidateOptions {
  /** Where the near-duplicate check takes each text's shingles from (a ShingleCache); computed when not given. */
  shingler?: Shingler;
  /**
   * What the corpus-edit commands a hint prints (merge-entity, remove-source) end with to reach this corpus: ` --data
   * 'Tarn corpus'` as the CLI's dataOption writes it, nothing (the default) for graph-data/.
   */
  dataOption?: string;
}

/** Checks the links between the files of a loaded corpus. */
export function validateCorpus(raw: RawCorpus, options: ValidateOptions = {}): Corpus {
  const v = collectEntities(raw, options.dataOption ?? "");
  // Files where only some entries failed their schema (a claim's date): the others are read like any file's.
  const partial = raw.partialAnnotations ?? [];
  const entriesFailed = partial.filter((a) => a.onlyEntriesFailed);
  const entriesFailedFiles = new Set(entriesFailed.map((a) => a.file.file));
  // An annotation file that could not be read, or whose source could not: what it refers to is unknown, so nothing can
  // be called unused until it is read. A failed entry is such a file too when it names an entity by what is not an id.
  let unread =
    raw.problems.some(
      (p) => p.severity === "error" && p.file.startsWith("annotations") && !entriesFailedFiles.has(p.file),
    ) || entriesFailed.some((a) => a.fragments.some((f) => f.unreadEnd));
  const whole = raw.annotations.map((a) => ({ ...a, fragments: [] as ClaimFragment[] }));
  for (const { file, data, fragments } of [...whole, ...entriesFailed]) {
    if (raw.unreadableSources.has(data.source)) {
      unread = true;
      continue; // the source's own problems say why
    }
    if (!checkAnnotatedSource(v, file, data)) continue;
    data.claims.forEach(claimResolver(v, file, data.source));
    data.attributes.forEach((attribute, index) => resolveAttribute(v, file, data.source, attribute, index));
    for (const fragment of fragments) checkClaimFragment(v, file, data.source, fragment);
  }
  // Files whose own shape failed their schema (the reason is reported): what did parse is checked too, so one run lists
  // every problem, an unknown id beside a misspelt relation. Their claims stay out of the graph.
  const claimsBefore = v.claims.length;
  const attributesBefore = v.attributes.length;
  const pendingBefore = v.pendingClaims;
  for (const { file, data, fragments } of partial.filter((a) => !a.onlyEntriesFailed)) {
    if (raw.unreadableSources.has(data.source) || !checkAnnotatedSource(v, file, data)) continue;
    data.claims.forEach(claimResolver(v, file, data.source));
    data.attributes.forEach((attribute, index) => resolveAttribute(v, file, data.source, attribute, index));
    for (const fragment of fragments) checkClaimFragment(v, file, data.source, fragment);
  }
  reportHeldBack(v);
  v.claims.length = claimsBefore;
  v.attributes.length = attributesBefore;
  v.pendingClaims = pendingBefore;
  if (!unread) {
    if (v.registry) warnUnusedRegistryEntries(v, v.registry);
    warnUnusedDeclaredEntities(v);
  }
  // What rests on a source whose metadata failed its schema was checked, and is not built.
  const sound = (item: { source: string; evidence: Evidence[] }) =>
    !v.unsound.has(item.source) && item.evidence.every((e) => !v.unsound.has(e.source));
  v.claims = v.claims.filter(sound);
  v.attributes = v.attributes.filter(sound);
  warnNearDuplicateSources(v, options.shingler);
  warnSharedTitles(v);
  checkDistinctPeople(v);
  warnSimilarNames(v);
  return {
    dir: raw.dir,
    sources: raw.sources,
    entities: v.entities,
    claims: v.claims,
    attributes: v.attributes,
    problems: sortProblems(v.problems),
    pending: { claims: v.pendingClaims, entities: v.pending.size },
    unread: { ...unreadClaims(raw), waiting: v.waitingClaims.size },
  };
}

/**
 * The accepted claims written in annotation files that could not be read whole: not YAML, failing their schema, or
 * annotating a source that could not be read (or whose metadata failed its schema). A summary counts them, so a failing
 * corpus does not just look smaller.
 */
function unreadClaims(raw: RawCorpus): Omit<Corpus["unread"], "waiting"> {
  const files = new Map<string, number>();
  const accepted = (claims: unknown) =>
    Array.isArray(claims) ? claims.filter((c) => (c as { status?: unknown } | null)?.status !== "suggested").length : 0;
  for (const { file, claims } of raw.unreadAnnotations ?? []) files.set(file, claims);
  for (const { file, fragments, onlyEntriesFailed } of raw.partialAnnotations ?? []) {
    const claims = (file.data as { claims?: unknown }).claims;
    // Of a file where only some claims failed, those claims alone.
    const unreadOnes = onlyEntriesFailed && Array.isArray(claims) ? fragments.map((f) => claims[f.index]) : claims;
    files.set(file.file, accepted(unreadOnes));
  }
  // A source whose metadata failed its schema has its annotations checked, but none of their claims is built.
  const unreadSources = new Set([...raw.unreadableSources, ...(raw.partialSources ?? []).map((s) => s.id)]);
  for (const { file, data } of raw.annotations)
    if (unreadSources.has(data.source)) files.set(file.file, accepted(data.claims));
  const counted = [...files].filter(([, claims]) => claims > 0);
  return {
    claims: counted.reduce((n, [, claims]) => n + claims, 0),
    files: counted.map(([file]) => file).sort(),
  };
}

/**
 * Two sources with one title: the citations, the viewer's Sources filter and `diff` name a source by its title, so
 * they could not be told apart. Warned at each later one (by id).
 */
function warnSharedTitles(v: Validation) {
  const first = new Map<string, string>();
  for (const { meta, metaFile } of [...v.raw.sources].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    const key = normaliseName(meta.title);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, meta.id);
      continue;
    }
    v.problems.push({
      severity: "warning",
      file: metaFile.file,
      line: metaFile.lineOf(["title"]),
      field: "title",
      message: `source ${earlier} has the same title`,
      value: meta.title,
      hint: "citations, the viewer's Sources filter and `panelgraph diff` name a source by its title: give each a title that tells it apart (its date, its session or its part)",
    });
  }
}

/**
 * Two sources with nearly the same text (a reprint, a syndicated copy): every claim both support looks like it rests
 * on two sources. Warned at the later one (by date, then id), the one more likely to be the copy.
 */
function warnNearDuplicateSources(v: Validation, shingler?: Shingler) {
  const sources = [...v.raw.sources].sort(
    (a, b) => (a.meta.date ?? "").localeCompare(b.meta.date ?? "") || a.meta.id.localeCompare(b.meta.id),
  );
  const shingled = sources.map((s) => (shingler ? shingler.shingle(s.meta.id, s.text) : shingle(s.meta.id, s.text)));
  shingler?.done?.();
  for (const { a, b, share } of nearDuplicates(shingled)) {
    const later = sources.find((s) => s.meta.id === b)!;
    // Claims are counted as the graph counts them: one per relation and ends, whichever files state it.
    const cited = new Map<string, Set<string>>();
    for (const c of v.claims) {
      const key = `${c.relation} ${c.from} ${c.to}`;
      const sources = cited.get(key) ?? new Set<string>();
      for (const id of [c.source, ...c.evidence.map((e) => e.source)]) sources.add(id);
      cited.set(key, sources);
    }
    const both = [...cited.values()].filter((sources) => sources.has(a) && sources.has(b)).length;
    v.problems.push({
      severity: "warning",
      file: later.metaFile.file,
      field: "",
      message: `nearly the same text as source ${a} (${percent(share)} of their five-word runs shared): a reprint or a second copy?`,
      hint:
        (both > 0
          ? `${plural(both, "claim")} rest on both, so ${both === 1 ? "it looks" : "they look"} supported by two sources where there is one`
          : "a claim resting on both would look supported by two sources where there is one") +
        `; if it adds nothing, remove ${b} (its files in sources/ and annotations/), or cite only ${a}`,
    });
  }
}

/**
 * A registry person's `distinctFrom`: each id a person's of the corpus (accepted, or suggested in a draft), not their
 * own. An id that is not is reported and left out, so the warning it would silence still shows.
 */
function checkDistinctPeople(v: Validation) {
  if (!v.registry) return;
  const { file, data } = v.registry;
  data.people.forEach((person, index) => {
    const entity = v.entities.get(person.id);
    if (!entity || entity.type !== "person" || !entity.distinctFrom) return;
    const kept: string[] = [];
    person.distinctFrom?.forEach((other, i) => {
      const at = { file: file.file, line: file.lineOf(["people", index, "distinctFrom", i]) };
      const field = `people.${index}.distinctFrom.${i}`;
      const found = v.known.get(other);
      const problem = (message: string, hint: string) =>
        v.problems.push({ severity: "error", ...at, field, message, value: other, hint });
      if (other === person.id) problem("a person cannot be distinct from themself", "remove it from distinctFrom");
      else if (!found) {
        // An entry that failed its schema, or one only an unreadable file declares: their own problems say why.
        if (v.unsound.has(other) || v.unreadIds.has(other)) return;
        problem(
          "unknown person in distinctFrom",
          hintForId(other, v.known, ["person"], "give the id of a person of the corpus, spelt alike"),
        );
      } else if (found.type !== "person")
        problem(
          `distinctFrom names people, but ${other} is ${ARTICLE[found.type]}`,
          hintForId(other, v.known, ["person"], "give the id of a person of the corpus, or remove it"),
        );
      else kept.push(other);
    });
    entity.distinctFrom = kept;
  });
}

/** Whether the registry says the two people are two, though spelt alike (`distinctFrom`, on either of them). */
function markedDistinct(a: Entity, b: Entity): boolean {
  return !!a.distinctFrom?.includes(b.id) || !!b.distinctFrom?.includes(a.id);
}

/**
 * Two people (or organisations) whose names are a letter apart and who share something (an organisation, a role,
 * a session) are likely one, drafted twice from two spellings. Names alone would flag real namesakes, so a shared
 * context is required, except for two people whose names are spelt alike by `suggest`'s rule (`namesSlipped`: as many
 * words, each the same or with a letter dropped, added or two swapped), which a draft accepted in one file and the
 * registry's spelling in another leave with nothing shared.
 */
function warnSimilarNames(v: Validation) {
  const context = new Map<string, Set<string>>();
  const add = (id: string, what: string) => context.set(id, (context.get(id) ?? new Set()).add(what));
  for (const claim of v.claims) {
    const from = v.entities.get(claim.from);
    const to = v.entities.get(claim.to);
    if (!from || !to) continue;
    if (claim.relation === "affiliated-with") {
      add(claim.from, `organisation ${to.label}`);
      add(claim.to, `member ${from.label}`);
    }
    if (to.type === "session") add(claim.from, `session ${to.label}`);
    if (from.type === "session") add(claim.to, `session ${from.label}`);
  }
  const weigh = attestations(v);
  for (const type of ["person", "organisation"] as const) {
    // Only entities with some context can share one: those without are left out before the pairs are made (which are
    // compared in the same order), as the pairs grow with the square of the entities.
    const entities = [...v.entities.values()]
      .filter((e) => e.type === type && context.has(e.id))
      .sort((a, b) => a.id.localeCompare(b.id));
    const names = entities.map((e) => [e.label, ...e.aliases].map(normaliseName));
    const warned = new Set<string>();
    for (let i = 0; i < entities.length; i++) {
      for (let j = i + 1; j < entities.length; j++) {
        const [a, b] = [entities[i]!, entities[j]!];
        if (markedDistinct(a, b) || !namesAlike(names[i]!, names[j]!)) continue;
        const shared = [...(context.get(a.id) ?? [])].filter((what) => context.get(b.id)?.has(what));
        if (shared.length === 0) continue;
        v.problems.push(similarNamesProblem(v, type, a, b, shared, weigh));
        warned.add(`${a.id} ${b.id}`);
      }
    }
    if (type === "person") {
      for (const [a, b] of slippedPairs(v)) {
        if (!warned.has(`${a.id} ${b.id}`) && !markedDistinct(a, b))
          v.problems.push(similarNamesProblem(v, type, a, b, [], weigh));
      }
    }
  }
}

/**
 * People spelt alike by `suggest`'s rule (`namesSlipped`), who need no shared context: compared only within names of
 * as many words with the same first letters (a slip keeps each word's first letter), so the pairs do not grow with the
 * square of the corpus's people. Each pair once, the ids in order.
 */
function slippedPairs(v: Validation): [Entity, Entity][] {
  const people = [...v.entities.values()].filter((e) => e.type === "person").sort((a, b) => a.id.localeCompare(b.id));
  const buckets = new Map<string, { person: number; name: string }[]>();
  people.forEach((e, person) => {
    for (const name of new Set([e.label, ...e.aliases].map(normaliseName))) {
      const words = name.toLowerCase().split(/\s+/u).filter(Boolean);
      const key = words.map((w) => w[0]).join(" ");
      buckets.set(key, [...(buckets.get(key) ?? []), { person, name }]);
    }
  });
  const pairs = new Set<string>();
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const [x, y] = [bucket[i]!, bucket[j]!];
        if (x.person !== y.person && namesSlipped(x.name, y.name))
          pairs.add([x.person, y.person].sort((m, n) => m - n).join(" "));
      }
    }
  }
  return [...pairs]
    .map((pair) => pair.split(" ").map(Number) as [number, number])
    .sort((p, q) => p[0] - q[0] || p[1] - q[1])
    .map(([i, j]) => [people[i]!, people[j]!]);
}

/** How much stands behind an entity: the claims naming it, the sources they rest on, its aliases. */
interface Attestation {
  claims: number;
  sources: number;
  aliases: number;
}

function attestations(v: Validation): (entity: Entity) => Attestation {
  const claims = new Map<string, number>();
  const sources = new Map<string, Set<string>>();
  for (const claim of v.claims) {
    for (const id of new Set([claim.from, claim.to])) {
      claims.set(id, (claims.get(id) ?? 0) + 1);
      const cited = sources.get(id) ?? new Set<string>();
      for (const source of [claim.source, ...claim.evidence.map((e) => e.source)]) cited.add(source);
      sources.set(id, cited);
    }
  }
  return (entity) => ({
    claims: claims.get(entity.id) ?? 0,
    sources: sources.get(entity.id)?.size ?? 0,
    aliases: entity.aliases.length,
  });
}

const ATTESTATION_NOUNS: Record<keyof Attestation, [string, string]> = {
  claims: ["claim", "claims"],
  sources: ["source", "sources"],
  aliases: ["alias", "aliases"],
};

/**
 * The warning for two entities whose names are a letter apart. The merge it suggests folds the less attested one (fewer
 * claims, then fewer sources, then fewer aliases) into the other, so the spelling most sources use survives; when
 * nothing tells them apart it gives both directions, and the reader picks from the sources.
 */
function similarNamesProblem(
  v: Validation,
  type: NodeType,
  a: Entity,
  b: Entity,
  shared: string[],
  weigh: (entity: Entity) => Attestation,
): Problem {
  const [wa, wb] = [weigh(a), weigh(b)];
  const measure = (Object.keys(ATTESTATION_NOUNS) as (keyof Attestation)[]).find((key) => wa[key] !== wb[key]);
  const name = (e: Entity) => (a.label === b.label ? `${e.label} (${e.id})` : e.label);
  const count = (n: number, key: keyof Attestation) =>
    n === 0 ? `no ${ATTESTATION_NOUNS[key][1]}` : plural(n, ...ATTESTATION_NOUNS[key]);
  const [keep, drop] = measure === undefined || wa[measure] > wb[measure] ? [a, b] : [b, a];
  const where = (e: Entity) => v.declaredAt.get(e.id)?.() ?? { file: "registry.yaml", field: "" };
  const at = where(drop);
  // merge-entity refuses two people whose given names differ unless told: a slip in the given name needs --force.
  const force = shared.length === 0 && normaliseName(a.label).split(" ")[0] !== normaliseName(b.label).split(" ")[0];
  const flag = force ? " --force" : "";
  const merge = (whose: string) =>
    `(${whose} name becomes an alias, every claim follows; --dry-run shows what changes` +
    `${force ? "; --force as the given names differ, which merge-entity otherwise refuses" : ""})`;
  // Two people are marked as two on a registry entry (`distinctFrom`), which silences this warning for the pair.
  const inRegistry = [keep, drop].find((e) => where(e).file === "registry.yaml");
  const otherwise =
    type !== "person"
      ? "if not, nothing to do"
      : inRegistry
        ? `if they are two people, add \`distinctFrom: [${(inRegistry === keep ? drop : keep).id}]\` to ` +
          `${inRegistry.id}'s entry in registry.yaml, and validate stops asking`
        : `if they are two people, copy ${keep.id}'s entry into registry.yaml with ` +
          `\`distinctFrom: [${drop.id}]\`, and validate stops asking`;
  let hint: string;
  if (measure === undefined) {
    const same =
      `both have ${count(wa.claims, "claims")} from ${count(wa.sources, "sources")}, ` +
      `and ${count(wa.aliases, "aliases")}`;
    hint =
      `if so, nothing here tells which spelling is right (${same}): check the sources, then ` +
      `\`panelgraph merge-entity ${b.id} ${a.id}${v.dataOption}${flag}\` keeps ${name(a)}, ` +
      `\`panelgraph merge-entity ${a.id} ${b.id}${v.dataOption}${flag}\` keeps ` +
      `${name(b)} ${merge("the merged one's")}; ${otherwise}`;
  } else {
    const [wk, wd] = keep === a ? [wa, wb] : [wb, wa];
    const why =
      `${name(keep)} has ${count(wk[measure], measure)}, ` +
      `${name(drop)} ${wd[measure] === 0 ? "none" : wd[measure]}`;
    hint =
      `if so, merge ${name(drop)} into ${name(keep)}, the better attested (${why}): ` +
      `\`panelgraph merge-entity ${drop.id} ${keep.id}${v.dataOption}${flag}\` ${merge("its")}; ${otherwise}`;
  }
  const reason =
    shared.length > 0
      ? `the names are a letter apart, and both have ${sharedText(shared)}`
      : `${drop.id} (${JSON.stringify(drop.label)}, ${at.file}) is spelt like ${keep.id} (${where(keep).file}), each ` +
        `word the same or a letter dropped, added or two neighbours swapped, though they share no organisation or session`;
  return {
    severity: "warning",
    ...at,
    message: `possibly the same ${type} as ${keep.id} (${JSON.stringify(keep.label)}): ${reason}`,
    value: drop.label,
    hint,
  };
}

/** What two entities share, as a reader reads it: `the organisation Estuary Policy Institute, the session …`. */
function sharedText(shared: string[]): string {
  return shared
    .sort()
    .slice(0, 3)
    .map((what) => `the ${what}`)
    .join(", ");
}

/**
 * Whether two entities' names (labels and aliases, normalised) are a letter apart (one letter added, dropped, changed,
 * or two swapped): a slip. Two letters apart is too loose: among a few hundred people of a corpus, names like "Jonah
 * Rossel" and "Jonah Roswes" in one session are two people.
 */
function namesAlike(names: string[], others: string[]): boolean {
  return names.some((x) =>
    others.some((y) => {
      if (x === y) return false; // one name for two entities is checkNames's warning
      // The first letters must agree: "Ann Lee" and "Jan Lee" are two people more often than one misspelt.
      return x[0] === y[0] && typoDistance(x, y, 1) <= 1;
    }),
  );
}

/** Where the label of each entity of the registry and the annotation files is (the first, for an id given twice). */
function declarations(raw: RawCorpus): Map<string, () => Location> {
  const at = new Map<string, () => Location>();
  const files: { file: YamlFile; sections: Partial<Registry> | undefined; prefix: string[] }[] = [];
  const registry = registryOf(raw);
  if (registry) files.push({ file: registry.file, sections: registry.data, prefix: [] });
  for (const { file, data } of [...raw.annotations, ...(raw.partialAnnotations ?? [])])
    files.push({ file, sections: data.entities, prefix: ["entities"] });
  for (const { file, sections, prefix } of files) {
    for (const section of Object.keys(REGISTRY_SECTIONS) as (keyof Registry)[]) {
      (sections?.[section] ?? []).forEach((entry: { id: string } | undefined, index) => {
        if (!entry || at.has(entry.id)) return;
        const path = [...prefix, section, index, "label"];
        at.set(entry.id, () => ({ file: file.file, line: file.lineOf(path), field: path.join(".") }));
      });
    }
  }
  return at;
}

/** The entities of a corpus (registry entries, sources, declarations in annotation files), before any claim. */
function collectEntities(raw: RawCorpus, dataOption: string): Validation {
  const problems = [...raw.problems];
  const registry = registryOf(raw);
  const partialSources = raw.partialSources ?? [];
  const unsound = new Set([
    ...(registry?.unsound ?? []),
    ...partialSources.map((s) => s.id),
    ...(raw.partialAnnotations ?? []).flatMap((a) => a.unsound ?? []),
  ]);
  const sources = new Map<string, CheckedSource>(raw.sources.map((s) => [s.meta.id, s]));
  const entities = registry
    ? registryEntities(registry.data, registry.file, new Set(sources.keys()), unsound, problems)
    : new Map<string, Entity>();
  for (const source of partialSources) sources.set(source.id, source);
  for (const source of raw.sources) {
    entities.set(source.meta.id, { id: source.meta.id, type: "source", label: source.meta.title, aliases: [] });
  }
  const pending = new Map<string, PendingEntity>();
  const suggestedCopies = declareSourceEntities(raw, entities, pending, problems, dataOption);
  const unreadIds = new Map<string, string>();
  for (const { file, ids } of raw.unreadAnnotations ?? [])
    for (const id of ids) if (!entities.has(id) && !pending.has(id) && !unreadIds.has(id)) unreadIds.set(id, file);
  // Claims may name suggested entities (a draft is checked whole); only accepted claims between accepted entities count.
  const known = new Map([...entities, ...[...pending].map(([id, p]) => [id, p.entity] as const)]);
  problems.forEach((problem, index) => {
    const hint = nameForIdHint(problem, known);
    if (hint !== undefined) problems[index] = { ...problem, hint };
  });
  return {
    raw,
    registry,
    unsound,
    sources,
    quotes: new Map(),
    entities,
    pending,
    suggestedCopies,
    known,
    problems,
    claims: [],
    attributes: [],
    referenced: new Set(),
    faultyReferences: new Map(),
    pendingClaims: 0,
    unreadIds,
    heldBack: new Map(),
    waitingClaims: new Set(),
    declaredAt: declarations(raw),
    dataOption,
  };
}

/** Whether an annotation file's `source` is a known source (an error if not); warns when the file is misnamed. */
function checkAnnotatedSource(v: Validation, file: YamlFile, data: AnnotationFile): boolean {
  const { source } = data;
  if (!v.sources.has(source)) {
    // Sources are files in sources/, never registry entries: the file is either for a source still to add or left
    // behind by one that was removed.
    const claims = plural(data.claims.length, "claim");
    v.problems.push({
      severity: "error",
      file: file.file,
      line: file.lineOf(["source"]),
      field: "source",
      message: "annotations for an unknown source",
      value: source,
      hint: hintForId(
        source,
        v.entities,
        ["source"],
        `no sources/${source}.txt: add the source with \`panelgraph add-source\`, or delete ${file.file} ` +
          `(${claims}; \`panelgraph remove-source ${source}${v.dataOption}\` does, keeping the entities other files use)`,
      ),
    });
    return false;
  }
  const stem = file.file.replace(/^.*\//, "").replace(/\.yaml$/, "");
  // `<source>.yaml`, or `<source>.<anything>.yaml` (e.g. a draft from `panelgraph suggest --out` beside hand-made ones).
  if (stem !== source && !stem.startsWith(`${source}.`)) {
    v.problems.push({
      severity: "warning",
      file: file.file,
      line: file.lineOf(["source"]),
      field: "source",
      message: "annotation file is not named after its source",
      value: source,
      hint: `rename it to annotations/${source}.yaml`,
    });
  }
  return true;
}

/** Checks each claim of one annotation file and adds the sound ones to `v.claims`, or counts them while suggested. */
function claimResolver(v: Validation, file: YamlFile, source: string) {
  const seenClaims = new Map<string, number>();
  return (claim: Claim, index: number) => {
    const path = ["claims", index];
    // Every check runs, so one claim reports all its problems.
    const endsSound = checkClaimEnds(v, file, claim, index);
    const shapeSound = checkClaimShape(v.problems, file, claim, index);
    warnRepeatedClaim(v.problems, file, claim, index, seenClaims);
    warnSpeechFromSummary(v.problems, file, claim, index);
    const evidence = evidenceAt(v, file, path, source, claim.evidence);
    if (!endsSound || !shapeSound || evidence.length !== claim.evidence.length) {
      for (const id of [claim.from, claim.to])
        if (!v.faultyReferences.has(id)) v.faultyReferences.set(id, () => `${file.file}:${file.lineOf(path) ?? 1}`);
      return;
    }
    v.referenced.add(claim.from).add(claim.to);
    if (claim.status === "suggested") {
      v.pendingClaims++;
      v.problems.push({
        severity: "warning",
        ...claimField(file, index, "status"),
        message: "suggested claim, not reviewed yet: left out of the graph until accepted",
        value: `${claim.relation} ${claim.from} → ${claim.to}${claim.role === undefined ? "" : ` (${claim.role})`}${claim.link === undefined ? "" : ` (${claim.link})`}`,
        hint: "check it against its evidence, then set `status: accepted` (or delete the claim)",
      });
      return;
    }
    const resolved: ResolvedClaim = {
      relation: claim.relation,
      // The entity's own id string: the graph's node keys, so lookups by it compare pointers, not characters.
      from: v.known.get(claim.from)!.id,
      to: v.known.get(claim.to)!.id,
      source,
      evidence,
      file: file.file,
    };
    if (claim.role !== undefined) resolved.role = claim.role;
    if (claim.since !== undefined) resolved.since = claim.since;
    if (claim.until !== undefined) resolved.until = claim.until;
    if (claim.link !== undefined) resolved.link = claim.link;
    if (claim.note !== undefined) resolved.note = claim.note;
    v.claims.push(resolved);
  };
}

/** Where a field of claim `index` is; called only for a problem, as a line number costs a parse with positions. */
function claimField(file: YamlFile, index: number, field: string): Location {
  return { file: file.file, line: file.lineOf(["claims", index, field]), field: `claims.${index}.${field}` };
}

/** Whether both ends of a claim are known entities of the types its relation takes, accepted if the claim is. */
function checkClaimEnds(v: Validation, file: YamlFile, claim: Claim, index: number): boolean {
  let sound = true;
  const spec = RELATIONS[claim.relation];
  for (const end of ["from", "to"] as const) {
    const id = claim[end];
    const entity = v.known.get(id);
    const allowed = spec[end] as readonly NodeType[];
    if (!entity && (!v.registry || v.unsound.has(id) || heldBack(v, id, file, index))) {
      // The registry's own problems (or the entry's, or those of the file declaring it) are reported; every reference
      // to it would look unknown.
      sound = false;
    } else if (!entity) {
      v.problems.push({
        severity: "error",
        ...claimField(file, index, end),
        message: "unknown entity id",
        value: id,
        hint: hintForId(id, v.known, allowed),
      });
      sound = false;
    } else if (!allowed.includes(entity.type)) {
      v.problems.push({
        severity: "error",
        ...claimField(file, index, end),
        message: `\`${claim.relation}\` goes from ${listTypes(spec.from)} to ${listTypes(spec.to)}, but ${id} is ${ARTICLE[entity.type]}`,
        value: id,
        hint:
          claim.relation === "linked-to"
            ? `linked-to joins people and organisations only; for ${ARTICLE[entity.type]} use another relation (mentions, spoke-on, …; docs/annotation-format.md lists them), or check the ${end} id`
            : `check the relation or the ${end} id (relations and their endpoint types are listed in docs/annotation-format.md)`,
      });
      sound = false;
    } else if (claim.status !== "suggested" && (v.pending.has(id) || v.suggestedCopies.get(file.file)?.has(id))) {
      // The file's own copy first: an accepted claim stands on its own file's declaration, not on another file's.
      const declared = v.suggestedCopies.get(file.file)?.get(id) ?? v.pending.get(id)!;
      v.problems.push({
        severity: "error",
        ...claimField(file, index, end),
        message: `an accepted claim needs accepted entities, but ${id} is still suggested`,
        value: id,
        hint: `accept ${id} too (${declared.file}:${declared.line ?? 1}, set \`status: accepted\`) or mark this claim \`status: suggested\``,
      });
      sound = false;
    }
  }
  return sound;
}

/** Checks what parsed of a claim that failed its schema: that its ids are known and its quotes are in the source. */
function checkClaimFragment(v: Validation, file: YamlFile, source: string, fragment: ClaimFragment) {
  for (const end of ["from", "to"] as const) {
    const id = fragment[end];
    // An entity this claim alone names is unused because of the claim's error, not in itself.
    if (id !== undefined && !v.faultyReferences.has(id))
      v.faultyReferences.set(id, () => `${file.file}:${file.lineOf(["claims", fragment.index]) ?? 1}`);
    if (id === undefined || v.known.has(id) || !v.registry || v.unsound.has(id) || heldBack(v, id, file)) continue;
    v.problems.push({
      severity: "error",
      ...claimField(file, fragment.index, end),
      message: "unknown entity id",
      value: id,
      hint: hintForId(id, v.known, fragment.relation && RELATIONS[fragment.relation][end]),
    });
  }
  const ctx = {
    file,
    path: ["claims", fragment.index],
    defaultSource: source,
    sources: v.sources,
    quotes: v.quotes,
    problems: v.problems,
  };
  fragment.evidence.forEach((item, index) => locatePassage(item, index, ctx));
}

/** What a claim in an annotation file may not be, whatever its ends: each rule names the field at fault. */
const CLAIM_SHAPE_RULES: {
  breaks: (claim: Claim) => boolean;
  field: "relation" | "role" | "since" | "until" | "link" | "to";
  message: string;
  hint: string;
  /** What to show as the value seen, when more than the field's own. */
  value?: (claim: Claim) => string;
}[] = [
  {
    breaks: (claim) => claim.relation === "sub-theme-of",
    field: "relation",
    message: "sub-theme-of comes from the registry, not from annotations",
    hint: "set `parent:` on the theme instead (in registry.yaml, or where an annotation file declares it)",
  },
  {
    breaks: (claim) => claim.role !== undefined && claim.relation === "linked-to",
    field: "role",
    message: "linked-to gives its wording as `link`, not `role`",
    hint: "rename `role:` to `link:` (a role is a person's post at an organisation: affiliated-with)",
  },
  {
    breaks: (claim) =>
      claim.role !== undefined && claim.relation !== "affiliated-with" && claim.relation !== "linked-to",
    field: "role",
    message: "only affiliated-with claims take a role",
    hint: "remove the role, or make this an affiliated-with claim",
  },
  {
    breaks: (claim) => claim.relation === "linked-to" && claim.link === undefined && claim.role === undefined,
    field: "link",
    message: "a linked-to claim needs `link`: the link in the source's words",
    hint: 'add the verb or phrase the source uses, read "from <link> to", e.g. `link: retained` or `link: met`',
    value: (claim) => `linked-to ${claim.from} → ${claim.to}`,
  },
  {
    breaks: (claim) => claim.link !== undefined && claim.relation !== "linked-to",
    field: "link",
    message: "only linked-to claims take a link",
    hint: "remove the link, or make this a linked-to claim (a link between two people or organisations)",
  },
  {
    breaks: (claim) => claim.relation === "linked-to" && claim.from === claim.to,
    field: "to",
    message: "a linked-to claim links two different people or organisations, but from and to are the same",
    hint: "check the to id against the source",
  },
  ...(["since", "until"] as const).map((field) => ({
    breaks: (claim: Claim) => claim[field] !== undefined && claim.relation !== "affiliated-with",
    field,
    message: `only affiliated-with claims take \`${field}\` (when a role began or ended)`,
    hint: `remove \`${field}\`, or make this an affiliated-with claim`,
  })),
  {
    // Compared at the precision both share: `since 2023-05` with `until 2023` is one year, not a reversal.
    breaks: (claim) =>
      claim.since !== undefined &&
      claim.until !== undefined &&
      !dateProblem(claim.since) &&
      !dateProblem(claim.until) &&
      compareDatesAsPrecise(claim.until, claim.since) < 0,
    field: "until",
    message: "`until` is before `since`: the role would end before it began",
    hint: "check the two dates against the source (swap them if they were written the wrong way round)",
    value: (claim) => `since ${claim.since}, until ${claim.until}`,
  },
];

/** Whether a claim's relation may come from annotations, and takes its role if it has one. */
function checkClaimShape(problems: Problem[], file: YamlFile, claim: Claim, index: number): boolean {
  const broken = CLAIM_SHAPE_RULES.filter((rule) => rule.breaks(claim));
  for (const { field, message, hint, value } of broken) {
    problems.push({
      severity: "error",
      ...claimField(file, index, field),
      message,
      value: value ? value(claim) : claim[field],
      hint,
    });
  }
  return broken.length === 0;
}

/** Warns for a claim that repeats an earlier one of the same file (`seen`: claim key → index of its first). */
function warnRepeatedClaim(
  problems: Problem[],
  file: YamlFile,
  claim: Claim,
  index: number,
  seen: Map<string, number>,
) {
  const key = claimIdentity(claim);
  const first = seen.get(key);
  if (first === undefined) return void seen.set(key, index);
  problems.push({
    severity: "warning",
    file: file.file,
    line: file.lineOf(["claims", index]),
    field: `claims.${index}`,
    message: `repeats claim ${first} (${claim.relation} ${claim.from} → ${claim.to})`,
    hint: "move its evidence into the first claim",
  });
}

/**
 * Warns for a `spoke-on` that rests only on panel-level summaries ("the panellists agreed that …"): a person speaks on
 * a theme only through their own words, and a statement about a whole panel is the session's.
 */
function warnSpeechFromSummary(problems: Problem[], file: YamlFile, claim: Claim, index: number) {
  if (claim.relation !== "spoke-on" || claim.evidence.length === 0) return;
  if (claim.evidence.some((e) => e.kind !== "summary")) return;
  problems.push({
    severity: "warning",
    ...claimField(file, index, "evidence"),
    message: "spoke-on rests only on summary evidence: a statement about a panel, not the person's own words",
    value: `spoke-on ${claim.from} → ${claim.to}`,
    hint: "make it an `agreed-on` claim from the session (its panellists are reached through panellist-in), or cite a direct quote or reported speech of the person",
  });
}

/** Adds an attribute to `v.attributes` when its entity is accepted and all its evidence is found. */
function resolveAttribute(v: Validation, file: YamlFile, source: string, attribute: AttributeClaim, index: number) {
  const path = ["attributes", index];
  if (!v.entities.has(attribute.entity)) {
    if (!v.registry || v.unsound.has(attribute.entity) || heldBack(v, attribute.entity, file)) return;
    const suggested = v.pending.get(attribute.entity);
    // A fact about an entity still suggested (a drafted session's date) waits for it, as a suggested claim does: it
    // counts once the entity is accepted.
    v.problems.push({
      severity: suggested ? "warning" : "error",
      file: file.file,
      line: file.lineOf([...path, "entity"]),
      field: `attributes.${index}.entity`,
      message: suggested
        ? `${attribute.entity} is still suggested: this attribute counts once it is accepted`
        : "unknown entity id",
      value: attribute.entity,
      hint: suggested
        ? `accept it first (${suggested.file}:${suggested.line ?? 1}, set \`status: accepted\`)`
        : hintForId(attribute.entity, v.known),
    });
    return;
  }
  const evidence = evidenceAt(v, file, path, source, attribute.evidence);
  if (evidence.length !== attribute.evidence.length) return;
  v.referenced.add(attribute.entity);
  v.attributes.push({
    entity: attribute.entity,
    name: attribute.name,
    value: attribute.value,
    source,
    evidence,
    file: file.file,
  });
}

/**
 * What to say of an entity nothing sound refers to: `otherwise`, unless a claim with an error names it. Then it is unused
 * only because that claim was left out, and the warning says it follows from the error rather than asking to remove it.
 */
function unused(
  v: Validation,
  id: string,
  type: NodeType,
  otherwise: { message: string; hint: string },
): { message: string; hint: string } {
  const faulty = v.faultyReferences.get(id);
  if (!faulty) return otherwise;
  return {
    message: `${ARTICLE[type]} that only a claim with an error refers to (${faulty()})`,
    hint: "it follows from that error, not a separate problem: fix the claim, and this goes away",
  };
}

/** Warns for registry entries that no claim or attribute refers to and that are no theme's parent. */
function warnUnusedRegistryEntries(v: Validation, registry: PartialRegistry) {
  // Parents as the registry declares them: a theme on a cycle (whose links were dropped) is still a parent. (A registry
  // that failed its schema has holes where its unsound entries were: filter skips them.)
  const parents = new Set(
    [...v.entities.values(), ...registry.data.themes.filter(() => true)]
      .map((e) => e.parent)
      .filter((p) => p !== undefined),
  );
  for (const [section, type] of Object.entries(REGISTRY_SECTIONS) as [keyof Registry, NodeType][]) {
    registry.data[section].forEach((entry, index) => {
      if (v.referenced.has(entry.id) || parents.has(entry.id) || v.entities.get(entry.id)?.type !== type) return;
      v.problems.push({
        severity: "warning",
        file: registry.file.file,
        line: registry.file.lineOf([section, index, "id"]),
        field: `${section}.${index}.id`,
        value: entry.id,
        ...unused(v, entry.id, type, {
          message: `${ARTICLE[type]} that no annotation refers to`,
          hint: "annotate where a source names it, or remove it from the registry",
        }),
      });
    });
  }
}

/** Warns for accepted entities declared in annotation files that no claim refers to and that are no theme's parent. */
function warnUnusedDeclaredEntities(v: Validation) {
  const entriesFailed = (v.raw.partialAnnotations ?? []).filter((a) => a.onlyEntriesFailed);
  for (const { file, data } of [...v.raw.annotations, ...entriesFailed]) {
    // A file whose source is unknown is reported as such: its entities being unused is the same problem again.
    if (!v.sources.has(data.source)) continue;
    for (const [section, type] of Object.entries(REGISTRY_SECTIONS) as [keyof SourceEntities, NodeType][]) {
      data.entities?.[section].forEach((entry, index) => {
        if (entry.status === "suggested" || v.referenced.has(entry.id)) return;
        if (v.entities.get(entry.id)?.type !== type) return;
        if ([...v.entities.values()].some((e) => e.parent === entry.id)) return;
        v.problems.push({
          severity: "warning",
          file: file.file,
          line: file.lineOf(["entities", section, index, "id"]),
          field: `entities.${section}.${index}.id`,
          value: entry.id,
          ...unused(v, entry.id, type, {
            message: `${ARTICLE[type]} that no claim refers to`,
            hint: "annotate where a source names it, or remove it",
          }),
        });
      });
    }
  }
}

export interface LoadOptions extends ValidateOptions {
  /** Treat warnings as errors. */
  strict?: boolean;
}

/** Loads and validates a corpus folder; throws CorpusError with every problem if it has errors. */
export function loadValidCorpus(dir: string, options: LoadOptions = {}): Corpus {
  const corpus = validateCorpus(readCorpusFiles(dir), options);
  const failing = corpus.problems.some((p) => p.severity === "error" || (options.strict && p.severity === "warning"));
  if (failing) throw new CorpusError(corpus.problems, { strict: !!options.strict });
  return corpus;
}
