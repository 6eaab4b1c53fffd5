// Turns what a user typed into one entity, as src/query/match-names.ts matches names (id, exact name, whole word,
// prefix, plural/singular, typo), or says why it cannot: the best match answers, and the others are named with it.
import type { PanelGraph } from "../model/graph.js";
import type { NodeType } from "../model/vocabulary.js";
import { AmbiguousEntityError, EntityTypeError, UnknownEntityError, type MentionedEntity } from "./errors.js";
import { withoutTitles } from "../model/name-words.js";
import { nameCatalogue, tierRank, type EntityMatch, type NameCatalogue } from "./match-names.js";
import type { TypedEntityRef } from "./types.js";

export interface ResolveEntityOptions {
  /** Only entities of these types answer; a name that fits another type is an EntityTypeError. All types if empty. */
  types: readonly NodeType[];
  /** How many nearest names an unknown name suggests. */
  suggestions: number;
  /** How many of the other matches `findEntity` names in `alsoMatching` (Infinity: all). */
  also: number;
  /**
   * How many entities of the wanted types on passages that mention the name an unknown name (or one of another type)
   * offers besides the nearest names (mentionedIn): a way on when no name is spelled like it. 0: none (no search).
   */
  mentioned: number;
  /**
   * Where those entities are looked up (src/query/mentioned-in.ts; the CLI passes it): a parameter, so that the viewer,
   * which never offers them, does not bundle the search index it needs.
   */
  mentionedIn?: (graph: PanelGraph, text: string, types: readonly NodeType[]) => MentionedEntity[];
  /** The prepared names to match against; default: the graph's, built on first use and after a change. */
  catalogue?: NameCatalogue;
}

export const RESOLVE_ENTITY_DEFAULTS: ResolveEntityOptions = { types: [], suggestions: 3, also: 5, mentioned: 0 };

/** The entity a text picks out, how, and what else it matches. */
export interface Resolution {
  entity: TypedEntityRef;
  /** How the answer matched: its tier and the label, alias or id that matched. */
  match: EntityMatch;
  /**
   * The other entities of the wanted types the text matches, best first (at most `also`); none when the text is the
   * answer's id. A typo match is listed only when the answer is one too.
   */
  alsoMatching: EntityMatch[];
  /** How many other entities match as well as the answer (same tier, same typos): "equally good". */
  tied: number;
  /** How many other entities match at all (alsoMatching may be cut short). */
  others: number;
  /** The person's name as matched, when titles or letters after it were set aside ("Pennock" for "Mr Pennock"). */
  titlesAside?: string;
}

function describeTypes(types: readonly NodeType[]): string {
  return types.length === 1 ? types[0]! : `${types.slice(0, -1).join(", ")} or ${types.at(-1)}`;
}

const article = (word: string) => `${/^[aeiou]/.test(word) ? "an" : "a"} ${word}`;
const ref = ({ id, label, type }: TypedEntityRef): TypedEntityRef => ({ id, label, type });
const sameRank = (a: EntityMatch, b: EntityMatch) => a.tier === b.tier && a.distance === b.distance;
const exactly = (m: EntityMatch) => tierRank(m.tier) <= tierRank("exact");

/**
 * Every entity of the wanted types that `name` matches, best first, and the entities of other types that match it
 * better (to say "that is a person" rather than answer a theme that only shares a word with it).
 */
export function matchEntities(
  graph: PanelGraph,
  name: string,
  types: readonly NodeType[] = [],
  catalogue: NameCatalogue = nameCatalogue(graph),
): { matches: EntityMatch[]; otherTypes: EntityMatch[] } {
  const matches = catalogue.match(name, { types });
  if (types.length === 0) return { matches, otherTypes: [] };
  const others = catalogue.match(name, { typos: "never" }).filter((m) => !types.includes(m.type));
  return { matches, otherTypes: others };
}

/**
 * Resolves `name` to one entity and names the other matches. An id wins (ids are unique); two entities that both
 * have the name exactly (a label or alias they share) are an AmbiguousEntityError, because no rule can say which was
 * meant; looser matches answer with the best by tier and then the rule in src/query/match-names.ts (fewer typos,
 * fewer words, more connections, id). A name of another type that matches exactly, where the wanted types match only
 * loosely or not at all, is an EntityTypeError; nothing at all is an UnknownEntityError with the nearest names.
 */
export function findEntity(graph: PanelGraph, name: string, options: Partial<ResolveEntityOptions> = {}): Resolution {
  const {
    types,
    suggestions,
    also,
    mentioned,
    mentionedIn,
    catalogue = nameCatalogue(graph),
  } = {
    ...RESOLVE_ENTITY_DEFAULTS,
    ...options,
  };
  // An id of a wanted type answers without preparing any names (the queries are called with ids once resolved).
  if (graph.hasNode(name) && (types.length === 0 || types.includes(graph.getNodeAttribute(name, "type")))) {
    const { label, type } = graph.getNodeAttributes(name);
    const match: EntityMatch = { id: name, label, type, tier: "id", name, distance: 0 };
    return { entity: { id: name, label, type }, match, alsoMatching: [], tied: 0, others: 0 };
  }
  const wanted = types.length === 0 ? "entity" : describeTypes(types);
  const { matches, otherTypes } = matchEntities(graph, name, types, catalogue);
  const bare = types.length === 0 || types.includes("person") ? withoutTitles(name) : name;
  if (bare !== name && (matches[0] === undefined || !exactly(matches[0]))) {
    // "Mr Pennock", "Councillor Abernethy", "Ann Bell MP": a title the registry does not store. The person the name
    // picks out without it answers, when it matches better than the whole text does.
    const people = catalogue.match(bare, { types: ["person"] });
    const best = people[0];
    if (best !== undefined && (matches[0] === undefined || tierRank(best.tier) < tierRank(matches[0].tier))) {
      const tiedWith = people.filter((m) => sameRank(m, best));
      // A title says nothing about which of several people it is: all of them are offered, none is guessed.
      if (tiedWith.length > 1) {
        throw new AmbiguousEntityError(
          `${JSON.stringify(name)} names ${tiedWith.length} people once the title is set aside ` +
            `(${JSON.stringify(bare)}); give the id of the one you mean`,
          name,
          tiedWith.map(ref).sort((a, b) => a.id.localeCompare(b.id)),
        );
      }
      const rest = people.slice(1).filter((m) => best.tier === "typo" || m.tier !== "typo");
      return {
        entity: ref(best),
        match: best,
        alsoMatching: rest.slice(0, also),
        tied: 0,
        others: rest.length,
        titlesAside: bare,
      };
    }
  }
  const best = matches[0];
  const otherExact = otherTypes.filter(exactly);

  if (best !== undefined && (exactly(best) || otherExact.length === 0)) {
    const tiedWith = matches.filter((m) => sameRank(m, best));
    if (exactly(best) && tiedWith.length > 1) {
      throw new AmbiguousEntityError(
        `${JSON.stringify(name)} names ${tiedWith.length} ${wanted === "entity" ? "entities" : `${wanted} entities`}; give the id of the one you mean`,
        name,
        tiedWith.map(ref).sort((a, b) => a.id.localeCompare(b.id)),
      );
    }
    // An id is the user naming one entity on purpose; a typo match beside a real one is noise.
    const rest = best.tier === "id" ? [] : matches.slice(1).filter((m) => best.tier === "typo" || m.tier !== "typo");
    return {
      entity: ref(best),
      match: best,
      alsoMatching: rest.slice(0, also),
      tied: tiedWith.length - 1,
      others: rest.length,
    };
  }

  const candidates = catalogue.nearest(name, types, suggestions);
  const near = new Set(candidates.map((c) => c.id));
  const onPassages =
    // A name that is exactly another entity's was meant as that one: no other entities to offer.
    mentionedIn && mentioned > 0 && types.length > 0 && otherExact.length === 0
      ? mentionedIn(graph, name, types)
          .filter((m) => !near.has(m.id))
          .slice(0, mentioned)
      : [];
  const found = (otherExact.length > 0 ? otherExact : otherTypes.filter((m) => sameRank(m, otherTypes[0]!))).slice(
    0,
    3,
  );
  if (found.length > 0) {
    const seen = found.map((e) => `${article(e.type)} (${e.label})`).join(" and ");
    throw new EntityTypeError(
      `${JSON.stringify(name)} is ${seen}; this needs ${article(wanted)}`,
      name,
      candidates,
      types,
      found.map(ref),
      onPassages,
    );
  }
  throw new UnknownEntityError(`no ${wanted} is called ${JSON.stringify(name)}`, name, candidates, onPassages);
}

/** Resolves `name` to one entity (see `findEntity`). */
export function resolveEntity(
  graph: PanelGraph,
  name: string,
  options: Partial<ResolveEntityOptions> = {},
): TypedEntityRef {
  return findEntity(graph, name, options).entity;
}
