// `session <session>`: what a session discussed, from its own evidence only: the sources that report it
// (src/analysis/sessions.ts, `sourcesReporting`). A panellist's words elsewhere, or in their other session, are not its.
import { sessionsOf as personSessions, sourcesReporting, themesOfSession } from "../analysis/sessions.js";
import type { PanelGraph } from "../model/graph.js";
import { byPosition, mergeEvidence } from "./evidence.js";
import { resolveEntity } from "./resolve-entity.js";
import type { EntityRef, EvidenceItem } from "./types.js";
import type { SessionRole, SessionThemeClaim, SessionTitle } from "../analysis/sessions.js";

/** A fact a source states about the session or its event (a date), with the passage. */
export interface SessionFact {
  of: EntityRef;
  name: string;
  value: string;
  source: string;
  evidence: EvidenceItem[];
}

export interface SessionMember extends EntityRef {
  roles: SessionRole[];
  /** The titles the sources reporting this session give them. */
  titles: SessionTitle[];
  evidence: EvidenceItem[];
}

export interface SessionThemeAnswer extends EntityRef {
  covered: boolean;
  agreed: boolean;
  /** Its panellists who spoke on it in their own words in a source reporting the session. */
  speakers: EntityRef[];
  evidence: EvidenceItem[];
  /** The claims behind it, each with its passages: agreed on, covered (`from` the session), each panellist's words. */
  claims: { relation: SessionThemeClaim["relation"]; from: EntityRef; evidence: EvidenceItem[] }[];
}

export interface SessionRecommendation extends EntityRef {
  text: string;
  /** The session itself (its panel) and its panellists who made it, in a source reporting the session. */
  madeBy: EntityRef[];
  evidence: EvidenceItem[];
}

/**
 * One of the panel's conclusions: a finding the session `states`, or a theme its panel `agreed-on`. Its passages are
 * about the panel as a whole (a summary, or what a source reports the panel agreed), not any one person's words.
 */
export interface SessionConclusion extends EntityRef {
  relation: "states" | "agreed-on";
  /** A finding's full text; a theme's label. */
  text: string;
  evidence: EvidenceItem[];
}

export interface SessionAnswer {
  session: EntityRef;
  /** The events it is `part-of`. */
  events: (EntityRef & { evidence: EvidenceItem[] })[];
  /** Dates and other facts the sources give the session and its events (they name it, so they are its own). */
  facts: SessionFact[];
  /** Chairs first, then panellists, by id. */
  people: SessionMember[];
  /** In the order of the session's agenda: agreed on, covered, raised by more panellists, with more passages. */
  themes: SessionThemeAnswer[];
  /** The panel's conclusions: the findings it `states`, then the themes it `agreed-on`, each by id. */
  conclusions: SessionConclusion[];
  recommendations: SessionRecommendation[];
  /** The sources that report it, by id. */
  sources: (EntityRef & { date?: string })[];
}

const ref = (graph: PanelGraph, id: string): EntityRef => ({ id, label: graph.getNodeAttribute(id, "label") });

/** How a session had a theme, in its agenda's order: its panel agreed on it, it covered it, a panellist raised it. */
export type ThemeStanding = "agreed" | "covered" | "raised";

/** The words of a theme's row in the CLI's and the viewer's summary tables: "agreed, covered, raised". */
export function themeStanding(theme: Pick<SessionThemeAnswer, "agreed" | "covered" | "speakers">): ThemeStanding[] {
  return [
    ...(theme.agreed ? (["agreed"] as const) : []),
    ...(theme.covered ? (["covered"] as const) : []),
    ...(theme.speakers.length > 0 ? (["raised"] as const) : []),
  ];
}

/** By the session's name; every part answered from the sources that report it. */
export function sessionAnswer(graph: PanelGraph, name: string): SessionAnswer {
  return describeSession(graph, resolveEntity(graph, name, { types: ["session"] }).id);
}

/**
 * By the session's id (the viewer's selected node): what `sessionAnswer` answers, the CLI and the viewer alike.
 * Throws when `session` is not a session of the graph.
 */
export function describeSession(graph: PanelGraph, session: string): SessionAnswer {
  if (!graph.hasNode(session) || graph.getNodeAttribute(session, "type") !== "session") {
    throw new Error(`describeSession: "${session}" is not a session of the graph; pass a session node's id`);
  }
  const reporting = sourcesReporting(graph, session);

  const events = graph
    .filterOutEdges(session, (_, a) => a.relation === "part-of")
    .map((e) => ({ ...ref(graph, graph.target(e)), evidence: mergeEvidence([graph.getEdgeAttribute(e, "evidence")]) }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const facts = [session, ...events.map((e) => e.id)].flatMap((id) =>
    graph.getNodeAttribute(id, "facts").map((f) => ({
      of: ref(graph, id),
      name: f.name,
      value: f.value,
      source: f.source,
      // The fact's own source's passages first: the one that states the value (a date's day), not another source's
      // that only backs part of it (its year), leads when only the first passage is shown.
      evidence: mergeEvidence(
        [f.evidence],
        (a, b) => Number(b.source === f.source) - Number(a.source === f.source) || byPosition(a, b),
      ),
    })),
  );

  const people: SessionMember[] = [];
  graph.forEachInEdge(session, (_, a, person) => {
    if ((a.relation !== "panellist-in" && a.relation !== "chaired") || people.some((p) => p.id === person)) return;
    const sat = personSessions(graph, person).find((s) => s.id === session)!;
    people.push({
      ...ref(graph, person),
      roles: sat.roles,
      titles: sat.titles,
      evidence: mergeEvidence([sat.evidence]),
    });
  });
  const chairFirst = (p: SessionMember) => (p.roles.includes("chair") ? 0 : 1);
  people.sort((a, b) => chairFirst(a) - chairFirst(b) || a.id.localeCompare(b.id));

  const themes = themesOfSession(graph, session).map(({ id, label, covered, agreed, speakers, evidence, claims }) => ({
    id,
    label,
    covered,
    agreed,
    speakers,
    evidence: mergeEvidence([evidence]),
    claims: claims.map((c) => ({
      relation: c.relation,
      from: ref(graph, c.from),
      evidence: mergeEvidence([c.evidence]),
    })),
  }));
  // What the session itself was about first (its panel's agreement, then what it covered), then the themes more of
  // its panellists raised, then those with more passages: the order an analyst reads a session's agenda in.
  const weight = (t: { covered: boolean; agreed: boolean }) => (t.agreed ? 2 : 0) + (t.covered ? 1 : 0);
  themes.sort(
    (a, b) =>
      weight(b) - weight(a) ||
      b.speakers.length - a.speakers.length ||
      b.evidence.length - a.evidence.length ||
      a.label.localeCompare(b.label),
  );

  // The panel's conclusions: the claims made of the session as a whole, wherever the source (they name the session).
  const order = { states: 0, "agreed-on": 1 } as const;
  const conclusions: SessionConclusion[] = graph
    .filterOutEdges(session, (_, a) => a.relation === "states" || a.relation === "agreed-on")
    .map((e) => {
      const target = graph.target(e);
      const relation = graph.getEdgeAttribute(e, "relation") as SessionConclusion["relation"];
      return {
        relation,
        ...ref(graph, target),
        text: graph.getNodeAttribute(target, "text") ?? graph.getNodeAttribute(target, "label"),
        evidence: mergeEvidence([graph.getEdgeAttribute(e, "evidence")], byPosition),
      };
    })
    .sort((a, b) => order[a.relation] - order[b.relation] || a.id.localeCompare(b.id));

  // Recommendations the panel agreed (the session `recommends`) or its panellists made, in a reporting source.
  const panellists = new Set(people.filter((p) => p.roles.includes("panellist")).map((p) => p.id));
  const made = new Map<string, { madeBy: string[]; evidence: EvidenceItem[][] }>();
  for (const maker of [session, ...panellists]) {
    graph.forEachOutEdge(maker, (_, a, __, recommendation, ___, target) => {
      if (a.relation !== "recommends" || target.type !== "recommendation") return;
      // The panel's own recommendation names the session wherever it is; a panellist's counts in a reporting source.
      const said = maker === session ? a.evidence : a.evidence.filter((e) => reporting.has(e.source));
      if (said.length === 0) return;
      if (!made.has(recommendation)) made.set(recommendation, { madeBy: [], evidence: [] });
      made.get(recommendation)!.madeBy.push(maker);
      made.get(recommendation)!.evidence.push(said);
    });
  }
  const recommendations = [...made]
    .map(([id, { madeBy, evidence }]) => ({
      ...ref(graph, id),
      text: graph.getNodeAttribute(id, "text") ?? graph.getNodeAttribute(id, "label"),
      madeBy: madeBy.map((m) => ref(graph, m)),
      evidence: mergeEvidence(evidence, byPosition),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));

  const sources = [...reporting]
    .filter((id) => graph.hasNode(id))
    .sort()
    .map((id) => {
      const date = graph.getNodeAttribute(id, "date");
      return date === undefined ? ref(graph, id) : { ...ref(graph, id), date };
    });
  return { session: ref(graph, session), events, facts, people, themes, conclusions, recommendations, sources };
}
