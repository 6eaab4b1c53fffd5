import { describe, expect, it } from "vitest";
import { closestPassage, findQuote } from "../../src/ingest/quotes.js";

const text = "Little said, “We need double and triple delegation – one way to NHS England.” Then Reed spoke.";

describe("finding quotes", () => {
  it("returns the offsets of an exact quote", () => {
    const match = findQuote(text, "double and triple delegation");
    expect(match).toMatchObject({ found: true, occurrences: 1 });
    if (match.found) expect(text.slice(match.start, match.end)).toBe("double and triple delegation");
  });

  it("picks the occurrence asked for and counts them", () => {
    const match = findQuote("a b a b a", "a", 3);
    expect(match).toEqual({ found: true, start: 8, end: 9, occurrences: 3 });
    expect(findQuote("a b a", "a", 3)).toMatchObject({ found: false, occurrences: 2 });
    // Counting stops one past the occurrence asked for: enough to tell a repeated quote from a unique one.
    expect(findQuote("a a a a a", "a")).toEqual({ found: true, start: 0, end: 1, occurrences: 2 });
    expect(findQuote("a a a a a", "a", 2)).toEqual({ found: true, start: 2, end: 3, occurrences: 3 });
  });

  it("shows the passage when a quote differs only by straight quotes, a dash or a double space", () => {
    const match = findQuote(text, '"We need double and  triple delegation - one way');
    expect(match.found).toBe(false);
    if (!match.found) {
      expect(match.closest?.reason).toBe("punctuation-or-spacing");
      expect(match.closest?.passage).toBe("“We need double and triple delegation – one way");
    }
  });

  it("shows the passage sharing the longest start when a quote was misremembered", () => {
    const closest = closestPassage(text, "We need double and triple devolution to NHS England");
    expect(closest?.reason).toBe("shared-prefix");
    expect(closest?.passage.startsWith("We need double and triple de")).toBe(true);
  });

  it("shows the closest passage in whole words, never cut inside one", () => {
    const source = "My first suggestion would be to push for further delegation of power. Then more.";
    const start = closestPassage(source, "My first suggestion would be to push for more delegation of power.");
    expect(start).toMatchObject({
      reason: "shared-prefix",
      // The start and the end ("… delegation of power.") are both shared: the passage runs from one to the other.
      passage: "My first suggestion would be to push for further delegation of power.",
    });
    const end = closestPassage(source, "We would push for further delegation of power. Then more.");
    expect(end).toMatchObject({
      reason: "shared-suffix",
      passage: "would be to push for further delegation of power. Then more.",
    });
  });

  it("runs the closest passage from the shared start to the shared end when a word in between changed length", () => {
    const source =
      "Our tenants on Mill Lane have watched the damp spread through the flats for three winters running. Will the Minister act?";
    const closest = closestPassage(
      source,
      "Our tenants on Mill Lane have watched the damp spreading through the flats for three winters running.",
    );
    const later = closestPassage(
      source,
      "Our tenants on Mill Lane have watched the damp spread through the flats for three winterss running.",
    );
    expect(later?.passage).toBe(
      "Our tenants on Mill Lane have watched the damp spread through the flats for three winters running.",
    );
    expect(closest?.passage).toBe(
      "Our tenants on Mill Lane have watched the damp spread through the flats for three winters running.",
    );
  });

  it("offers nothing when nothing is alike", () => {
    expect(closestPassage(text, "zzzz qqqq xxxx")).toBeUndefined();
  });
});
