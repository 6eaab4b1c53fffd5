// `export --graph` reads a graph.json back: what `build` wrote is read whole, anything else (another JSON file given
// by mistake, a graph.json edited into a shape the exporters cannot read) is refused with where and what was found.
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { buildAnalysedGraph } from "../../src/analysis/analysed-graph.js";
import { GraphFileError, readGraphFile } from "../../src/graph/read-graph-file.js";
import { serializeGraph } from "../../src/graph/serialize.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { MINI_DIR } from "../helpers/corpus.js";

const built = serializeGraph(buildAnalysedGraph(loadValidCorpus(MINI_DIR)));

/** The message readGraphFile refuses `text` with. */
function refusal(text: string): string {
  try {
    readGraphFile(text);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphFileError);
    return (error as Error).message;
  }
  throw new Error("read without complaint");
}

/** graph.json as build wrote it, with one change made to its parsed form. */
function edited(change: (data: any) => void): string {
  const data = JSON.parse(built);
  change(data);
  return JSON.stringify(data);
}

describe("readGraphFile", () => {
  it("reads back what build wrote, byte for byte, and an empty graph (an empty corpus)", () => {
    expect(serializeGraph(readGraphFile(built))).toBe(built);
    const empty: PanelGraph = new MultiDirectedGraph();
    empty.replaceAttributes({ name: "empty", sources: [] });
    expect(readGraphFile(serializeGraph(empty)).order).toBe(0);
  });

  it("refuses other JSON files instead of reading them as an empty graph, saying what they hold", () => {
    expect(refusal('{"a":1}')).toBe('it has no "options", "attributes", "nodes", "edges" (its keys: "a")');
    expect(refusal('{"name":"panelgraph","version":"0.1.0","scripts":{}}')).toBe(
      'it has no "options", "attributes", "nodes", "edges" (its keys: "name", "version", "scripts")',
    );
    expect(refusal('{"ok":true,"summary":"Built 3 nodes","problems":[]}')).toBe(
      'it has no "options", "attributes", "nodes", "edges" (its keys: "ok", "summary", "problems"); ' +
        "it looks like build-status.json, the build's report, not its graph",
    );
    expect(refusal("[1, 2]")).toBe(
      'it holds a list of 2, not an object with "options", "attributes", "nodes", "edges"',
    );
    expect(refusal("null")).toBe('it holds null, not an object with "options", "attributes", "nodes", "edges"');
    expect(refusal("{nodes")).toMatch(/^it is not JSON \(/);
  });

  it("names the node, edge or passage the exporters could not read, and the value seen", () => {
    const graph = JSON.parse(built);
    const [node, edge] = [graph.nodes[2].key, graph.edges[1].key];
    expect(refusal(edited((d) => (d.nodes[2].attributes.type = "persn")))).toMatch(
      new RegExp(`^nodes\\[2\\] \\("${node}"\\)\\.attributes\\.type is "persn", not a node type \\(source, event, `),
    );
    expect(refusal(edited((d) => delete d.nodes[2].attributes.facts))).toBe(
      `nodes[2] ("${node}").attributes.facts is missing, not a list of facts`,
    );
    expect(refusal(edited((d) => (d.edges[1].target = "nobody")))).toBe(
      `edges[1] ("${edge}").target is "nobody", not the id of a node in the file`,
    );
    expect(refusal(edited((d) => (d.edges[1].attributes.evidence[0].kind = "sumary")))).toBe(
      `edges[1] ("${edge}").attributes.evidence[0].kind is "sumary", not an evidence kind (direct-quote, reported, summary)`,
    );
    expect(refusal(edited((d) => (d.edges[1].attributes.relation = "x".repeat(100))))).toBe(
      `edges[1] ("${edge}").attributes.relation is "${"x".repeat(55)}…", not a relation (affiliated-with, spoke-on, …)`,
    );
  });
});
