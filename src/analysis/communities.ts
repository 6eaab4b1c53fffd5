// `communities`: Louvain communities of people, themes and organisations (see community-projection.ts), with an
// automatic label for each and a measure of how stable the partition is, so a reader knows whether a cluster is real.
import louvain from "graphology-communities-louvain";
import type { PanelGraph } from "../model/graph.js";
import { NODE_TYPES, type NodeType } from "../model/schema.js";
import { adjustedRandIndex } from "./adjusted-rand.js";
import { COMMUNITY_NAMES_DEFAULTS, communityNames } from "./community-names.js";
import { communityNumbers } from "./community-numbers.js";
import {
  communityProjection,
  type CommunityProjection,
  type CommunityProjectionOptions,
  COMMUNITY_PROJECTION_DEFAULTS,
} from "./community-projection.js";
import { mulberry32 } from "./random.js";

export interface CommunityMember {
  id: string;
  label: string;
  type: NodeType;
}

export interface Community {
  /**
   * 1 for the largest community, ties by smallest member id; with `previous`, the number most of its members had
   * (community-numbers.ts). The same input, options and previous numbering give the same ids.
   */
  id: number;
  /** The labels of its most central themes (or members, when it has no theme). */
  label: string;
  /** By type (people, organisations, themes), then by how strongly tied they are inside the community, then id. */
  members: CommunityMember[];
  /**
   * Its members with connections into other communities, most communities joined first, then most such
   * connections, then id; at most `bridges` of them.
   */
  bridges: Bridge[];
}

/** A member tied to other communities: for each, how many of its projection connections lead there. */
export interface Bridge extends CommunityMember {
  joins: { community: number; connections: number }[];
}

/**
 * Why the communities may mean little (docs/cli.md, "communities"): `few-nodes` the projection has fewer than
 * `minNodes` nodes; `small-communities` more than half the communities have `smallCommunity` members or fewer.
 */
export type CommunitiesCaution = "few-nodes" | "small-communities";

export interface ResolutionAgreement {
  resolution: number;
  communities: number;
  adjustedRand: number;
}

export interface CommunityStability {
  /** The partition recomputed with other seeds at the same resolution. */
  seeds: { runs: number; identical: number; meanAdjustedRand: number | null };
  /** The partition recomputed at nearby resolutions with the same seed. */
  resolutions: { runs: ResolutionAgreement[]; meanAdjustedRand: number | null };
  /** For each community, the mean over all those runs of its best Jaccard overlap with a community of the run. */
  communities: { id: number; meanJaccard: number | null }[];
  /** Members that leave their community in some runs, fewest stays first: where the partition is not settled. */
  unsettled: UnsettledMember[];
}

export interface UnsettledMember extends CommunityMember {
  community: number;
  /** In how many of the `runs` re-runs it stayed with its community (landed in the run's best-matching community). */
  stayed: number;
  runs: number;
}

export interface Communities {
  modularity: number;
  communities: Community[];
  resolution: number;
  seed: number;
  projection: { nodes: number; edges: number; nodeTypes: NodeType[]; relations: string[] };
  stability: CommunityStability;
  /** Empty when neither applies; with the thresholds used. */
  caution: { reasons: CommunitiesCaution[]; minNodes: number; smallCommunity: number };
}

export interface CommunitiesOptions {
  /** Louvain resolution: above 1 favours more, smaller communities; below 1 fewer, larger ones. */
  resolution: number;
  /** Seed of the random generator Louvain uses to order its moves. */
  seed: number;
  /** How many other seeds (seed + 1, seed + 2, …) the stability check runs. */
  stabilityRuns: number;
  /** Nearby resolutions for the stability check, as factors of `resolution`. */
  nearbyResolutions: readonly number[];
  /** How many theme labels make a community's label (community-names.ts: the viewer names communities alike). */
  labelThemes: number;
  /** How many bridges each community lists. */
  bridges: number;
  /** Fewer nodes than this in the projection: too few for the communities to mean much. */
  minNodes: number;
  /** A community of this many members or fewer is small; more than half of them small: a caution. */
  smallCommunity: number;
  projection: Partial<CommunityProjectionOptions>;
  /** The numbers of a previous build (node id → community), for each community to keep its number. */
  previous?: ReadonlyMap<string, number>;
}

export const COMMUNITIES_DEFAULTS: CommunitiesOptions = {
  resolution: 1,
  seed: 1,
  stabilityRuns: 10,
  nearbyResolutions: [0.8, 0.9, 1.1, 1.25],
  labelThemes: COMMUNITY_NAMES_DEFAULTS.named,
  bridges: 3,
  minNodes: 30,
  smallCommunity: 3,
  projection: {},
};

type Partition = Record<string, number>;

const round = (n: number, digits = 4) => Math.round(n * 10 ** digits) / 10 ** digits;
/** Null when there is nothing to average (stability runs turned off). */
const mean = (values: number[]) =>
  values.length === 0 ? null : round(values.reduce((s, v) => s + v, 0) / values.length);
const typeOrder = new Map(NODE_TYPES.map((t, i) => [t, i]));

function run(projection: CommunityProjection, resolution: number, seed: number) {
  return louvain.detailed(projection, { getEdgeWeight: "weight", resolution, rng: mulberry32(seed) });
}

function groups(partition: Partition): Map<number, string[]> {
  const result = new Map<number, string[]>();
  for (const [node, community] of Object.entries(partition)) {
    if (!result.has(community)) result.set(community, []);
    result.get(community)!.push(node);
  }
  return result;
}

/** The community of `other` that overlaps `members` most (Jaccard), ties to the smaller community number. */
function bestMatch(members: string[], other: Partition): { community: number; jaccard: number } {
  const inside = new Set(members);
  let best = { community: -1, jaccard: 0 };
  for (const [community, candidate] of [...groups(other)].sort((a, b) => a[0] - b[0])) {
    const shared = candidate.filter((n) => inside.has(n)).length;
    const jaccard = shared / (members.length + candidate.length - shared);
    if (jaccard > best.jaccard) best = { community, jaccard };
  }
  return best;
}

export function detectCommunities(graph: PanelGraph, options: Partial<CommunitiesOptions> = {}): Communities {
  const {
    resolution,
    seed,
    stabilityRuns,
    nearbyResolutions,
    labelThemes,
    bridges: bridgeCount,
    minNodes,
    smallCommunity,
    projection: projectionOptions,
    previous,
  } = {
    ...COMMUNITIES_DEFAULTS,
    ...options,
  };
  const projection = communityProjection(graph, projectionOptions);
  const main = run(projection, resolution, seed);

  // How strongly each node is tied to the rest of its own community: the basis of member order and labels.
  const strength = new Map<string, number>();
  projection.forEachEdge((_, { weight }, a, b) => {
    if (main.communities[a] !== main.communities[b]) return;
    for (const n of [a, b]) strength.set(n, (strength.get(n) ?? 0) + weight);
  });
  // Ids in localeCompare order once, so the sorts below compare numbers (at 100k nodes, localeCompare in every
  // comparison was most of the time spent naming communities).
  const rank = new Map(
    projection
      .nodes()
      .sort((a, b) => a.localeCompare(b))
      .map((id, i) => [id, i]),
  );
  const byId = (a: string, b: string) => rank.get(a)! - rank.get(b)!;
  const central = (a: string, b: string) => (strength.get(b) ?? 0) - (strength.get(a) ?? 0) || byId(a, b);

  const bySize = [...groups(main.communities).values()]
    .map((nodes) => nodes.sort(byId))
    .sort((a, b) => b.length - a.length || byId(a[0]!, b[0]!));
  const numbers = communityNumbers(bySize, previous);
  const ordered = bySize.map((nodes, i) => ({ id: numbers[i]!, nodes })).sort((a, b) => a.id - b.id);
  const membersOf = new Map(ordered.map((c) => [c.id, c.nodes]));
  const partition: Partition = {};
  for (const { id, nodes } of ordered) for (const n of nodes) partition[n] = id;
  // Named as the viewer names them, from the same connections (community-names.ts).
  const names = communityNames(graph, (n) => partition[n], { named: labelThemes, projection: projectionOptions });
  const communities: Community[] = ordered.map(({ id, nodes }) => {
    const members = nodes
      .map((id) => {
        const { label, type } = projection.getNodeAttributes(id);
        return { id, label, type };
      })
      .sort((a, b) => typeOrder.get(a.type)! - typeOrder.get(b.type)! || central(a.id, b.id));
    return {
      id,
      label: names.get(id)!,
      members,
      bridges: [],
    };
  });
  // Bridges: each member's connections that cross into another community, counted per community.
  const crossing = new Map<string, Map<number, number>>();
  projection.forEachEdge((_, __, a, b) => {
    if (partition[a] === partition[b]) return;
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      if (!crossing.has(from)) crossing.set(from, new Map());
      const joins = crossing.get(from)!;
      joins.set(partition[to]!, (joins.get(partition[to]!) ?? 0) + 1);
    }
  });
  const crossings = (joins: Bridge["joins"]) => joins.reduce((n, j) => n + j.connections, 0);
  for (const community of communities) {
    community.bridges = community.members
      .filter((m) => crossing.has(m.id))
      .map((m) => ({
        ...m,
        joins: [...crossing.get(m.id)!]
          .map(([id, connections]) => ({ community: id, connections }))
          .sort((a, b) => b.connections - a.connections || a.community - b.community),
      }))
      .sort((a, b) => b.joins.length - a.joins.length || crossings(b.joins) - crossings(a.joins) || byId(a.id, b.id))
      .slice(0, bridgeCount);
  }
  const reasons: CommunitiesCaution[] = [];
  if (communities.length > 0 && projection.order < minNodes) reasons.push("few-nodes");
  if (communities.filter((c) => c.members.length <= smallCommunity).length * 2 > communities.length) {
    reasons.push("small-communities");
  }

  const seedRuns = Array.from({ length: stabilityRuns }, (_, i) => run(projection, resolution, seed + i + 1));
  const seedAgreement = seedRuns.map((r) => adjustedRandIndex(partition, r.communities));
  const resolutionRuns = nearbyResolutions.map((factor) => ({
    resolution: round(resolution * factor, 6),
    result: run(projection, resolution * factor, seed),
  }));
  const resolutionAgreement = resolutionRuns.map(({ resolution: r, result }) => ({
    resolution: r,
    communities: result.count,
    adjustedRand: round(adjustedRandIndex(partition, result.communities)),
  }));
  const everyRun = [...seedRuns, ...resolutionRuns.map((r) => r.result)];

  // A member stays in a run when it lands in the run's community that best matches its own.
  const unsettled = (): UnsettledMember[] =>
    communities
      .flatMap((c) =>
        c.members.map((m) => {
          const stayed = everyRun.filter((r) => {
            const match = bestMatch(membersOf.get(c.id)!, r.communities).community;
            return r.communities[m.id] === match;
          }).length;
          return { id: m.id, label: m.label, type: m.type, community: c.id, stayed, runs: everyRun.length };
        }),
      )
      .filter((m) => m.stayed < m.runs)
      .sort((a, b) => a.stayed - b.stayed || a.id.localeCompare(b.id));

  return {
    // Without a connection there is no structure to measure (Louvain's formula divides by zero): 0, not NaN.
    modularity: projection.size === 0 ? 0 : round(main.modularity),
    communities,
    resolution,
    seed,
    projection: {
      nodes: projection.order,
      edges: projection.size,
      nodeTypes: [...(projectionOptions.nodeTypes ?? COMMUNITY_PROJECTION_DEFAULTS.nodeTypes)],
      relations: [...(projectionOptions.relations ?? COMMUNITY_PROJECTION_DEFAULTS.relations)],
    },
    stability: {
      seeds: {
        runs: stabilityRuns,
        identical: seedAgreement.filter((a) => a === 1).length,
        meanAdjustedRand: mean(seedAgreement),
      },
      resolutions: {
        runs: resolutionAgreement,
        meanAdjustedRand: mean(resolutionAgreement.map((r) => r.adjustedRand)),
      },
      communities: communities.map((c) => ({
        id: c.id,
        meanJaccard: mean(everyRun.map((r) => bestMatch(membersOf.get(c.id)!, r.communities).jaccard)),
      })),
      unsettled: unsettled(),
    },
    caution: { reasons, minNodes, smallCommunity },
  };
}
