// Statements: passages that report the same words are one statement reported more than once (src/model/evidence.ts).
import { describe, expect, it } from "vitest";
import { countStatements, groupStatements, statementWords } from "../../src/model/evidence.js";

const quotes = (groups: { quote: string }[][]) => groups.map((g) => g.map((p) => p.quote));

describe("statements", () => {
  it("reads a quote's words without case, accents, punctuation or spacing", () => {
    expect(statementWords("“We need  double – and triple – delegation,” she said.")).toBe(
      "we need double and triple delegation she said",
    );
    expect(statementWords("Café")).toBe("cafe");
    expect(statementWords("…")).toBe("");
  });

  it("makes one statement of the same words told twice, and of an excerpt of a longer quote", () => {
    const groups = groupStatements([
      { quote: "We need double and triple delegation – one way to NHS England and parliament." },
      { quote: "My first suggestion would be further delegation." },
      { quote: "We need double and triple delegation — one way to NHS England and Parliament." },
      { quote: "double and triple delegation" },
    ]);
    expect(quotes(groups)).toEqual([
      [
        "We need double and triple delegation – one way to NHS England and parliament.",
        "We need double and triple delegation — one way to NHS England and Parliament.",
        "double and triple delegation",
      ],
      ["My first suggestion would be further delegation."],
    ]);
  });

  it("makes one statement of two reports of a long quote that differ in a word or two", () => {
    const a =
      "Not only within the NHS but also across Whitehall to ICS and that delegation shouldn't just be to ICSs but from ICSs too";
    const b =
      "Not only within the NHS but also across Whitehall to ICSs and that delegation shouldn't just be to ICSs but also from ICSs";
    expect(countStatements([{ quote: a }, { quote: b }])).toBe(1);
  });

  it("keeps short quotes apart unless their words are the same, and different statements apart", () => {
    expect(countStatements([{ quote: "Budgets must follow need." }, { quote: "Budgets must follow people." }])).toBe(2);
    expect(
      countStatements([
        { quote: "Trends over time are important, perhaps more important than absolute measures." },
        { quote: "We should start championing areas that have stolen with pride from neighbouring communities." },
      ]),
    ).toBe(2);
    // Passages without words are not one statement; a word shared is not a part: "need" is no excerpt of "needed".
    expect(countStatements([{ quote: "…" }, { quote: "—" }])).toBe(2);
    expect(countStatements([{ quote: "change is needed" }, { quote: "need" }])).toBe(2);
  });

  it("orders groups by their first passage and is the same on every run", () => {
    const passages = [{ quote: "b b b b b b" }, { quote: "a a a a a a a a" }, { quote: "b b b b b b" }];
    expect(quotes(groupStatements(passages))).toEqual([["b b b b b b", "b b b b b b"], ["a a a a a a a a"]]);
    expect(groupStatements(passages)).toEqual(groupStatements(passages));
  });

  it("groups a very long list by identical words only, in linear time", () => {
    const passages = Array.from({ length: 50_000 }, (_, i) => ({ quote: `passage number ${i % 25_000} of many` }));
    expect(countStatements(passages)).toBe(25_000);
  });
});
