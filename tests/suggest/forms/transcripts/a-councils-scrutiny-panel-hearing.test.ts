// Stop 47 (walkthrough w51, items 5 and 6): a council scrutiny panel's hearing, its authority's name on the first line
// of the title block and the panel's under it. The session is the panel's ("<Panel>, <date>"), its `reported-in`
// evidence the panel's name, not the authority's line; and the clerk's closing line, "Hearing closed at 12.40pm.",
// ends the chair's turn instead of being quoted as the chair's words. Every name and sentence here is invented.
import { describe, expect, it } from "vitest";
import { draftOf, labelIn, paragraphsText } from "../../../helpers/draft.js";

const hearing = paragraphsText(
  "Fenby Combined Authority",
  "Island Transport Scrutiny Panel",
  "Transcript of the public hearing on the new ferry, held at the Guildhall on Thursday 7 May 2026.",
  "Present: Councillor Nora Vance (Chair), Councillor Ivo Quayle.",
  "Witnesses: Rafe Dunmore, Chief Executive, Fenby Ferries; Wren Hadley, Tarn Public Affairs.",
  "Councillor Nora Vance (Chair): Good morning and welcome to this public hearing. I will begin with Mr Dunmore.",
  "Rafe Dunmore: Thank you, Chair. The new ferry will serve every island, and we have met the Mayor twice.",
  "Councillor Ivo Quayle: Ms Hadley, did your firm arrange those meetings?",
  "Wren Hadley: We arranged one of them, at the operator's request.",
  "Councillor Nora Vance (Chair): Thank you all. The hearing is closed.",
  "Hearing closed at 12.40pm.",
);

describe("a council scrutiny panel's hearing", () => {
  const draft = draftOf(hearing);

  it("is the panel's session, reported in the source by the panel's name", () => {
    const sessions = draft.entities.filter((e) => e.section === "sessions").map((e) => e.label);
    expect(sessions).toEqual(["Island Transport Scrutiny Panel, 7 May 2026"]);
    const reported = draft.claims.find((c) => c.relation === "reported-in");
    expect(reported?.evidence.map((e) => e.quote)).toEqual(["Island Transport Scrutiny Panel"]);
  });

  it("quotes no closing line of the clerk's as the chair's", () => {
    const quoted = draft.claims.flatMap((c) =>
      c.evidence.filter((e) => e.kind === "direct-quote").map((e) => [labelIn(draft, c.from), e.quote]),
    );
    expect(quoted).toContainEqual(["Nora Vance", "The hearing is closed."]);
    expect(quoted.map(([, q]) => q)).not.toContain("Hearing closed at 12.40pm.");
  });
});
