// The cross-record pass: links between files (ids, relation endpoint types, quotes in their sources, the theme
// hierarchy). Collects every problem; the result holds only what is sound enough to build a graph from.
import type {
  Corpus,
  Entity,
  LoadedSource,
  RawCorpus,
  ResolvedAttribute,
  ResolvedClaim,
  YamlFile,
} from "../model/corpus.js";
import { nearest } from "../model/nearest.js";
import type { Problem } from "../model/problem.js";
import {
  REGISTRY_SECTIONS,
  RELATIONS,
  type Evidence,
  type EvidenceInput,
  type NodeType,
  type Registry,
  type SourceEntities,
} from "../model/schema.js";
import { readCorpusFiles } from "./read.js";
import { CorpusError, sortProblems } from "./problems.js";
import { countOccurrences, findQuote } from "./quotes.js";

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

function registryEntities(registry: Registry, file: YamlFile, sourceIds: Set<string>, problems: Problem[]) {
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
      const extra = entry as { kind?: string; parent?: string; text?: string };
      if (extra.kind !== undefined) entity.kind = extra.kind;
      if (extra.parent !== undefined) entity.parent = extra.parent;
      if (extra.text !== undefined) entity.text = extra.text;
      entities.set(entry.id, entity);
    });
  }
  checkThemeHierarchy(registry, file, entities, problems);
  checkNames(entities, file, problems);
  return entities;
}

function checkThemeHierarchy(registry: Registry, file: YamlFile, entities: Map<string, Entity>, problems: Problem[]) {
  registry.themes.forEach((theme, index) => {
    if (theme.parent === undefined) return;
    const parent = entities.get(theme.parent);
    if (!parent || parent.type !== "theme") {
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
  const reported = new Set<string>();
  registry.themes.forEach((theme, index) => {
    const chain: string[] = [theme.id];
    for (let at = entities.get(theme.id)?.parent; at !== undefined; at = entities.get(at)?.parent) {
      if (at === theme.id) {
        if (!chain.some((id) => reported.has(id))) {
          problems.push({
            severity: "error",
            file: file.file,
            line: file.lineOf(["themes", index, "parent"]),
            field: `themes.${index}.parent`,
            message: `theme hierarchy has a cycle: ${[...chain, theme.id].join(" → ")}`,
            value: theme.parent,
            hint: "a theme cannot be its own ancestor; remove one of these parents",
          });
        }
        chain.forEach((id) => reported.add(id));
        break;
      }
      if (chain.includes(at)) break; // a cycle further up, reported from a theme on it
      chain.push(at);
    }
  });
  for (const id of reported) delete entities.get(id)?.parent;
}

/** A name (label or alias) given to two entities makes queries by that name ambiguous: worth a warning. */
function checkNames(entities: Map<string, Entity>, file: YamlFile, problems: Problem[]) {
  const owners = new Map<string, Set<string>>();
  for (const entity of entities.values()) {
    for (const name of [entity.label, ...entity.aliases]) {
      const key = name.toLowerCase();
      owners.set(key, (owners.get(key) ?? new Set()).add(entity.id));
    }
  }
  for (const [name, ids] of owners) {
    if (ids.size < 2) continue;
    problems.push({
      severity: "warning",
      file: file.file,
      field: "aliases",
      message: `the name "${name}" belongs to ${ids.size} entities: ${[...ids].sort().join(", ")}`,
      hint: "queries by this name will ask which one is meant; keep it only where a user would expect it",
    });
  }
}

function hintForId(value: string, entities: Map<string, Entity>, types?: readonly NodeType[]): string {
  const byName = [...entities.values()].filter(
    (e) =>
      (!types || types.includes(e.type)) &&
      [e.label, ...e.aliases].some((n) => n.toLowerCase() === value.toLowerCase()),
  );
  if (byName.length > 0) return `use the id, not the name: ${byName.map((e) => e.id).join(" or ")}`;
  const pool = [...entities.values()].filter((e) => !types || types.includes(e.type)).map((e) => e.id);
  const close = nearest(value, pool);
  return close.length > 0 ? `did you mean ${close.join(", ")}?` : "add it to registry.yaml first";
}

/** An entity declared with `status: suggested` in an annotation file: it resolves, but stays out of the graph. */
interface PendingEntity {
  entity: Entity;
  file: string;
  line?: number;
}

/**
 * Adds the entities annotation files declare (`entities:`) to `entities`, or to `pending` while they are suggested.
 * Their ids share the registry's namespace; a theme's parent must be a registry theme, so the hierarchy stays acyclic.
 */
function declareSourceEntities(
  raw: RawCorpus,
  entities: Map<string, Entity>,
  pending: Map<string, PendingEntity>,
  problems: Problem[],
) {
  const registryThemes = new Set(raw.registry?.data.themes.map((t) => t.id));
  const declared = new Map<string, string>();
  const names = new Map<string, string>();
  for (const entity of entities.values()) {
    for (const name of [entity.label, ...entity.aliases])
      if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), entity.id);
  }
  for (const { file, data } of raw.annotations) {
    if (!data.entities || raw.unreadableSources.has(data.source)) continue;
    for (const [section, type] of Object.entries(REGISTRY_SECTIONS) as [keyof SourceEntities, NodeType][]) {
      data.entities[section].forEach((entry, index) => {
        const path = ["entities", section, index];
        const at = (field: string) => ({
          file: file.file,
          line: file.lineOf([...path, field]),
          field: [...path, field].join("."),
        });
        const seen = entities.get(entry.id) ?? pending.get(entry.id)?.entity;
        if (seen) {
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
        if (extra.parent !== undefined) {
          if (registryThemes.has(extra.parent)) entity.parent = extra.parent;
          else {
            problems.push({
              severity: "error",
              ...at("parent"),
              message: "parent must be a theme of registry.yaml",
              value: extra.parent,
              hint: registryThemes.size
                ? hintForId(extra.parent, new Map([...entities].filter(([id]) => registryThemes.has(id))), ["theme"])
                : "add the parent theme to registry.yaml first",
            });
          }
        }
        for (const name of [entry.label, ...entry.aliases]) {
          const owner = names.get(name.toLowerCase());
          if (owner !== undefined && owner !== entry.id) {
            problems.push({
              severity: "warning",
              ...at("label"),
              message: `the name "${name}" already belongs to ${owner}`,
              value: entry.id,
              hint: `if it is the same entity, use ${owner} instead of declaring a new one`,
            });
          } else names.set(name.toLowerCase(), entry.id);
        }
        declared.set(entry.id, file.file);
        if (entry.status === "suggested") {
          pending.set(entry.id, { entity, file: file.file, line: file.lineOf([...path, "status"]) });
          problems.push({
            severity: "warning",
            ...at("status"),
            message: `suggested ${type}, not reviewed yet: left out of the graph until accepted`,
            value: entry.id,
            hint: "check it, then set `status: accepted` (or delete it and the claims that use it)",
          });
        } else entities.set(entry.id, entity);
      });
    }
  }
}

interface EvidenceContext {
  file: YamlFile;
  path: (string | number)[];
  defaultSource: string;
  sources: Map<string, LoadedSource>;
  problems: Problem[];
}

function resolveEvidence(items: EvidenceInput[], ctx: EvidenceContext): Evidence[] {
  const resolved: Evidence[] = [];
  items.forEach((item, index) => {
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
    const match = findQuote(source.text, item.quote, item.occurrence);
    if (!match.found) {
      const where = item.occurrence && match.occurrences > 0;
      const closest = match.closest;
      let hint = `copy the passage exactly from ${source.file}`;
      if (where) hint = `the quote occurs ${match.occurrences} time(s); lower \`occurrence\``;
      else if (closest) {
        const why =
          closest.reason === "punctuation-or-spacing"
            ? "differs only in punctuation, quotes or spacing"
            : "closest passage";
        const line = source.text.slice(0, closest.start).split("\n").length;
        hint = `${why} in ${source.file}:${line}: ${JSON.stringify(closest.passage)}`;
      }
      ctx.problems.push({
        severity: "error",
        ...at("quote"),
        message: where
          ? "the quote has fewer occurrences than `occurrence` asks for"
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
        message: `the quote occurs ${countOccurrences(source.text, item.quote)} times in ${source.file}; the first is used`,
        value: item.quote,
        hint: "lengthen the quote so it is unique, or add `occurrence: N`",
      });
    }
    resolved.push({ source: sourceId, quote: item.quote, kind: item.kind, start: match.start, end: match.end });
  });
  return resolved;
}

/** Checks the links between the files of a loaded corpus. */
export function validateCorpus(raw: RawCorpus): Corpus {
  const problems = [...raw.problems];
  const sources = new Map(raw.sources.map((s) => [s.meta.id, s]));
  const entities = raw.registry
    ? registryEntities(raw.registry.data, raw.registry.file, new Set(sources.keys()), problems)
    : new Map<string, Entity>();
  for (const source of raw.sources) {
    entities.set(source.meta.id, { id: source.meta.id, type: "source", label: source.meta.title, aliases: [] });
  }
  const pending = new Map<string, PendingEntity>();
  declareSourceEntities(raw, entities, pending, problems);
  // Claims may name suggested entities (a draft is checked whole); only accepted claims between accepted entities count.
  const known = new Map([...entities, ...[...pending].map(([id, p]) => [id, p.entity] as const)]);
  let pendingClaims = 0;

  const claims: ResolvedClaim[] = [];
  const attributes: ResolvedAttribute[] = [];
  const referenced = new Set<string>();
  for (const { file, data } of raw.annotations) {
    const stem = file.file.replace(/^.*\//, "").replace(/\.yaml$/, "");
    if (raw.unreadableSources.has(data.source)) continue; // the source's own problems say why
    if (!sources.has(data.source)) {
      problems.push({
        severity: "error",
        file: file.file,
        line: file.lineOf(["source"]),
        field: "source",
        message: "annotations for an unknown source",
        value: data.source,
        hint: hintForId(data.source, entities, ["source"]),
      });
      continue;
    }
    // `<source>.yaml`, or `<source>.<anything>.yaml` (e.g. a draft from `panelgraph suggest --out` beside hand-made ones).
    if (stem !== data.source && !stem.startsWith(`${data.source}.`)) {
      problems.push({
        severity: "warning",
        file: file.file,
        line: file.lineOf(["source"]),
        field: "source",
        message: "annotation file is not named after its source",
        value: data.source,
        hint: `rename it to annotations/${data.source}.yaml`,
      });
    }
    const seenClaims = new Map<string, number>();
    data.claims.forEach((claim, index) => {
      const path = ["claims", index];
      let sound = true;
      const spec = RELATIONS[claim.relation];
      for (const end of ["from", "to"] as const) {
        const id = claim[end];
        const entity = known.get(id);
        const allowed = spec[end] as readonly NodeType[];
        if (!entity && !raw.registry) {
          sound = false; // the registry's own problems are reported; every reference would look unknown
        } else if (!entity) {
          problems.push({
            severity: "error",
            file: file.file,
            line: file.lineOf([...path, end]),
            field: `claims.${index}.${end}`,
            message: "unknown entity id",
            value: id,
            hint: hintForId(id, known, allowed),
          });
          sound = false;
        } else if (!allowed.includes(entity.type)) {
          problems.push({
            severity: "error",
            file: file.file,
            line: file.lineOf([...path, end]),
            field: `claims.${index}.${end}`,
            message: `\`${claim.relation}\` goes from ${listTypes(spec.from)} to ${listTypes(spec.to)}, but ${id} is ${ARTICLE[entity.type]}`,
            value: id,
            hint: `check the relation or the ${end} id (relations and their endpoint types are listed in README.md)`,
          });
          sound = false;
        } else if (claim.status !== "suggested" && pending.has(id)) {
          const declared = pending.get(id)!;
          problems.push({
            severity: "error",
            file: file.file,
            line: file.lineOf([...path, end]),
            field: `claims.${index}.${end}`,
            message: `an accepted claim needs accepted entities, but ${id} is still suggested`,
            value: id,
            hint: `accept ${id} too (${declared.file}:${declared.line ?? 1}, set \`status: accepted\`) or mark this claim \`status: suggested\``,
          });
          sound = false;
        }
      }
      if (claim.relation === "sub-theme-of") {
        problems.push({
          severity: "error",
          file: file.file,
          line: file.lineOf([...path, "relation"]),
          field: `claims.${index}.relation`,
          message: "sub-theme-of comes from the registry, not from annotations",
          value: claim.relation,
          hint: "set `parent:` on the theme in registry.yaml instead",
        });
        sound = false;
      }
      if (claim.role !== undefined && claim.relation !== "affiliated-with") {
        problems.push({
          severity: "error",
          file: file.file,
          line: file.lineOf([...path, "role"]),
          field: `claims.${index}.role`,
          message: "only affiliated-with claims take a role",
          value: claim.role,
          hint: "remove the role, or make this an affiliated-with claim",
        });
        sound = false;
      }
      const key = `${claim.relation} ${claim.from} ${claim.to} ${claim.role ?? ""}`;
      const first = seenClaims.get(key);
      if (first !== undefined) {
        problems.push({
          severity: "warning",
          file: file.file,
          line: file.lineOf(path),
          field: `claims.${index}`,
          message: `repeats claim ${first} (${claim.relation} ${claim.from} → ${claim.to})`,
          hint: "move its evidence into the first claim",
        });
      } else seenClaims.set(key, index);
      const evidence = resolveEvidence(claim.evidence, { file, path, defaultSource: data.source, sources, problems });
      if (!sound || evidence.length !== claim.evidence.length) return;
      referenced.add(claim.from).add(claim.to);
      if (claim.status === "suggested") {
        pendingClaims++;
        problems.push({
          severity: "warning",
          file: file.file,
          line: file.lineOf([...path, "status"]),
          field: `claims.${index}.status`,
          message: "suggested claim, not reviewed yet: left out of the graph until accepted",
          value: `${claim.relation} ${claim.from} → ${claim.to}${claim.role === undefined ? "" : ` (${claim.role})`}`,
          hint: "check it against its evidence, then set `status: accepted` (or delete the claim)",
        });
        return;
      }
      const resolved: ResolvedClaim = {
        relation: claim.relation,
        // The entity's own id string: the graph's node keys, so lookups by it compare pointers, not characters.
        from: known.get(claim.from)!.id,
        to: known.get(claim.to)!.id,
        source: data.source,
        evidence,
        file: file.file,
      };
      if (claim.role !== undefined) resolved.role = claim.role;
      if (claim.note !== undefined) resolved.note = claim.note;
      claims.push(resolved);
    });
    data.attributes.forEach((attribute, index) => {
      const path = ["attributes", index];
      if (!entities.has(attribute.entity)) {
        if (!raw.registry) return;
        const suggested = pending.get(attribute.entity);
        problems.push({
          severity: "error",
          file: file.file,
          line: file.lineOf([...path, "entity"]),
          field: `attributes.${index}.entity`,
          message: suggested ? `${attribute.entity} is still suggested` : "unknown entity id",
          value: attribute.entity,
          hint: suggested
            ? `accept it first (${suggested.file}:${suggested.line ?? 1}, set \`status: accepted\`)`
            : hintForId(attribute.entity, known),
        });
        return;
      }
      const evidence = resolveEvidence(attribute.evidence, {
        file,
        path,
        defaultSource: data.source,
        sources,
        problems,
      });
      if (evidence.length !== attribute.evidence.length) return;
      referenced.add(attribute.entity);
      attributes.push({
        entity: attribute.entity,
        name: attribute.name,
        value: attribute.value,
        source: data.source,
        evidence,
        file: file.file,
      });
    });
  }

  if (raw.registry) {
    // Parents as the registry declares them: a theme on a cycle (whose links were dropped above) is still a parent.
    const parents = new Set(
      [...entities.values(), ...raw.registry.data.themes].map((e) => e.parent).filter((p) => p !== undefined),
    );
    for (const [section, type] of Object.entries(REGISTRY_SECTIONS) as [keyof Registry, NodeType][]) {
      raw.registry.data[section].forEach((entry, index) => {
        if (referenced.has(entry.id) || parents.has(entry.id) || entities.get(entry.id)?.type !== type) return;
        problems.push({
          severity: "warning",
          file: raw.registry!.file.file,
          line: raw.registry!.file.lineOf([section, index, "id"]),
          field: `${section}.${index}.id`,
          message: `${ARTICLE[type]} that no annotation refers to`,
          value: entry.id,
          hint: "annotate where a source names it, or remove it from the registry",
        });
      });
    }
  }

  for (const { file, data } of raw.annotations) {
    for (const [section, type] of Object.entries(REGISTRY_SECTIONS) as [keyof SourceEntities, NodeType][]) {
      data.entities?.[section].forEach((entry, index) => {
        if (entry.status === "suggested" || referenced.has(entry.id) || entities.get(entry.id)?.type !== type) return;
        if ([...entities.values()].some((e) => e.parent === entry.id)) return;
        problems.push({
          severity: "warning",
          file: file.file,
          line: file.lineOf(["entities", section, index, "id"]),
          field: `entities.${section}.${index}.id`,
          message: `${ARTICLE[type]} that no claim refers to`,
          value: entry.id,
          hint: "annotate where a source names it, or remove it",
        });
      });
    }
  }

  return {
    dir: raw.dir,
    sources: raw.sources,
    entities,
    claims,
    attributes,
    problems: sortProblems(problems),
    pending: { claims: pendingClaims, entities: pending.size },
  };
}

export interface LoadOptions {
  /** Treat warnings as errors. */
  strict?: boolean;
}

/** Loads and validates a corpus folder; throws CorpusError with every problem if it has errors. */
export function loadValidCorpus(dir: string, options: LoadOptions = {}): Corpus {
  const corpus = validateCorpus(readCorpusFiles(dir));
  const failing = corpus.problems.some((p) => p.severity === "error" || (options.strict && p.severity === "warning"));
  if (failing) throw new CorpusError(corpus.problems);
  return corpus;
}
