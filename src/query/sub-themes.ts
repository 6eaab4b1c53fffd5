// The theme hierarchy: a theme's narrower themes, found through `sub-theme-of` edges (registry `parent:`).
import type { PanelGraph } from "../model/graph.js";

/** Every theme below `theme`, at any depth, in id order (the theme itself not included). */
export function subThemesOf(graph: PanelGraph, theme: string): string[] {
  const found = new Set<string>();
  const queue = [theme];
  while (queue.length > 0) {
    const current = queue.shift()!;
    graph.forEachInEdge(current, (_, attributes, child) => {
      if (attributes.relation !== "sub-theme-of" || child === theme || found.has(child)) return;
      found.add(child);
      queue.push(child);
    });
  }
  return [...found].sort();
}
