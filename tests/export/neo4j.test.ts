import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { buildAnalysedGraph } from "../../src/analysis/analysed-graph.js";
import {
  ARRAY_DELIMITER,
  ARRAY_DELIMITER_OPTION,
  neo4jExporter,
  nodeLabel,
  nodesFileName,
  relationshipsFileName,
  relationshipType,
} from "../../src/export/neo4j.js";
import { EXPORT_DEFAULTS } from "../../src/export/types.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { NODE_TYPES, RELATION_NAMES, type Evidence } from "../../src/model/schema.js";
import { DATA_DIR } from "../helpers/paths.js";
import { syntheticGraph } from "../query/synthetic.js";

const graph = buildAnalysedGraph(loadValidCorpus(DATA_DIR));

function filesOf(g: PanelGraph): Map<string, string> {
  return new Map(neo4jExporter.files(g, EXPORT_DEFAULTS).map((f) => [f.name, [...f.chunks].join("")]));
}

/** A file parsed strictly as RFC 4180 (csv-parse throws on a stray quote or a row of the wrong length). */
function table(text: string): { header: string[]; rows: Record<string, string>[] } {
  const records = parse(text, { relax_quotes: false, relax_column_count: false }) as string[][];
  const [header, ...rest] = records;
  expect(header).toBeDefined();
  return { header: header!, rows: rest.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!]))) };
}

/** How neo4j-admin splits an array field (empty field: no property). */
const array = (field: string | undefined) => (field ? field.split(ARRAY_DELIMITER) : []);

// neo4j-admin's header grammar: `name:type` with the types and special fields of its import header format.
const HEADER_FIELD =
  /^([A-Za-z][A-Za-z0-9]*(:(int|long|double|float|boolean|string)(\[\])?)?|[A-Za-z]*:ID|:LABEL|:START_ID|:END_ID|:TYPE)$/;

describe("Neo4j export of the shipped corpus", () => {
  const files = filesOf(graph);

  it("writes one nodes file per label and one relationships file per type, plus import.sh", () => {
    const types = NODE_TYPES.filter((t) => graph.someNode((_, a) => a.type === t));
    const relations = RELATION_NAMES.filter((r) => graph.someEdge((_, a) => a.relation === r));
    expect([...files.keys()]).toEqual([
      ...types.map(nodesFileName),
      ...relations.map(relationshipsFileName),
      "import.sh",
    ]);
    expect(nodesFileName("person")).toBe("nodes-Person.csv");
    expect(relationshipsFileName("spoke-on")).toBe("rels-SPOKE_ON.csv");
    expect(filesOf(graph)).toEqual(files);
  });

  it("has headers neo4j-admin reads: id:ID … :LABEL for nodes, :START_ID,:END_ID,:TYPE first for relationships", () => {
    for (const [name, text] of files) {
      if (name === "import.sh") continue;
      const { header } = table(text);
      for (const field of header) expect(field, `${name}: ${field}`).toMatch(HEADER_FIELD);
      expect(new Set(header).size, name).toBe(header.length);
      if (name.startsWith("nodes-")) {
        expect(header[0]).toBe("id:ID");
        expect(header.at(-1)).toBe(":LABEL");
        expect(header).toEqual(expect.arrayContaining(["label", "aliases:string[]"]));
      } else {
        expect(header.slice(0, 3)).toEqual([":START_ID", ":END_ID", ":TYPE"]);
        expect(header).toEqual(
          expect.arrayContaining(["weight:int", "evidenceCount:int", "quotes:string[]", "sources:string[]"]),
        );
      }
    }
  });

  it("has a row for every node, with its label, aliases and type-specific properties", () => {
    for (const type of NODE_TYPES) {
      const ids = graph.filterNodes((_, a) => a.type === type);
      if (ids.length === 0) continue;
      const { rows } = table(files.get(nodesFileName(type))!);
      expect(rows.map((r) => r["id:ID"])).toEqual(ids);
      for (const row of rows) {
        const a = graph.getNodeAttributes(row["id:ID"]!);
        expect(row[":LABEL"]).toBe(nodeLabel(type));
        expect(row.label).toBe(a.label);
        expect(array(row["aliases:string[]"])).toEqual(a.aliases);
        expect(row.description).toBe(a.description ?? "");
        if (type === "source" || type === "recommendation" || type === "finding") expect(row.text).toBe(a.text);
        if (a.community !== undefined) expect(Number(row["community:int"])).toBe(a.community);
        expect(array(row["factValues:string[]"])).toEqual(a.facts.map((f) => f.value));
      }
    }
  });

  it("has a row for every edge whose evidence arrays line up and match the source text at their offsets", () => {
    const texts = new Map(table(files.get(nodesFileName("source"))!).rows.map((r) => [r["id:ID"]!, r.text!]));
    let passages = 0;
    for (const relation of RELATION_NAMES) {
      const edges = graph.filterEdges((_, a) => a.relation === relation);
      if (edges.length === 0) continue;
      const { rows } = table(files.get(relationshipsFileName(relation))!);
      expect(rows).toHaveLength(edges.length);
      rows.forEach((row, i) => {
        const key = edges[i]!;
        const a = graph.getEdgeAttributes(key);
        expect([row[":START_ID"], row[":END_ID"], row[":TYPE"]]).toEqual([
          graph.source(key),
          graph.target(key),
          relationshipType(relation),
        ]);
        expect(Number(row["weight:int"])).toBe(a.weight);
        expect(Number(row["evidenceCount:int"])).toBe(a.evidence.length);
        expect(array(row["sources:string[]"])).toEqual(a.sources);
        const quotes = array(row["quotes:string[]"]);
        const read: Evidence[] = quotes.map((quote, j) => ({
          source: array(row["quoteSources:string[]"])[j]!,
          quote,
          kind: array(row["kinds:string[]"])[j] as Evidence["kind"],
          start: Number(array(row["starts:int[]"])[j]),
          end: Number(array(row["ends:int[]"])[j]),
        }));
        expect(read, key).toEqual(a.evidence);
        for (const e of read) expect(texts.get(e.source)!.slice(e.start, e.end), key).toBe(e.quote);
        passages += read.length;
      });
    }
    expect(passages).toBe(graph.reduceEdges((sum, _, a) => sum + a.evidence.length, 0));
  });

  it("keeps both of Richard Stubbs's titles (Chair, Vice Chair), each with the source that gives it", () => {
    const { rows } = table(files.get(relationshipsFileName("affiliated-with"))!);
    const row = rows.find(
      (r) => r[":START_ID"] === "richard-stubbs" && r[":END_ID"] === "yorkshire-and-humber-academic-health-science",
    )!;
    const roles = graph.getEdgeAttribute(
      "affiliated-with:richard-stubbs->yorkshire-and-humber-academic-health-science",
      "roles",
    )!;
    expect(new Set(roles.map((r) => r.role)).size).toBe(2);
    expect(array(row["roles:string[]"])).toEqual(roles.map((r) => r.role));
    expect(array(row["roleSources:string[]"])).toEqual(roles.map((r) => r.source));
  });

  it("import.sh runs neo4j-admin database import full with every file once and the array delimiter the files use", () => {
    const script = files.get("import.sh")!;
    expect(script.startsWith("#!/bin/sh\n")).toBe(true);
    expect(script).toMatch(/"\$admin" database import full "\$\{1:-neo4j\}" \\\n/);
    expect(script).toContain(`--array-delimiter=${ARRAY_DELIMITER_OPTION} \\`);
    expect(String.fromCodePoint(parseInt(ARRAY_DELIMITER_OPTION.slice(2), 16))).toBe(ARRAY_DELIMITER);
    expect(script).toContain("--multiline-fields=true");
    const listed = [...script.matchAll(/--(nodes|relationships)="\$dir\/([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(listed).toEqual(
      [...files.keys()]
        .filter((f) => f.endsWith(".csv"))
        .map((f) => [f.startsWith("nodes-") ? "nodes" : "relationships", f]),
    );
    // Every line but the last of the command ends in a continuation.
    const command = script.slice(script.indexOf('"$admin"')).trimEnd().split("\n");
    command.slice(0, -1).forEach((line) => expect(line.endsWith(" \\")).toBe(true));
    expect(command.at(-1)!.endsWith("\\")).toBe(false);
  });
});

describe("Neo4j CSV quoting", () => {
  const awkward = [
    'She said "yes, but", then left',
    "two\nlines and a\r\nwindows line",
    "semicolons; are the default array delimiter; here kept",
    "commas, commas, commas",
    '"fully quoted"',
    "trailing space ",
    "curly “quotes” and – dashes, 🏥",
    'back\\slash and \\" escaped-looking quote',
  ];

  it("round-trips quotes with commas, quotation marks, newlines and semicolons through an RFC 4180 parser", () => {
    const g = syntheticGraph(
      [
        ["p", "person", awkward[0], awkward.slice(1)],
        ["t", "theme", awkward[1]],
      ],
      [["spoke-on", "p", "t", ["direct-quote"]]],
    );
    const text = awkward.join("\n");
    g.setNodeAttribute("s", "text", text);
    const evidence: Evidence[] = awkward.map((quote) => {
      const start = text.indexOf(quote);
      return { source: "s", quote, kind: "direct-quote", start, end: start + quote.length };
    });
    g.updateEdgeAttributes("spoke-on:p->t", (a) => ({ ...a, evidence, weight: evidence.length, notes: awkward }));
    const files = filesOf(g);

    const person = table(files.get(nodesFileName("person"))!).rows[0]!;
    expect(person.label).toBe(awkward[0]);
    expect(array(person["aliases:string[]"])).toEqual(awkward.slice(1));
    expect(table(files.get(nodesFileName("source"))!).rows[0]!.text).toBe(text);

    const row = table(files.get(relationshipsFileName("spoke-on"))!).rows[0]!;
    expect(array(row["quotes:string[]"])).toEqual(awkward);
    expect(array(row["notes:string[]"])).toEqual(awkward);
    for (const [i, quote] of awkward.entries()) {
      expect(text.slice(Number(array(row["starts:int[]"])[i]), Number(array(row["ends:int[]"])[i]))).toBe(quote);
    }
  });

  it('leaves missing values as empty unquoted fields and present empty strings as ""', () => {
    const g = syntheticGraph([["p", "person", "P"]], [["sub-theme-of", "p", "p", []]]);
    const files = filesOf(g);
    const [header, line] = files.get(nodesFileName("person"))!.split("\n");
    const description = header!.split(",").indexOf("description");
    expect(line!.split(",")[description]).toBe("");
    // No evidence: the array fields are empty (neo4j-admin imports no empty arrays), the counts say 0.
    const rel = table(files.get(relationshipsFileName("sub-theme-of"))!).rows[0]!;
    expect(rel["quotes:string[]"]).toBe("");
    expect(rel["evidenceCount:int"]).toBe("0");
    const quoted = filesOf(syntheticGraph([["q", "person", ""]], [])).get(nodesFileName("person"))!;
    expect(quoted.split("\n")[1]!.startsWith('"q",""')).toBe(true);
  });

  it("replaces the array delimiter inside an element, the one character an array cannot carry", () => {
    const g = syntheticGraph([["p", "person", "P", [`a${ARRAY_DELIMITER}b`, "c"]]], []);
    const row = table(filesOf(g).get(nodesFileName("person"))!).rows[0]!;
    expect(array(row["aliases:string[]"])).toEqual(["a b", "c"]);
  });
});
