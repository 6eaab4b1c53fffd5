import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { DataFactory, Parser, Store, type Quad_Object, type Term } from "n3";
import { describe, expect, it } from "vitest";
import { buildAnalysedGraph } from "../../src/analysis/analysed-graph.js";
import {
  claimIri,
  entityIri,
  PG_NAMESPACE,
  relationPredicate,
  turtleExporter,
  whoSpokeOnSparql,
} from "../../src/export/turtle.js";
import { EXPORT_DEFAULTS } from "../../src/export/types.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import type { Evidence } from "../../src/model/schema.js";
import { DATA_DIR, ROOT } from "../helpers/paths.js";
import { syntheticGraph, type NodeSpec } from "../query/synthetic.js";
import type { PanelGraph } from "../../src/model/graph.js";

const { namedNode, literal } = DataFactory;
const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const SCHEMA = "http://schema.org/";
const PROV = "http://www.w3.org/ns/prov#";
const XSD = "http://www.w3.org/2001/XMLSchema#";

const graph = buildAnalysedGraph(loadValidCorpus(DATA_DIR));

function turtleOf(g: PanelGraph): string {
  const files = turtleExporter.files(g, EXPORT_DEFAULTS);
  expect(files.map((f) => f.name)).toEqual([""]);
  return [...files[0]!.chunks].join("");
}

/** Parses with N3.js in strict Turtle mode (not its N3 superset) into a store. */
function parse(turtle: string): Store {
  return new Store(new Parser({ format: "text/turtle" }).parse(turtle));
}

const iri = (value: string) => namedNode(value);
const pg = (name: string) => namedNode(`${PG_NAMESPACE}${name}`);
const schema = (name: string) => namedNode(`${SCHEMA}${name}`);
const prov = (name: string) => namedNode(`${PROV}${name}`);
const rdf = (name: string) => namedNode(`${RDF}${name}`);

/** The one object of (subject, predicate); fails if there are none or several. */
function one(store: Store, subject: Term, predicate: Term): Quad_Object {
  const objects = store.getObjects(subject, predicate, null);
  expect(objects, `${subject.value} ${predicate.value}`).toHaveLength(1);
  return objects[0]!;
}

function integerOf(term: Term): number {
  expect(term.termType).toBe("Literal");
  expect((term as ReturnType<typeof literal>).datatype.value).toBe(`${XSD}integer`);
  return Number(term.value);
}

/** The quotations a claim (or role, or fact) was derived from, read back from the store, in offset order. */
function quotationsOf(store: Store, subject: Term): Evidence[] {
  return store
    .getObjects(subject, prov("wasDerivedFrom"), null)
    .map((q) => {
      expect(store.has(DataFactory.quad(q as never, rdf("type"), pg("Quotation")))).toBe(true);
      return {
        source: one(store, q, prov("hadPrimarySource")).value.slice(entityIri("").length),
        quote: one(store, q, prov("value")).value,
        kind: one(store, q, pg("evidenceKind")).value as Evidence["kind"],
        start: integerOf(one(store, q, pg("start"))),
        end: integerOf(one(store, q, pg("end"))),
      };
    })
    .sort((a, b) => a.source.localeCompare(b.source) || a.start - b.start || a.kind.localeCompare(b.kind));
}

const sortEvidence = (list: Evidence[]) =>
  [...list].sort((a, b) => a.source.localeCompare(b.source) || a.start - b.start || a.kind.localeCompare(b.kind));

describe("Turtle export of the shipped corpus", () => {
  const turtle = turtleOf(graph);
  const store = parse(turtle);
  /** Source texts as the Turtle itself carries them (schema:text), so offsets are checked against the export. */
  const textOf = (source: string) => one(store, iri(entityIri(source)), schema("text")).value;

  it("parses as strict Turtle, and the same graph gives the same bytes", () => {
    expect(store.size).toBeGreaterThan(graph.size * 5);
    expect(turtleOf(graph)).toBe(turtle);
    expect(turtleOf(buildAnalysedGraph(loadValidCorpus(DATA_DIR)))).toBe(turtle);
  });

  it("has every entity with its schema.org class, name, aliases and description", () => {
    const classes: Record<string, string> = {
      person: `${SCHEMA}Person`,
      organisation: `${SCHEMA}Organization`,
      event: `${SCHEMA}Event`,
      session: `${SCHEMA}Event`,
      source: `${SCHEMA}CreativeWork`,
      theme: `${PG_NAMESPACE}Theme`,
      programme: `${PG_NAMESPACE}Programme`,
      recommendation: `${PG_NAMESPACE}Recommendation`,
      finding: `${PG_NAMESPACE}Finding`,
    };
    graph.forEachNode((id, a) => {
      const subject = iri(entityIri(id));
      const types = store.getObjects(subject, rdf("type"), null).map((t) => t.value);
      expect(types, id).toContain(classes[a.type]);
      expect(one(store, subject, schema("name")).value).toBe(a.label);
      expect(one(store, subject, pg("id")).value).toBe(id);
      const aliases = store.getObjects(subject, schema("alternateName"), null).map((t) => t.value);
      expect(aliases.sort()).toEqual([...new Set(a.aliases)].sort());
      if (a.description !== undefined) expect(one(store, subject, schema("description")).value).toBe(a.description);
      if (a.text !== undefined) expect(one(store, subject, schema("text")).value).toBe(a.text);
      if (a.date !== undefined) {
        const date = one(store, subject, schema("datePublished")) as ReturnType<typeof literal>;
        expect(date.value).toBe(a.date);
        const expected = a.date.length === 4 ? "gYear" : a.date.length === 7 ? "gYearMonth" : "date";
        expect(date.datatype.value).toBe(`${XSD}${expected}`);
      }
    });
  });

  it("gives every edge its direct triple and a claim with one quotation per evidence item, offsets into the text", () => {
    let quotations = 0;
    graph.forEachEdge((key, a, from, to) => {
      const predicate = namedNode(
        relationPredicate(a.relation)
          .replace(/^pg:/, PG_NAMESPACE)
          .replace(/^schema:/, SCHEMA),
      );
      expect(store.has(DataFactory.quad(iri(entityIri(from)), predicate, iri(entityIri(to)))), key).toBe(true);

      const claim = iri(claimIri(a.relation, from, to));
      expect(store.getObjects(claim, rdf("type"), null).map((t) => t.value)).toEqual(
        expect.arrayContaining([`${RDF}Statement`, `${PG_NAMESPACE}Claim`, `${PROV}Entity`]),
      );
      expect(one(store, claim, rdf("subject")).value).toBe(entityIri(from));
      expect(one(store, claim, rdf("predicate")).value).toBe(predicate.value);
      expect(one(store, claim, rdf("object")).value).toBe(entityIri(to));
      expect(one(store, claim, pg("relation")).value).toBe(a.relation);
      expect(integerOf(one(store, claim, pg("weight")))).toBe(a.weight);
      const sources = store.getObjects(claim, prov("hadPrimarySource"), null).map((s) => s.value);
      expect(sources.sort()).toEqual(a.sources.map(entityIri));

      const read = quotationsOf(store, claim);
      expect(read, key).toEqual(sortEvidence(a.evidence));
      for (const e of read) expect(textOf(e.source).slice(e.start, e.end), key).toBe(e.quote);
      quotations += read.length;
    });
    // The build report's count: every passage behind the edges is a quotation node.
    expect(quotations).toBe(graph.reduceEdges((sum, _, a) => sum + a.evidence.length, 0));
  });

  it("keeps each source's role at an organisation: Richard Stubbs is Chair in one source and Vice Chair in another", () => {
    const key = "affiliated-with:richard-stubbs->yorkshire-and-humber-academic-health-science";
    const roles = graph.getEdgeAttribute(key, "roles") ?? [];
    // The corpus's deliberate conflict, read from the graph: two sources, two titles.
    expect(new Set(roles.map((r) => r.role)).size).toBe(2);

    let checked = 0;
    graph.forEachEdge((edgeKey, a, from, to) => {
      if (a.relation !== "affiliated-with") return;
      const claim = iri(claimIri(a.relation, from, to));
      const read = store.getObjects(claim, pg("role"), null).map((role) => {
        expect(store.getObjects(role, rdf("type"), null).map((t) => t.value)).toContain(`${SCHEMA}OrganizationRole`);
        expect(one(store, role, pg("member")).value).toBe(entityIri(from));
        expect(one(store, role, pg("organisation")).value).toBe(entityIri(to));
        const evidence = quotationsOf(store, role);
        for (const e of evidence) expect(textOf(e.source).slice(e.start, e.end)).toBe(e.quote);
        return {
          role: one(store, role, schema("roleName")).value,
          source: one(store, role, prov("hadPrimarySource")).value.slice(entityIri("").length),
          evidence,
        };
      });
      const expected = (a.roles ?? []).map((r) => ({ ...r, evidence: sortEvidence(r.evidence) }));
      const order = (x: { role: string; source: string }, y: { role: string; source: string }) =>
        x.source.localeCompare(y.source) || x.role.localeCompare(y.role);
      expect(read.sort(order), edgeKey).toEqual(expected.sort(order));
      const titles = store.getObjects(iri(entityIri(from)), schema("jobTitle"), null).map((t) => t.value);
      expect(titles).toEqual(expect.arrayContaining(expected.map((r) => r.role)));
      checked += read.length;
    });
    expect(checked).toBeGreaterThanOrEqual(roles.length);
  });

  it("gives every fact (a session's date) its value, its source and quotations", () => {
    let facts = 0;
    graph.forEachNode((id, a) => {
      const read = store.getObjects(iri(entityIri(id)), pg("fact"), null).map((fact) => ({
        name: one(store, fact, pg("factName")).value,
        value: one(store, fact, pg("factValue")).value,
        source: one(store, fact, prov("hadPrimarySource")).value.slice(entityIri("").length),
        evidence: quotationsOf(store, fact),
      }));
      const order = (x: { name: string; source: string; value: string }, y: typeof x) =>
        x.name.localeCompare(y.name) || x.source.localeCompare(y.source) || x.value.localeCompare(y.value);
      expect(read.sort(order), id).toEqual(a.facts.map((f) => ({ ...f, evidence: sortEvidence(f.evidence) })));
      for (const f of read) for (const e of f.evidence) expect(textOf(e.source).slice(e.start, e.end)).toBe(e.quote);
      facts += read.length;
    });
    expect(facts).toBeGreaterThan(0);
  });

  it("streams: more than one chunk, each a whole statement", () => {
    const chunks = [...turtleExporter.files(graph, EXPORT_DEFAULTS)[0]!.chunks];
    expect(chunks.length).toBeGreaterThan(graph.order);
    for (const chunk of chunks) expect(chunk.endsWith("\n")).toBe(true);
  });

  it("docs/graph-databases.md shows the who-spoke-on query the Virtuoso test runs", () => {
    const docs = readFileSync(join(ROOT, "docs/graph-databases.md"), "utf8");
    expect(docs).toContain(whoSpokeOnSparql("delegation").trim());
  });
});

describe("Turtle escaping", () => {
  const awkward = [
    'He said "no" \\ then """three""" and ends with a backslash \\',
    "line one\nline two\r\nwindows\ttab",
    "curly “quotes” ‘single’ – dash … and an emoji 🏥 (astral) and é vs e\u0301",
    "<tag> & ampersand > greater; semicolon, comma | pipe ^ caret ` backtick { brace }",
    "control \u0001 bell \u0007 escape \u001b delete \u007f nul-free",
    '" starts with a quote',
    'ends with a quote"',
  ];

  function awkwardGraph(): PanelGraph {
    const g = syntheticGraph(
      [
        ["p", "person", awkward[0], awkward.slice(1)],
        ["t", "theme", awkward[2]],
      ],
      [["spoke-on", "p", "t", ["direct-quote"]]],
    );
    // Quotes that are awkward themselves, at their real offsets in the source text.
    const text = awkward.join("\n");
    g.setNodeAttribute("s", "text", text);
    const evidence: Evidence[] = awkward.map((quote) => {
      const start = text.indexOf(quote);
      return { source: "s", quote, kind: "reported", start, end: start + quote.length };
    });
    g.updateEdgeAttributes("spoke-on:p->t", (a) => ({ ...a, evidence, weight: evidence.length, notes: awkward }));
    g.setNodeAttribute("s", "url", 'https://example.org/a b|c<d>{e}^`\\"?q=1&r=é');
    g.setNodeAttribute("p", "description", awkward.join(""));
    return g;
  }

  it("writes quotes, backslashes, newlines, controls, unicode, < and & so a strict parser reads them back exactly", () => {
    const g = awkwardGraph();
    const store = parse(turtleOf(g));
    const person = iri(entityIri("p"));
    expect(one(store, person, schema("name")).value).toBe(awkward[0]);
    expect(
      store
        .getObjects(person, schema("alternateName"), null)
        .map((t) => t.value)
        .sort(),
    ).toEqual(awkward.slice(1).sort());
    expect(one(store, person, schema("description")).value).toBe(awkward.join(""));
    const claim = iri(claimIri("spoke-on", "p", "t"));
    const text = one(store, iri(entityIri("s")), schema("text")).value;
    expect(text).toBe(awkward.join("\n"));
    const read = quotationsOf(store, claim);
    expect(read.map((e) => e.quote).sort()).toEqual([...awkward].sort());
    for (const e of read) expect(text.slice(e.start, e.end)).toBe(e.quote);
    expect(
      store
        .getObjects(claim, namedNode(`http://www.w3.org/2000/01/rdf-schema#comment`), null)
        .map((t) => t.value)
        .sort(),
    ).toEqual([...awkward].sort());
    // The URL is an IRI: the characters IRIs forbid are percent-encoded, the rest kept.
    expect(one(store, iri(entityIri("s")), schema("url")).value).toBe(
      "https://example.org/a%20b%7Cc%3Cd%3E%7Be%7D%5E%60%5C%22?q=1&r=é",
    );
  });

  it("makes valid IRIs from ids that are not plain names", () => {
    const odd = ["2023-report", "a/b c", "é-accent", "q?x#y"];
    const g = syntheticGraph(
      odd.map((id): NodeSpec => [id, "theme"]),
      [["sub-theme-of", odd[0]!, odd[1]!, []]],
    );
    const store = parse(turtleOf(g));
    for (const id of odd) expect(one(store, iri(entityIri(id)), pg("id")).value).toBe(id);
    expect(store.has(DataFactory.quad(iri(entityIri(odd[0]!)), pg("subThemeOf"), iri(entityIri(odd[1]!))))).toBe(true);
    expect(entityIri("a/b c")).toBe("https://panelgraph.dev/id/a%2Fb%20c");
  });

  it("writes a lone surrogate, which has no UTF-8 form, as U+FFFD and keeps a paired one", () => {
    const g = syntheticGraph([["p", "person", "lone \ud83c here, paired \ud83c\udfe5 there"]], []);
    const store = parse(turtleOf(g));
    expect(one(store, iri(entityIri("p")), schema("name")).value).toBe("lone \ufffd here, paired 🏥 there");
  });

  it("round-trips any string (property test over the full Unicode range)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 40 }),
        fc.string({ unit: "binary", maxLength: 40 }),
        (label, alias) => {
          const g = syntheticGraph([["p", "person", label, [alias]]], []);
          const store = parse(turtleOf(g));
          expect(one(store, iri(entityIri("p")), schema("name")).value).toBe(label);
          expect(one(store, iri(entityIri("p")), schema("alternateName")).value).toBe(alias);
        },
      ),
      { numRuns: 300 },
    );
  });
});
