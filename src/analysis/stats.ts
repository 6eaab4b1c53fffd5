// `stats`: counts, centrality top lists, the most connected people and themes, and the themes sessions share.
import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";
import { betweennessMethod, computeCentrality } from "./centrality.js";
import type { PanelGraph } from "../model/graph.js";
import {
  EVIDENCE_KINDS,
  NODE_TYPES,
  RELATION_NAMES,
  type EvidenceKind,
  type NodeType,
  type Relation,
} from "../model/schema.js";
import { countStatements, passageKey as passageOf } from "../model/evidence.js";
import { evidenceGraph } from "./evidence-graph.js";
import { sessionsOf, themesOfSession, type SessionRole, type SessionTitle } from "./sessions.js";

export interface Ranked {
  id: string;
  label: string;
  type: NodeType;
  value: number;
}

export interface ConnectedPerson {
  id: string;
  label: string;
  /** Distinct entities connected by evidence. */
  degree: number;
  /** Themes spoken on in their own words. */
  themes: number;
  /** Distinct statements in their own words (a quote two sources report is one statement). */
  statements: number;
  /** Distinct passages on the person's edges. */
  passages: number;
}

export interface ConnectedTheme {
  id: string;
  label: string;
  degree: number;
  /** People who spoke on it in their own words (this theme only, not its sub-themes). */
  speakers: number;
  /** Sessions whose panel agreed on it as a whole (`agreed-on`). */
  panels: number;
  passages: number;
}

export interface SessionShare {
  id: string;
  label: string;
  /** The session lists the theme as a topic (`covers`). */
  covered: boolean;
  /** The panel agreed on the theme as a whole (`agreed-on`). */
  agreed: boolean;
  /**
   * Its panellists who spoke on the theme in their own words in a source that reports this session (sessions.ts,
   * `sourcesReporting`): what they said elsewhere, or in another session, is not credited to it.
   */
  speakers: { id: string; label: string }[];
}

/** A person who sat in more than one session (as panellist or chair), with their role and titles in each. */
export interface PersonInSessions {
  id: string;
  label: string;
  sessions: { id: string; label: string; roles: SessionRole[]; titles: SessionTitle[] }[];
}

export interface SharedTheme {
  id: string;
  label: string;
  sessions: SessionShare[];
}

export interface Stats {
  nodes: Record<NodeType, number>;
  edges: Record<Relation, number>;
  /** Distinct passages (a passage behind several edges counts once), and citations (every edge's evidence items). */
  evidence: { passages: number; citations: number; byKind: Record<EvidenceKind, number> };
  degree: Ranked[];
  betweenness: Ranked[];
  people: ConnectedPerson[];
  themes: ConnectedTheme[];
  sharedThemes: SharedTheme[];
  /** People in more than one session: `count` of them, the first `top` listed (most sessions, then id). */
  severalSessions: { count: number; people: PersonInSessions[] };
}

export interface StatsOptions {
  /** Length of each top list. */
  top: number;
}

export const STATS_DEFAULTS: StatsOptions = { top: 10 };

const round = (n: number) => Math.round(n * 10000) / 10000;
const passageKey = (e: { source: string; start: number; end: number }) => `${e.source}:${e.start}:${e.end}`;

/**
 * Degree and betweenness are measured on the evidence graph (src/analysis/evidence-graph.ts): undirected, without
 * source nodes and registry edges, so "most central" means most connected by what the sources say, not "named in
 * the longest article". Degree counts distinct neighbours; betweenness is unweighted and normalised to 0–1, exact up
 * to 2,000 nodes and estimated above (computeCentrality).
 */
export function graphStats(graph: PanelGraph, options: Partial<StatsOptions> = {}): Stats {
  const { top } = { ...STATS_DEFAULTS, ...options };
  const nodes = Object.fromEntries(NODE_TYPES.map((t) => [t, 0])) as Record<NodeType, number>;
  graph.forEachNode((_, a) => nodes[a.type]++);
  const edges = Object.fromEntries(RELATION_NAMES.map((r) => [r, 0])) as Record<Relation, number>;
  const byKind = Object.fromEntries(EVIDENCE_KINDS.map((k) => [k, 0])) as Record<EvidenceKind, number>;
  const passages = new Set<string>();
  let citations = 0;
  graph.forEachEdge((_, a) => {
    edges[a.relation]++;
    for (const e of a.evidence) {
      citations++;
      if (!passages.has(passageKey(e))) byKind[e.kind]++;
      passages.add(passageKey(e));
    }
  });

  const walkable = evidenceGraph(graph);
  // Exact where computeCentrality is exact; above that, its estimate (exact takes hours at 100k nodes).
  const betweenness: Record<string, number> =
    walkable.order === 0
      ? {} // graphology's betweenness refuses an empty graph
      : betweennessMethod(walkable.order).sampled
        ? Object.fromEntries(computeCentrality(graph))
        : betweennessCentrality(walkable, { getEdgeWeight: null, normalized: true });
  const ranked = (value: (id: string) => number): Ranked[] =>
    walkable
      .mapNodes((id, { label, type }) => ({ id, label, type, value: value(id) }))
      .filter((r) => r.value > 0)
      .sort((a, b) => b.value - a.value || a.id.localeCompare(b.id))
      .slice(0, top);
  const passagesOf = (id: string) =>
    new Set(graph.edges(id).flatMap((e) => graph.getEdgeAttribute(e, "evidence").map(passageKey))).size;
  const edgesOf = (relation: Relation, id: string, direction: "out" | "in") =>
    (direction === "out" ? graph.outEdges(id) : graph.inEdges(id)).filter(
      (e) => graph.getEdgeAttribute(e, "relation") === relation,
    );
  const spokeOn = (id: string, direction: "out" | "in") => edgesOf("spoke-on", id, direction);

  const people: ConnectedPerson[] = graph
    .filterNodes((_, a) => a.type === "person")
    .map((id) => ({
      id,
      label: graph.getNodeAttribute(id, "label"),
      degree: walkable.degree(id),
      themes: spokeOn(id, "out").length,
      statements: countStatements([
        ...new Map(
          spokeOn(id, "out")
            .flatMap((e) => graph.getEdgeAttribute(e, "evidence"))
            .map((e) => [passageOf(e), e]),
        ).values(),
      ]),
      passages: passagesOf(id),
    }))
    .sort(
      (a, b) =>
        b.degree - a.degree || b.statements - a.statements || b.passages - a.passages || a.id.localeCompare(b.id),
    )
    .slice(0, top);
  const themes: ConnectedTheme[] = graph
    .filterNodes((_, a) => a.type === "theme")
    .map((id) => ({
      id,
      label: graph.getNodeAttribute(id, "label"),
      degree: walkable.degree(id),
      speakers: spokeOn(id, "in").length,
      panels: edgesOf("agreed-on", id, "in").length,
      passages: passagesOf(id),
    }))
    .sort((a, b) => b.degree - a.degree || b.speakers - a.speakers || a.id.localeCompare(b.id))
    .slice(0, top);

  // A session shares a theme when it covers it, its panel agreed on it, or one of its panellists spoke on it in a
  // source that reports the session.
  const bySession = new Map<string, Map<string, SessionShare>>();
  for (const session of graph.filterNodes((_, a) => a.type === "session")) {
    const label = graph.getNodeAttribute(session, "label");
    for (const { id: theme, covered, agreed, speakers } of themesOfSession(graph, session)) {
      if (!bySession.has(theme)) bySession.set(theme, new Map());
      bySession.get(theme)!.set(session, { id: session, label, covered, agreed, speakers });
    }
  }
  const sharedThemes: SharedTheme[] = [...bySession]
    .filter(([, sessions]) => sessions.size > 1)
    .map(([id, sessions]) => ({
      id,
      label: graph.getNodeAttribute(id, "label"),
      sessions: [...sessions.values()]
        .map((s) => ({ ...s, speakers: s.speakers.sort((a, b) => a.id.localeCompare(b.id)) }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    }))
    .sort((a, b) => b.sessions.length - a.sessions.length || a.id.localeCompare(b.id));

  const inSessions = graph
    .filterNodes(
      (id, a) =>
        a.type === "person" &&
        new Set(
          graph
            .filterOutEdges(id, (_, e) => e.relation === "panellist-in" || e.relation === "chaired")
            .map((e) => graph.target(e)),
        ).size > 1,
    )
    .map((id) => ({
      id,
      label: graph.getNodeAttribute(id, "label"),
      sessions: sessionsOf(graph, id).map(({ id, label, roles, titles }) => ({ id, label, roles, titles })),
    }))
    .filter((p) => p.sessions.length > 1)
    .sort((a, b) => b.sessions.length - a.sessions.length || a.id.localeCompare(b.id));

  return {
    nodes,
    edges,
    evidence: { passages: passages.size, citations, byKind },
    degree: ranked((id) => walkable.degree(id)),
    betweenness: ranked((id) => round(betweenness[id] ?? 0)),
    people,
    themes,
    sharedThemes,
    severalSessions: { count: inSessions.length, people: inSessions.slice(0, top) },
  };
}
