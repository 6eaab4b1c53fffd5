// A generated graph shaped like a large laid-out one, made without a corpus or a layout run: `communities` groups of
// nodes, each around its own spot on a circle, a sixth of each group themes (named "Theme <community>.<n>"), the rest
// people, centrality random, edges mostly inside a group. Seeded, so the same call gives the same graph.
import { mulberry32 } from "../../src/analysis/random.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { addMention, emptyGraph } from "./generated-graph.js";

export function clusteredGraph(options: { nodes: number; communities: number; seed: number }): PanelGraph {
  const { nodes, communities, seed } = options;
  const random = mulberry32(seed);
  const graph = emptyGraph("clustered");
  const members: string[][] = Array.from({ length: communities }, () => []);
  for (let i = 0; i < nodes; i++) {
    const community = (i % communities) + 1;
    const angle = (2 * Math.PI * community) / communities;
    const theme = Math.floor(i / communities) % 6 === 0;
    const id = `n${i}`;
    graph.addNode(id, {
      type: theme ? "theme" : "person",
      label: theme ? `Theme ${community}.${i}` : `Person ${i}`,
      aliases: [],
      facts: [],
      community,
      centrality: random() ** 3,
      x: 1000 * Math.cos(angle) + (random() - 0.5) * 300,
      y: 1000 * Math.sin(angle) + (random() - 0.5) * 300,
    });
    members[community - 1]!.push(id);
  }
  for (let i = 0; i < nodes * 2; i++) {
    const group = members[Math.floor(random() * communities)]!;
    const source = group[Math.floor(random() * group.length)]!;
    const other = random() < 0.9 ? group : members[Math.floor(random() * communities)]!;
    addMention(graph, source, other[Math.floor(random() * other.length)]!);
  }
  return graph;
}
