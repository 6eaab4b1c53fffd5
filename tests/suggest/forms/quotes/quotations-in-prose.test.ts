// Round 18: quotations in prose, the rules of earlier rounds widened to the families of wordings the misses of sets
// 20–23 showed (each a variant of a form a rule already read): a text that quotes in single marks; a verb's form used
// as a noun, an addressee and a name inside a reported clause; a byline and a link line; a news lead's "union leader";
// later quotations of one sentence; an apposition in marks; a credit after the closing mark; more participles and
// verbs of speech; a sentence's closing tag. Every person, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { said, saidBy } from "../../../helpers/draft.js";
import { quoteSpansOf } from "../../../../src/suggest/text.js";

describe("a text that quotes in single marks, as a British paper does", () => {
  const text = [
    "Harbour boss warns Reed against ‘reckless' fee rise",
    "In a sharp warning to Tom Reed, Ann Frith said that the fee would amount to a 'tax on the smallest crews'.",
    "'It's a reckless idea,' Ms Frith told reporters. 'Putting the fee on the small boats means the big trawlers get off lightly. That's unfair.",
    "'I think the boats that earn the most should pay the most.",
    "'To put it on the small boats would be a disgrace,' she said.",
  ].join("\n");

  it("runs a quotation opened by a straight mark and left open to its paragraph's end, and on in the next", () => {
    expect(saidBy(text, "Putting the fee on the small boats")).toEqual(["Ann Frith"]);
    expect(saidBy(text, "I think the boats that earn the most should pay the most.")).toEqual(["Ann Frith"]);
    expect(saidBy(text, "To put it on the small boats would be a disgrace")).toEqual(["Ann Frith"]);
  });

  it("takes no apostrophe for a quotation: inside words, or shortening one ('em, '90s)", () => {
    const elisions = `${text}\n'Em boats from the '90s still sail, she said of the fleet's oldest hulls.`;
    const opened = quoteSpansOf(elisions).map((q) => elisions.slice(q.start, q.start + 4));
    expect(opened).not.toContain("'Em ");
    expect(opened).not.toContain("'90s");
  });

  it("not in a text quoting in double marks: there an open straight mark is an apostrophe unless it closes", () => {
    const double = [
      "“We will go on,” said Ann Frith. “The crews agree.”",
      "“The boats are ready,” she said.",
      "Tom Reed said 'the new rota works for the crews and the harbour.",
    ].join("\n");
    expect(quoteSpansOf(double).some((q) => double[q.start] === "'")).toBe(false);
  });
});

describe("who a lead names: the verb, its subject and its object", () => {
  it("reads a verb's form used as a noun as no verb ('In a sharp warning to Name, …', 'After talks with Name')", () => {
    const text = [
      "Tom Reed is the harbour minister. Ann Frith chairs the crews' union.",
      "In a sharp warning to Tom Reed, Ann Frith said that the plan was a “reckless gamble with the islands”.",
      "After talks with Tom Reed, Ann Frith said the rota was “a step forward for every crew”.",
    ].join("\n");
    expect(saidBy(text, "reckless gamble")).toEqual(["Ann Frith"]);
    expect(saidBy(text, "a step forward")).toEqual(["Ann Frith"]);
  });

  it("gives no words to the one a verb addresses after its subject ('Boss warns Name against …')", () => {
    const text = [
      "Harbour boss warns Tom Reed against “a reckless and unfair fee rise for the small boats”",
      "The harbour minister is said to be weighing a rise.",
    ].join("\n");
    expect(saidBy(text, "a reckless and unfair fee rise")).toEqual([]);
  });

  it("but still gives them to the one named after the verb in the inverted order", () => {
    const text = "Tom Reed is the minister.\n“The fee rise will not happen this year,” warned Tom Reed.";
    expect(saidBy(text, "The fee rise will not happen")).toEqual(["Tom Reed"]);
  });

  it("gives no words to a name inside what the verb reports, nor by a verb or pronoun inside an earlier quotation", () => {
    const text = [
      "Tom Reed is the mayor of Kelby.",
      'The column goes on to argue that the Reed council\'s mixed signals on ferries — "Reed says he will not freeze fares," "Reed backs new ferry deals" — have caused "worrying" doubt among owners.',
    ].join("\n");
    expect(said(text)).toEqual([]);
  });

  it("gives no words to a possessive's owner when a relative clause has a subject of its own ('what Org called')", () => {
    const text = [
      "Tom Reed is the mayor of Kelby.",
      "Tom Reed's plans to cut the ferry grants threaten the crossings, what the Kelby Herald called “lifelines that kept the islands going through the storms”.",
    ].join("\n");
    expect(saidBy(text, "lifelines")).toEqual([]);
  });
});

describe("lines around the speech that are not its speaker's", () => {
  it("reads a byline under a headline ('- By Name and Name') as no credit of the headline's words", () => {
    const text = [
      "Harbour crews threaten winter of strikes ‘to end the pay crisis’",
      "",
      "- By Rosa Pell and Tom Reed",
      "",
      "CREWS yesterday threatened strikes across the islands this winter.",
    ].join("\n");
    expect(saidBy(text, "to end the pay crisis")).toEqual([]);
  });

  it("does not run a quotation over a link line set apart by blank lines, and goes on with the speech after it", () => {
    const text = [
      "Ann Frith, general secretary of the Harbour Workers Union, spoke to the Kelby Herald.",
      "",
      "She told the paper: “It is not right that crews wait for their pay while the owners do well.",
      "",
      "Ferry strikes spread to every island port as talks stall – the latest news",
      "",
      "“Next week the pilots walk out too, and the week after the dock crews.”",
    ].join("\n");
    expect(saidBy(text, "Ferry strikes spread")).toEqual([]);
    expect(saidBy(text, "It is not right that crews wait")).toEqual(["Ann Frith"]);
    expect(saidBy(text, "Next week the pilots walk out too")).toEqual(["Ann Frith"]);
  });
});

describe("lines around the speech that are not its speaker's: credit lines and crossheads", () => {
  it("does not take a credit line under a pull quote for a link line the speech runs past", () => {
    const text = [
      "“Our crews work hard and fair pay changes their lives for the better.”",
      "-Fenby Ferries co-founder Ann Bell",
      "",
      "“If crews have more money, the island shops have more customers.”",
      "-a shop owner in Kelby",
    ].join("\n");
    expect(saidBy(text, "If crews have more money")).not.toContain("Ann Bell");
  });

  it("reads a line of up to six words in marks, with no stop, as a crosshead: no one's words", () => {
    const text = [
      "Ann Bell runs the Fenby museum.",
      "",
      "“Every museum should show the harbour's boats. We have shown ours for years,” said Ann Bell.",
      "",
      "“Every museum should show boats”",
      "",
      "There are also many small collections in clubs and schools, points out Bell.",
    ].join("\n");
    expect(saidBy(text, "Every museum should show boats")).toEqual([]);
  });

  it("but not words a lead ending in a colon gives someone", () => {
    const text = ["Ann Bell runs the Fenby museum. She told the forum:", "", "“Every museum should show boats”"].join(
      "\n",
    );
    expect(saidBy(text, "Every museum should show boats")).toEqual(["Ann Bell"]);
  });
});

describe("a news lead's described speaker, and the later quotations of one sentence", () => {
  const lead = [
    "A union leader has said that unless the pay dispute is settled, the strikes “will be even longer” and crews will stay out “into the spring”.",
    "",
    "Ann Frith, general secretary of the Harbour Workers Union, told the Kelby Herald that the owners had to move.",
  ].join("\n");

  it("gives a lead's 'union leader' to the one named next with any post", () => {
    expect(saidBy(lead, "will be even longer")).toEqual(["Ann Frith"]);
  });

  it("gives a later quotation of the sentence to the speaker of its earlier one", () => {
    expect(saidBy(lead, "into the spring")).toEqual(["Ann Frith"]);
  });

  it("but not an office that is no generic head to someone with another post", () => {
    const other = lead.replace("A union leader", "A harbour master");
    expect(saidBy(other, "will be even longer")).toEqual([]);
  });

  it("gives a fragment after 'explained' or 'revealed' the speaker of the sentence's earlier words", () => {
    const text = [
      "Ann Frith spoke to the panel.",
      "Frith explained that polling by the Kelby Ferry Users revealed that crews “were split over the new rota,” with a third “firmly against,” a third in favour.",
    ].join("\n");
    expect(saidBy(text, "firmly against")).toEqual(["Ann Frith"]);
  });
});

describe("words in apposition to a name, and a credit after the closing mark", () => {
  it("reads words in marks set beside a name with no verb of speech as describing that person, no one's speech", () => {
    const text =
      "Sitting beside Tom Reed at the hearing was the trust's co-chair Ann Frith, “one of two crew voices on the harbour board.”";
    expect(saidBy(text, "one of two crew voices")).toEqual([]);
  });

  it("still gives words after a name and a comma when the sentence has a verb of speech", () => {
    const text = "Tom Reed chaired. Ann Frith told the board, “one of us has to go back to the crews tonight.”";
    expect(saidBy(text, "one of us has to go back")).toEqual(["Ann Frith"]);
  });

  const roundUp = [
    "What the guests said:",
    "“The forum went very well. I liked the sessions on the ferries.” Ann Bell, director, Fenby Harbour Trust, praised the live questions from the floor.",
    "",
    "“Fees and slow permits hold the small ports back. We will press the council on both.”",
    "Tom Reed, chairman — Kelby Events, pledged to carry the forum's messages to the council.",
    "",
    "“I think this was the finest forum I have been to, and I have been to many.” Rosa Pell, partner, Pell Marine Consulting, sought more voices from the islands.",
  ].join("\n");

  it("gives each quotation of a round-up to the one named after it, post set off, then any verb", () => {
    expect(saidBy(roundUp, "The forum went very well")).toEqual(["Ann Bell"]);
    expect(saidBy(roundUp, "Fees and slow permits hold the small ports back")).toEqual(["Tom Reed"]);
    expect(saidBy(roundUp, "I think this was the finest forum")).toEqual(["Rosa Pell"]);
  });

  it("also when the post set off after the name names someone else", () => {
    const text = [
      "Tom Reed chairs the Fenby Harbour Trust.",
      "",
      "“The sessions on the ferries were the best I have been to.” Ann Bell, Tom Reed's deputy at the trust, praised the questions from the floor.",
    ].join("\n");
    expect(saidBy(text, "The sessions on the ferries")).toEqual(["Ann Bell"]);
  });

  it("not after a lead ending in a colon, nor after a sentence in the quotation's paragraph", () => {
    const colon = ["Ann Frith said:", "“The crews will win this one in the end.” Tom Reed disagrees with her."].join(
      "\n",
    );
    expect(saidBy(colon, "The crews will win")).toEqual(["Ann Frith"]);
    const inside = "Ann Frith was blunt. “The crews will win this one in the end.” Tom Reed disagrees with her.";
    expect(saidBy(inside, "The crews will win")).not.toContain("Tom Reed");
  });

  it("not when the name after the quotation is joined to another's", () => {
    const text = "“The forum went very well this year.” Ann Bell, director, and Tom Reed, chair, then left the hall.";
    expect(saidBy(text, "The forum went very well")).toEqual([]);
  });
});

describe("more ways of reporting words", () => {
  it("reads 'opening her talk with the assurance that' and the participle 'promising that'", () => {
    const text = [
      "Ann Frith, chair of the Fenby Trust, addressed the hall, opening her talk with the assurance that “every choice we make this year will shape the harbour for decades”.",
      "She spoke about the fees, promising that the trust would press for a harbour “that is built on fair pay for every crew”.",
    ].join("\n");
    expect(saidBy(text, "every choice we make this year")).toEqual(["Ann Frith"]);
    expect(saidBy(text, "that is built on fair pay")).toEqual(["Ann Frith"]);
  });

  it("gives words inside a sentence to the tag that ends it (', he said', ', said Name')", () => {
    const text = [
      "Tom Reed, head of the boatyard, said it could not buy new cranes this year.",
      "The yard was “close to the brink” of cutting staff, he said.",
      "The berths were “far too few for the boats” of the islands, said Ann Frith.",
    ].join("\n");
    expect(saidBy(text, "close to the brink")).toEqual(["Tom Reed"]);
    expect(saidBy(text, "far too few for the boats")).toEqual(["Ann Frith"]);
  });

  it("reads a tag's name with an office before it and the small words of a surname ('Kelby Mayor Ann van Dort says')", () => {
    const text = "The new harbour fund would bring “real gains” to the islands, Kelby Mayor Ann van Dort says.";
    expect(saidBy(text, "real gains")).toEqual(["Ann van Dort"]);
  });

  it("gives a quotation to the one a sentence after it says described them so ('That’s how the head of … describes')", () => {
    const text = [
      "Ferry fares",
      "",
      "“Ruinous, truly ruinous.”",
      "",
      "That’s how the chief executive of Kelby Ferries describes the fares the islanders will pay from October.",
      "",
      "But Ann Frith, the chief executive of Kelby Ferries, says the firm cannot cut them on its own.",
    ].join("\n");
    expect(saidBy(text, "Ruinous, truly ruinous.")).toEqual(["Ann Frith"]);
  });

  it("still gives words to a subject whose post is followed by a relative clause about the body", () => {
    const text =
      "Tom Reed, head of Kelby Ferries, which saw a 4 per cent cut - worth over 7 per cent in real terms - said: “A berth charge remains under discussion at every port.”";
    expect(saidBy(text, "A berth charge remains")).toEqual(["Tom Reed"]);
  });

  it("not to a tag whose subject is no person", () => {
    const text = [
      "Tom Reed runs the boatyard.",
      "The berths were “far too few for the boats” of the islands, the report said.",
    ].join("\n");
    expect(saidBy(text, "far too few for the boats")).toEqual([]);
  });
});

describe("a block of speech without marks after 'Name said:' that runs over paragraphs", () => {
  const block = [
    "The ferry plan was welcomed across the islands.",
    "",
    "Harbour Minister Tom Reed said:",
    "",
    "Ferries work. The changes we are making will keep every island crossing running through the winter.",
    "",
    "Our ferry fund will keep fares down and give every island a boat it can rely on, all year round.",
    "",
    "Harbour groups and councils have backed the plan too.",
  ].join("\n");

  it("gives the next paragraphs in the first person, naming no one, to the same speaker", () => {
    expect(saidBy(block, "Our ferry fund will keep fares down")).toEqual(["Tom Reed"]);
  });

  it("stops at a paragraph not in the first person", () => {
    expect(saidBy(block, "Harbour groups and councils")).toEqual([]);
  });

  it("stops at a paragraph naming someone", () => {
    const other = block.replace("Our ferry fund will keep", "Our members, says Ann Frith, will keep");
    expect(saidBy(other, "Our members")).not.toContain("Tom Reed");
  });
});
