// `sessions-of <person>`: the sessions a person sat in (panellist or chair), with the titles the sources reporting each
// session give them and the passages that put them there.
import {
  sessionsOf as personSessions,
  sourcesReporting,
  type SessionRole,
  type SessionTitle,
} from "../analysis/sessions.js";
import type { PanelGraph } from "../model/graph.js";
import { byPosition, mergeEvidence } from "./evidence.js";
import { resolveEntity } from "./resolve-entity.js";
import type { EntityRef, EvidenceItem } from "./types.js";

export interface SessionOf extends EntityRef {
  /** The session's date: its own `date` fact, else the earliest date of the sources reporting it; none if undated. */
  date?: string;
  roles: SessionRole[];
  titles: SessionTitle[];
  evidence: EvidenceItem[];
}

export interface SessionsOf {
  person: EntityRef;
  sessions: SessionOf[];
}

/** The date a session took place, as far as the graph says: its `date` fact, else its earliest reporting source's. */
function sessionDate(graph: PanelGraph, session: string): string | undefined {
  const fact = graph.getNodeAttribute(session, "facts")?.find((f) => f.name === "date")?.value;
  if (typeof fact === "string") return fact;
  const dates = [...sourcesReporting(graph, session)]
    .map((s) => (graph.hasNode(s) ? graph.getNodeAttribute(s, "date") : undefined))
    .filter((d): d is string => typeof d === "string")
    .sort();
  return dates[0];
}

/**
 * In the order they took place (undated sessions last), then by id; answers from `panellist-in` and `chaired` edges
 * (src/analysis/sessions.ts).
 */
export function sessionsOf(graph: PanelGraph, person: string): SessionsOf {
  const found = resolveEntity(graph, person, { types: ["person"] });
  const sessions = personSessions(graph, found.id).map(({ id, label, roles, titles, evidence }) => {
    const date = sessionDate(graph, id);
    return { id, label, ...(date ? { date } : {}), roles, titles, evidence: mergeEvidence([evidence], byPosition) };
  });
  sessions.sort((a, b) => (a.date ?? "\uffff").localeCompare(b.date ?? "\uffff") || a.id.localeCompare(b.id));
  return { person: { id: found.id, label: found.label }, sessions };
}
