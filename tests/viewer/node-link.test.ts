// A link's `?node=` (viewer/controllers/url.ts) names a node by id; one made before an entity was merged into another
// or renamed names an id the graph no longer has, and opens the node whose label or alias that id was made from, or
// the node that keeps the id in `formerIds` (as rename-entity records it), whatever its names read.
import { describe, expect, it } from "vitest";
import { diffGraphs, graphView, renamedNodes } from "../../src/export/graph-diff.js";
import { buildCorpusGraph } from "../../src/export/graph-file.js";
import { nodeOfLink, stateFromUrl, unknownNodeInUrl } from "../../viewer/controllers/url.js";
import { panelgraph } from "../helpers/cli.js";
import { copyFixture, edit } from "../helpers/corpus.js";

describe("a link to a node by a former id", () => {
  it("opens the node that has the id's name as its label or an alias", () => {
    const dir = copyFixture();
    // As `merge-entity ada-parke ada-park` leaves it: the merged entity's label is an alias of the one kept.
    edit(dir, "registry.yaml", "    aliases: [Park]", "    aliases: [Park, Ada Parké]");
    const { graph } = buildCorpusGraph(dir);
    expect(nodeOfLink(graph, "ada-park")).toBe("ada-park");
    expect(nodeOfLink(graph, "ada-parke")).toBe("ada-park");
    expect(stateFromUrl("?node=ada-parke", graph).selected).toBe("ada-park");
    expect(unknownNodeInUrl("?node=ada-parke", graph)).toBeNull();
    expect(unknownNodeInUrl("?node=ada-parkes", graph)).toBe("ada-parkes");
  });

  it("opens nothing when two nodes share that name: the panel says the graph has no such node", () => {
    const dir = copyFixture();
    edit(dir, "registry.yaml", "    aliases: [Park]", "    aliases: [Park, Lee Ode]");
    edit(dir, "registry.yaml", "    label: Ben Ode\n", "    label: Ben Ode\n    aliases: [Lee Ode]\n");
    const { graph } = buildCorpusGraph(dir);
    expect(nodeOfLink(graph, "lee-ode")).toBeNull();
    expect(unknownNodeInUrl("?node=lee-ode", graph)).toBe("lee-ode");
  });
});

describe("a link to a node by the id it had before rename-entity", () => {
  it("opens it though no name of it reads the old id, and rename-entity says so", async () => {
    const dir = copyFixture();
    // An id made from an earlier wording of the label (as a draft's slug or a singular may be): no name reads it now.
    edit(dir, "registry.yaml", "    label: Devolved budgets\n", "    label: Budgets devolved\n");
    const before = buildCorpusGraph(dir).graph;
    expect(nodeOfLink(before, "devolved-budgets")).toBe("devolved-budgets");
    const run = await panelgraph("rename-entity", "devolved-budgets", "budgets-devolved", "--data", dir);
    expect(run.stdout).toContain(
      "  budgets-devolved keeps devolved-budgets in formerIds: a viewer link to ?node=devolved-budgets still opens it",
    );
    const { graph } = buildCorpusGraph(dir);
    expect(graph.getNodeAttribute("budgets-devolved", "formerIds")).toEqual(["devolved-budgets"]);
    expect(nodeOfLink(graph, "devolved-budgets")).toBe("budgets-devolved");
    expect(unknownNodeInUrl("?node=devolved-budgets", graph)).toBeNull();
    // `diff` and the next build read the same record: a rename, not a node removed and one added, though the label
    // changed in the same week too.
    edit(dir, "registry.yaml", "    label: Budgets devolved\n", "    label: Budget devolution\n");
    const relabelled = buildCorpusGraph(dir).graph;
    const diff = diffGraphs(
      { file: "old", view: graphView(before, "json") },
      { file: "new", view: graphView(relabelled, "json") },
    );
    expect(diff.nodes.renamed.map((r) => [r.from.id, r.to.id])).toEqual([["devolved-budgets", "budgets-devolved"]]);
    expect(renamedNodes(before, relabelled)).toEqual(new Map([["devolved-budgets", "budgets-devolved"]]));
  });
});
