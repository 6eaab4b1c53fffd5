// Stop 39: quotations of sets 58–59 (culture funding, farming). A second speaker named in the sentence of another's
// quotation ("Ann Bell admitted the rules are “…” and Tom Reed said there is a “…”"); a surname opening a lead with a
// clause set off after it ("Bell, who took over last year, told the meeting: “…”"); a headline that names its speaker
// by an office ("Harbour minister plans ‘expert panel’"); "dismissing the offer as ‘…’"; a noun of wording naming the
// speaker after the words ("“…,” was the advice from Name", "This was one of many questions posed by Name"). Every
// person, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { paragraphsText as lines, said, saidBy } from "../../../helpers/draft.js";

describe("a second speaker in the sentence of another's quotation", () => {
  it("gives the second quotation to the one named with its own verb after the first", () => {
    const text = lines(
      "Harbour funding row",
      "Chair of the Fenby Trust Ann Bell admitted the current rules are “challenging” and Marlow Ports chief executive Tom Reed said there is a “huge opportunity” to build better ones.",
    );
    expect(saidBy(text, "challenging")).toEqual(["Ann Bell"]);
    expect(saidBy(text, "huge opportunity")).toEqual(["Tom Reed"]);
  });

  it("reads a clause after 'whilst' the same way", () => {
    const text = lines(
      "Harbour levy",
      "Whilst Ann Bell argued against the new levy commenting that “boats should not pay twice”, Harbour Minister Tom Reed said that the levy remained fair because: “too many boats never pay for the dredging”.",
    );
    expect(saidBy(text, "boats should not pay twice")).toEqual(["Ann Bell"]);
    expect(saidBy(text, "too many boats never pay")).toEqual(["Tom Reed"]);
  });

  it("leaves a second quotation to the first speaker when no one else is named before a verb", () => {
    const text = lines(
      "Harbour row",
      "Ann Bell said the rules are “really challenging” and that there is a “huge opportunity” to build better ones for the boat owners of Marlow.",
    );
    expect(saidBy(text, "huge opportunity")).toEqual(["Ann Bell"]);
  });

  it("does not take a name after the verb for the second quotation's speaker", () => {
    const text = lines(
      "Harbour row",
      "Kit Lamb spoke first at the meeting.",
      "Ann Bell said the levy had been set “with no thought for the small boats at all” before describing the plan of Tom Reed as “frankly absurd”.",
    );
    expect(saidBy(text, "frankly absurd")).toEqual(["Ann Bell"]);
  });
});

describe("a surname opening a lead, a clause set off by commas before its verb", () => {
  const before = "Ann Bell, chair of the Fenby Trust, said the rules were hard to follow.";
  const words = "The funding rules that are set up now are quite hard to follow for everyone.";

  it.each([
    "Bell, who took over last year, told an audience of harbour boards, clubs and charities:",
    "Bell, the new chair of the trust, said:",
    "Sailor Bell, who joined the board in spring, told the meeting:",
  ])("gives the words to the one whose surname it is: %s", (lead) => {
    expect(saidBy(lines("Harbour funding", before, `${lead} “${words}”`), "quite hard to follow")).toEqual([
      "Ann Bell",
    ]);
  });

  it("gives no one the words of a list that opens with the surname", () => {
    for (const lead of [
      "Bell, Marlow and Fenby, the three harbours of the coast, said in a joint statement:",
      "Bell, Marlow and Fenby said in a joint statement:",
    ])
      expect(saidBy(lines("Harbour funding", before, `${lead} “${words}”`), "quite hard to follow")).toEqual([]);
  });
});

describe("a headline's fragment whose words one speaker says in the body", () => {
  it("is theirs when the headline names its speaker by an office", () => {
    const text = lines(
      "Harbour minister plans ‘expert panel’ to look after boat owners",
      "The harbour minister Ann Bell has revealed plans for an “expert panel” to look after the interests of boat owners.",
      "Bell said the panel would meet in May.",
    );
    expect(said(text)).toEqual([
      ["Ann Bell", "expert panel"],
      ["Ann Bell", "expert panel"],
    ]);
  });

  it("stays the writer's when the headline names no speaker", () => {
    const text = lines(
      "Boat owners hear crews “earn more on the ferries”",
      "Crews are leaving the harbour for ferry jobs, a council panel was told on Monday.",
      "Ann Bell of the Fenby Trust told the panel that long shifts drive crews out. “Many of them earn more on the ferries,” she said.",
    );
    expect(said(text)).toEqual([["Ann Bell", "Many of them earn more on the ferries,"]]);
  });
});

describe("words after 'dismissing … as'", () => {
  it("are the one's who dismisses", () => {
    for (const sentence of [
      "Fenby campaigner Ann Bell dismissed the offer of a weekly ferry as ‘frankly absurd’.",
      "Fenby campaigner Ann Bell suggested the levy had been set ‘with no thought for the small boats but only for the budget’ dismissing the offer of a weekly ferry as ‘frankly absurd’.",
    ])
      expect(saidBy(lines("Harbour row", sentence), "frankly absurd")).toEqual(["Ann Bell"]);
  });

  it("are no one's in the passive, or when no 'as' comes before them", () => {
    for (const sentence of [
      "The plan of Fenby campaigner Ann Bell was dismissed as ‘frankly absurd’ at the meeting.",
      "Fenby campaigner Ann Bell dismissed the ‘quiet harbour’ plan at the meeting.",
    ])
      expect(said(lines("Harbour row", sentence))).toEqual([]);
  });
});

describe("a noun of wording after the words, then whose they were", () => {
  it("gives a few words to the one named after 'was the advice from', a body's name before the name at most", () => {
    const text = lines(
      "Harbour day",
      "The day opened with a round table. “Let’s aim higher,” was the advice from the Fenby Museum's Tom Reed, in the directors' conversation.",
    );
    expect(said(text)).toEqual([["Tom Reed", "Let’s aim higher,"]]);
  });

  it("gives a question to the one named after 'This was one of many questions posed by'", () => {
    const text = lines(
      "Harbour day",
      "The day opened with a round table.",
      "‘Who will mend the nets?’ This was one of many questions posed by Tom Reed to the audience.",
    );
    expect(said(text)).toEqual([["Tom Reed", "Who will mend the nets?"]]);
  });

  it("gives no one words whose noun names a body, or someone after other words", () => {
    for (const sentence of [
      "Ann Bell spoke first. “Let’s aim higher,” was the advice from the Fenby Museum, in a statement.",
      "The day opened with a round table. “Let’s aim higher,” was the advice from a visitor to Tom Reed.",
    ])
      expect(said(lines("Harbour day", sentence))).toEqual([]);
  });
});

describe("a quotation after the writer's own sentences, a speaker quoted mid-sentence before them", () => {
  const words = "Everyone here, frankly, knows the answer. We need the backing to act on it.";

  it("does not go on with that speaker: the words are someone unnamed's", () => {
    const text = lines(
      "Harbour conference notes",
      `In his talk, Kit Lamb asked us whether we were being “bold enough in planning the harbour of the future.” As we reflected on the Harbour Minister, Tom Reed, speech, laying out his “new deal for crews” at the fair, we heard that crews want more. They want to be trusted and paid. This comment was typical. “${words}”`,
    );
    expect(saidBy(text, "We need the backing")).toEqual([]);
    expect(saidBy(text, "new deal for crews")).toEqual(["Tom Reed"]);
  });

  it("goes on with them when the words follow the sentence that quotes them", () => {
    const text = lines(
      "Harbour conference notes",
      `Tom Reed called the plan a “new deal for crews” at the fair. “${words}”`,
    );
    expect(saidBy(text, "We need the backing")).toEqual(["Tom Reed"]);
  });
});
