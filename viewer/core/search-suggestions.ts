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
}

/** Name matches that come before a role, as the CLI's question about a person has it (src/cli/query.ts NAMED_TIERS). */
const NAMED_TIERS: ReadonlySet<MatchTier> = new Set(["id", "exact", "exact-plural", "word"]);

export const isPassage = (option: SearchOption): option is PassageOption => "passage" in option;

/**
 * Passages (every distinct one of the graph's evidence) that have each typed word, case and accents aside, at most
 * `limit`; none when the graph holds no passages yet (a lean graph before its details load).
 */
export function passagesWith(graph: PanelGraph, text: string, limit: number): PassageOption[] {
  const words = nameWords(text);
  if (words.length === 0) return [];
  const found = new Map<string, PassageOption>();
  graph.forEachEdge((_, { evidence }) => {
    for (const e of evidence) {
      const key = passageKey({ ...e, kind: "direct-quote" });
      if (found.has(key)) continue;
      const said = nameWords(e.quote).join(" ");
      if (!words.every((w) => said.includes(w))) continue;
      const sourceLabel = graph.hasNode(e.source) ? graph.getNodeAttribute(e.source, "label") : e.source;
      found.set(key, { passage: { source: e.source, start: e.start, end: e.end }, quote: e.quote, sourceLabel });
    }
  });
  return [...found.values()]
    .sort((a, b) => a.passage.source.localeCompare(b.passage.source) || a.passage.start - b.passage.start)
    .slice(0, limit);
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
  if (roles.length > 0) return { query, kind: "match", matches, passages: [] };
  if (found.kind === "match" || found.kind === "typo") return { query, kind: found.kind, matches, passages: [] };
  return { query, kind: found.kind, matches: found.matches, passages: passagesWith(graph, query, Math.min(limit, 8)) };
}
