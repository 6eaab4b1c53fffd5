// Sessions from the graph alone: which sources report a session, and which sessions a person sat in, with the role
// they had there. A statement belongs to a session only when a source reporting that session carries it: `stats`
// credits a session with its panellists' words on that basis, not with everything they said anywhere.
import { byPosition } from "../model/evidence.js";
import type { PanelGraph } from "../model/graph.js";
import type { Evidence } from "../model/vocabulary.js";

/** `panellist-in` and `chaired` edges, in the words `stats` and `query sessions-of` print. */
export type SessionRole = "panellist" | "chair";

/** A title a source that reports the session gives the person (`affiliated-with` with a role). */
export interface SessionTitle {
  role: string;
  /** When the role held, where the source says (src/model/roles.ts). */
  since?: string;
  until?: string;
  organisation: { id: string; label: string };
  /** The reporting sources that give it, by id. */
  sources: string[];
}

export interface PersonSession {
  id: string;
  label: string;
  /** Panellist, chair or both, as the edges into the session say. */
  roles: SessionRole[];
  /** The titles the sources reporting this session give the person, by organisation id then role. */
  titles: SessionTitle[];
  /** The passages that put the person in the session. */
  evidence: Evidence[];
}

const ROLE_OF: Partial<Record<string, SessionRole>> = { "panellist-in": "panellist", chaired: "chair" };

/**
 * The sources that report a session: those it is `reported-in`, and those that name its panellists or chair (the
 * evidence of its `panellist-in` and `chaired` edges). A later article quoting a panellist without naming the session
 * is not one of them.
 */
export function sourcesReporting(graph: PanelGraph, session: string): Set<string> {
  const sources = new Set<string>();
  graph.forEachOutEdge(session, (_, a, __, target) => {
    if (a.relation === "reported-in") sources.add(target);
  });
  graph.forEachInEdge(session, (_, a) => {
    if (ROLE_OF[a.relation]) for (const e of a.evidence) sources.add(e.source);
  });
  return sources;
}

/** The sessions a person was a panellist in or chaired, by id. */
export function sessionsOf(graph: PanelGraph, person: string): PersonSession[] {
  const sessions = new Map<string, PersonSession>();
  graph.forEachOutEdge(person, (_, a, __, session, ___, target) => {
    const role = ROLE_OF[a.relation];
    if (!role || target.type !== "session") return;
    if (!sessions.has(session)) {
      sessions.set(session, { id: session, label: target.label, roles: [], titles: [], evidence: [] });
    }
    const entry = sessions.get(session)!;
    if (!entry.roles.includes(role)) entry.roles.push(role);
    entry.evidence.push(...a.evidence);
  });
  for (const entry of sessions.values()) {
    entry.roles.sort((a, b) => (a === b ? 0 : a === "panellist" ? -1 : 1));
    entry.evidence.sort(byPosition);
    const reporting = sourcesReporting(graph, entry.id);
    graph.forEachOutEdge(person, (_, a, __, organisation, ___, target) => {
      if (a.relation !== "affiliated-with") return;
      for (const claim of a.roles ?? []) {
        if (!reporting.has(claim.source)) continue;
        const same = entry.titles.find(
          (t) =>
            t.role === claim.role &&
            t.organisation.id === organisation &&
            t.since === claim.since &&
            t.until === claim.until,
        );
        if (same) same.sources.push(claim.source);
        else
          entry.titles.push({
            role: claim.role,
            ...(claim.since !== undefined && { since: claim.since }),
            ...(claim.until !== undefined && { until: claim.until }),
            organisation: { id: organisation, label: target.label },
            sources: [claim.source],
          });
      }
    });
    for (const title of entry.titles) title.sources = [...new Set(title.sources)].sort();
    entry.titles.sort(
      (a, b) =>
        a.organisation.id.localeCompare(b.organisation.id) ||
        a.role.localeCompare(b.role) ||
        (a.since ?? "").localeCompare(b.since ?? "") ||
        (a.until ?? "").localeCompare(b.until ?? ""),
    );
  }
  return [...sessions.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** A theme a session shared: covered, agreed on by its panel, or raised by its panellists in a source reporting it. */
export interface SessionTheme {
  id: string;
  label: string;
  /** The session lists the theme as a topic (`covers`). */
  covered: boolean;
  /** The panel agreed on the theme as a whole (`agreed-on`). */
  agreed: boolean;
  /** Its panellists who spoke on the theme in their own words in a source that reports the session, by id. */
  speakers: { id: string; label: string }[];
  /** The passages: the `covers` and `agreed-on` edges', and the panellists' words in the reporting sources. */
  evidence: Evidence[];
  /**
   * Each claim behind the theme with its own passages, so each can be checked against its sentences: the panel's
   * agreement, the session covering it, then each panellist's words (by id).
   */
  claims: SessionThemeClaim[];
}

/** One claim that puts a theme in a session: the session `agreed-on` or `covers` it, or a panellist `spoke-on` it. */
export interface SessionThemeClaim {
  relation: "agreed-on" | "covers" | "spoke-on";
  /** The session (agreed-on, covers) or the panellist (spoke-on), by id. */
  from: string;
  /** Its passages; a panellist's only those in a source reporting the session. */
  evidence: Evidence[];
}

const CLAIM_ORDER: Record<SessionThemeClaim["relation"], number> = { "agreed-on": 0, covers: 1, "spoke-on": 2 };

/**
 * The themes of one session, by theme id: what it covers, what its panel agreed on, and what its panellists said in a
 * source that reports it (`sourcesReporting`); what they said elsewhere, or in another session, is not its.
 */
export function themesOfSession(graph: PanelGraph, session: string): SessionTheme[] {
  const themes = new Map<string, SessionTheme>();
  const theme = (id: string) => {
    if (!themes.has(id)) {
      const label = graph.getNodeAttribute(id, "label");
      themes.set(id, { id, label, covered: false, agreed: false, speakers: [], evidence: [], claims: [] });
    }
    return themes.get(id)!;
  };
  graph.forEachOutEdge(session, (_, a, __, target) => {
    if (a.relation !== "covers" && a.relation !== "agreed-on") return;
    const entry = theme(target);
    if (a.relation === "covers") entry.covered = true;
    else entry.agreed = true;
    entry.evidence.push(...a.evidence);
    entry.claims.push({ relation: a.relation, from: session, evidence: [...a.evidence].sort(byPosition) });
  });
  const reporting = sourcesReporting(graph, session);
  const panellists = new Set<string>();
  graph.forEachInEdge(session, (_, a, person) => {
    if (a.relation === "panellist-in") panellists.add(person);
  });
  for (const person of panellists) {
    graph.forEachOutEdge(person, (_, a, __, target) => {
      if (a.relation !== "spoke-on") return;
      const said = a.evidence.filter((e) => reporting.has(e.source));
      if (said.length === 0) return;
      const entry = theme(target);
      entry.speakers.push({ id: person, label: graph.getNodeAttribute(person, "label") });
      entry.evidence.push(...said);
      entry.claims.push({ relation: "spoke-on", from: person, evidence: said.sort(byPosition) });
    });
  }
  for (const entry of themes.values()) {
    entry.speakers.sort((a, b) => a.id.localeCompare(b.id));
    entry.evidence.sort(byPosition);
    entry.claims.sort((a, b) => CLAIM_ORDER[a.relation] - CLAIM_ORDER[b.relation] || a.from.localeCompare(b.from));
  }
  return [...themes.values()].sort((a, b) => a.id.localeCompare(b.id));
}
