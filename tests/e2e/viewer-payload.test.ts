// graph.view.json, the viewer's lean first load of a large graph (src/graph/serialize.ts, written by `panelgraph
// build` beside a graph.json of VIEWER_PAYLOAD_MIN_BYTES or more): the same nodes, edges and display attributes as
// graph.json, without passages, texts and facts; written only for a large graph, and removed when the graph shrinks.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildGraphFile, viewerPayloadPath, writeViewerPayload } from "../../src/export/graph-file.js";
import {
  deserializeGraph,
  deserializeViewerPayload,
  serializeGraph,
  serializeViewerPayload,
} from "../../src/graph/serialize.js";
import { VIEWER_PAYLOAD_MIN_BYTES } from "../../src/model/settings.js";
import { DATA_DIR } from "../helpers/paths.js";
import { corpusGraph } from "./viewer-graph.js";

describe("graph.view.json", () => {
  const graph = corpusGraph();
  const json = serializeGraph(graph);
  const lean = deserializeViewerPayload(serializeViewerPayload(graph, Buffer.byteLength(json)));
  const dir = mkdtempSync(join(tmpdir(), "panelgraph-view-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("holds every node and edge with the same keys, ends and graph attributes", () => {
    expect(lean.order).toBe(graph.order);
    expect(lean.size).toBe(graph.size);
    expect(lean.getAttributes()).toEqual(graph.getAttributes());
    graph.forEachEdge((edge, _, source, target) => {
      expect(lean.hasEdge(edge)).toBe(true);
      expect(lean.extremities(edge)).toEqual([source, target]);
    });
  });

  it("keeps every node attribute but text and facts, and every edge attribute but the passages", () => {
    graph.forEachNode((id, { text: _text, facts: _facts, ...rest }) => {
      expect(lean.getNodeAttributes(id)).toEqual({ ...rest, facts: [] });
    });
    graph.forEachEdge((edge, { evidence: _evidence, roles, ...rest }) => {
      const expected = {
        ...rest,
        evidence: [],
        ...(roles ? { roles: roles.map((r) => ({ ...r, evidence: [] })) } : {}),
      };
      expect(lean.getEdgeAttributes(edge)).toEqual(expected);
    });
    // The shipped corpus has passages and texts, so the test above dropped something.
    expect(graph.someEdge((_, a) => a.evidence.length > 0)).toBe(true);
  });

  it("is written beside a large graph.json only, and removed when the graph becomes small", () => {
    const out = join(dir, "graph.json");
    writeViewerPayload(graph, out, VIEWER_PAYLOAD_MIN_BYTES);
    expect(JSON.parse(readFileSync(viewerPayloadPath(out), "utf8")).graphBytes).toBe(VIEWER_PAYLOAD_MIN_BYTES);
    // `panelgraph build` of the shipped corpus (0.26 MB) writes graph.json only, and removes the stale file.
    const { report } = buildGraphFile(DATA_DIR, out);
    expect(report.bytes).toBeLessThan(VIEWER_PAYLOAD_MIN_BYTES);
    expect(existsSync(viewerPayloadPath(out))).toBe(false);
    expect(statSync(out).size).toBe(Buffer.byteLength(json));
    expect(deserializeGraph(readFileSync(out, "utf8")).size).toBe(graph.size);
  });
});
