// Round 19: quotations in prose, two rules of earlier rounds widened to their families (from the misses of sets
// 24–27): a quotation opened by a straight mark and closed by a curly one; an office written before a surname in a
// closing tag or a lead. Every person, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { paragraphsText, said, saidBy } from "../../../helpers/draft.js";
import { quoteSpansOf } from "../../../../src/suggest/text.js";

/** The words inside every quotation the text has. */
const quoted = (text: string): string[] => quoteSpansOf(text).map((q) => text.slice(q.inner.start, q.inner.end));

describe('a quotation opened by a straight mark and closed by a curly one ("…”)', () => {
  const text = [
    "At Fenby Aid we speak to older people every day.",
    '“The heating costs climb every single week", says Mabel Dunn, 82. "I keep to one room now and go to the library to stay warm.”',
    '"Nobody asked the tenants”, says Tom Reed, 70. "We read about it in the paper, like everyone else.”',
    "Mabel and Tom are not alone. Times are hard for many. Even before prices rose, a million older people were poor.",
    "Our research this year showed that many drop below the poverty line for a year or more.",
  ].join("\n");

  it("closes at the curly mark, and the writer's paragraphs after it are no one's speech", () => {
    expect(quoted(text)).toContain("I keep to one room now and go to the library to stay warm.");
    expect(quoted(text)).toContain("Nobody asked the tenants");
    expect(quoted(text)).toContain("We read about it in the paper, like everyone else.");
    expect(said(text).some(([, w]) => /not alone|Our research/u.test(w))).toBe(false);
    expect(said(text).filter(([who]) => who === "Tom Reed")).toHaveLength(2);
  });

  it("passes over a “…” nested inside, and a straight mark still closes a straight one", () => {
    const nested = [
      'Ann Frith spoke first. "They called the plan “a gift” and I agree with them,” said Ann Frith.',
      '"We have waited “far too long” for this harbour wall," Ann Frith said. The crews went home.',
    ].join("\n");
    expect(quoted(nested)).toEqual([
      "They called the plan “a gift” and I agree with them,",
      "We have waited “far too long” for this harbour wall,",
    ]);
  });
});

describe("an office in capitalised words before a surname, in a closing tag or a lead", () => {
  const text = [
    "Housing Minister Orla Daltry and the harbour master, Ben Kells, visited the quay on Monday.",
    "“We will fund the new sea wall before the winter storms arrive,” said Minister Daltry.",
    "“The rents will be frozen for a year at the very least,” Minister Daltry has said.",
    "Quay Warden Kells then said: “The crews have waited long enough for this work.”",
    "The Daltry report said the wall “would cost far more than the council had planned for”.",
    "“The quay must stay open to every boat in the fleet,” Minister Hume said.",
  ].join("\n");

  it("gives the words to the one person of the text with that surname, the verb after it or before it", () => {
    expect(
      said(text)
        .filter(([who]) => who === "Orla Daltry")
        .map(([, w]) => w),
    ).toEqual([
      "We will fund the new sea wall before the winter storms arrive,",
      "The rents will be frozen for a year at the very least,",
    ]);
    expect(
      said(text)
        .filter(([who]) => who === "Ben Kells")
        .map(([, w]) => w),
    ).toEqual(["The crews have waited long enough for this work."]);
  });

  it("not a report named after someone, nor a surname no one of the text has, nor one two people share", () => {
    expect(said(text).some(([, w]) => w.includes("would cost far more"))).toBe(false);
    expect(said(text).some(([, w]) => w.includes("must stay open"))).toBe(false);
    const shared = `Tom Daltry spoke too.\n${text}`;
    expect(said(shared).some(([, w]) => w.includes("winter storms"))).toBe(false);
  });
});

describe("a quotation after a sentence whose subject is named first, past a phrase or a post before the name", () => {
  const text = [
    "The harbour board met on Monday to discuss the new fees.",
    "IN the upstairs room, Fenby Trust chair Ann Frith welcomes the delegates and sets the scene. “The fleet needs a harbour that works for the small boats. We cannot go on like this.”",
    "After the break, Tom Reed outlines how crews might pay less. “The worst will last three years at least.”",
    "Quay Workers Union president Kate Marsh closed the day. “We will get through this together, every crew of us.”",
  ].join("\n");

  it("gives the words to the one the sentence opens with", () => {
    expect(said(text)).toEqual([
      ["Ann Frith", "The fleet needs a harbour that works for the small boats. We cannot go on like this."],
      ["Tom Reed", "The worst will last three years at least."],
      ["Kate Marsh", "We will get through this together, every crew of us."],
    ]);
  });

  it("not when the name is the object, or the words before it are no post", () => {
    const refused = [
      "The harbour board met on Monday to discuss the new fees.",
      "The board thanked Sam Price for the report. “The numbers do not add up, and the crews know it.”",
      "When Kate Marsh arrived, the crowd cheered at the quay. “A good day for the harbour and for every crew.”",
      "Thanks to Ann Frith the quay reopened in spring. “The boats are back and so are the buyers.”",
    ].join("\n");
    expect(said(refused)).toEqual([]);
  });
});

describe("a quotation after a sentence whose subject is “he” or “she”, naming no one", () => {
  it("goes to the one the pronoun points back to, with any verb", () => {
    const text = [
      "Tom Reed spoke to reporters after the vote on the harbour fees.",
      "He denied the small crews had been ignored. “In my talks with the crews there has been real resolve.”",
      "Kate Marsh, chief executive of the Fenby Trust, spoke next.",
      "She set out how crews might share the costs of the wall.",
      "“We speak of a fleet of forty boats, but not of the families behind them.”",
    ].join("\n");
    expect(said(text)).toEqual([
      ["Tom Reed", "In my talks with the crews there has been real resolve."],
      ["Kate Marsh", "We speak of a fleet of forty boats, but not of the families behind them."],
    ]);
  });

  it("not a pronoun the title says is someone else", () => {
    const text = [
      "Mr Tom Reed spoke to reporters after the vote on the harbour fees.",
      "She denied the small crews had been ignored. “In my talks with the crews there has been real resolve.”",
    ].join("\n");
    expect(said(text)).toEqual([]);
  });
});

describe("a sentence opening with two marks, a quotation's and one nested in it", () => {
  it("ends the sentence before it, so the quotation has no lead of its own and the sentence before speaks", () => {
    const text = [
      "The board met on Monday.",
      "",
      "Ann Frith welcomes the delegates and sets the scene. “‘Fenby First’ needs a working harbour. We import too much fish.",
      "",
      "“The harbour is the heart of the town. We carry this message to the council again and again.”",
    ].join("\n");
    expect(said(text)).toEqual([
      ["Ann Frith", "‘Fenby First’ needs a working harbour. We import too much fish."],
      ["Ann Frith", "The harbour is the heart of the town. We carry this message to the council again and again."],
    ]);
  });
});

// Stop 40 (set 61): an inverted tag with a verb of speech other than "said", an office's word before the surname.
describe("an inverted tag: a verb of speech, an office's word, the surname", () => {
  const lead =
    "The evening opened with Dean Ann Bellamy of the Fenby Law School, who spoke before Tom Reed and Kit Lamb.";

  it.each(["stated Dean Bellamy", "explained Dean Bellamy", "noted Dean Bellamy"])(
    "gives the words to her: %s",
    (tag) => {
      const text = paragraphsText(
        "Legal aid symposium",
        `${lead} “Every one of you has kept the clinics open through the lean years,” ${tag}.`,
      );
      expect(saidBy(text, "kept the clinics open")).toEqual(["Ann Bellamy"]);
    },
  );

  it("does not give the words to the one they were told to", () => {
    const text = paragraphsText(
      "Legal aid symposium",
      `${lead} “The fund will last beyond this year,” the treasurer told Dean Bellamy.`,
    );
    expect(saidBy(text, "The fund will last")).not.toContain("Ann Bellamy");
  });
});
