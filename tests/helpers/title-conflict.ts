// A person three sources give a title at one body, two of them the same title written differently ("Clerk", "clerk")
// and one another ("Director"): the conflict the `conflicts` command and the viewer's person panel group by value.
import type { PanelGraph } from "../../src/model/graph.js";
import { syntheticGraph, type NodeSpec } from "../query/synthetic.js";

/** Ivo Marsh of the Levee Agency, titled by sources a, b and c; `more` adds nodes (the sources themselves, say). */
export function threeTitlesGraph(more: NodeSpec[] = []): PanelGraph {
  const graph = syntheticGraph(
    [["ivo", "person", "Ivo Marsh"], ["agency", "organisation", "Levee Agency"], ...more],
    [
      [
        "affiliated-with",
        "ivo",
        "agency",
        [
          { kind: "reported", quote: "Ivo Marsh, Clerk of the Levee Agency", source: "a" },
          { kind: "reported", quote: "Ivo Marsh, Director of the Levee Agency", source: "b" },
          { kind: "reported", quote: "Ivo Marsh, clerk, Levee Agency", source: "c" },
        ],
      ],
    ],
  );
  const evidence = graph.getEdgeAttribute("affiliated-with:ivo->agency", "evidence");
  graph.setEdgeAttribute("affiliated-with:ivo->agency", "roles", [
    { role: "Clerk", source: "a", evidence: [evidence[0]!] },
    { role: "Director", source: "b", evidence: [evidence[1]!] },
    { role: "clerk", source: "c", evidence: [evidence[2]!] },
  ]);
  return graph;
}

/** The same before source c was added: Clerk (a) against Director (b), the conflict c adds a passage to. */
export function twoTitlesGraph(): PanelGraph {
  const graph = threeTitlesGraph();
  const id = "affiliated-with:ivo->agency";
  graph.setEdgeAttribute(id, "evidence", graph.getEdgeAttribute(id, "evidence").slice(0, 2));
  graph.setEdgeAttribute(id, "roles", graph.getEdgeAttribute(id, "roles")!.slice(0, 2));
  return graph;
}
