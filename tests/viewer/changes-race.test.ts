// `npm start` rebuilds graph.json (and graph.changes.json beside it) on every change; fast accepts in Review rebuild it
// while the page is still reading the last one. The page must not then say the changes file is another graph's: it is
// the next build's, which the page loads next. A graph.json replaced by hand still gets its word in the console.
import { afterEach, describe, expect, it, vi } from "vitest";
import { serializeGraph } from "../../src/graph/serialize.js";
import { buildCorpusGraph } from "../../src/export/graph-file.js";
import { graphChanges } from "../../src/export/graph-changes.js";
import { fetchChanges } from "../../viewer/core/changes.js";
import { fetchGraph } from "../../viewer/core/load.js";
import { addThirdMeeting } from "../helpers/changes-corpus.js";
import { copyFixture } from "../helpers/corpus.js";

/** A server whose graph.json is `sizes[i]` bytes long at its i-th request (HEAD or GET), then the last size. */
function server(body: string, sizes: number[], changes: unknown) {
  let asked = 0;
  return vi.fn(async (url: string) => {
    if (url.endsWith("graph.changes.json")) return new Response(JSON.stringify(changes));
    const size = sizes[Math.min(asked++, sizes.length - 1)]!;
    return new Response(body, { headers: { "content-length": String(size) } });
  });
}

function week() {
  const dir = copyFixture();
  const before = buildCorpusGraph(dir).graph;
  addThirdMeeting(dir);
  const after = buildCorpusGraph(dir).graph;
  return {
    after,
    changes: (graphBytes: number) => graphChanges(before, after, { previousBuilt: new Date(0), graphBytes }),
  };
}

describe("graph.changes.json while `npm start` rebuilds", () => {
  afterEach(() => vi.unstubAllGlobals());
  const page = () =>
    vi.stubGlobal("document", { querySelector: () => ({ content: "./graph.changes.json" }) } as unknown as Document);

  it("takes graph.json's size from the read that gave the graph, not from an earlier HEAD", async () => {
    const { after } = week();
    vi.stubGlobal("fetch", server(serializeGraph(after), [1000, 1200], {}));
    expect((await fetchGraph()).bytes).toBe(1200);
  });

  it("says nothing of a changes file a newer build wrote, and still says it of one beside a graph replaced by hand", async () => {
    const { after, changes } = week();
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    page();
    // The graph read was 1200 bytes; graph.json is now 1300 (the next build), and so is the changes file's record.
    vi.stubGlobal("fetch", server("", [1300], changes(1300)));
    expect(await fetchChanges(after, 1200)).toBeNull();
    expect(info).not.toHaveBeenCalled();
    // graph.json is still the 1200 bytes read, but the changes file was written with another: replaced by hand.
    vi.stubGlobal("fetch", server("", [1200], changes(900)));
    expect(await fetchChanges(after, 1200)).toBeNull();
    expect(info).toHaveBeenCalledWith(
      "panelgraph: ./graph.changes.json not shown: written with a graph.json of 900 bytes, not this one (1200)",
    );
    // Written with this graph: used.
    vi.stubGlobal("fetch", server("", [1200], changes(1200)));
    expect(await fetchChanges(after, 1200)).not.toBeNull();
    info.mockRestore();
  });
});
