// Turns what a user typed (an id, a label or an alias, in any case) into exactly one entity, or says why it cannot.
import type { PanelGraph } from "../model/graph.js";
import { nearest } from "../model/nearest.js";
import { NODE_TYPES, type NodeType } from "../model/vocabulary.js";
import { AmbiguousEntityError, EntityTypeError, UnknownEntityError } from "./errors.js";
import { normaliseName } from "../model/names.js";
import { nodesNamed } from "./names.js";
import type { TypedEntityRef } from "./types.js";

export interface ResolveEntityOptions {
  /** Only entities of these types answer; a name that fits another type is an EntityTypeError. All types if empty. */
  types: readonly NodeType[];
  /** How many nearest names an unknown name suggests. */
  suggestions: number;
}

export const RESOLVE_ENTITY_DEFAULTS: ResolveEntityOptions = { types: [], suggestions: 3 };

const typeOrder = new Map(NODE_TYPES.map((t, i) => [t, i]));

function ref(graph: PanelGraph, id: string): TypedEntityRef {
  const { label, type } = graph.getNodeAttributes(id);
  return { id, label, type };
}

function byTypeThenId(a: TypedEntityRef, b: TypedEntityRef): number {
  return typeOrder.get(a.type)! - typeOrder.get(b.type)! || a.id.localeCompare(b.id);
}

function describeTypes(types: readonly NodeType[]): string {
  return types.length === 1 ? types[0]! : `${types.slice(0, -1).join(", ")} or ${types.at(-1)}`;
}

const article = (word: string) => `${/^[aeiou]/.test(word) ? "an" : "a"} ${word}`;

/**
 * Resolves `name` to one entity. An exact id wins (ids are unique by construction); otherwise every entity whose
 * label or alias equals the name is a match, and more than one is an AmbiguousEntityError listing them.
 */
export function resolveEntity(
  graph: PanelGraph,
  name: string,
  options: Partial<ResolveEntityOptions> = {},
): TypedEntityRef {
  const { types, suggestions } = { ...RESOLVE_ENTITY_DEFAULTS, ...options };
  const allowed = (id: string) => types.length === 0 || types.includes(graph.getNodeAttribute(id, "type"));
  const wanted = types.length === 0 ? "entity" : describeTypes(types);
  const key = normaliseName(name);
  const idMatches = graph.hasNode(key) ? [key] : [];
  const nameMatches = nodesNamed(graph, name);

  for (const tier of [idMatches, nameMatches]) {
    const fitting = tier.filter(allowed).map((id) => ref(graph, id));
    if (fitting.length === 1) return fitting[0]!;
    if (fitting.length > 1) {
      throw new AmbiguousEntityError(
        `${JSON.stringify(name)} names ${fitting.length} ${wanted === "entity" ? "entities" : `${wanted} entities`}; give the id of the one you mean`,
        name,
        fitting.sort(byTypeThenId),
      );
    }
  }

  // Nothing of the wanted type: suggest the nearest names among the entities that would fit.
  const names = new Map<string, Set<string>>();
  graph.forEachNode((id, attributes) => {
    if (!allowed(id)) return;
    for (const n of [id, attributes.label, ...attributes.aliases]) {
      if (!names.has(n)) names.set(n, new Set());
      names.get(n)!.add(id);
    }
  });
  const closest: TypedEntityRef[] = [];
  for (const n of nearest(name, names.keys(), suggestions * 3)) {
    for (const id of [...names.get(n)!].sort()) {
      if (!closest.some((c) => c.id === id)) closest.push(ref(graph, id));
    }
  }
  const candidates = closest.slice(0, suggestions);

  const other = [...new Set([...idMatches, ...nameMatches])].map((id) => ref(graph, id));
  if (other.length > 0) {
    const seen = other.map((e) => `${article(e.type)} (${e.label})`).join(" and ");
    throw new EntityTypeError(
      `${JSON.stringify(name)} is ${seen}; this needs ${article(wanted)}`,
      name,
      candidates,
      types,
      other,
    );
  }
  throw new UnknownEntityError(`no ${wanted} is called ${JSON.stringify(name)}`, name, candidates);
}
