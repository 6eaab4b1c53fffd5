// Roles over time. An affiliated-with claim may say when its role held (`since`, `until`: ISO dates as precise as the
// source gives them); a role without them holds at its source's date. `conflicts`, the current role, the queries, the
// exports and the viewer all read periods here, so they agree on what is a change of post and what is a disagreement.
import { compareDatesAsPrecise, dateInWords } from "./dates.js";

/** A role as the graph keeps it: what one source calls the person, and when, where the source says. */
export interface DatedRole {
  role: string;
  source: string;
  since?: string;
  until?: string;
}

/** A source's date (its metadata's `date`), or undefined when it has none. */
export type SourceDateOf = (source: string) => string | undefined;

/**
 * When a role can have held: from `start` to `end` (undefined: open that way). `stated` when the claim gives `since`
 * or `until`; otherwise the period is the source's date alone (or wholly open, for an undated source).
 */
export interface RolePeriod {
  start?: string;
  end?: string;
  stated: boolean;
}

/** How the roles of one person at one organisation read together. */
export type RoleStory = "one" | "succession" | "conflict";

export function rolePeriod(role: DatedRole, dateOf: SourceDateOf): RolePeriod {
  if (role.since !== undefined || role.until !== undefined) {
    const period: RolePeriod = { stated: true };
    if (role.since !== undefined) period.start = role.since;
    if (role.until !== undefined) period.end = role.until;
    return period;
  }
  const date = dateOf(role.source);
  return date === undefined ? { stated: false } : { start: date, end: date, stated: false };
}

/** Whether `a` had ended when `b` began, as far as the dates show it. */
function endsBefore(a: RolePeriod, b: RolePeriod): boolean {
  if (a.end === undefined || b.start === undefined) return false;
  const order = compareDatesAsPrecise(a.end, b.start);
  // A written `until 2023` meeting a written `since 2023` names the handover; a source's date only says the role held
  // then, so a Vice Chair in a 2023 source and a Chair since May 2023 may have held at once.
  return order < 0 || (order === 0 && a.stated && b.stated);
}

/**
 * Whether two roles can have held at the same time. Two roles without `since`/`until` always can: sources of different
 * dates are not by themselves a history (an older source may be out of date, or either may be wrong), so the reader
 * is asked to date the roles rather than the change being assumed.
 */
export function canOverlap(a: RolePeriod, b: RolePeriod): boolean {
  if (!a.stated && !b.stated) return true;
  return !endsBefore(a, b) && !endsBefore(b, a);
}

/** Two titles are one when equal after normalising case and spacing ("Clerk", "clerk"). */
export function titleKey(role: string): string {
  return role.toLowerCase().replace(/\s+/g, " ").trim();
}

/** One title of a person at one body, with its dates (`period`, in words), as the viewer lists it: see titlesOf. */
export interface RoleTitle<R extends DatedRole> {
  /** As it is written: one spelling for the title wherever it is shown. */
  role: string;
  period: string | undefined;
  /** Every source that gives it, in time order. */
  sources: string[];
  claims: R[];
}

/**
 * Each title once (with its dates), with every source that gives it, earliest first (rolesInTimeOrder): two sources
 * agreeing are not two titles, nor are two spellings of one title that differ in case or spacing (titleKey). One title
 * is written one way: a source's "chief executive" in running text is the "Chief Executive" another's list gives (the
 * first written with a capital in time order; the first of all when none has one). The person panel and the evidence
 * drawer both list these.
 */
export function titlesOf<R extends DatedRole>(roles: readonly R[], dateOf: SourceDateOf): RoleTitle<R>[] {
  const ordered = rolesInTimeOrder(roles, dateOf);
  const written = new Map<string, string>();
  for (const r of ordered) {
    const shown = written.get(titleKey(r.role));
    if (shown === undefined || (shown === shown.toLowerCase() && r.role !== r.role.toLowerCase()))
      written.set(titleKey(r.role), r.role);
  }
  const byTitle = new Map<string, RoleTitle<R>>();
  for (const r of ordered) {
    const period = periodText(r, true);
    const key = `${titleKey(r.role)} ${period ?? ""}`;
    const title = byTitle.get(key);
    if (!title) byTitle.set(key, { role: written.get(titleKey(r.role))!, period, sources: [r.source], claims: [r] });
    else {
      title.claims.push(r);
      if (!title.sources.includes(r.source)) title.sources.push(r.source);
    }
  }
  return [...byTitle.values()];
}

/** Whether a claim's own dates (`since`, `until`) take in `date`, compared at the precision both share. */
function periodHolds(period: RolePeriod, date: string): boolean {
  return (
    (period.start === undefined || compareDatesAsPrecise(period.start, date) <= 0) &&
    (period.end === undefined || compareDatesAsPrecise(date, period.end) <= 0)
  );
}

/**
 * The claims that date their titles, read title by title (the claims of one title describe one post): a claim of a
 * title without `since`/`until` is left out when another claim of the same title has dates that take in its source's
 * date (or its source is undated), since that claim dates the post; so "Director of Place, since 2026-10-01" (14
 * October) and "Director of Place" (11 November) are one post from 1 October. A claim whose source's date lies outside
 * every dated claim of its title is kept, placed at its source's date.
 */
export function datingClaims<R extends DatedRole>(roles: readonly R[], dateOf: SourceDateOf): R[] {
  const stated = roles.filter((r) => r.since !== undefined || r.until !== undefined);
  return roles.filter((r) => {
    if (r.since !== undefined || r.until !== undefined) return true;
    const own = stated.filter((s) => titleKey(s.role) === titleKey(r.role));
    if (own.length === 0) return true;
    const date = dateOf(r.source);
    return date !== undefined && !own.some((s) => periodHolds(rolePeriod(s, dateOf), date));
  });
}

/**
 * `one`: every source gives the same title. `conflict`: two different titles whose periods can overlap. `succession`:
 * different titles, but the dates put each apart from every other (no two can have held at once). Read title by title
 * (datingClaims): one dated claim of a title dates the claims of that title its dates take in.
 */
export function roleStory(roles: readonly DatedRole[], dateOf: SourceDateOf): RoleStory {
  const dating = datingClaims(roles, dateOf);
  const periods = dating.map((r) => rolePeriod(r, dateOf));
  let differ = false;
  for (let i = 0; i < dating.length; i++) {
    for (let j = i + 1; j < dating.length; j++) {
      if (titleKey(dating[i]!.role) === titleKey(dating[j]!.role)) continue;
      differ = true;
      if (canOverlap(periods[i]!, periods[j]!)) return "conflict";
    }
  }
  return differ ? "succession" : "one";
}

/**
 * Earliest first: by start, else (a role with only `until`) by end, else first (a role with no date at all); then by
 * end (an open end last), source and title. An undated role is placed at its source's date.
 */
export function rolesInTimeOrder<R extends DatedRole>(roles: readonly R[], dateOf: SourceDateOf): R[] {
  const keyed = roles.map((role) => ({ role, period: rolePeriod(role, dateOf) }));
  keyed.sort(
    (a, b) =>
      (a.period.start ?? a.period.end ?? "").localeCompare(b.period.start ?? b.period.end ?? "") ||
      (a.period.end ?? "\uffff").localeCompare(b.period.end ?? "\uffff") ||
      a.role.source.localeCompare(b.role.source) ||
      a.role.role.localeCompare(b.role.role),
  );
  return keyed.map((k) => k.role);
}

/**
 * Whether the sources end a title (the claims of one title at one body, which describe one post): some claim's `until`
 * is at or after every point at which another claim of the title puts it (a `since`, or the source's date of a claim
 * without dates; compared at the precision both share). A later source that still gives the title, or a later
 * `since` (a return to the post), keeps it open. A claim of an undated source without dates puts the title nowhere.
 */
export function titleEnded(claims: readonly DatedRole[], dateOf: SourceDateOf): boolean {
  const points = claims.flatMap((r) => {
    if (r.since !== undefined) return [r.since];
    if (r.until !== undefined) return [];
    const date = dateOf(r.source);
    return date === undefined ? [] : [date];
  });
  return claims.some(
    (r) => r.until !== undefined && points.every((point) => compareDatesAsPrecise(r.until!, point) >= 0),
  );
}

/**
 * When the sources end an affiliation they give without a role ("having left the group on 2 November 2026"): the
 * latest `until` of its claims without a role, when those claims end it as titleEnded ends a title (read as one post);
 * undefined while it holds.
 */
export function affiliationEnd(periods: readonly Omit<DatedRole, "role">[], dateOf: SourceDateOf): string | undefined {
  const claims = periods.map((p) => ({ ...p, role: "" }));
  if (!titleEnded(claims, dateOf)) return undefined;
  return claims
    .flatMap((c) => (c.until === undefined ? [] : [c.until]))
    .reduce((a, b) => (compareDatesAsPrecise(b, a) > 0 ? b : a));
}

/**
 * When the sources end an affiliated-with edge that carries no role: affiliationEnd of its claims without a role
 * (`periods`). Undefined while it holds, and for an edge with roles, whose titles say it (endedTitles, currentRole). The
 * one reading of an affiliation's end for the queries, every export, `diff` and the viewer.
 */
export function affiliationEdgeEnd(
  edge: { roles?: readonly DatedRole[]; periods?: readonly Omit<DatedRole, "role">[] },
  dateOf: SourceDateOf,
): string | undefined {
  if ((edge.roles ?? []).length > 0 || (edge.periods ?? []).length === 0) return undefined;
  return affiliationEnd(edge.periods!, dateOf);
}

/** The titles (titleKey) the sources end (titleEnded), of one person's roles at one body. */
export function endedTitles(roles: readonly DatedRole[], dateOf: SourceDateOf): Set<string> {
  const byTitle = new Map<string, DatedRole[]>();
  for (const r of roles) byTitle.set(titleKey(r.role), [...(byTitle.get(titleKey(r.role)) ?? []), r]);
  return new Set([...byTitle].filter(([, claims]) => titleEnded(claims, dateOf)).map(([key]) => key));
}

/**
 * The role held now, as the sources last give it. A title's claims describe one post, so a title the sources end
 * (titleEnded: "Chief Executive" in a 2022 source, "Chief Executive, until 2024-01" in a 2024 one) is not current. Of
 * the other titles' claims without `until`, those that begin latest (at `since`, else at the source's date; a role with
 * neither counts as earliest, so an undated role is current only when no role is dated). Undefined when every title has
 * ended, or when the roles not ended conflict (`roleStory`) or the latest give different titles: the sources disagree.
 */
export function currentRole<R extends DatedRole>(roles: readonly R[], dateOf: SourceDateOf): R | undefined {
  const ended = endedTitles(roles, dateOf);
  const open = roles.filter((r) => r.until === undefined && !ended.has(titleKey(r.role)));
  if (open.length === 0 || roleStory(open, dateOf) === "conflict") return undefined;
  const start = (r: R) => rolePeriod(r, dateOf).start ?? "";
  const latest = open.map(start).reduce((a, b) => (b > a ? b : a));
  // Compared as written: `2023` and `2023-05` are different starts, and the more precise one is taken as later.
  const last = rolesInTimeOrder(
    open.filter((r) => start(r) === latest),
    dateOf,
  );
  return new Set(last.map((r) => titleKey(r.role))).size === 1 ? last[0] : undefined;
}

/**
 * A role's own dates, or undefined when it has none: `since 2023-05`, `until 2023`, `from 2019 until 2023`; with
 * `words`, `since May 2023` (for the viewer).
 */
export function periodText(role: Pick<DatedRole, "since" | "until">, words = false): string | undefined {
  const date = words ? dateInWords : (value: string) => value;
  if (role.since !== undefined && role.until !== undefined) return `from ${date(role.since)} until ${date(role.until)}`;
  if (role.since !== undefined) return `since ${date(role.since)}`;
  if (role.until !== undefined) return `until ${date(role.until)}`;
  return undefined;
}

/** When a source of date `date` puts a role: `on 14 October 2022`, `in October 2022`, `in 2022`. */
export function sourceDateWhen(date: string): string {
  return `${date.length === 10 ? "on" : "in"} ${dateInWords(date)}`;
}

/** A role with its dates for a list: `Chair, since 2023-05`, or just `Chair`. */
export function roleWithPeriod(role: DatedRole, words = false): string {
  const period = periodText(role, words);
  return period === undefined ? role.role : `${role.role}, ${period}`;
}
