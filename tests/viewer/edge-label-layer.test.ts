// Edge labels around a selected node (viewer/core/edge-label-layer.ts): the labels along edges that fan out from one
// node would sit on top of each other; only those that cover nothing already placed are kept.
import { describe, expect, it } from "vitest";
import { overlaps, placeEdgeLabels, type Point } from "../../viewer/core/edge-label-layer.js";

/** A label 100 × 14 pixels centred on (x, y), turned by `angle` radians. */
function label(edge: string, text: string, x: number, y: number, angle = 0, rank = 2) {
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const corners: Point[] = [
    [-50, -7],
    [50, -7],
    [50, 7],
    [-50, 7],
  ].map(([dx, dy]) => ({ x: x + dx! * cos - dy! * sin, y: y + dx! * sin + dy! * cos }));
  return { edge, text, corners, rank };
}

describe("edge labels that do not pile up", () => {
  it("keeps no two labels that overlap: a fan of edges from one node keeps only the labels that stay apart", () => {
    // Twelve edges out of (0, 0), 15° apart: each label at the middle of a 160-pixel edge.
    const fan = Array.from({ length: 12 }, (_, i) => {
      const angle = (i * Math.PI) / 12;
      return label(`e${i}`, "spoke on the theme", 80 * Math.cos(angle), 80 * Math.sin(angle), angle);
    });
    const kept = placeEdgeLabels(fan, null, []);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(fan.length);
    for (const [i, a] of kept.entries())
      for (const b of kept.slice(i + 1)) expect(overlaps(a.corners, b.corners)).toBe(false);
  });

  it("names each relation once before repeating one, and keeps the hovered edge's label whatever it covers", () => {
    const labels = [
      label("a", "spoke on the theme", 0, 0),
      label("b", "spoke on the theme", 0, 20),
      label("c", "works for or represents", 60, 30),
      label("d", "spoke on the theme", 200, 0),
    ];
    // "c" overlaps only "b": the relation it names is not written yet, so it is kept, and the second "spoke on the
    // theme" is not (in plain order "b" would be kept, and "c" dropped).
    expect(placeEdgeLabels(labels, null, []).map((l) => l.edge)).toEqual(["a", "c", "d"]);
    expect(placeEdgeLabels(labels, "b", []).map((l) => l.edge)).toEqual(["b", "a", "d"]);
  });

  it("keeps clear of what is blocked (node labels, the controls over the graph)", () => {
    const blocked = [label("-", "Geoff Little", 10, 0).corners];
    expect(placeEdgeLabels([label("a", "spoke on the theme", 0, 0)], null, blocked)).toEqual([]);
  });

  it("tells turned rectangles apart that only their bounding boxes would confuse", () => {
    const a = label("a", "x", 0, 0, Math.PI / 4).corners;
    const b = label("b", "x", 60, -60, Math.PI / 4).corners;
    expect(overlaps(a, b)).toBe(false);
    expect(overlaps(a, label("c", "x", 20, 20, -Math.PI / 4).corners)).toBe(true);
  });
});
