// Stop 44: a post's words drafted as (part of) an organisation's name, seen on real sets 68–69 with an empty registry:
// "FHTU General Secretary Ann Bell" (a body "FHTU General"), "Ann Bell, General Secretary of FHTU was in the chair" (a
// body "General Secretary of FHTU", the post "was in the chair"), "HM Chief Inspector of Harbours, Dame Jo Marsh" (a
// body "HM"), "New FHTU Director Tom Reed" (a body "New FHTU") and a headline run into the text, "… Dinner Former
// Council Aide and Harbour Fellowship Trust founder Ann Bell" (one body of all of it). With the refusals: a body whose
// name holds the same words ("General Medical Union", "HM Harbours Agency", "New Harbour Trust"). Every name and body is
// invented.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, organisationsIn } from "../../../helpers/draft.js";

describe("a post's words are no body's name", () => {
  it("reads 'FHTU General Secretary Ann Bell' as the general secretary of FHTU", () => {
    const draft = draftOf('Speaking after the vote, FHTU General Secretary Ann Bell said: "This is a good day."\n');
    expect(affiliationsIn(draft)).toEqual([["Ann Bell", "General Secretary", "FHTU"]]);
  });

  it("reads 'Name, General Secretary of FHTU was in the chair' as the post of FHTU, no body of the post's words", () => {
    const draft = draftOf(
      "Tom Reed opened the fringe meeting, and Kit Lamb spoke on pay.\n\nThe meeting was well attended, and Ann Bell, General Secretary of FHTU was in the chair.\n",
    );
    expect(affiliationsIn(draft)).toContainEqual(["Ann Bell", "General Secretary", "FHTU"]);
    expect(organisationsIn(draft)).not.toContain("General Secretary of FHTU");
  });

  it("drafts no body 'HM' for 'HM Chief Inspector of Harbours, Name', and no body of the office's field", () => {
    const draft = draftOf(
      "The committee heard on Monday from HM Chief Inspector of Harbours, Dame Jo Marsh, about the harbours' safety record.\n",
    );
    expect(organisationsIn(draft)).toEqual([]);
    expect(affiliationsIn(draft)).toEqual([]);
  });

  it("still reads 'HM Harbours Agency' as a body", () => {
    const draft = draftOf("Jo Marsh, a director at HM Harbours Agency, gave evidence on the harbour fund.\n");
    expect(affiliationsIn(draft)).toEqual([["Jo Marsh", "director", "HM Harbours Agency"]]);
  });

  it("reads 'New FHTU Director Tom Reed' as the director of FHTU", () => {
    const draft = draftOf("New FHTU Director Tom Reed set out the union's plans for the year.\n");
    expect(affiliationsIn(draft)).toEqual([["Tom Reed", "Director", "FHTU"]]);
  });

  it("keeps 'New' in a body's name that is no acronym ('New Harbour Trust Director Tom Reed')", () => {
    const draft = draftOf("New Harbour Trust Director Tom Reed set out the trust's plans for the year.\n");
    expect(affiliationsIn(draft)).toEqual([["Tom Reed", "Director", "New Harbour Trust"]]);
  });

  it("reads a former post, 'and', then the body of the present one: the body after the 'and'", () => {
    const draft = draftOf(
      "Ann Bell To Open Marlow Institute Dinner Former Council Aide and Harbour Fellowship Trust founder Ann Bell is to give the first talk at the institute's dinner.\n",
    );
    expect(affiliationsIn(draft)).toEqual([["Ann Bell", "founder", "Harbour Fellowship Trust"]]);
  });

  it("gives no body of a post held before with no 'and' ('Former Harbour Trust founder Ann Bell')", () => {
    const draft = draftOf("Former Harbour Trust founder Ann Bell is to give the first talk at the dinner.\n");
    expect(affiliationsIn(draft)).toEqual([]);
  });
});
