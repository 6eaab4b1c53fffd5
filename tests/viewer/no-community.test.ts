// The legend's grey "no community" entry says which nodes have none in English, for 0, 1 and many (w40: it read
// "nor have 1 people, 1 organisations").
import { describe, expect, it } from "vitest";
import { listAnd, noCommunityWords } from "../../viewer/core/no-community.js";

const LEAD = "communities are found among people, the themes they spoke on and their organisations";
const LINK = "having no “spoke on” or “belongs to” link";

describe("the legend's words for nodes with no community", () => {
  const types = [
    { type: "source", count: 3 },
    { type: "session", count: 2 },
    { type: "person", count: 9 },
    { type: "organisation", count: 5 },
  ];

  it("one person and one organisation: singular nouns, after the types that never have one", () => {
    const without = new Map([
      ["source", 3],
      ["session", 2],
      ["person", 1],
      ["organisation", 1],
    ]);
    expect(noCommunityWords(types, without)).toBe(
      `${LEAD}; sources and sessions have none; 1 person and 1 organisation have none either, ${LINK}`,
    );
  });

  it("one person alone: it has none", () => {
    const without = new Map([["person", 1]]);
    expect(noCommunityWords(types, without)).toBe(`${LEAD}; 1 person has none, ${LINK}`);
  });

  it("several: plural nouns", () => {
    const without = new Map([
      ["source", 3],
      ["person", 2],
      ["organisation", 3],
    ]);
    expect(noCommunityWords(types, without)).toBe(
      `${LEAD}; sources have none; 2 people and 3 organisations have none either, ${LINK}`,
    );
  });

  it("none of either kind: the lead alone", () => {
    expect(noCommunityWords(types, new Map())).toBe(LEAD);
    expect(noCommunityWords(types, new Map([["person", 0]]))).toBe(LEAD);
  });

  it("lists read a, b and c", () => {
    expect([listAnd([]), listAnd(["a"]), listAnd(["a", "b"]), listAnd(["a", "b", "c"])]).toEqual([
      "",
      "a",
      "a and b",
      "a, b and c",
    ]);
  });
});
