// Readable answers to `panelgraph query <question>`: printing only; every answer comes from src/query.
import type { PanelGraph } from "../model/graph.js";
import type { AcrossSources } from "../query/across-sources.js";
import type { Backer, Coverage } from "../query/coverage.js";
import type { Neighbour, Neighbours } from "../query/neighbours.js";
import type { PeopleAt, RoleAt } from "../query/people-at.js";
import type { Path } from "../query/path.js";
import type { RecommendationsOn } from "../query/recommendations-on.js";
import type { Said, SaidPassage } from "../query/said.js";
import type { SearchResults } from "../query/search.js";
import { themeStanding, type SessionAnswer } from "../query/session.js";
import type { SessionsOf } from "../query/sessions-of.js";
import type { ThemesOf } from "../query/themes-of.js";
import type { EntityRef } from "../query/types.js";
import { speakerCountsNote, type WhoSpokeOn } from "../query/who-spoke-on.js";
import { roleWithPeriod } from "../model/roles.js";
import { dateInWords } from "../model/dates.js";
import { plural } from "./corpus.js";
import {
  kindBreakdown,
  KIND,
  list,
  named,
  quoted,
  someEvidence,
  subThemeNote,
  table,
  titleText,
  truncate,
  where,
  type PrintOptions,
  type Write,
} from "./print-text.js";

/** What an answer on a theme is about: the theme and its sub-themes, or with --all-matching every theme matched. */
function topicOf(theme: EntityRef, subThemes: EntityRef[], union?: EntityRef[]): string {
  return union
    ? `any of ${union.map(named).join(", ")} (or their sub-themes)`
    : `${named(theme)}${subThemeNote(subThemes)}`;
}

export function printWhoSpokeOn(
  graph: PanelGraph,
  result: WhoSpokeOn,
  subThemes: EntityRef[],
  write: Write,
  options: PrintOptions,
  /** With --all-matching: every theme the name matched, whose speakers the answer joins. */
  union?: EntityRef[],
): void {
  const topic = topicOf(result.theme, subThemes, union);
  if (result.speakers.length === 0) write(`Nobody is recorded speaking on ${topic} in their own words.`);
  else {
    // The viewer's theme panel counts the theme's own speakers: say both, by the same rule (speakerCountsNote).
    const counts = union ? null : speakerCountsNote(graph, result.theme.id, `${result.theme.label} itself`);
    write(
      `${plural(result.speakers.length, "person", "people")} spoke on ${topic} in their own words` +
        (counts ? ` (${counts}).` : "."),
    );
    write("Ranked by their strongest evidence (direct quote, then reported speech), then by distinct statements.");
    write("");
    table(
      ["#", "Speaker", "Organisations", "Strongest", "Statements", "Passages (own words, incl. sub-themes)"],
      result.speakers.map((s, i) => [
        String(i + 1),
        s.label,
        list(s.organisations),
        KIND[s.kind],
        String(s.statements),
        kindBreakdown(s.evidence),
      ]),
    ).forEach(write);
    result.speakers.forEach((s, i) => {
      write("");
      write(`${i + 1}. ${named(s)}`);
      someEvidence(graph, s.evidence, "   ", options).forEach(write);
    });
  }
  if (result.panels.length === 0) return;
  write("");
  write(
    `In ${plural(result.panels.length, "panel")} that agreed on it as a whole (a statement about the panel, not a member's own words):`,
  );
  result.panels.forEach((p) => {
    write("");
    write(`- ${named(p)}: ${KIND[p.kind]}, ${plural(p.statements, "statement")}`);
    const members = p.members.map((m) => `${m.label}${m.spokeOnIt ? "" : " (not in their own words)"}`);
    write(`   members: ${members.length === 0 ? "—" : members.join(", ")}`);
    someEvidence(graph, p.evidence, "   ", options).forEach(write);
  });
}

export function printThemesOf(graph: PanelGraph, result: ThemesOf, write: Write, options: PrintOptions): void {
  if (result.themes.length === 0)
    write(`${named(result.person)} is not recorded speaking on any theme in their own words.`);
  else {
    write(
      `${result.person.label} spoke on ${plural(result.themes.length, "theme")} in their own words, strongest evidence first.`,
    );
    write("");
    table(
      ["#", "Theme", "Strongest", "Statements", "Passages (own words)"],
      result.themes.map((t, i) => [
        String(i + 1),
        named(t),
        KIND[t.kind],
        String(t.statements),
        kindBreakdown(t.evidence),
      ]),
    ).forEach(write);
    result.themes.forEach((t, i) => {
      write("");
      write(`${i + 1}. ${t.label}`);
      someEvidence(graph, t.evidence, "   ", options).forEach(write);
    });
  }
  if (result.panelThemes.length === 0) return;
  write("");
  write(`Agreed on by a panel ${result.person.label} sat on, not in their own words:`);
  result.panelThemes.forEach((t) => {
    write("");
    write(`- ${named(t)}: ${KIND[t.kind]}, in ${list(t.panels)}`);
    someEvidence(graph, t.evidence, "   ", options).forEach(write);
  });
}

/** Without --all, `said` prints this many passages (the earliest). */
export const SAID_SHOWN = 10;

export function printSaid(graph: PanelGraph, result: Said, write: Write, options: PrintOptions): void {
  const { person, passages } = result;
  if (passages.length === 0) {
    write(`${named(person)} is not recorded saying anything in their own words (no direct quote or reported speech).`);
    return;
  }
  // The same words in several places (a line said at a hearing, then in a press release) are one item, at the first.
  const groups = new Map<string, SaidPassage[]>();
  for (const p of passages) groups.set(p.group, [...(groups.get(p.group) ?? []), p]);
  const items = [...groups.values()];
  const repeated = items.filter((g) => g.length > 1).length;
  write(
    `${person.label} in their own words: ${kindBreakdown(passages)}; in the order said as far as the sources' dates tell (undated ones last, by id; then line).`,
  );
  if (repeated > 0) {
    write(
      `${plural(repeated, "quotation")} ${repeated === 1 ? "recurs" : "recur"} word for word in several places: ` +
        "one item each, at the first, listing every place.",
    );
  }
  const shown = options.all ? items : items.slice(0, SAID_SHOWN);
  shown.forEach((group, i) => {
    const [p] = group as [SaidPassage, ...SaidPassage[]];
    write("");
    write(`${i + 1}. ${p.date ?? "undated"}  ${KIND[p.kind]}  ${where(graph, p)}  ${quoted(p.quote)}`);
    if (group.length > 1) {
      const sources = new Set(group.map((g) => g.source)).size;
      const times = sources === group.length ? "" : ` ${group.length} times`;
      write(`   the same words${times} in ${plural(sources, "source")}:`);
      table(
        ["", "", ""],
        group.map((g) => [g.date ?? "undated", KIND[g.kind], where(graph, g)]),
      )
        .slice(1)
        .forEach((line) => write(`     ${line}`));
    }
    const claims = new Map(group.flatMap((g) => g.claims).map((c) => [`${c.relation} ${c.to.id}`, c]));
    const backs = [...claims.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, c]) => c);
    write(`   backs: ${backs.map((c) => `${c.relation} ${c.to.label}`).join("; ")}`);
  });
  const more = passages.length - shown.reduce((n, group) => n + group.length, 0);
  if (more > 0) {
    write("");
    write(`… ${plural(more, "more passage")} (--all shows every passage)`);
  }
}

export function printSessionsOf(graph: PanelGraph, result: SessionsOf, write: Write, options: PrintOptions): void {
  const { person, sessions } = result;
  if (sessions.length === 0) {
    write(`${named(person)} is not recorded as a panellist in, or chair of, any session.`);
    return;
  }
  write(`${person.label} sat in ${plural(sessions.length, "session")}.`);
  write("");
  table(
    ["#", "Session", "Role", "Titles the session's sources give"],
    sessions.map((s, i) => [
      String(i + 1),
      named(s),
      s.roles.join(" and "),
      s.titles.map((t) => titleText(t)).join("; ") || "—",
    ]),
  ).forEach(write);
  sessions.forEach((s, i) => {
    write("");
    write(`${i + 1}. ${s.label}`);
    someEvidence(graph, s.evidence, "   ", options).forEach(write);
  });
}

export function printSession(graph: PanelGraph, result: SessionAnswer, write: Write, options: PrintOptions): void {
  const { session, events, facts, people, themes, conclusions, recommendations, sources } = result;
  write(`${named(session)}: what its own sources report (${plural(sources.length, "source")}).`);
  write("A panellist's words count only where a source reporting this session carries them.");
  // The themes first, one line each (what the session discussed, at a glance); their passages come after the panel.
  write("");
  if (themes.length === 0) write("No theme is recorded for it.");
  else {
    write(
      `${plural(themes.length, "theme")} in the order of its agenda: agreed on by the panel, covered by the session, ` +
        "raised by its panellists:",
    );
    write("");
    table(
      ["#", "Theme", "Agreed/covered/raised", "Panellists", "Passages"],
      themes.map((t, i) => [
        String(i + 1),
        t.label,
        themeStanding(t).join(", "),
        String(t.speakers.length),
        String(t.evidence.length),
      ]),
    ).forEach(write);
  }
  for (const event of events) {
    write("");
    write(`Part of ${named(event)}`);
    someEvidence(graph, event.evidence, "   ", options).forEach(write);
  }
  for (const fact of facts) {
    write("");
    write(`${fact.of.label}: ${fact.name} ${fact.value} (${fact.source})`);
    someEvidence(graph, fact.evidence, "   ", options).forEach(write);
  }
  write("");
  if (people.length === 0) write("No chair or panellist is recorded.");
  else {
    write(
      `Chair and panel (${plural(people.length, "person", "people")}), with the titles this session's sources give:`,
    );
    people.forEach((p) => {
      write("");
      const titles = p.titles.map((t) => titleText(t)).join("; ");
      write(`- ${named(p)}: ${p.roles.join(" and ")}${titles ? `; ${titles}` : ""}`);
      someEvidence(graph, p.evidence, "   ", options).forEach(write);
    });
  }
  if (themes.length > 0) {
    write("");
    write("The themes' passages:");
    themes.forEach((t, i) => {
      write("");
      const how = [
        ...(t.agreed ? ["agreed on by the panel"] : []),
        ...(t.covered ? ["covered"] : []),
        ...(t.speakers.length > 0 ? [`raised by ${list(t.speakers)}`] : []),
      ];
      write(`${i + 1}. ${named(t)}: ${how.join("; ")}`);
      someEvidence(graph, t.evidence, "   ", options).forEach(write);
    });
  }
  write("");
  if (conclusions.length === 0) write("No conclusion of the panel is recorded.");
  else {
    write(
      `The panel's conclusions (${conclusions.length}): stated of the panel as a whole (a summary), ` +
        "not any one person's words:",
    );
    conclusions.forEach((c) => {
      write("");
      if (c.relation === "states") {
        write(`- Finding ${named(c)}`);
        if (c.text !== c.label) write(`   ${truncate(c.text, 200)}`);
      } else write(`- Agreed on the theme ${named(c)}`);
      someEvidence(graph, c.evidence, "   ", options).forEach(write);
    });
  }
  write("");
  if (recommendations.length === 0) write("No recommendation is recorded from it.");
  else {
    write(`${plural(recommendations.length, "recommendation")} agreed by the panel or made by its panellists:`);
    recommendations.forEach((r) => {
      write("");
      const by = r.madeBy.map((m) => (m.id === session.id ? "the panel" : m.label));
      write(`- ${named(r)}: made by ${by.join(", ")}`);
      write(`   ${truncate(r.text, 200)}`);
      someEvidence(graph, r.evidence, "   ", options).forEach(write);
    });
  }
  write("");
  write("Sources that report it:");
  table(
    ["Source", "Title", "Date"],
    sources.map((s) => [s.id, s.label, s.date ?? "—"]),
  ).forEach(write);
}

/** A linked-to edge's wordings, each once, as the sources give them. */
const linkWordings = (links: readonly { link: string }[]) => [...new Set(links.map((l) => l.link))];

const arrow = (relation: string, direction: "out" | "in") => (direction === "out" ? `${relation} →` : `← ${relation}`);

export function printNeighbours(graph: PanelGraph, result: Neighbours, write: Write, options: PrintOptions): void {
  const { entity, neighbours } = result;
  if (neighbours.length === 0) {
    write(`${named(entity)} (${entity.type}) has no neighbours that match.`);
    return;
  }
  write(`${named(entity)} (${entity.type}): ${plural(neighbours.length, "neighbour")}`);
  write(`→ runs from ${entity.label} to the neighbour, ← from the neighbour to ${entity.label}.`);
  write("");
  // A Role column only when an affiliation is listed: the role held now, else every role the sources give.
  const withRoles = neighbours.some((n) => n.roles !== undefined);
  // An affiliation the sources end without a role reads as people-at reads it: "(no longer: ended April 2024)".
  const role = (n: Neighbour) =>
    n.roles === undefined
      ? ""
      : truncate(
          n.currentRole ??
            (n.until === undefined
              ? n.roles.map((r) => r.role).join("; ") || "—"
              : `(no longer: ended ${dateInWords(n.until)})`),
          40,
        );
  // A Link column only when a linked-to edge is listed: its wordings, each once ("retained; paid").
  const withLinks = neighbours.some((n) => n.links !== undefined);
  const link = (n: Neighbour) => (n.links === undefined ? "" : truncate(linkWordings(n.links).join("; "), 40));
  table(
    [
      "Relation",
      "Neighbour",
      "Type",
      ...(withRoles ? ["Role"] : []),
      ...(withLinks ? ["Link"] : []),
      "Passages",
      "First passage",
    ],
    neighbours.map((n) => [
      arrow(n.relation, n.direction),
      truncate(n.label, 50),
      n.type,
      ...(withRoles ? [role(n)] : []),
      ...(withLinks ? [link(n)] : []),
      String(n.evidence.length),
      n.evidence[0] ? truncate(quoted(n.evidence[0].quote), 60) : "(registry)",
    ]),
  ).forEach(write);
  if (options.all) {
    for (const n of neighbours) {
      write("");
      const wording = n.links === undefined ? "" : ` (${linkWordings(n.links).join("; ")})`;
      write(`${arrow(n.relation, n.direction)} ${named(n)}${wording}`);
      someEvidence(graph, n.evidence, "   ", options).forEach(write);
    }
  }
}

/**
 * The roles, one entry a title and period with how many sources give it (source ids are long; `--json` and the
 * passages below name them): `Chair, since 2023-05 (1 source)`, `Fellow (2 sources, 2024-06-03)`.
 */
function rolesText(roles: RoleAt[]): string {
  const groups = new Map<string, { text: string; sources: Set<string>; dates: Set<string> }>();
  for (const r of roles) {
    const text = roleWithPeriod(r);
    const key = `${text.toLowerCase()}`;
    const group = groups.get(key) ?? { text, sources: new Set<string>(), dates: new Set<string>() };
    group.sources.add(r.source);
    if (r.since === undefined && r.until === undefined && r.sourceDate !== undefined) group.dates.add(r.sourceDate);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(({ text, sources, dates }) => `${text} (${[plural(sources.size, "source"), ...dates].join(", ")})`)
    .join("; ");
}

const ROLE_NOW: Record<"ended" | "disagree" | "none", string> = {
  ended: "(no longer: every role ended)",
  disagree: "(the sources differ)",
  none: "(no role given)",
};

export function printPeopleAt(graph: PanelGraph, result: PeopleAt, write: Write, options: PrintOptions): void {
  const { organisation, people } = result;
  if (people.length === 0) {
    write(`Nobody is recorded as affiliated with ${named(organisation)}.`);
    return;
  }
  write(`${plural(people.length, "person", "people")} at ${named(organisation)}, with the roles the sources give.`);
  write(
    "Role now: of the titles no source ends, the one that begins latest (at its since, else at its source's date); " +
      "the sources differ when two titles can have held at once, as two titles without since/until always can " +
      "(docs/cli.md, query people-at).",
  );
  write("");
  table(
    ["#", "Person", "Role now", "Roles the sources give", "Passages"],
    people.map((p, i) => [
      String(i + 1),
      p.label,
      p.currentRole ??
        (p.until === undefined
          ? ROLE_NOW[p.state as keyof typeof ROLE_NOW]
          : `(no longer: ended ${dateInWords(p.until)})`),
      rolesText(p.roles) || "—",
      String(p.evidence.length),
    ]),
  ).forEach(write);
  people.forEach((p, i) => {
    write("");
    write(`${i + 1}. ${named(p)}`);
    someEvidence(graph, p.evidence, "   ", options).forEach(write);
  });
}

export function printPath(graph: PanelGraph, result: Path, write: Write, options: PrintOptions): void {
  const { from, to } = result;
  const without = result.without.length > 0 ? ` (left out: ${result.without.join(", ")})` : "";
  if (result.length === null) {
    write(`No connection between ${named(from)} and ${named(to)}${without}.`);
    write("(Paths run along evidence-backed edges and the theme hierarchy, never through a source node.)");
    return;
  }
  if (result.length === 0) {
    write(`${named(from)} and ${named(to)} are the same entity.`);
    return;
  }
  write(`${from.label} → ${to.label}: ${plural(result.length, "hop")}${without}`);
  if (result.mentionHops > 0) {
    // A source naming someone ("I will begin with Mr Thale.") is not a tie between them: say so before the hops.
    write(
      `This path goes through ${plural(result.mentionHops, "mention")}: a name cited in passing, not a stated connection; ` +
        "--without mentions leaves them out.",
    );
  }
  if (result.viaRegistry) {
    write("No chain of passages connects them; this path also uses the theme hierarchy (sub-theme-of, no passage).");
  }
  for (const hop of result.hops) {
    write("");
    for (const edge of hop.edges) {
      const relation = edge.links === undefined ? edge.relation : `${edge.relation} (${edge.links.join("; ")})`;
      const link = edge.direction === "out" ? `—${relation}→` : `←${relation}—`;
      write(`${hop.from.label} (${hop.from.type}) ${link} ${hop.to.label} (${hop.to.type})`);
      someEvidence(graph, edge.evidence, "    ", options).forEach(write);
    }
  }
}

/** "Ann Lowe (2 passages), Morning session (session, 1 passage)": who made a recommendation, as coverage lists them. */
function madeByList(backers: Backer[]): string {
  if (backers.length === 0) return "—";
  return backers
    .map((b) => `${b.label} (${b.type === "person" ? "" : `${b.type}, `}${plural(b.evidence.length, "passage")})`)
    .join(", ");
}

export function printRecommendationsOn(
  graph: PanelGraph,
  result: RecommendationsOn,
  subThemes: EntityRef[],
  write: Write,
  options: PrintOptions,
  /** With --all-matching: every theme the name matched, whose recommendations the answer joins. */
  union?: EntityRef[],
): void {
  const topic = topicOf(result.theme, subThemes, union);
  if (result.recommendations.length === 0) {
    write(`No recommendation addresses ${topic}.`);
    return;
  }
  write(`${plural(result.recommendations.length, "recommendation")} on ${topic}:`);
  result.recommendations.forEach((r, i) => {
    const sources = [...new Set(r.evidence.map((e) => e.source))];
    write("");
    write(`${i + 1}. ${named(r)}`);
    write(`   ${r.text}`);
    write(`   Made by: ${madeByList(r.madeBy)}`);
    write(`   Themes: ${list(r.themes)}`);
    write(`   Sources: ${sources.join(", ")} (${kindBreakdown(r.evidence)})`);
    someEvidence(graph, r.evidence, "   ", options).forEach(write);
  });
}

const FLAG_TEXT = { "no-speaker": "no speaker", "one-speaker": "one speaker", "one-source": "one source" } as const;

export function printCoverage(graph: PanelGraph, result: Coverage, write: Write, options: PrintOptions): void {
  const { recommendations, unaddressedThemes } = result;
  const count = (flag: keyof typeof FLAG_TEXT) => recommendations.filter((r) => r.flags.includes(flag)).length;
  const several = recommendations.length - count("no-speaker") - count("one-speaker");
  write(
    `${plural(recommendations.length, "recommendation")}: ${count("no-speaker")} made by no speaker (only a source, ` +
      `session or organisation), ${count("one-speaker")} by one speaker, ${several} by two or more; ` +
      `${count("one-source")} rest on a single source.`,
  );
  write('Thinnest support first. "Made by" = a recommends edge; "also spoke" = spoke on its themes or sub-themes.');
  for (const r of recommendations) {
    write("");
    const flags = r.flags.length > 0 ? `   [${r.flags.map((f) => FLAG_TEXT[f]).join(", ")}]` : "";
    write(`${named(r)}${flags}`);
    const rows: string[][] = [["themes", list(r.themes)]];
    rows.push(["made by", madeByList([...r.speakers, ...r.otherBackers])]);
    rows.push(["also spoke", list(r.relatedSpeakers)]);
    rows.push(["sources", r.sources.join(", ") || "—"]);
    table(["", ""], rows)
      .slice(1)
      .forEach((l) => write(`  ${l}`));
    // The passages that make it: the first maker's strongest one, or every maker's with --all.
    for (const maker of options.all
      ? [...r.speakers, ...r.otherBackers]
      : [...r.speakers, ...r.otherBackers].slice(0, 1)) {
      if (options.all) write(`  ${maker.label}:`);
      someEvidence(graph, maker.evidence, options.all ? "    " : "  ", options).forEach(write);
    }
  }
  write("");
  if (unaddressedThemes.length === 0) {
    write("Every theme people spoke on or a panel agreed on is addressed by at least one recommendation.");
    return;
  }
  write(`Themes people spoke on or a panel agreed on that no recommendation addresses: ${unaddressedThemes.length}`);
  write("");
  table(
    ["Theme", "Speakers (own words)", "Panels agreed", "Passages"],
    unaddressedThemes.map((t) => [named(t), list(t.speakers), list(t.panels), String(t.passages)]),
  ).forEach(write);
}

export function printSearch(graph: PanelGraph, result: SearchResults, write: Write): void {
  if (result.results.length === 0 && result.inTexts.length === 0) {
    write(
      `Nothing matches ${JSON.stringify(result.query)} in labels, aliases, evidence passages or the sources' texts.`,
    );
    return;
  }
  if (result.results.length === 0) {
    write(`Nothing matches ${JSON.stringify(result.query)} in labels, aliases or evidence passages.`);
  } else {
    write(`${plural(result.results.length, "result")} for ${JSON.stringify(result.query)}, best first:`);
  }
  for (const hit of result.results) {
    write("");
    const score = hit.score.toFixed(2).padStart(6);
    if (hit.match === "entity") {
      write(`${score}  ${hit.type} ${named(hit)}  (matched: ${hit.terms.join(", ")})`);
      write(`        sources: ${hit.sources.length > 0 ? hit.sources.join(", ") : "none"}`);
    } else {
      write(`${score}  passage ${where(graph, hit)}  ${hit.kinds.map((k) => KIND[k]).join(", ")}`);
      write(`        ${quoted(hit.quote)}`);
      for (const s of hit.supports) write(`        evidence for: ${s.from.label} ${s.relation} ${s.to.label}`);
      for (const f of hit.facts) write(`        evidence for: ${f.entity.label} ${f.name} = ${f.value}`);
    }
  }
  if (result.inTexts.length === 0) return;
  // Words no claim cites: the reader should know these rest on the text alone, and check them there.
  const phrases = result.inTexts.filter((h) => h.phrase).length;
  write("");
  write(
    `In the texts, not in any claim: ${plural(result.inTexts.length, "sentence")}` +
      (phrases > 0 && phrases < result.inTexts.length ? ` (${phrases} with the words as typed, first)` : "") +
      ":",
  );
  table(
    ["", ""],
    result.inTexts.map((h) => [where(graph, h), quoted(h.text)]),
  )
    .slice(1)
    .forEach((line) => write(`  ${line}`));
}

export function printAcrossSources(result: AcrossSources, write: Write): void {
  const kinds = result.types.map((t) => (t === "person" ? "people" : `${t}s`)).join(" or ");
  if (result.entities.length === 0) {
    write(`No ${kinds} are named in more than one source.`);
    return;
  }
  write(
    `${plural(result.entities.length, result.types.length === 1 && result.types[0] === "person" ? "person" : "entity", result.types.length === 1 && result.types[0] === "person" ? "people" : "entities")} named in more than one source, most sources first.`,
  );
  write("Passages: how many of each one's passages a source gives (its claims either way and its facts).");
  write("");
  table(
    ["#", "Name", "Type", "Sources", "Passages by source (earliest first; undated by id)"],
    result.entities.map((e, i) => [
      String(i + 1),
      e.label,
      e.type,
      String(e.sources.length),
      e.sources.map((s) => `${s.id}${s.date ? ` (${s.date})` : ""}: ${s.passages}`).join("; "),
    ]),
  ).forEach(write);
}
