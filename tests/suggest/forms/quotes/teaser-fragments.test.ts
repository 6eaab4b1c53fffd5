// Stop 37: a news lead or a summary quotes a few words ("a charity warned of a “deep, deep hole”") that a named
// speaker says in full further on ("“It will leave them in a deep, deep hole,” said Ann Bell"): the words are that
// speaker's. Every person, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import type { Draft } from "../../../../src/suggest/suggest.js";
import { directQuotesIn, draftOf, paragraphsText as lines, saidByIn as saidBy } from "../../../helpers/draft.js";

/** Every passage a draft quotes as someone's words. */
const quotesOf = (draft: Draft): string[] => draft.claims.flatMap((c) => c.evidence.map((e) => e.quote));
/** Who a draft gives exactly these words to, as a passage of their own. */
const givenAlone = (draft: Draft, words: string): string[] =>
  directQuotesIn(draft).flatMap(([who, , quote]) => (quote === words ? [who] : []));

describe("a fragment whose words a named speaker says in full elsewhere", () => {
  it("gives a lead's fragment to the speaker who says the words later", () => {
    const draft = draftOf(
      lines(
        "Fenby Harbour to close its north quay",
        "The north quay will close next spring, the port authority said; a charity warns the closure will leave fishing families in a “deep, deep hole”.",
        "Ann Bell, chief executive of the Fenby Fishing Trust, said: “The closure of the north quay will hit the families who have fished here for generations.",
        "“It will leave them in a deep, deep hole. The losses are hard to count.”",
      ),
    );
    expect(givenAlone(draft, "deep, deep hole")).toEqual(["Ann Bell"]);
    expect(saidBy(draft, "The closure of the north quay")).toEqual(["Ann Bell"]);
  });

  it("gives an office's fragment to the one named later who says it", () => {
    const draft = draftOf(
      lines(
        "The head of one of the region's biggest ferry firms has said the new fares will be 'utterly ruinous' for island families. The fares rise in May.",
        "Westerly Ferries chief executive Tom Reed said that islanders need to know what help is coming. In a message to staff, he said: 'The size of this rise is utterly ruinous for island families and only the ministers can stop it.'",
      ),
    );
    expect(givenAlone(draft, "utterly ruinous")).toEqual(["Tom Reed"]);
  });

  it("gives a summary's fragment to the speaker when the fragment comes after the full words", () => {
    const draft = draftOf(
      lines(
        "Harbour levy row",
        "Kit Lamb, who chairs the Fenby Boat Owners, said: “A levy on moorings would be a tax on the smallest boats in the harbour, and we will fight it.”",
        "The owners will meet the council next week. The levy would hit the “smallest boats” hardest, the owners fear.",
      ),
    );
    expect(givenAlone(draft, "smallest boats")).toEqual(["Kit Lamb"]);
  });
});

describe("fragments that stay no one's", () => {
  it("leaves words two speakers both say", () => {
    const draft = draftOf(
      lines(
        "Harbour talks",
        "Ministers say the port offer is a “fair settlement”, and the unions do not agree.",
        "Ann Bell, the union's general secretary, said: “This is not a fair settlement for anyone who works on the docks.”",
        "Tom Reed, the harbour master, said: “We made a fair settlement and the unions turned it down.”",
      ),
    );
    expect(saidBy(draft, "fair settlement")).toEqual(["Ann Bell", "Tom Reed"]);
    expect(quotesOf(draft)).not.toContain("fair settlement");
  });

  it("leaves a document's words that a speaker repeats", () => {
    const draft = draftOf(
      lines(
        "Harbour review",
        "The review calls the dredging contract a “costly failure” and asks for a new tender.",
        "Ann Bell, who leads the council, said: “The contract was a costly failure, and we will put it out to tender again this year.”",
      ),
    );
    expect(saidBy(draft, "The contract was a costly failure")).toEqual(["Ann Bell"]);
    expect(quotesOf(draft)).not.toContain("costly failure");
  });

  it("leaves a fragment whose words stand only inside a longer word of the speech", () => {
    const draft = draftOf(
      lines(
        "Harbour plan",
        "The harbour board wants a port that will “lead the way” in clean shipping.",
        "Ann Bell, chair of the Fenby Port Users, said: “We must not mislead the way people see this plan. It is a good start for the town.”",
      ),
    );
    expect(saidBy(draft, "We must not mislead the way")).toEqual(["Ann Bell"]);
    expect(quotesOf(draft)).not.toContain("lead the way");
  });

  it("leaves a one-word scare quote the speaker also uses", () => {
    const draft = draftOf(
      lines(
        "Harbour plan",
        "Critics call the plan “unaffordable”, though the board disagrees.",
        "Ann Bell, chair of the Fenby Port Users, said: “Nobody has shown us that it is unaffordable. We want to see the numbers.”",
      ),
    );
    expect(saidBy(draft, "Nobody has shown us")).toEqual(["Ann Bell"]);
    expect(quotesOf(draft)).not.toContain("unaffordable");
  });
});
