// Stop 33: quotations the blind misses of sets 32–35 showed never seen: a quotation opened by a single mark and closed
// by a double one (‘…”), a closing mark with its space lost (‘…’at). Every person, body and word here is invented for
// these tests.
import { describe, expect, it } from "vitest";
import { said } from "../../../helpers/draft.js";
import { quoteSpansOf } from "../../../../src/suggest/text.js";

/** The words inside every quotation the text has. */
const quoted = (text: string): string[] => quoteSpansOf(text).map((q) => text.slice(q.inner.start, q.inner.end));

describe("a quotation opened by a single mark and closed by a double one (‘…”)", () => {
  const text = [
    "The union said the plan to close the Fenby print works had come without warning.",
    "Union secretary Ann Frith said: ‘We will meet the owners at the first chance we get. We accept that papers change, but not without a word to the staff.”",
    "Deputy secretary Tom Reed said the plan was a ‘brave gamble” at a hard time for the trade, but said the owners ‘must not forget who writes the papers”.",
    "He added: ‘If jobs go, the papers will be the poorer for it.”",
    "The works employs forty people.",
  ].join("\n");

  it("closes at the double mark, each quotation its own, the writer's paragraphs no one's", () => {
    expect(quoted(text)).toEqual([
      "We will meet the owners at the first chance we get. We accept that papers change, but not without a word to the staff.",
      "brave gamble",
      "must not forget who writes the papers",
      "If jobs go, the papers will be the poorer for it.",
    ]);
    expect(said(text).filter(([who]) => who === "Tom Reed")).toHaveLength(3);
    expect(said(text).some(([, w]) => /forty people/u.test(w))).toBe(false);
  });

  it("passes over a “…” nested inside, and a ’ still closes a ‘ first", () => {
    expect(quoted("Ann Frith said it was ‘what they call “a fair deal” in the trade”, and left.\n")).toEqual([
      "what they call “a fair deal” in the trade",
    ]);
    expect(quoted("Ann Frith called it ‘a fair deal’ and Tom Reed said “it is not”.\n")).toEqual([
      "a fair deal",
      "it is not",
    ]);
  });
});

describe("a closing single mark whose space was lost (‘…’at)", () => {
  it("closes at a ’ before a word no apostrophe begins, when nothing else closes it", () => {
    const text = [
      "The union said it would ‘fight every single cut’at the works and asked for a meeting.",
      "The owners’ spokesman said the plan was fair. Union secretary Ann Frith said: “We will meet them.”",
    ].join("\n");
    expect(quoted(text)).toEqual(["fight every single cut", "We will meet them."]);
  });

  it("refuses an apostrophe's word: don’t, Reed’s, we’re, they’ve, she’ll, I’d, I’m", () => {
    for (const word of ["don’t", "Reed’s", "we’re", "they’ve", "she’ll", "I’d", "I’m"]) {
      const text = `Ann Frith said ‘the plan ${word} fair to the crews’ and left.\n`;
      expect(quoted(text), word).toEqual([`the plan ${word} fair to the crews`]);
    }
  });
});

describe("a quotation left open: where it ends", () => {
  it("ends with its own paragraph when it never meets its closing mark before the next quotation", () => {
    const text = [
      "Ann Frith, secretary of the Fenby Trust, said the dinner had moved to the new year. “We wanted the day itself but the hall was booked, so we chose the first.",
      "Tom Reed, the trust's treasurer, and others have long raised money for the hall. Now they plan to go further in the spring.",
      "“We have done this for ten years,” she said.",
    ].join("\n");
    expect(quoted(text)).toEqual([
      "We wanted the day itself but the hall was booked, so we chose the first.",
      "We have done this for ten years,",
    ]);
    expect(said(text).some(([, w]) => /long raised money/u.test(w))).toBe(false);
  });

  it("still runs on to a closing mark in a later paragraph, and stops before a heading", () => {
    const run = "Ann Frith said: “We wanted the day itself.\nThe hall was booked, so we chose the first.”\nThe end.\n";
    expect(quoted(run)).toEqual(["We wanted the day itself.\nThe hall was booked, so we chose the first."]);
    const heading = "Ann Frith said: “We wanted the day itself.\nA dinner for the town\nThe hall was booked.\n";
    expect(quoted(heading)).toEqual(["We wanted the day itself."]);
  });

  it("ends before a new quotation opening a sentence in the same paragraph", () => {
    const text =
      "Ann Frith said the trust had many plans. “We have done similar things before. “The hall sits next door to the mosque, so helping them is natural,” she added. In May the trust gave £500 to the hospital.\n";
    expect(quoted(text)).toEqual([
      "We have done similar things before.",
      "The hall sits next door to the mosque, so helping them is natural,",
    ]);
    expect(said(text).some(([, w]) => /gave £500/u.test(w))).toBe(false);
    // A quotation nested inside another, not opening a sentence, stays nested.
    expect(quoted("Ann Frith said: “They called it “a gift” and I agree.”\n")).toEqual([
      "They called it “a gift” and I agree.",
    ]);
  });
});

describe("a line linking to another story names no one the next sentence's pronoun points to", () => {
  for (const link of ["READ MORE:", "Read more:", "Related:", "See also:", "Also read:"]) {
    it(`passes over "${link} …"`, () => {
      const text = [
        "Sir Tom Reed said the harbour board would not comment on the court's decision.",
        `${link} Ben Kells publishes the harbour report in full`,
        "But he backed the board's deputy. He said: “I think him an honest deputy and a very able one.”",
      ].join("\n");
      expect(said(text)).toEqual([["Tom Reed", "I think him an honest deputy and a very able one."]]);
    });
  }

  it("still reads a name in a sentence that is no link", () => {
    const text = [
      "Sir Tom Reed said the harbour board would not comment.",
      "More to the point, Ben Kells published the harbour report in full on Monday.",
      "He said: “I consider the report a fair account of the harbour's year.”",
    ].join("\n");
    expect(said(text)).not.toEqual([["Tom Reed", "I consider the report a fair account of the harbour's year."]]);
  });
});

describe("verbs of a view that give a quotation its speaker: feels, cautioned, affirmed, reminded, recognised", () => {
  const leads: [string, string][] = [
    ["Harbour editor Ann Frith feels that the town is", "“halfway through a slow and costly change”"],
    ["Speaking to the Gazette, Tom Reed cautioned that the plan could have", "“grave effects on the smaller boats”"],
    ["In the ruling, Judge Ben Kells affirmed that the test", "‘is not met by the cost of the fees alone’"],
    ["Ann Frith reminded the room that the trust was young;", "“we have only just begun to build the fleet”"],
    ["Tom Reed recognised that the crews were", "“worst placed of all through the long winter closures”"],
  ];
  for (const [lead, quotation] of leads) {
    it(`gives the words to the one the lead names: "${lead} …"`, () => {
      const text = `The panel was chaired by Sam Price, who thanked the hosts.\n${lead} ${quotation}.\n`;
      const who = /(Ann Frith|Tom Reed|Ben Kells)/u.exec(lead)![1]!;
      expect(said(text).map(([w]) => w)).toEqual([who]);
    });
  }

  it("refuses a subject that is no person's", () => {
    const text =
      "Tom Reed spoke on Monday.\nThe new rule felt like “a slow and costly change for the boats” to many.\n";
    expect(said(text).some(([, w]) => /slow and costly/u.test(w))).toBe(false);
  });
});

describe("an interview printed as questions and answers, no names on them", () => {
  const qa = [
    "What is wrong with the harbour levy as it stands?",
    "Nothing in how it is charged; it is the rate that we object to.",
    "What are you asking for, and who is helping you?",
    "We want the council to fix the rate at two per cent for good. We have started a campaign with the crews.",
    "Our members have written to every councillor in the county.",
    "What would count as a win?",
    "A fixed rate, agreed before the spring, would let the smaller boats plan ahead.",
  ];
  const intros = [
    "Interview: Ann Frith, Fenby Boat Owners",
    "This week we caught up with chair Ann Frith, who hopes the council is listening at last.",
    "Q&A with Ann Frith of the Fenby Boat Owners.",
    "We put our questions to Ann Frith, who leads the boat owners.",
    "In conversation with Ann Frith: the levy, the crews and the spring.",
  ];

  for (const intro of intros) {
    it(`gives each answer to the one interviewed: "${intro}"`, () => {
      const text = ["Posted by Sam Price on 4th May 2029", intro, ...qa].join("\n\n");
      const answers = said(text)
        .filter(([who]) => who === "Ann Frith")
        .map(([, w]) => w);
      expect(answers).toContain("Nothing in how it is charged; it is the rate that we object to.");
      expect(answers).toContain("Our members have written to every councillor in the county.");
      expect(answers).toContain("A fixed rate, agreed before the spring, would let the smaller boats plan ahead.");
      expect(said(text).some(([, w]) => w.endsWith("?"))).toBe(false);
    });
  }

  it("refuses a page of questions with no one interviewed, a list of questions, and two people interviewed", () => {
    const faq = ["Harbour levy: your questions answered by the council.", ...qa].join("\n\n");
    expect(said(faq)).toEqual([]);
    const list = [intros[1]!, ...qa.filter((l) => l.endsWith("?")), "We will print the answers next week."];
    expect(said(list.join("\n\n"))).toEqual([]);
    const two = ["We caught up with Ann Frith and spoke to Tom Reed about the levy.", ...qa].join("\n\n");
    expect(said(two)).toEqual([]);
  });
});

describe("a thread of readers' comments, each under its header", () => {
  const thread = (first: string, second: string, ...after: string[]) =>
    [
      "Fenby Gazette to close its harbour office",
      "The Gazette will move its three reporters to the county office in May, the owners said.",
      first,
      "Fenby and Marsh are the two towns that lost their ferry this year. Fewer reporters to tell that story now.",
      "It is almost as if the owners want the harbour's news to go unreported.",
      second,
      "Dear Ann,",
      "I remember the harbour meeting too, when the crews asked why no reporter had come to see them.",
      ...after,
    ].join("\n\n");

  for (const [a, b] of [
    ["Ann Frith said...", "Tom Reed said..."],
    ["Ann Frith said…", "Tom Reed said…"],
    ["Ann Frith wrote:", "Tom Reed wrote:"],
    ["Ann Frith says:", "Tom Reed says:"],
  ]) {
    it(`gives each comment's paragraphs to its writer: "${a}" … "${b}"`, () => {
      const text = thread(a!, b!, "12 May 2029 at 10:23", "The Gazette's owners did not reply to our questions.");
      const of = (who: string) =>
        said(text)
          .filter(([w]) => w === who)
          .map(([, words]) => words);
      expect(of("Ann Frith")).toContain("It is almost as if the owners want the harbour's news to go unreported.");
      expect(of("Tom Reed")).toContain(
        "I remember the harbour meeting too, when the crews asked why no reporter had come to see them.",
      );
      expect(said(text).some(([, w]) => /did not reply/u.test(w))).toBe(false);
    });
  }

  it("refuses a single header, and a header that names no one", () => {
    const one = thread("Ann Frith said...", "Then the crews met.");
    expect(said(one).some(([, w]) => /almost as if/u.test(w))).toBe(false);
    const none = thread("What the crews said...", "What the owners said...");
    expect(said(none)).toEqual([]);
  });
});
