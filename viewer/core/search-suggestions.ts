// What the search box offers for a text: names as the CLI matches them (core/name-index.ts); people by a role the
// sources give them, as the CLI answers a question about a person asked by role (src/query/people-by-role.ts); and,
// when no name matches, the passages whose words the text has ("Search the texts"), from the evidence the page holds.
import { passageKey } from "../../src/model/evidence.ts";
import type { PanelGraph } from "../../src/model/graph.ts";
import { nameWords, type MatchTier } from "../../src/query/match-names.ts";
import { peopleByRole, roleWords } from "../../src/query/people-by-role.ts";
import type { NameIndex, NameMatch, NameSuggestions } from "./name-index.ts";

/** A person found by role: the role and where they hold it, as the CLI words it ("Vice Chair, Fenby Trust"). */
export interface RoleOption extends NameMatch {
  role: string;
}

/** A passage whose words the text has: choosing it opens the reader there. */
export interface PassageOption {
  passage: { source: string; start: number; end: number };
  quote: string;
  sourceLabel: string;
}

export type SearchOption = NameMatch | RoleOption | PassageOption;

export interface SearchSuggestions {
  query: string;
  kind: NameSuggestions["kind"];
  /** Names (and people by role), best first. */
  matches: (NameMatch | RoleOption)[];
  /** With no name matching: passages that have every typed word, in source and text order. */
  passages: PassageOption[];
  /** More passages have the words than are listed. */
  morePassages: boolean;
}

/** Name matches that come before a role, as the CLI's question about a person has it (src/cli/query.ts NAMED_TIERS). */
const NAMED_TIERS: ReadonlySet<MatchTier> = new Set(["id", "exact", "exact-plural", "word"]);

/** Passages listed at most, in source and text order. */
const PASSAGES_SHOWN = 8;

export const isPassage = (option: SearchOption): option is PassageOption => "passage" in option;

interface Prepared {
  /** How many evidence items the graph held when prepared: a lean graph's passages arrive later. */
  items: number;
  passages: { words: string; option: PassageOption }[];
}

const prepared = new WeakMap<PanelGraph, Prepared>();

/** Every distinct passage with its words normalised once (a 50,000-node graph asks on every key press). */
function preparedPassages(graph: PanelGraph): Prepared["passages"] {
  let items = 0;
  graph.forEachEdge((_, { evidence }) => void (items += evidence.length));
  const before = prepared.get(graph);
  if (before?.items === items) return before.passages;
  const seen = new Map<string, Prepared["passages"][number]>();
  graph.forEachEdge((_, { evidence }) => {
    for (const e of evidence) {
      const key = passageKey({ ...e, kind: "direct-quote" });
      if (seen.has(key)) continue;
      const sourceLabel = graph.hasNode(e.source) ? graph.getNodeAttribute(e.source, "label") : e.source;
      seen.set(key, {
        words: ` ${nameWords(e.quote).join(" ")} `,
        option: { passage: { source: e.source, start: e.start, end: e.end }, quote: e.quote, sourceLabel },
      });
    }
  });
  const passages = [...seen.values()].sort(
    (a, b) =>
      a.option.passage.source.localeCompare(b.option.passage.source) || a.option.passage.start - b.option.passage.start,
  );
  prepared.set(graph, { items, passages });
  return passages;
}

/**
 * Passages (every distinct one of the graph's evidence) that have each typed word (the start of a word of theirs,
 * case and accents aside), at most `limit`, in source and text order; none when the graph holds no passages yet (a
 * lean graph before its details load).
 */
export function passagesWith(graph: PanelGraph, text: string, limit: number): PassageOption[] {
  const words = nameWords(text);
  if (words.length === 0) return [];
  const found: PassageOption[] = [];
  for (const { words: said, option } of preparedPassages(graph)) {
    if (!words.every((w) => said.includes(` ${w}`))) continue;
    found.push(option);
    if (found.length === limit) break;
  }
  return found;
}

export function searchSuggestions(graph: PanelGraph, names: NameIndex, query: string, limit = 12): SearchSuggestions {
  const found = names.find(query, { limit });
  const named = found.kind === "match" && found.matches.some((m) => m.tier !== null && NAMED_TIERS.has(m.tier));
  const roles: RoleOption[] = (query.trim() === "" ? [] : peopleByRole(graph, query)).map((r) => ({
    ...r.person,
    tier: "exact",
    role: roleWords(r),
  }));
  const byName = found.kind === "match" || found.kind === "typo" ? found.matches : [];
  const others = byName.filter((m) => !roles.some((r) => r.id === m.id));
  // A role is what the text means when it is no one's name (or only a loose match of one), as the CLI decides.
  const matches = (
    named ? [...byName, ...roles.filter((r) => !byName.some((m) => m.id === r.id))] : [...roles, ...others]
  ).slice(0, limit);
  const none = { passages: [], morePassages: false };
  if (roles.length > 0) return { query, kind: "match", matches, ...none };
  if (found.kind === "match" || found.kind === "typo") return { query, kind: found.kind, matches, ...none };
  const shown = Math.min(limit, PASSAGES_SHOWN);
  const passages = passagesWith(graph, query, shown + 1);
  return {
    query,
    kind: found.kind,
    matches: found.matches,
    passages: passages.slice(0, shown),
    morePassages: passages.length > shown,
  };
}
