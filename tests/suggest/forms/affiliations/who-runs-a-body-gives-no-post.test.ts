// Stop 47 (walkthrough w47, defect 9): "Name, who runs the X Trust" drafted the role "runs" with the passage ", who runs
// the X Trust". The text ties the person to the body but gives no post (the gold's convention: no role where the text
// gives none), and the passage must name whom it ties. Every name and sentence here is invented for this test.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf } from "../../../helpers/draft.js";

const evidenceOf = (text: string) =>
  draftOf(text, [])
    .claims.filter((c) => c.relation === "affiliated-with")
    .flatMap((c) => c.evidence.map((e) => e.quote));

describe("'Name, who runs the X Trust': a tie with no post", () => {
  it.each(["runs", "leads", "heads", "directs"])("'who %s the Fenby Harbour Trust' gives no role", (verb) => {
    const text = `Gareth Dunmore, who ${verb} the Fenby Harbour Trust, said money was failing to reach older tenants.\n`;
    expect(affiliationsIn(draftOf(text, []))).toEqual([["Gareth Dunmore", undefined, "Fenby Harbour Trust"]]);
  });

  it("quotes the name with the clause, not the clause alone", () => {
    const text = "Gareth Dunmore, who runs the Fenby Harbour Trust, said money was failing to reach older tenants.\n";
    expect(evidenceOf(text)).toEqual(["Gareth Dunmore, who runs the Fenby Harbour Trust"]);
  });

  it("keeps the post the verb does give: 'has run … since'", () => {
    expect(affiliationsIn(draftOf("Mark Tregear has run the Scarby Harbour Partnership since 2015.\n", []))).toEqual([
      ["Mark Tregear", "has run", "Scarby Harbour Partnership"],
    ]);
  });
});
