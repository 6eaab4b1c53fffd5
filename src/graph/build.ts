// Builds the graphology graph from a validated corpus. One node per entity id, so a person named in several sources
// is one node; one edge per (relation, from, to), carrying the evidence of every claim that makes it.
import { createHash } from "node:crypto";
import { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, LinkClaim, NodeAttributes, PanelGraph, RoleClaim } from "../model/graph.js";
import { byPosition, passageKey } from "../model/evidence.js";
import { NODE_TYPES, type Evidence, type Relation } from "../model/schema.js";
import type { Corpus, Entity, LoadedSource } from "../model/corpus.js";
import { isDraftNote } from "../model/review.js";

export function edgeKey(relation: Relation, from: string, to: string): string {
  return `${relation}:${from}->${to}`;
}

/**
 * How the source's file holds its text, where its bytes are that text in UTF-8 (after a byte-order mark): checked
 * against the file's sha256, so that a viewer can give the file back, byte for byte, from the graph alone (the text
 * with the damaged character back at each repaired offset). Undefined when neither gives the file's bytes.
 */
function fileEncoding(source: LoadedSource): NodeAttributes["fileEncoding"] {
  const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
  if (sha256(source.original) === source.meta.sha256) return "utf-8";
  if (sha256(`\ufeff${source.original}`) === source.meta.sha256) return "utf-8-bom";
  return undefined;
}

function nodeAttributes(entity: Entity, corpus: Corpus): NodeAttributes {
  const attributes: NodeAttributes = {
    type: entity.type,
    label: entity.label,
    aliases: [...entity.aliases],
    facts: [],
  };
  if (entity.formerIds !== undefined && entity.formerIds.length > 0) attributes.formerIds = [...entity.formerIds];
  // A theme accepted by hand with suggest's note on why it was drafted kept: a note, not its description.
  if (entity.description !== undefined && !isDraftNote(entity.description)) attributes.description = entity.description;
  if (entity.kind !== undefined) attributes.kind = entity.kind;
  if (entity.text !== undefined) attributes.text = entity.text;
  if (entity.type === "source") {
    const source = corpus.sources.find((s) => s.meta.id === entity.id)!;
    const { meta } = source;
    attributes.kind = meta.kind;
    attributes.text = source.text;
    attributes.origin = meta.origin;
    attributes.repairs = source.repairs.length;
    if (source.repairs.length > 0) {
      attributes.repaired = source.repairs.map((r) => r.offset);
      const damaged = source.original[source.repairs[0]!.offset]!;
      attributes.damagedCharacter = `U+${damaged.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
      const encoding = fileEncoding(source);
      if (encoding !== undefined) attributes.fileEncoding = encoding;
    }
    if (meta.publisher !== undefined) attributes.publisher = meta.publisher;
    if (meta.date !== undefined) attributes.date = meta.date;
    if (meta.url !== undefined) attributes.url = meta.url;
    if (meta.author !== undefined) attributes.author = meta.author;
    if (meta.original !== undefined) attributes.original = meta.original.file;
    if (meta.pages !== undefined) attributes.pages = [...meta.pages];
    if (meta.notes !== undefined) attributes.description = meta.notes;
  }
  return attributes;
}

/** Builds the graph. Node and edge insertion order is sorted, so the same corpus always serialises to the same bytes. */
export function buildGraph(corpus: Corpus): PanelGraph {
  const graph: PanelGraph = new MultiDirectedGraph();
  const sourceIds = corpus.sources.map((s) => s.meta.id).sort();
  graph.replaceAttributes({ name: "panelgraph", sources: sourceIds });

  const typeOrder = new Map(NODE_TYPES.map((t, i) => [t, i]));
  const entities = [...corpus.entities.values()].sort(
    (a, b) => typeOrder.get(a.type)! - typeOrder.get(b.type)! || a.id.localeCompare(b.id),
  );
  for (const entity of entities) graph.addNode(entity.id, nodeAttributes(entity, corpus));

  for (const attribute of corpus.attributes) {
    graph.getNodeAttributes(attribute.entity).facts.push({
      name: attribute.name,
      value: attribute.value,
      source: attribute.source,
      evidence: [...attribute.evidence].sort(byPosition),
    });
  }
  graph.forEachNode((_, attributes) =>
    attributes.facts.sort(
      (a, b) => a.name.localeCompare(b.name) || a.source.localeCompare(b.source) || a.value.localeCompare(b.value),
    ),
  );

  // Gather claims per edge first, then add edges in key order.
  // Each edge's passages, and each role's, as passageKey strings: a passage cited by many claims is kept once, and an
  // edge with 200,000 passages is merged in one pass rather than compared with every passage before it.
  const edges = new Map<string, { from: string; to: string; attributes: EdgeAttributes; seen: Set<string> }>();
  const rolesSeen = new Map<RoleClaim, Set<string>>();
  const linksSeen = new Map<LinkClaim, Set<string>>();
  const addNew = (list: Evidence[], seen: Set<string>, items: readonly Evidence[]) => {
    for (const item of items) {
      const key = passageKey(item);
      if (seen.has(key)) continue;
      seen.add(key);
      list.push(item);
    }
  };
  for (const claim of corpus.claims) {
    const key = edgeKey(claim.relation, claim.from, claim.to);
    let edge = edges.get(key);
    if (!edge) {
      edge = {
        from: claim.from,
        to: claim.to,
        attributes: { relation: claim.relation, evidence: [], sources: [], weight: 0, origin: "annotation" },
        seen: new Set(),
      };
      edges.set(key, edge);
    }
    const { attributes } = edge;
    addNew(attributes.evidence, edge.seen, claim.evidence);
    if (claim.role !== undefined) {
      attributes.roles ??= [];
      let role = attributes.roles.find(
        (r) => r.role === claim.role && r.source === claim.source && r.since === claim.since && r.until === claim.until,
      );
      if (!role) {
        role = {
          role: claim.role,
          source: claim.source,
          ...(claim.since !== undefined && { since: claim.since }),
          ...(claim.until !== undefined && { until: claim.until }),
          evidence: [],
        };
        attributes.roles.push(role);
        rolesSeen.set(role, new Set());
      }
      addNew(role.evidence, rolesSeen.get(role)!, claim.evidence);
    } else if (claim.link !== undefined) {
      attributes.links ??= [];
      let link = attributes.links.find((l) => l.link === claim.link && l.source === claim.source);
      if (!link) {
        link = { link: claim.link, source: claim.source, evidence: [] };
        attributes.links.push(link);
        linksSeen.set(link, new Set());
      }
      addNew(link.evidence, linksSeen.get(link)!, claim.evidence);
    } else if (claim.relation === "affiliated-with") {
      const period = {
        source: claim.source,
        ...(claim.since !== undefined && { since: claim.since }),
        ...(claim.until !== undefined && { until: claim.until }),
      };
      attributes.periods ??= [];
      if (
        !attributes.periods.some(
          (p) => p.source === period.source && p.since === period.since && p.until === period.until,
        )
      )
        attributes.periods.push(period);
    }
    // A claim written twice (validate warns of a repeat) gives its note once, as its passages are kept once.
    if (claim.note !== undefined && !attributes.notes?.includes(claim.note)) (attributes.notes ??= []).push(claim.note);
  }
  for (const entity of entities) {
    if (entity.type !== "theme" || entity.parent === undefined) continue;
    edges.set(edgeKey("sub-theme-of", entity.id, entity.parent), {
      from: entity.id,
      to: entity.parent,
      attributes: { relation: "sub-theme-of", evidence: [], sources: [], weight: 1, origin: "registry" },
      seen: new Set(),
    });
  }
  for (const key of [...edges.keys()].sort()) {
    const { from, to, attributes } = edges.get(key)!;
    if (attributes.origin === "annotation") {
      attributes.evidence.sort(byPosition);
      attributes.sources =
        attributes.evidence.length === 1
          ? [attributes.evidence[0]!.source]
          : [...new Set(attributes.evidence.map((e) => e.source))].sort();
      attributes.weight = attributes.evidence.length;
      attributes.roles?.forEach((r) => r.evidence.sort(byPosition));
      attributes.roles?.sort(
        (a, b) =>
          a.source.localeCompare(b.source) ||
          a.role.localeCompare(b.role) ||
          (a.since ?? "").localeCompare(b.since ?? "") ||
          (a.until ?? "").localeCompare(b.until ?? ""),
      );
      attributes.links?.forEach((l) => l.evidence.sort(byPosition));
      attributes.links?.sort((a, b) => a.source.localeCompare(b.source) || a.link.localeCompare(b.link));
      attributes.notes?.sort();
      // Claims without a role are kept only when one of them dates the affiliation.
      if (attributes.periods?.every((p) => p.since === undefined && p.until === undefined)) delete attributes.periods;
      attributes.periods?.sort(
        (a, b) =>
          a.source.localeCompare(b.source) ||
          (a.since ?? "").localeCompare(b.since ?? "") ||
          (a.until ?? "").localeCompare(b.until ?? ""),
      );
    }
    graph.addDirectedEdgeWithKey(key, from, to, attributes);
  }
  return graph;
}
