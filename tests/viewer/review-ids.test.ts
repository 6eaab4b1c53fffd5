// Review makes an id for a new entity from its label (viewer/review/entities.ts): lowercase words joined by hyphens,
// cut at the last whole word that fits in 60 characters (w46: "…-minimum-service-fo" reached the graph and `coverage`).
import { describe, expect, it } from "vitest";
import { idFromLabel } from "../../viewer/review/entities.js";

describe("an id made in Review from a label", () => {
  it("keeps a short label whole, accents and punctuation folded", () => {
    expect(idFromLabel("Zoë Ní Bhriain")).toBe("zoe-ni-bhriain");
    expect(idFromLabel("  Fenby Trust (FT)  ")).toBe("fenby-trust-ft");
  });

  it("cuts a long label at the last whole word within 60 characters, never mid-word", () => {
    const id = idFromLabel("The council should introduce a guaranteed minimum service for every village");
    expect(id).toBe("the-council-should-introduce-a-guaranteed-minimum-service");
    expect(id.length).toBeLessThanOrEqual(60);
  });

  it("keeps a word that ends exactly at 60 characters, and cuts one long word at 60", () => {
    const exact = `${"a".repeat(50)} ${"b".repeat(9)} more`;
    expect(idFromLabel(exact)).toBe(`${"a".repeat(50)}-${"b".repeat(9)}`);
    expect(idFromLabel("x".repeat(70))).toBe("x".repeat(60));
  });
});
