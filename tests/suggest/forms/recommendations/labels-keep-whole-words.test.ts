// A recommendation's label and id keep whole words and the words that carry the meaning (walkthrough w46): "We urge
// the council to act before the contracts are renewed" was labelled "The council should act before the contracts",
// and a long proposal was cut at 80 characters with "…". Every sentence here is invented for this test.
import { describe, expect, it } from "vitest";
import { proposalLabel, proposalWords } from "../../../../src/suggest/recommendations.js";
import { draftEveryProposal } from "../../../helpers/draft.js";

const recommendationsOf = (text: string) =>
  draftEveryProposal(text)
    .entities.filter((e) => e.section === "recommendations")
    .map((e) => ({ id: e.id, label: e.label }));

describe("a recommendation's label", () => {
  it("keeps a clause of time the call names ('before the contracts are renewed')", () => {
    expect(proposalLabel("We urge the council to act before the contracts are renewed.")).toBe(
      "The council should act before the contracts are renewed",
    );
    expect(proposalLabel("The Fenby Trust urged the board to wait until the pier is rebuilt.")).toBe(
      "The board should wait until the pier is rebuilt",
    );
  });

  it("keeps a proposal of about a dozen words whole, however long its words", () => {
    const sentence =
      "Harbour authorities should guarantee uninterrupted accessibility improvements throughout neighbouring archipelagos.";
    expect(sentence.length).toBeGreaterThan(80);
    expect(proposalWords(sentence)).toBe(sentence.replace(/\.$/u, ""));
  });

  it("cuts a longer one where a phrase starts, never mid-word nor after 'of', and with no '…'", () => {
    expect(
      proposalWords(
        "The council should introduce a guaranteed minimum ferry service for every island of more than two hundred people",
      ),
    ).toBe("The council should introduce a guaranteed minimum ferry service for every island");
  });

  it("cuts a longer one at a clause break where it has one", () => {
    expect(
      proposalWords(
        "Ministers should fund the night crossings for five more winters, and the ferry board should publish what each one costs",
      ),
    ).toBe("Ministers should fund the night crossings for five more winters");
  });

  it("drafted from a text: whole words in label and id, the id's words the label's first ones", () => {
    const drafted = recommendationsOf(
      "“The council should introduce a guaranteed minimum ferry service for every island of more than two hundred people,” said Ann Bell, a ferry skipper.\n\n" +
        "“We urge the council to act before the ferry contracts are renewed,” said Tom Reed, a harbour master.\n",
    );
    expect(drafted.map((r) => r.label)).toEqual([
      "The council should introduce a guaranteed minimum ferry service for every island",
      "The council should act before the ferry contracts are renewed",
    ]);
    for (const { id, label } of drafted) {
      expect(label).not.toMatch(/…$/u);
      const words = label.toLowerCase().split(/[^a-z0-9]+/u);
      expect(words.slice(0, id.split("-").length)).toEqual(id.split("-"));
    }
  });
});
