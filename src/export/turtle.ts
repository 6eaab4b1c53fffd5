// RDF 1.1 Turtle: entities as schema.org things, relations as direct triples, and every edge as a reified claim
// (rdf:Statement) that prov:wasDerivedFrom one quotation node per evidence item. Vocabulary: docs/graph-databases.md.
import { passagePlaces } from "../model/evidence.js";
import type { EdgeAttributes, Fact, NodeAttributes, PanelGraph } from "../model/graph.js";
import { affiliationEdgeEnd, type SourceDateOf } from "../model/roles.js";
import { RELATIONS, type Evidence, type NodeType, type Relation } from "../model/schema.js";
import type { ExportFile, Exporter } from "./types.js";

/** Our vocabulary (classes and properties). */
export const PG_NAMESPACE = "https://panelgraph.dev/ns#";
/** Entity IRIs: `https://panelgraph.dev/id/<id>`. */
export const ID_BASE = "https://panelgraph.dev/id/";
/** Claim IRIs: `https://panelgraph.dev/claim/<relation>/<from>/<to>`, quotations below them (`…/evidence/1`). */
export const CLAIM_BASE = "https://panelgraph.dev/claim/";
/** Fact IRIs: `https://panelgraph.dev/fact/<entity>/<n>`. */
export const FACT_BASE = "https://panelgraph.dev/fact/";

const PREFIXES: [string, string][] = [
  ["rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"],
  ["rdfs", "http://www.w3.org/2000/01/rdf-schema#"],
  ["xsd", "http://www.w3.org/2001/XMLSchema#"],
  ["schema", "http://schema.org/"],
  ["prov", "http://www.w3.org/ns/prov#"],
  ["pg", PG_NAMESPACE],
  ["pgid", ID_BASE],
];

/** The classes of each node type: a schema.org class where one fits, always our own. */
const NODE_CLASSES: Record<NodeType, string[]> = {
  source: ["schema:CreativeWork", "prov:Entity", "pg:Source"],
  event: ["schema:Event", "pg:Event"],
  session: ["schema:Event", "pg:Session"],
  person: ["schema:Person", "pg:Person"],
  organisation: ["schema:Organization", "pg:Organisation"],
  theme: ["pg:Theme"],
  programme: ["pg:Programme"],
  recommendation: ["pg:Recommendation"],
  finding: ["pg:Finding"],
};

/** `spoke-on` → `pg:spokeOn`; affiliated-with is schema.org's own `schema:affiliation`. */
export function relationPredicate(relation: Relation): string {
  if (relation === "affiliated-with") return "schema:affiliation";
  return `pg:${relation.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}`;
}

// ---------------------------------------------------------------------------------------------------------------------
// Terms

// `"`, `\\`, C0 controls, DEL, and (with the u flag) lone surrogates.
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u007f]|\p{Cs}/u;

/** A string literal in double quotes, every character Turtle (or a strict reader) could trip on escaped. */
export function turtleString(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return `"${value}"`;
  let out = '"';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (char === '"') out += '\\"';
    else if (char === "\\") out += "\\\\";
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
    // A lone surrogate has no UTF-8 form and no \u escape that Turtle allows: write the replacement character.
    else if (code >= 0xd800 && code <= 0xdfff) out += "\uFFFD";
    else out += char;
  }
  return `${out}"`;
}

/** An absolute IRI in angle brackets; characters IRIREF forbids (space, <>"{}|^`\, controls) are percent-encoded. */
export function turtleIri(iri: string): string {
  let out = "";
  for (const char of iri) {
    const code = char.codePointAt(0)!;
    if (code <= 0x20 || code === 0x7f || '<>"{}|^`\\'.includes(char) || (code >= 0xd800 && code <= 0xdfff)) {
      out += percentEncode(code >= 0xd800 && code <= 0xdfff ? "\uFFFD" : char);
    } else out += char;
  }
  return `<${out}>`;
}

function percentEncode(char: string): string {
  return [...new TextEncoder().encode(char)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");
}

/** One IRI path segment: ids are `[a-z0-9-]` in a valid corpus; anything else is percent-encoded. */
function segment(id: string): string {
  return encodeURIComponent(id);
}

export function entityIri(id: string): string {
  return `${ID_BASE}${segment(id)}`;
}

export function claimIri(relation: Relation, from: string, to: string): string {
  return `${CLAIM_BASE}${segment(relation)}/${segment(from)}/${segment(to)}`;
}

/** `pgid:geoff-little` when the id is a plain name (as every valid id is), the full IRI otherwise. */
function entity(id: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(id) ? `pgid:${id}` : turtleIri(entityIri(id));
}

function integer(n: number): string {
  return String(Math.trunc(n));
}

/** xsd:date, xsd:gYearMonth or xsd:gYear for the corpus's ISO dates; a plain string for anything else. */
function dateLiteral(date: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return `${turtleString(date)}^^xsd:date`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${turtleString(date)}^^xsd:gYearMonth`;
  if (/^\d{4}$/.test(date)) return `${turtleString(date)}^^xsd:gYear`;
  return turtleString(date);
}

// ---------------------------------------------------------------------------------------------------------------------
// Blocks: one subject with its predicate-object pairs, written `s p o ; p o .`

type Pairs = [predicate: string, object: string][];

function block(subject: string, pairs: Pairs): string {
  if (pairs.length === 0) return "";
  const lines = pairs.map(([p, o], i) => `    ${p} ${o}${i === pairs.length - 1 ? " ." : " ;"}`);
  return `${subject}\n${lines.join("\n")}\n`;
}

/** Where a passage is in its source: its line, and its page for a PDF (model/evidence.ts passagePlaces). */
type PlaceOf = ReturnType<typeof passagePlaces>;

function quotationBlocks(subject: string, evidence: Evidence[], placeOf: PlaceOf): { links: Pairs; text: string } {
  const links: Pairs = [];
  let text = "";
  evidence.forEach((e, i) => {
    const iri = turtleIri(`${subject}/evidence/${i + 1}`);
    links.push(["prov:wasDerivedFrom", iri]);
    const { line, page, pageEnd } = placeOf(e);
    text += block(iri, [
      ["a", "pg:Quotation, schema:Quotation, prov:Entity"],
      ["prov:value", turtleString(e.quote)],
      ["pg:evidenceKind", turtleString(e.kind)],
      ["prov:hadPrimarySource", entity(e.source)],
      ["pg:start", integer(e.start)],
      ["pg:end", integer(e.end)],
      // Where the CLI and the viewer cite the passage: source:line, and the page of a PDF source.
      ...(line === undefined ? [] : ([["pg:line", integer(line)]] as Pairs)),
      ...(page === undefined ? [] : ([["pg:page", integer(page)]] as Pairs)),
      ...(pageEnd === undefined ? [] : ([["pg:pageEnd", integer(pageEnd)]] as Pairs)),
    ]);
  });
  return { links, text };
}

function nodeChunk(id: string, a: NodeAttributes, placeOf: PlaceOf): string {
  const subject = entity(id);
  const classes = [...NODE_CLASSES[a.type]];
  if (a.type === "source" && a.kind === "article") classes.splice(1, 0, "schema:Article");
  const pairs: Pairs = [["a", classes.join(", ")]];
  pairs.push(["pg:id", turtleString(id)]);
  pairs.push(["schema:name", turtleString(a.label)]);
  for (const alias of a.aliases) pairs.push(["schema:alternateName", turtleString(alias)]);
  if (a.description !== undefined) pairs.push(["schema:description", turtleString(a.description)]);
  if (a.kind !== undefined) pairs.push(["pg:kind", turtleString(a.kind)]);
  if (a.publisher !== undefined) pairs.push(["schema:publisher", turtleString(a.publisher)]);
  if (a.date !== undefined) pairs.push(["schema:datePublished", dateLiteral(a.date)]);
  if (a.url !== undefined) pairs.push(["schema:url", turtleIri(a.url)]);
  if (a.origin !== undefined) pairs.push(["pg:origin", turtleString(a.origin)]);
  if (a.repairs !== undefined) pairs.push(["pg:repairs", integer(a.repairs)]);
  if (a.community !== undefined) pairs.push(["pg:community", integer(a.community)]);
  // The text last: for a source it is the whole (repaired) text that quotation offsets point into.
  if (a.text !== undefined) pairs.push(["schema:text", turtleString(a.text)]);

  let rest = "";
  a.facts.forEach((fact, i) => {
    const iri = `${FACT_BASE}${segment(id)}/${i + 1}`;
    pairs.push(["pg:fact", turtleIri(iri)]);
    rest += factBlocks(iri, fact, placeOf);
  });
  return `${block(subject, pairs)}${rest}\n`;
}

function factBlocks(iri: string, fact: Fact, placeOf: PlaceOf): string {
  const { links, text } = quotationBlocks(iri, fact.evidence, placeOf);
  const pairs: Pairs = [
    ["a", "pg:Fact, prov:Entity"],
    ["pg:factName", turtleString(fact.name)],
    ["pg:factValue", turtleString(fact.value)],
    ["prov:hadPrimarySource", entity(fact.source)],
    ...links,
  ];
  return block(turtleIri(iri), pairs) + text;
}

function edgeChunk(from: string, to: string, a: EdgeAttributes, placeOf: PlaceOf, dateOf: SourceDateOf): string {
  const predicate = relationPredicate(a.relation);
  const iri = claimIri(a.relation, from, to);
  const claim = turtleIri(iri);
  let out = `${entity(from)} ${predicate} ${entity(to)} .\n`;
  // The plain title too, for simple queries; which source gives which title is on the role nodes below.
  for (const role of a.roles ?? []) out += `${entity(from)} schema:jobTitle ${turtleString(role.role)} .\n`;

  const pairs: Pairs = [
    ["a", "rdf:Statement, pg:Claim, prov:Entity"],
    ["rdf:subject", entity(from)],
    ["rdf:predicate", predicate],
    ["rdf:object", entity(to)],
    ["pg:relation", turtleString(a.relation)],
    ["pg:origin", turtleString(a.origin)],
    ["pg:weight", integer(a.weight)],
  ];
  for (const source of a.sources) pairs.push(["prov:hadPrimarySource", entity(source)]);
  for (const note of a.notes ?? []) pairs.push(["rdfs:comment", turtleString(note)]);

  let rest = "";
  (a.roles ?? []).forEach((role, i) => {
    const roleIri = `${iri}/role/${i + 1}`;
    pairs.push(["pg:role", turtleIri(roleIri)]);
    const quotations = quotationBlocks(roleIri, role.evidence, placeOf);
    rest += block(turtleIri(roleIri), [
      ["a", "schema:OrganizationRole, pg:RoleClaim, prov:Entity"],
      ["schema:roleName", turtleString(role.role)],
      // schema.org's Role takes the dates of the post: when it began and ended, as the source states them.
      ...(role.since === undefined ? [] : [["schema:startDate", dateLiteral(role.since)] as [string, string]]),
      ...(role.until === undefined ? [] : [["schema:endDate", dateLiteral(role.until)] as [string, string]]),
      ["pg:member", entity(from)],
      ["pg:organisation", entity(to)],
      ["prov:hadPrimarySource", entity(role.source)],
      ...quotations.links,
    ]);
    rest += quotations.text;
  });
  // A claim without a role that dates the affiliation: a role node as above, with its dates and no roleName.
  (a.periods ?? []).forEach((period, i) => {
    const periodIri = `${iri}/period/${i + 1}`;
    pairs.push(["pg:period", turtleIri(periodIri)]);
    rest += block(turtleIri(periodIri), [
      ["a", "schema:OrganizationRole, pg:PeriodClaim, prov:Entity"],
      ...(period.since === undefined ? [] : [["schema:startDate", dateLiteral(period.since)] as [string, string]]),
      ...(period.until === undefined ? [] : [["schema:endDate", dateLiteral(period.until)] as [string, string]]),
      ["pg:member", entity(from)],
      ["pg:organisation", entity(to)],
      ["prov:hadPrimarySource", entity(period.source)],
    ]);
  });
  // When the sources end an affiliation given without a role, as the other exports' `ended` (affiliationEdgeEnd).
  const ended = affiliationEdgeEnd(a, dateOf);
  if (ended !== undefined) pairs.push(["pg:ended", dateLiteral(ended)]);
  // linked-to: the wording on the claim for simple queries, and which source words it how on the link nodes.
  for (const wording of new Set((a.links ?? []).map((l) => l.link)))
    pairs.push(["pg:linkWording", turtleString(wording)]);
  (a.links ?? []).forEach((link, i) => {
    const linkIri = `${iri}/link/${i + 1}`;
    pairs.push(["pg:link", turtleIri(linkIri)]);
    const quotations = quotationBlocks(linkIri, link.evidence, placeOf);
    rest += block(turtleIri(linkIri), [
      ["a", "pg:LinkClaim, prov:Entity"],
      ["pg:linkWording", turtleString(link.link)],
      ["prov:hadPrimarySource", entity(link.source)],
      ...quotations.links,
    ]);
    rest += quotations.text;
  });
  const quotations = quotationBlocks(iri, a.evidence, placeOf);
  for (const link of quotations.links) pairs.push(link);
  out += block(claim, pairs) + quotations.text + rest;
  return `${out}\n`;
}

function* vocabulary(): Generator<string> {
  let out =
    "# Relations: the direct triple `subject predicate object`, also reified as a pg:Claim with its evidence.\n";
  for (const [relation, { description }] of Object.entries(RELATIONS) as [Relation, { description: string }][]) {
    const predicate = relationPredicate(relation);
    if (!predicate.startsWith("pg:")) continue;
    out += `${predicate} a rdf:Property ; rdfs:label ${turtleString(relation)} ; rdfs:comment ${turtleString(description)} .\n`;
  }
  yield `${out}\n`;
}

function* turtleChunks(graph: PanelGraph): Generator<string> {
  yield "# panelgraph knowledge graph, RDF 1.1 Turtle. Vocabulary: docs/graph-databases.md\n";
  yield `${PREFIXES.map(([p, iri]) => `@prefix ${p}: ${turtleIri(iri)} .`).join("\n")}\n\n`;
  yield* vocabulary();
  // Graph order is sorted (src/graph/build.ts), so the same graph gives the same bytes.
  const placeOf = passagePlaces(graph);
  const dateOf: SourceDateOf = (s) => (graph.hasNode(s) ? graph.getNodeAttribute(s, "date") : undefined);
  for (const { node, attributes } of graph.nodeEntries()) yield nodeChunk(node, attributes, placeOf);
  for (const { source, target, attributes } of graph.edgeEntries())
    yield edgeChunk(source, target, attributes, placeOf, dateOf);
}

export const turtleExporter: Exporter = {
  format: "turtle",
  extension: "ttl",
  folder: false,
  describe: "RDF Turtle (schema.org, PROV-O evidence) for SPARQL stores such as Virtuoso",
  files(graph: PanelGraph): ExportFile[] {
    // An iterable, not the generator itself, so the chunks can be read more than once.
    return [{ name: "", chunks: { [Symbol.iterator]: () => turtleChunks(graph) } }];
  },
};

/**
 * who-spoke-on in SPARQL over this export: the people with a spoke-on claim on the theme or any theme below it, with
 * the strength of their strongest quotation (3 direct quote, 2 reported, 1 summary) and their distinct passages, ranked
 * as src/query/who-spoke-on.ts ranks them. tests/interop/virtuoso.test.ts runs it; docs/graph-databases.md shows it.
 */
export function whoSpokeOnSparql(themeId: string): string {
  return `PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX pg: <${PG_NAMESPACE}>
SELECT ?speaker ?name (MAX(?strength) AS ?score) (COUNT(DISTINCT ?passage) AS ?passages)
WHERE {
  ?theme pg:subThemeOf* ${turtleIri(entityIri(themeId))} .
  ?claim rdf:predicate pg:spokeOn ; rdf:subject ?speaker ; rdf:object ?theme ; prov:wasDerivedFrom ?quotation .
  ?quotation pg:evidenceKind ?kind ; prov:hadPrimarySource ?source ; pg:start ?start ; pg:end ?end .
  VALUES (?kind ?strength) { ("direct-quote" 3) ("reported" 2) ("summary" 1) }
  BIND(CONCAT(STR(?source), " ", STR(?start), " ", STR(?end), " ", ?kind) AS ?passage)
  ?speaker schema:name ?name .
}
GROUP BY ?speaker ?name
ORDER BY DESC(?score) DESC(?passages) ?speaker
`;
}

/** The short form: who has a direct `pg:spokeOn` triple to the theme or a theme below it. */
export function speakersSparql(themeId: string): string {
  return `PREFIX schema: <http://schema.org/>
PREFIX pg: <${PG_NAMESPACE}>
SELECT DISTINCT ?speaker ?name
WHERE {
  ?theme pg:subThemeOf* ${turtleIri(entityIri(themeId))} .
  ?speaker pg:spokeOn ?theme ; schema:name ?name .
}
ORDER BY ?speaker
`;
}
