// `neighbours <entity>`: every entity one edge away, with the relation, its direction and its evidence.
import type { PanelGraph } from "../model/graph.js";
import { NODE_TYPES, RELATION_NAMES, type NodeType, type Relation } from "../model/schema.js";
import { byPosition, mergeEvidence } from "./evidence.js";
import { affiliationRoles, endOf, type RoleAt } from "./people-at.js";
import { resolveEntity } from "./resolve-entity.js";
import type { Direction, EvidenceItem, TypedEntityRef } from "./types.js";

export interface Neighbour extends TypedEntityRef {
  relation: Relation;
  /** `out`: the entity → this neighbour (Geoff Little spoke-on Delegation); `in`: this neighbour → the entity. */
  direction: Direction;
  /** Empty for edges the registry makes (sub-theme-of), which rest on no passage. */
  evidence: EvidenceItem[];
  /** affiliated-with only: the roles the sources give, earliest first (people-at.ts). */
  roles?: RoleAt[];
  /** affiliated-with only: the role held now, when the sources agree on one (src/model/roles.ts currentRole). */
  currentRole?: string;
  /** affiliated-with only: when the sources end an affiliation they give without a role (people-at.ts `until`). */
  until?: string;
  /** linked-to only: the link in each source's words ("retained"), by source then wording. */
  links?: LinkAt[];
}

/** A linked-to edge's wording as one source gives it. */
export interface LinkAt {
  link: string;
  source: string;
}

export interface Neighbours {
  entity: TypedEntityRef;
  neighbours: Neighbour[];
}

export interface NeighboursOptions {
  /** Only neighbours of these types (all if empty). */
  types: readonly NodeType[];
  /** Only edges of these relations (all if empty). */
  relations: readonly Relation[];
}

export const NEIGHBOURS_DEFAULTS: NeighboursOptions = { types: [], relations: [] };

const relationOrder = new Map(RELATION_NAMES.map((r, i) => [r, i]));
const typeOrder = new Map(NODE_TYPES.map((t, i) => [t, i]));

/** Ordered by relation (schema order), outgoing before incoming, then neighbour type and id. */
export function neighbours(graph: PanelGraph, entity: string, options: Partial<NeighboursOptions> = {}): Neighbours {
  const { types, relations } = { ...NEIGHBOURS_DEFAULTS, ...options };
  const found = resolveEntity(graph, entity);
  const result: Neighbour[] = [];
  graph.forEachEdge(found.id, (_, attributes, from, to) => {
    const direction: Direction = from === found.id ? "out" : "in";
    const other = direction === "out" ? to : from;
    const { label, type } = graph.getNodeAttributes(other);
    if (types.length > 0 && !types.includes(type)) return;
    if (relations.length > 0 && !relations.includes(attributes.relation)) return;
    const evidence: EvidenceItem[] = mergeEvidence([attributes.evidence], byPosition);
    const neighbour: Neighbour = { id: other, label, type, relation: attributes.relation, direction, evidence };
    if (attributes.relation === "affiliated-with") {
      const { roles, currentRole } = affiliationRoles(graph, attributes.roles ?? []);
      const until = endOf(graph, attributes);
      Object.assign(
        neighbour,
        { roles },
        currentRole === undefined ? {} : { currentRole },
        until === undefined ? {} : { until },
      );
    }
    if (attributes.links) neighbour.links = attributes.links.map(({ link, source }) => ({ link, source }));
    result.push(neighbour);
  });
  result.sort(
    (a, b) =>
      relationOrder.get(a.relation)! - relationOrder.get(b.relation)! ||
      (a.direction === b.direction ? 0 : a.direction === "out" ? -1 : 1) ||
      typeOrder.get(a.type)! - typeOrder.get(b.type)! ||
      a.id.localeCompare(b.id),
  );
  return { entity: found, neighbours: result };
}
