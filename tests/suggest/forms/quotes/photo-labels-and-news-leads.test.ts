// Round 17: quote attribution and people read from the blind misses of set 19: a minister's label under the holder's
// photo on a re-published Hansard page; a quotation closed by an opening mark typed where the closing one belongs; a
// surname that is a colour no name has as a rule ("White"); a news lead's described speaker before a long clause.
// Every person, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { draftOf, paragraphsText as lines, peopleIn, saidByIn as saidBy } from "../../../helpers/draft.js";
import { quoteSpansOf } from "../../../../src/suggest/text.js";

const harbours = [{ id: "harbour-berths", type: "theme" as const, label: "Harbour berths", aliases: ["harbour"] }];

describe("a minister's label under the holder's photo, as re-published Hansard prints it", () => {
  const debate = lines(
    "Harbour Dredging",
    "Westminster Hall",
    "Debates in the hall are led by backbench members and answered by a minister.",
    "Edwin Larch Portrait The Minister for Harbours (Edwin Larch)",
    "- Hansard - - - Excerpts",
    "It is a pleasure to serve under your chairmanship, Mrs Fenwick. I thank the hon. Member for Westby for securing this debate on the silted harbours.",
    "We all know how much the closed channels cost the crews who work them. We will tell the House what we decide before the recess.",
    "Ann Frith Portrait Ann Frith (Westby) (Con)",
    "- Hansard - - - Excerpts",
    "Will the Minister meet the harbour masters of my constituency before the decision is made?",
  );

  it("gives the minister's speech to the holder, not to no one", () => {
    const draft = draftOf(debate, harbours);
    expect(saidBy(draft, "It is a pleasure to serve under your chairmanship")).toEqual(["Edwin Larch"]);
    expect(saidBy(draft, "We all know how much the closed channels cost")).toEqual(["Edwin Larch"]);
    expect(saidBy(draft, "Will the Minister meet the harbour masters")).toEqual(["Ann Frith"]);
  });

  it("not when the photo is of someone else than the office's holder", () => {
    const other = debate.replace("Edwin Larch Portrait", "Tom Reed Portrait");
    expect(saidBy(draftOf(other, harbours), "We all know how much the closed channels cost")).not.toEqual([
      "Edwin Larch",
    ]);
  });
});

describe("a quotation closed by an opening mark typed where the closing one belongs", () => {
  const text = lines(
    "It is two days since Ann Frith told the forum “there are simply not enough berths in this harbour“. Tom Reed, meanwhile, is promising to dredge the channel where “needed“. Bold talk, though he has said as much before.",
  );

  it("ends at that mark, and the next one opens no quotation running on into the writer's words", () => {
    const spans = quoteSpansOf(text).map((q) => text.slice(q.inner.start, q.inner.end));
    expect(spans).toEqual(["there are simply not enough berths in this harbour", "needed"]);
  });

  it("gives the writer's own sentences to no one", () => {
    const draft = draftOf(text, harbours);
    expect(saidBy(draft, "there are simply not enough berths")).toEqual(["Ann Frith"]);
    expect(saidBy(draft, "Bold talk")).toEqual([]);
    expect(saidBy(draft, "Tom Reed, meanwhile")).toEqual([]);
  });
});

describe("a surname that is a colour no name has as a rule", () => {
  it("is a name's after a given name: 'Rosalind White'", () => {
    const draft = draftOf(
      lines(
        "Witnesses: Ann Bell, Chief Executive, Fenby Council; Rosalind White, Director of Harbour Safety, Harbour Safety Regulator.",
        "Rosalind White said the rules for the harbour would change next year.",
      ),
    );
    expect(peopleIn(draft)).toContain("Rosalind White");
    expect(peopleIn(draft)).not.toContain("Harbour Safety Regulator");
  });

  it("not in a paper's name", () => {
    const draft = draftOf(lines("The Harbours White Paper said the rules would change, and Ann Bell agreed with it."));
    expect(peopleIn(draft).filter((p) => /White/u.test(p))).toEqual([]);
  });
});

describe("a news lead whose described speaker says what a long subject is", () => {
  it("gives the words to the one named after it with that office", () => {
    const draft = draftOf(
      lines(
        "A council leader has warned that the county’s revised dredging quotas for each small harbour town of the coast are “unworkable”.",
        "Ann Frith, the council’s leader, said the quotas would double what the ports pay for dredging each year.",
      ),
      harbours,
    );
    expect(saidBy(draft, "unworkable")).toEqual(["Ann Frith"]);
  });
});

describe("words quoted in a news lead and again in full: one saying, not a repeated subject", () => {
  const themesOf = (draft: ReturnType<typeof draftOf>) =>
    draft.entities.filter((e) => e.section === "themes").map((e) => e.label);
  const story = (lead: string) =>
    lines(
      "Harbour penalties praised as campaigners decry ‘silted’ docks",
      `Campaigners have praised the penalties set for three harbour firms, yet said the sums lay bare the “${lead}” of the docks.`,
      "Fenby Harbour Watch chief executive Ann Frith said: “These penalties expose the sorry state of neglect of our silted harbour docks. The firms must now pay to dredge them.”",
    );

  it("counts a phrase of the echo no second time towards a new theme", () => {
    expect(themesOf(draftOf(story("sorry state of neglect")))).not.toContain("Sorry state");
  });

  it("but does when the lead's words are the writer's own, not the speaker's", () => {
    expect(themesOf(draftOf(story("sorry state and growing neglect")))).toContain("Sorry state");
  });
});
