// The legend's "Other communities" entry lists the numbers of the communities that share its colour, as runs.
import { describe, expect, it } from "vitest";
import { communityNumbers } from "../../viewer/core/appearance.js";

describe("community numbers as runs", () => {
  it("joins consecutive numbers with a dash, two in a row with a comma, in order", () => {
    expect(communityNumbers([12, 3, 5, 6, 7, 8, 9])).toBe("3, 5–9, 12");
    expect(communityNumbers([14, 13])).toBe("13, 14");
    expect(communityNumbers([4])).toBe("4");
    expect(communityNumbers([])).toBe("");
  });
});
