// Label placement (viewer/core/label-selection.ts) on candidates made here: no two labels overlap, none covers a
// blocked area or leaves the canvas, the most important are placed first, and those that must be shown get a place
// further out, tied by a leader line, when there is none beside their node.
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { EdgeAttributes, GraphAttributes, NodeAttributes, PanelGraph } from "../../src/model/graph.js";
import type { NodeType } from "../../src/model/vocabulary.js";
import {
  labelImportance,
  MOST_CENTRAL,
  MUST_LABEL,
  placeLabels,
  type Box,
  type LabelCandidate,
} from "../../viewer/core/label-selection.js";

/** A monospace-like measure: 7 pixels a character. */
const measure = (text: string) => text.length * 7;
const options = { width: 400, height: 300, fontSize: 12, margin: 3, blocked: [] as Box[] };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function candidate(node: string, x: number, y: number, priority: number, text = node): LabelCandidate {
  return { node, x, y, size: 4, text, priority };
}

/** A node ringed by important labels, and `inner` beside it: every place next to `inner` is taken. */
function ringed(inner: LabelCandidate): LabelCandidate[] {
  return [
    candidate("centre", 200, 150, 9, "centre label"),
    candidate("left", 150, 150, 9, "left label"),
    candidate("up", 200, 132, 9, "above label"),
    candidate("down", 200, 168, 9, "below label"),
    candidate("upper", 200, 118, 9, "upper label"),
    candidate("lower", 200, 182, 9, "lower label"),
    inner,
  ];
}

function expectNoOverlaps(placed: { node: string; box: Box }[]): void {
  for (const [i, a] of placed.entries())
    for (const b of placed.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.node} and ${b.node}`).toBe(false);
}

describe("placeLabels", () => {
  it("places labels without overlaps, inside the canvas and clear of blocked areas", () => {
    // A dense grid of nodes with long labels: many cannot be placed.
    const candidates: LabelCandidate[] = [];
    for (let i = 0; i < 12; i++) {
      for (let j = 0; j < 10; j++) candidates.push(candidate(`n${i}-${j}`, 15 + i * 33, 15 + j * 29, (i * 7 + j) % 5));
    }
    const blocked = [{ left: 0, top: 0, right: 40, bottom: 100 }];
    const placed = placeLabels(candidates, measure, { ...options, blocked });
    expect(placed.length).toBeGreaterThan(10);
    expect(placed.length).toBeLessThan(candidates.length);
    for (const a of placed) {
      expect(a.box.left >= 0 && a.box.top >= 0 && a.box.right <= 400 && a.box.bottom <= 300).toBe(true);
      expect(overlaps(a.box, blocked[0]!)).toBe(false);
    }
    expectNoOverlaps(placed);
  });

  it("gives the place to the more important of two labels that cannot both be shown", () => {
    const placed = placeLabels(
      [candidate("minor", 200, 150, 1, "a long label here"), candidate("major", 202, 150, 2, "a long label here")],
      measure,
      { ...options, width: 220, height: 170 },
    );
    expect(placed.map((p) => p.node)).toEqual(["major"]);
  });

  it("moves a label left of its node at the right edge, and keeps it off other nodes", () => {
    const [right] = placeLabels([candidate("edge", 390, 150, 1, "label")], measure, options);
    expect(right!.box.right).toBeLessThanOrEqual(390);
    // A node right of another: the label goes elsewhere than over it.
    const placed = placeLabels(
      [candidate("a", 100, 150, 2, "label"), { ...candidate("b", 120, 150, 0, ""), text: "" }],
      measure,
      { ...options, discs: [{ x: 120, y: 150, size: 6 }] },
    );
    const box = placed.find((p) => p.node === "a")!.box;
    expect(overlaps(box, { left: 114, right: 126, top: 144, bottom: 156 })).toBe(false);
  });

  it("ties a label that must be shown to its node by a leader line when the places beside it are taken", () => {
    // One node ringed by important labels: the last must-show label goes further out.
    const crowd = ringed(candidate("inner", 201, 150, MUST_LABEL, "must show"));
    const placed = placeLabels(crowd, measure, { ...options, mayCoverNodesFrom: MUST_LABEL, leadersFrom: MUST_LABEL });
    const inner = placed.find((p) => p.node === "inner");
    expect(inner?.leader).toBeDefined();
    expectNoOverlaps(placed);
    // Without the right to be shown, the same label is dropped.
    const dropped = placeLabels(crowd, measure, {
      ...options,
      mayCoverNodesFrom: MUST_LABEL + 100,
      leadersFrom: MUST_LABEL + 100,
    });
    expect(dropped.find((p) => p.node === "inner")).toBeUndefined();
  });

  it("shows every label, however unimportant, when there are no more candidates than `showAllUpTo`", () => {
    // The same ring, with a label of no importance in the middle: dropped, unless the candidates are few.
    const crowd = ringed(candidate("inner", 201, 150, 0, "no importance"));
    const must = { ...options, mayCoverNodesFrom: MUST_LABEL, leadersFrom: MUST_LABEL };
    expect(placeLabels(crowd, measure, { ...must, showAllUpTo: crowd.length - 1 }).map((p) => p.node)).not.toContain(
      "inner",
    );
    const placed = placeLabels(crowd, measure, { ...must, showAllUpTo: crowd.length });
    expect(placed.map((p) => p.node).sort()).toEqual(crowd.map((c) => c.node).sort());
    expect(placed.find((p) => p.node === "inner")?.leader).toBeDefined();
    expectNoOverlaps(placed);
  });

  it("keeps a reserved box (the selected node's boxed label) free and reports it as reserved", () => {
    const reserved = { left: 100, top: 140, right: 220, bottom: 160 };
    const placed = placeLabels(
      [{ ...candidate("selected", 95, 150, 0, "Selected"), reserved }, candidate("near", 150, 150, 5, "near")],
      measure,
      options,
    );
    expect(placed.find((p) => p.node === "selected")).toMatchObject({ reserved: true, box: reserved });
    const near = placed.find((p) => p.node === "near");
    if (near) expect(overlaps(near.box, reserved)).toBe(false);
  });
});

describe("placeLabels: the selected node", () => {
  it("puts no label over the selected node, not even one that must be shown: it goes further out", () => {
    // The selected node at 150, its boxed label right of it; a neighbour at the canvas's left edge whose label, right
    // of it, would end on the selected node (every other place beside it is off the canvas or over that node).
    const selected = { ...candidate("selected", 150, 150, 0, "Selected"), size: 8 };
    const reserved = { left: 158, top: 140, right: 280, bottom: 160 };
    const neighbour = candidate("neighbour", 40, 150, MUST_LABEL, "fourteen chars");
    const placed = placeLabels([{ ...selected, reserved }, neighbour], measure, {
      ...options,
      mayCoverNodesFrom: MUST_LABEL,
      leadersFrom: MUST_LABEL,
    });
    const label = placed.find((p) => p.node === "neighbour");
    expect(label).toBeDefined();
    expect(overlaps(label!.box, { left: 142, right: 158, top: 142, bottom: 158 })).toBe(false);
    expect(label!.leader).toBeDefined();
  });
});

describe("labelImportance", () => {
  function graphOf(nodes: [string, NodeType, number][]): PanelGraph {
    const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>() as PanelGraph;
    for (const [id, type, centrality] of nodes)
      graph.addNode(id, { type, label: id, aliases: [], facts: [], centrality });
    return graph;
  }

  it("ranks people and organisations, then themes, then the rest, but every type's most central node first", () => {
    const graph = graphOf([
      ["p", "person", 0.01],
      ["o", "organisation", 0.02],
      ["t1", "theme", 0.9],
      ["t2", "theme", 0.1],
      ["r1", "recommendation", 0.5],
      ["r2", "recommendation", 0.4],
      ["r3", "recommendation", 0.3],
      ["r4", "recommendation", 0.2],
    ]);
    const importance = labelImportance(graph);
    const at = (id: string) => importance.get(id)!;
    // Every type's most central node may cover other nodes (it must be shown).
    for (const id of ["p", "o", "t1", "r1"]) expect(at(id)).toBeGreaterThanOrEqual(MUST_LABEL);
    expect(at("p")).toBeGreaterThan(at("t2"));
    // The next two recommendations rank with the themes, the fourth below every theme.
    expect(at("r2")).toBeGreaterThan(at("r4"));
    expect(Math.floor(at("r2"))).toBe(Math.floor(at("t2")));
    expect(at("r4")).toBeLessThan(at("t2"));
    // The graph's most central node (the theme t1) ranks above every other: placed first, on a phone too.
    expect(at("t1")).toBeGreaterThanOrEqual(MOST_CENTRAL);
    for (const id of ["p", "o", "t2", "r1", "r2"]) expect(at(id)).toBeLessThan(MOST_CENTRAL);
  });

  it("gives no node the most central's rank when none has any centrality or ties are many", () => {
    const flat = labelImportance(graphOf(["a", "b", "c", "d"].map((id) => [id, "person", 0])));
    expect([...flat.values()].every((v) => v < MOST_CENTRAL)).toBe(true);
  });
});
