// The tools' browser tests (Appearance, Data table, Statistics, Layout, Picture): opening a tool's tab, and a generated
// graph large enough to measure them on. The viewer itself is opened with tests/helpers/browser.ts `openViewer`.
import type { Page } from "playwright-core";
import { mulberry32 } from "../../src/analysis/random.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { NODE_TYPES } from "../../src/model/vocabulary.js";
import { randomGraph } from "../helpers/generated-graph.js";

/** Opens a tool's tab (Appearance, Data table, Statistics, Layout, Picture) unless it is open already. */
export async function openTool(page: Page, name: string): Promise<void> {
  const tab = page.getByRole("tab", { name });
  if ((await tab.getAttribute("aria-selected")) !== "true") await tab.click();
}

/** A generated graph of `n` nodes and about 3n edges, placed at random (seeded): a table's worth of rows. */
export function generatedGraph(n: number): PanelGraph {
  const random = mulberry32(17);
  return randomGraph({
    name: "large",
    nodes: n,
    edgesPerNode: 3,
    random,
    node: (i) => ({
      type: NODE_TYPES[i % NODE_TYPES.length]!,
      label: `Node ${i}`,
      aliases: [],
      facts: [],
      x: random() * 1000,
      y: random() * 1000,
      community: 1 + (i % 40),
      centrality: random(),
    }),
  });
}
