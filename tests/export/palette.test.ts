// The palette shared by the viewer and the exports: type colours told apart by colour-blind viewers and visible on
// white, community colours distinct for the twelve largest communities, one colour for the rest.
import { describe, expect, it } from "vitest";
import {
  communityColor,
  COMMUNITY_COLORS,
  NO_COMMUNITY_COLOR,
  OTHER_COMMUNITY_COLOR,
  TYPE_COLORS,
} from "../../src/export/palette.js";
import { closestPair, contrastRatio, deltaE2000, difference, VISIONS } from "../helpers/colour-vision.js";

/** Smallest CIEDE2000 between two type colours, under every simulated vision. */
const MIN_TYPE_DELTA = 12;
/** Smallest contrast of a type colour against the white page (WCAG 2 ratio). */
const MIN_CONTRAST_ON_WHITE = 2.5;

describe("colour difference and colour-vision simulation", () => {
  it("CIEDE2000 gives Sharma, Wu and Dalal's published values", () => {
    // Pairs 1, 7 and 17 of the 34 test pairs in Sharma, Wu & Dalal (2005), Table 1.
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
  });

  it("the simulation merges what a dichromat confuses: red and green for protanopia and deuteranopia", () => {
    // A pair made to be confused (same lightness, opposite on the red-green axis) is far apart for normal vision.
    const [red, green] = ["#b46e50", "#6e8c50"];
    expect(difference(red, green, "normal")).toBeGreaterThan(20);
    expect(difference(red, green, "deuteranopia")).toBeLessThan(difference(red, green, "normal") / 3);
    expect(difference(red, green, "protanopia")).toBeLessThan(difference(red, green, "normal") / 2);
    // Blue and yellow-green stay apart for those two, and merge much more for tritanopia.
    expect(difference("#3c82c8", "#50a05a", "tritanopia")).toBeLessThan(difference("#3c82c8", "#50a05a", "normal"));
  });
});

describe("the type palette", () => {
  const colours = Object.values(TYPE_COLORS);

  it("gives every node type its own colour", () => {
    expect(new Set(colours.map((c) => c.toLowerCase())).size).toBe(colours.length);
  });

  for (const vision of VISIONS) {
    it(`keeps every pair of type colours at least ${MIN_TYPE_DELTA} CIEDE2000 apart (${vision})`, () => {
      const closest = closestPair(colours, vision);
      expect(closest.delta, `${closest.a} and ${closest.b} look alike`).toBeGreaterThanOrEqual(MIN_TYPE_DELTA);
    });
  }

  it(`shows every type colour against white at ${MIN_CONTRAST_ON_WHITE}:1 or more`, () => {
    for (const [type, colour] of Object.entries(TYPE_COLORS)) {
      expect(contrastRatio(colour, "#ffffff"), type).toBeGreaterThanOrEqual(MIN_CONTRAST_ON_WHITE);
    }
  });
});

describe("the community palette", () => {
  it("colours the twelve largest communities (ids 1–12) each differently, and every other one the same", () => {
    const twelve = Array.from({ length: 12 }, (_, i) => communityColor(i + 1));
    expect(new Set(twelve).size).toBe(12);
    for (const id of [13, 14, 40, 1000]) expect(communityColor(id)).toBe(OTHER_COMMUNITY_COLOR);
    expect(communityColor(undefined)).toBe(NO_COMMUNITY_COLOR);
    expect(communityColor(0)).toBe(NO_COMMUNITY_COLOR);
  });

  it("keeps the twelve, the “other” colour and the no-community grey at least 10 CIEDE2000 apart", () => {
    const closest = closestPair([...COMMUNITY_COLORS, OTHER_COMMUNITY_COLOR, NO_COMMUNITY_COLOR], "normal");
    expect(closest.delta, `${closest.a} and ${closest.b} look alike`).toBeGreaterThanOrEqual(10);
  });
});
