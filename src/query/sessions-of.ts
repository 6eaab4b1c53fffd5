// `sessions-of <person>`: the sessions a person sat in (panellist or chair), with the titles the sources reporting each
// session give them and the passages that put them there.
import { sessionsOf as personSessions, type SessionRole, type SessionTitle } from "../analysis/sessions.js";
import type { PanelGraph } from "../model/graph.js";
import { byPosition, mergeEvidence } from "./evidence.js";
import { resolveEntity } from "./resolve-entity.js";
import type { EntityRef, EvidenceItem } from "./types.js";

export interface SessionOf extends EntityRef {
  roles: SessionRole[];
  titles: SessionTitle[];
  evidence: EvidenceItem[];
}

export interface SessionsOf {
  person: EntityRef;
  sessions: SessionOf[];
}

/** By session id; answers from `panellist-in` and `chaired` edges (src/analysis/sessions.ts). */
export function sessionsOf(graph: PanelGraph, person: string): SessionsOf {
  const found = resolveEntity(graph, person, { types: ["person"] });
  return {
    person: { id: found.id, label: found.label },
    sessions: personSessions(graph, found.id).map(({ id, label, roles, titles, evidence }) => ({
      id,
      label,
      roles,
      titles,
      evidence: mergeEvidence([evidence], byPosition),
    })),
  };
}
