// The data's date: the newest date anywhere in the graph (sources' dates, the date facts of sessions, events and
// other entities, and roles' since/until), so that a picture or a download dated by it is never earlier than what it
// shows. The viewer's PNG caption and download names use it (viewer/views/downloads.ts). Pure: reads the graph only.
import { compareDatesAsPrecise, dateInWords, ISO_DATE } from "../model/dates.js";
import type { PanelGraph } from "../model/graph.js";

export interface DataDate {
  /** The newest date in the graph, as precise as it is given (`2023-03-24`, `2023-03`, `2023`); undefined when none. */
  newest: string | undefined;
  /** What carries dates, plural, in DATED_KINDS order: `sources`, `sessions`, `events`, …, `roles`. */
  dated: string[];
  /** Sources with no date. */
  undatedSources: number;
}

/** The order the caption names what carries dates in; other node types follow, then `roles` (since/until). */
const DATED_KINDS = ["sources", "sessions", "events", "programmes", "organisations"];

function plural(type: string): string {
  return type.endsWith("s") ? type : `${type}s`;
}

/**
 * Later of two ISO dates as compareDatesAsPrecise orders them; of two the same at the precision they share
 * (`2023` and `2023-03-24`), the more precise, so a year does not hide the day the graph gives within it.
 */
function later(a: string | undefined, b: string): string {
  if (a === undefined) return b;
  const order = compareDatesAsPrecise(a, b);
  if (order !== 0) return order > 0 ? a : b;
  return b.length > a.length || (b.length === a.length && b > a) ? b : a;
}

/** The newest date in `graph`, what carries dates, and how many sources have none (DataDate). */
export function dataDate(graph: PanelGraph): DataDate {
  let newest: string | undefined;
  const dated = new Set<string>();
  let undatedSources = 0;
  const see = (kind: string, date: string | undefined) => {
    if (date === undefined || !ISO_DATE.test(date)) return false;
    newest = later(newest, date);
    dated.add(kind);
    return true;
  };
  graph.forEachNode((_, a) => {
    const kind = plural(a.type);
    const own = see(kind, a.date);
    if (a.type === "source" && !own) undatedSources++;
    for (const fact of a.facts ?? []) if (fact.name === "date") see(kind, fact.value);
  });
  graph.forEachEdge((_, a) => {
    for (const role of a.roles ?? []) {
      see("roles", role.since);
      see("roles", role.until);
    }
  });
  const rank = (kind: string) => {
    const i = DATED_KINDS.indexOf(kind);
    return kind === "roles" ? Infinity : i === -1 ? DATED_KINDS.length : i;
  };
  const kinds = [...dated].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return { newest, dated: kinds, undatedSources };
}

function list(words: string[]): string {
  return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/**
 * The data's date in words, as a picture's caption gives it: `sources, sessions and events up to 24 March 2023;
 * 2 sources undated`; `undated` when nothing in the graph has a date.
 */
export function dataDateInWords({ newest, dated, undatedSources }: DataDate): string {
  const undated = undatedSources === 0 ? "" : `; ${undatedSources} source${undatedSources === 1 ? "" : "s"} undated`;
  if (newest === undefined) return "undated";
  return `${list(dated)} up to ${dateInWords(newest)}${undated}`;
}
