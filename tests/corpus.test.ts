// The shipped corpus (graph-data/): it validates cleanly, every quote resolves, entities merge across sources, and the
// graph has exactly what the annotation files say.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { findConflicts } from "../src/analysis/conflicts.js";
import { buildGraph } from "../src/graph/build.js";
import { loadValidCorpus } from "../src/ingest/validate.js";
import { DATA_DIR, expectedEdgesFromFiles, ROOT, tempDir } from "./helpers/corpus.js";

const corpus = loadValidCorpus(DATA_DIR, { strict: true });
const graph = buildGraph(corpus);
const annotationFiles = readdirSync(join(DATA_DIR, "annotations")).map((name) =>
  parse(readFileSync(join(DATA_DIR, "annotations", name), "utf8")),
);

function neighboursVia(relation: string, node: string, direction: "out" | "in"): string[] {
  const edges = direction === "out" ? graph.outEdges(node) : graph.inEdges(node);
  return edges
    .filter((e) => graph.getEdgeAttribute(e, "relation") === relation)
    .map((e) => (direction === "out" ? graph.target(e) : graph.source(e)))
    .sort();
}

describe("the shipped corpus", () => {
  it("validates with no errors and no warnings (--strict)", () => {
    expect(corpus.problems).toEqual([]);
  });

  it("ships the seed texts byte for byte, and annotates each of them", () => {
    expect(corpus.sources.map((s) => s.meta.id).sort()).toEqual([
      "leaders-council-nhs-inequality-2022",
      "luc-ics-session-2023",
      "luc-inquiry-sessions-march-2023",
    ]);
    for (const source of corpus.sources) {
      expect(readFileSync(join(DATA_DIR, source.file), "utf8")).toBe(source.original);
    }
    expect(annotationFiles.map((f) => f.source).sort()).toEqual(corpus.sources.map((s) => s.meta.id).sort());
  });

  it("resolves every quote to the exact passage of its source, in the original text wherever nothing was repaired", () => {
    let checked = 0;
    const check = (e: { source: string; quote: string; start: number; end: number }) => {
      const source = corpus.sources.find((s) => s.meta.id === e.source)!;
      expect(source.text.slice(e.start, e.end)).toBe(e.quote);
      if (source.repairs.length === 0) expect(source.original.slice(e.start, e.end)).toBe(e.quote);
      checked++;
    };
    graph.forEachEdge((_, a) => a.evidence.forEach(check));
    graph.forEachNode((_, a) => a.facts.forEach((f) => f.evidence.forEach(check)));
    const inFiles = annotationFiles.reduce(
      (n, f) =>
        n +
        (f.claims ?? []).reduce((m: number, c: { evidence: unknown[] }) => m + c.evidence.length, 0) +
        (f.attributes ?? []).reduce((m: number, a: { evidence: unknown[] }) => m + a.evidence.length, 0),
      0,
    );
    // Identical evidence given twice for one edge is kept once, so the graph can hold fewer items than the files.
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(inFiles);
  });

  it("has one edge per distinct (relation, from, to) in the annotation files, plus one per theme parent", () => {
    const expected = expectedEdgesFromFiles(DATA_DIR);
    for (const [relation, pairs] of expected) {
      expect(graph.filterEdges((_, a) => a.relation === relation).length, relation).toBe(pairs.size);
    }
    expect(graph.size).toBe([...expected.values()].reduce((n, s) => n + s.size, 0));
  });

  it("has one node per registry entity and source", () => {
    const registry = parse(readFileSync(join(DATA_DIR, "registry.yaml"), "utf8"));
    const ids = Object.values(registry).flatMap((section) => (section as { id: string }[]).map((e) => e.id));
    expect(graph.order).toBe(ids.length + corpus.sources.length);
  });

  it("merges the panellists both articles name into one node each, with evidence from both", () => {
    for (const person of ["geoff-little", "richard-stubbs", "sarah-reed", "janet-budd"]) {
      const sources = new Set(graph.edges(person).flatMap((e) => graph.getEdgeAttribute(e, "sources")));
      expect([...sources].sort(), person).toEqual(["luc-ics-session-2023", "luc-inquiry-sessions-march-2023"]);
    }
    expect(graph.filterNodes((_, a) => a.type === "person" && a.label.includes("Little"))).toEqual(["geoff-little"]);
  });

  it("puts each panellist in the session the sources name, with Janet Budd chairing both", () => {
    const panellists = graph
      .filterNodes((_, a) => a.type === "session")
      .map((session) => neighboursVia("panellist-in", session, "in"));
    expect(panellists.sort()).toEqual([
      ["abdul-razaq", "christina-gray", "jeffrey-matsu"],
      ["geoff-little", "richard-stubbs", "sarah-reed"],
    ]);
    for (const session of graph.filterNodes((_, a) => a.type === "session")) {
      expect(neighboursVia("chaired", session, "in")).toEqual(["janet-budd"]);
    }
  });

  it("gives every person an organisation and a role from each source that names them", () => {
    for (const person of graph.filterNodes((_, a) => a.type === "person")) {
      const affiliations = graph
        .outEdges(person)
        .filter((e) => graph.getEdgeAttribute(e, "relation") === "affiliated-with");
      expect(affiliations.length, person).toBeGreaterThan(0);
      for (const edge of affiliations) {
        const roles = graph.getEdgeAttribute(edge, "roles") ?? [];
        expect(roles.map((r) => r.source).sort(), edge).toEqual(graph.getEdgeAttribute(edge, "sources"));
      }
    }
  });

  it("detects that the two articles give Richard Stubbs different titles, and keeps both", () => {
    const roleConflicts = findConflicts(graph).filter((c) => c.field === "role");
    expect(roleConflicts).toHaveLength(1);
    expect(roleConflicts[0]!.entity.id).toBe("richard-stubbs");
    expect(roleConflicts[0]!.values.map((v) => [v.source, v.value])).toEqual([
      ["luc-ics-session-2023", "Chair"],
      ["luc-inquiry-sessions-march-2023", "Vice Chair"],
    ]);
  });

  it("builds the same bytes twice", () => {
    const dir = tempDir();
    const run = (out: string) =>
      spawnSync(process.execPath, [join(ROOT, "src/cli/panelgraph.mjs"), "build", DATA_DIR, "--out", out], {
        encoding: "utf8",
      });
    expect(run(join(dir, "a.json")).status).toBe(0);
    expect(run(join(dir, "b.json")).status).toBe(0);
    expect(readFileSync(join(dir, "a.json"), "utf8")).toBe(readFileSync(join(dir, "b.json"), "utf8"));
  });
});
