// Stop 33, second round: quotations in prose (from the blind misses of sets 36–39). An ellipsis leading into a
// quotation in straight marks; a caption's credit line whose post is set in capitals; a block lead that gives the
// words to a paper or a body. Every person, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { said } from "../../../helpers/draft.js";
import { quoteSpansOf } from "../../../../src/suggest/text.js";

const quoted = (text: string): string[] => quoteSpansOf(text).map((q) => text.slice(q.inner.start, q.inner.end));

describe("an ellipsis leading into a quotation: 'she said ...\"words\"', 'closed with …\"words\"'", () => {
  it.each([
    ['until she said ..."funding is a word that raises the pulse of every lab in the land."', "funding is a word"],
    ['until she said …"funding is a word that raises the pulse of every lab in the land."', "funding is a word"],
    ["until she said ...'funding is a word that raises the pulse of every lab in the land.'", "funding is a word"],
    ['and then she added ... "the good is pushing out the best in every field we fund".', "the good is pushing"],
  ])("reads the marks after the ellipsis as opening a quotation: %s", (sentence, words) => {
    const text = `At the evening lecture the warden of Fenby College, Professor Ann Bell, spoke first. It was hard to see why, ${sentence}`;
    expect(quoted(text).some((q) => q.startsWith(words))).toBe(true);
    expect(said(text).some(([who, w]) => who === "Ann Bell" && w.startsWith(words))).toBe(true);
  });

  it("gives the words a speaker closed with, after an ellipsis, to the one named before", () => {
    const text = [
      'At the evening lecture the warden of Fenby College, Professor Ann Bell, said ..."funding is a word that raises the pulse of every lab."',
      'She closed this theme with ..."but these days the good is pushing out the best in every field".',
    ].join("\n");
    expect(said(text)).toContainEqual(["Ann Bell", "but these days the good is pushing out the best in every field"]);
  });

  it('still reads a closing mark after an ellipsis as closing ("and so on..." she said), and an ellipsis in a word', () => {
    const text = 'Ann Bell paused. "We will cut this, and that, and so on..." she said. The fund...".';
    expect(quoted(text)).toEqual(["We will cut this, and that, and so on..."]);
  });
});

describe("a caption's credit line with the post in capitals, under the words it credits", () => {
  const text = [
    "Notes from three young researchers.",
    "“Young researchers are asked to become managers and fundraisers when they should be at the bench running tests.”",
    "Ann Bell SENIOR FELLOW AND PROFESSOR OF BOTANY, University of Fenby",
    "“We grew up with phones in our pockets, and our attention is split all day long between a hundred small things.”",
    "Tom Reed FELLOW OF THE FENBY TRUST Fenby Institute of Technology",
    "“Perhaps it is only nostalgia, but the pace of work was kinder to deep thought a generation ago.”",
    "Peter Lund ASSISTANT PROFESSOR OF NEUROLOGY AND PATHOLOGY AND EARLY CAREER AWARD HOLDER, The Fenby Hospital School of Medicine and Dentistry",
  ].join("\n");

  it("gives each paragraph to the one the line under it names, however long the post in capitals", () => {
    const got = said(text);
    expect(got.filter(([who]) => who === "Ann Bell").map(([, w]) => w)).toEqual([
      "Young researchers are asked to become managers and fundraisers when they should be at the bench running tests.",
    ]);
    expect(got.filter(([who]) => who === "Peter Lund").map(([, w]) => w)).toEqual([
      "Perhaps it is only nostalgia, but the pace of work was kinder to deep thought a generation ago.",
    ]);
  });

  it("refuses a name line whose capitals are a heading's word, not a post (one word)", () => {
    const heading = [
      "Notes from the meeting.",
      "“Young researchers are asked to become managers and fundraisers when they should be at the bench.”",
      "Ann Bell NEWS",
    ].join("\n");
    expect(said(heading).some(([who]) => who === "Ann Bell")).toBe(false);
  });
});

describe('a block lead that gives the words to a paper or a body: "As the Courier has noted:"', () => {
  it.each(["As the Courier has noted:", "The Gazette wrote:", "As a Fenby Trust paper has explained:"])(
    "does not give the block under %s to the person named sentences before",
    (lead) => {
      const text = [
        `One day the Fenby Institute will understand rates. That will not happen while Ann Bell runs it. ${lead}`,
        "Ann Bell, director at the institute, urged the treasurer to raise rates. Reed could scrap the relief, which costs a lot and helps as few as 5,000 people, while also reforming the levy on the dearest homes.",
      ].join("\n");
      expect(said(text)).toEqual([]);
    },
  );

  it("still gives the block to the person the lead's last sentence names, a pronoun or a post", () => {
    for (const lead of ["Introducing the minister, she said:", "As Ann Bell said:", "The Chair said:"]) {
      const text = [
        `Ann Bell chairs the Fenby Trust. ${lead}`,
        "We have been waiting for this bill for ten years and we are glad to see it at last.",
      ].join("\n");
      expect(said(text)).toEqual([
        ["Ann Bell", "We have been waiting for this bill for ten years and we are glad to see it at last."],
      ]);
    }
  });
});
