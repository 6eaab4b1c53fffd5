// The bench's synthetic corpora (bench/generate.ts): in our annotation format, valid, deterministic, and shaped like
// an inquiry programme.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCorpus, plannedNodes } from "../../bench/generate.js";
import { buildGraph } from "../../src/graph/build.js";
import { readCorpusFiles } from "../../src/ingest/read.js";
import { formatProblem } from "../../src/ingest/problems.js";
import { validateCorpus } from "../../src/ingest/validate.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { tempDir } from "../helpers/corpus.js";

/** Every file of a folder (recursively), path → bytes. */
function files(dir: string, under = ""): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const entry of readdirSync(join(dir, under), { withFileTypes: true })) {
    const path = join(under, entry.name);
    if (entry.isDirectory()) for (const [p, b] of files(dir, path)) found.set(p, b);
    else found.set(path, readFileSync(join(dir, path)));
  }
  return found;
}

/** The 2,000-node corpus (seed 3) as a graph, generated once for the two tests that only read it. */
let twoThousand: PanelGraph | undefined;
function twoThousandNodes(): PanelGraph {
  if (twoThousand) return twoThousand;
  const dir = tempDir();
  generateCorpus(dir, { nodes: 2_000, seed: 3 });
  return (twoThousand = buildGraph(validateCorpus(readCorpusFiles(dir))));
}

describe("bench/generate.ts", () => {
  it("writes a corpus that validates with no problems: every quote is a real substring of its source", () => {
    const dir = tempDir();
    const generated = generateCorpus(dir, { nodes: 1_000, seed: 7 });
    const corpus = validateCorpus(readCorpusFiles(dir));
    expect(corpus.problems.map(formatProblem)).toEqual([]);
    const texts = new Map(corpus.sources.map((s) => [s.meta.id, s.text]));
    let passages = 0;
    for (const claim of [...corpus.claims, ...corpus.attributes]) {
      for (const e of claim.evidence) {
        expect(texts.get(e.source)!.slice(e.start, e.end)).toBe(e.quote);
        passages++;
      }
    }
    expect(passages).toBe(generated.evidence);
    expect(corpus.claims.length + corpus.attributes.length).toBe(generated.claims + corpus.sources.length);
  });

  it("gives a graph of the size asked for, with about five edges a node", () => {
    const graph = twoThousandNodes();
    expect(graph.order).toBe(2_000);
    expect(graph.size / graph.order).toBeGreaterThan(4.5);
    expect(graph.size / graph.order).toBeLessThan(5.5);
    const byType = new Map<string, number>();
    graph.forEachNode((_, a) => byType.set(a.type, (byType.get(a.type) ?? 0) + 1));
    expect(Object.fromEntries(byType)).toEqual(plannedNodes(2_000));
  });

  it("is shaped like an inquiry programme: sessions in inquiries, skewed speakers, a theme hierarchy, aliases", () => {
    const graph = twoThousandNodes();
    const sessions = graph.filterNodes((_, a) => a.type === "session");
    // Every session is part of an inquiry, and inquiries hold several sessions.
    for (const s of sessions) {
      expect(graph.outEdges(s).filter((e) => graph.getEdgeAttribute(e, "relation") === "part-of")).toHaveLength(1);
    }
    expect(sessions.length / graph.filterNodes((_, a) => a.type === "event").length).toBeGreaterThanOrEqual(4);
    // Speaker activity is skewed: the busiest speaker is in many more sessions than the typical one.
    const appearances = graph
      .filterNodes((_, a) => a.type === "person")
      .map((p) => graph.outEdges(p).filter((e) => /^(panellist-in|chaired):/.test(e)).length)
      .filter((n) => n > 0)
      .sort((a, b) => a - b);
    expect(appearances.at(-1)!).toBeGreaterThanOrEqual(5 * appearances[Math.floor(appearances.length / 2)]!);
    // Themes form a hierarchy, are shared across sessions, and have aliases.
    const themes = graph.filterNodes((_, a) => a.type === "theme");
    expect(graph.filterEdges((_, a) => a.relation === "sub-theme-of").length).toBeGreaterThan(themes.length / 2);
    const shared = themes.filter((t) => graph.inEdges(t).filter((e) => e.startsWith("covers:")).length > 1);
    expect(shared.length).toBeGreaterThan(themes.length / 10);
    for (const t of themes) expect(graph.getNodeAttribute(t, "aliases").length).toBeGreaterThan(0);
    // Three recommendations a session, each made by the session and backed by a person.
    expect(graph.filterNodes((_, a) => a.type === "recommendation")).toHaveLength(sessions.length * 3);
  });

  it("gives the same bytes for the same seed, and another corpus for another seed", () => {
    const [a, b, c] = [tempDir(), tempDir(), tempDir()];
    generateCorpus(a, { nodes: 1_000, seed: 11 });
    generateCorpus(b, { nodes: 1_000, seed: 11 });
    generateCorpus(c, { nodes: 1_000, seed: 12 });
    const first = files(a);
    const second = files(b);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [path, bytes] of first) expect(second.get(path)!.equals(bytes), path).toBe(true);
    const other = files(c);
    expect([...first].some(([path, bytes]) => !other.get(path)?.equals(bytes))).toBe(true);
  });
});
