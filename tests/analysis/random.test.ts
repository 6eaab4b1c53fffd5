import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../src/analysis/random.js";

const take = (rng: () => number, n: number) => Array.from({ length: n }, () => rng());

describe("mulberry32", () => {
  it("gives the same sequence for the same seed and a different one for another seed", () => {
    expect(take(mulberry32(42), 5)).toEqual(take(mulberry32(42), 5));
    expect(take(mulberry32(42), 5)).not.toEqual(take(mulberry32(43), 5));
  });

  it("stays in [0, 1) and spreads over it", () => {
    const values = take(mulberry32(1), 10_000);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
    expect(values.filter((v) => v < 0.1).length).toBeGreaterThan(900);
  });
});
