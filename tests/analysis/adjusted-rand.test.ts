import { describe, expect, it } from "vitest";
import { adjustedRandIndex } from "../../src/analysis/adjusted-rand.js";

const partition = (labels: number[]) => Object.fromEntries(labels.map((l, i) => [`n${i}`, l]));

describe("adjustedRandIndex", () => {
  it("is 1 for the same grouping, whatever the community numbers", () => {
    expect(adjustedRandIndex(partition([0, 0, 1, 1, 2]), partition([0, 0, 1, 1, 2]))).toBe(1);
    expect(adjustedRandIndex(partition([0, 0, 1, 1, 2]), partition([7, 7, 3, 3, 9]))).toBe(1);
  });

  it("matches textbook values (as scikit-learn's adjusted_rand_score computes them)", () => {
    expect(adjustedRandIndex(partition([0, 0, 1, 1]), partition([0, 0, 1, 2]))).toBeCloseTo(0.5714285714, 9);
    expect(adjustedRandIndex(partition([0, 0, 1, 1]), partition([0, 1, 0, 1]))).toBeCloseTo(-0.5, 9);
    expect(adjustedRandIndex(partition([0, 0, 0, 1, 1, 1]), partition([0, 0, 1, 1, 2, 2]))).toBeCloseTo(
      0.2424242424,
      9,
    );
  });

  it("handles trivial partitions: identical ones agree, everything-together vs all-apart does not", () => {
    expect(adjustedRandIndex(partition([0, 1, 2]), partition([5, 6, 7]))).toBe(1);
    expect(adjustedRandIndex(partition([0, 0, 0]), partition([1, 1, 1]))).toBe(1);
    expect(adjustedRandIndex(partition([0, 0, 0]), partition([0, 1, 2]))).toBe(0);
  });

  it("refuses partitions of different items", () => {
    expect(() => adjustedRandIndex({ a: 0, b: 0 }, { a: 0, c: 0 })).toThrow(/different items/);
  });
});
