// Stop 50 (w50 #13): "The committee recommends that …" in a committee's minutes was drafted as the document's own
// proposal, and "Fenby Borough Council's Fenby Transport Committee has recommended …" in a press release as the whole
// council's. The gold's rule (tests/fixtures/eval/README.md: "a list the panel or an organisation proposes is
// `recommends` from the session or organisation"): "the committee" ("the Committee", "the sub-committee") is the
// session the text reports, else the committee it last named; a possessive run of bodies is its last body's. Invented
// texts.
import { describe, expect, it } from "vitest";
import type { Draft } from "../../../../src/suggest/suggest.js";
import { draftEveryProposal, paragraphsText } from "../../../helpers/draft.js";

const proposers = (draft: Draft) => draft.claims.filter((c) => c.relation === "recommends").map((c) => c.from);

const MINUTES = (sentence: string) =>
  paragraphsText(
    "Minutes: Fenby Transport Committee, 11 May 2026",
    "Present: Councillor Ann Bell (Chair), Councillor Tom Reed, Councillor Kit Lamb.",
    'Councillor Reed said: "The traders on Harbour Road have waited long enough for a loading bay."',
    'Councillor Lamb said: "The bus lane has cut journey times on Harbour Road by a third."',
    sentence,
  );

describe("a committee's own voice", () => {
  it("is the session of the meeting its minutes report: 'The committee recommends …', 'The Sub-committee recommends …'", () => {
    for (const sentence of [
      "The committee recommends that the bus lane on Harbour Road be made permanent with a loading bay.",
      "The Sub-committee recommends that the bus lane on Harbour Road be made permanent with a loading bay.",
    ]) {
      const draft = draftEveryProposal(MINUTES(sentence));
      const session = draft.entities.find((e) => e.section === "sessions")?.id;
      expect(session, sentence).toBeDefined();
      expect(proposers(draft), sentence).toEqual([session]);
    }
  });

  it("is the committee the text named before it, where it reports no session", () => {
    const draft = draftEveryProposal(
      paragraphsText(
        "Harbour Road bus lane",
        "The Fenby Transport Committee met on Monday to discuss the Harbour Road bus lane. The committee recommends that the bus lane on Harbour Road be made permanent.",
      ),
    );
    expect(proposers(draft)).toEqual(["fenby-transport-committee"]);
  });

  it("is the committee, not the council, in 'the Council's Transport Committee has recommended …'", () => {
    const draft = draftEveryProposal(
      paragraphsText(
        "Council backs Harbour Road bus lane",
        "Fenby Borough Council's Fenby Transport Committee has recommended that the Harbour Road bus lane be made permanent.",
      ),
    );
    expect(proposers(draft)).toEqual(["fenby-transport-committee"]);
  });
});
