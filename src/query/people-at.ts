// `people-at <organisation>`: who is at an organisation, with the role or roles each source gives and when, and the
// role held now as src/model/roles.ts reads them (the same reading as `conflicts`, the exports and the viewer).
import type { EdgeAttributes, PanelGraph, RoleClaim } from "../model/graph.js";
import {
  affiliationEdgeEnd,
  currentRole,
  endedTitles,
  rolesInTimeOrder,
  titleKey,
  type SourceDateOf,
} from "../model/roles.js";
import { byPosition, mergeEvidence } from "./evidence.js";
import { resolveEntity } from "./resolve-entity.js";
import type { EvidenceItem, TypedEntityRef } from "./types.js";

/** A role one source gives the person at the organisation. */
export interface RoleAt {
  role: string;
  source: string;
  /** The source's date, when it has one: a role without `since`/`until` holds then. */
  sourceDate?: string;
  since?: string;
  until?: string;
}

/**
 * `current`: `currentRole` is the role held now. `ended`: the sources end every title (or, with no title, end the
 * affiliation: `until`). `disagree`: titles that can
 * have held at once, or the latest sources give different ones. `none`: no source gives a role.
 */
export type RoleState = "current" | "ended" | "disagree" | "none";

export interface PersonAt extends TypedEntityRef {
  /** The role held now (currentRole), when `state` is `current`. */
  currentRole?: string;
  state: RoleState;
  /**
   * When the sources end an affiliation they give without a role (`until` on a claim without `role`: "left the group
   * on 2 November 2026"); the state is then `ended`.
   */
  until?: string;
  /** Every role the sources give, earliest first (rolesInTimeOrder). */
  roles: RoleAt[];
  /** The passages behind the affiliation, in source order. */
  evidence: EvidenceItem[];
}

export interface PeopleAt {
  organisation: TypedEntityRef;
  /** Those with a role held now (or no role given) first, then the sources' disagreements, then former members; by name. */
  people: PersonAt[];
}

const STATE_ORDER: Record<RoleState, number> = { current: 0, none: 0, disagree: 1, ended: 2 };

/** The roles an affiliated-with edge carries, earliest first, and how they read now. */
export function affiliationRoles(
  graph: PanelGraph,
  claims: readonly RoleClaim[],
): { roles: RoleAt[]; state: RoleState; currentRole?: string } {
  const dateOf: SourceDateOf = (s) => (graph.hasNode(s) ? graph.getNodeAttribute(s, "date") : undefined);
  const now = currentRole(claims, dateOf);
  const ended = endedTitles(claims, dateOf);
  const state: RoleState =
    claims.length === 0
      ? "none"
      : now !== undefined
        ? "current"
        : claims.every((r) => ended.has(titleKey(r.role)))
          ? "ended"
          : "disagree";
  const roles = rolesInTimeOrder(claims, dateOf).map(({ role, source, since, until }) => {
    const sourceDate = dateOf(source);
    return {
      role,
      source,
      ...(sourceDate === undefined ? {} : { sourceDate }),
      ...(since === undefined ? {} : { since }),
      ...(until === undefined ? {} : { until }),
    };
  });
  return { roles, state, ...(now ? { currentRole: now.role } : {}) };
}

/** When the sources end an affiliated-with edge given without a role (model/roles.ts affiliationEdgeEnd), or undefined. */
export function endOf(graph: PanelGraph, edge: Pick<EdgeAttributes, "roles" | "periods">): string | undefined {
  return affiliationEdgeEnd(edge, (s) => (graph.hasNode(s) ? graph.getNodeAttribute(s, "date") : undefined));
}

export function peopleAt(graph: PanelGraph, organisation: string): PeopleAt {
  const found = resolveEntity(graph, organisation, { types: ["organisation"] });
  const people: PersonAt[] = [];
  graph.forEachInEdge(found.id, (_, attributes, from) => {
    if (attributes.relation !== "affiliated-with") return;
    const { label, type } = graph.getNodeAttributes(from);
    if (type !== "person") return;
    const { roles, state, currentRole } = affiliationRoles(graph, attributes.roles ?? []);
    const evidence = mergeEvidence([attributes.evidence], byPosition);
    const until = endOf(graph, attributes);
    people.push({
      id: from,
      label,
      type,
      ...(currentRole ? { currentRole } : {}),
      state: until === undefined ? state : "ended",
      ...(until === undefined ? {} : { until }),
      roles,
      evidence,
    });
  });
  people.sort(
    (a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || a.label.localeCompare(b.label) || a.id.localeCompare(b.id),
  );
  return { organisation: found, people };
}
