// Affiliations in forms counted over the misses of the released sets 13–16 (round 16), each on a small text written
// for this test (names, bodies and sentences invented), with an empty registry.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf } from "../helpers/draft.js";

const affiliations = (text: string) => affiliationsIn(draftOf(text, []));

describe("a US member's party and state in brackets", () => {
  it("reads '(D-CA)' and '(R-OH)' after a name in prose as the Democratic and Republican parties", () => {
    const text =
      "The caucus is led by its co-chairs, Reps. Kit Lamb (D-CA) and Jo Pratt (R-OH), who spoke about tide gauges.";
    const parties = affiliations(text).filter(([, , org]) => /Party$/u.test(org));
    expect(parties).toEqual([
      ["Kit Lamb", undefined, "Democratic Party"],
      ["Jo Pratt", undefined, "Republican Party"],
    ]);
  });

  it("reads the bracket on a speaker's label in capitals ('REP. JO PRATT (R-AZ):')", () => {
    const text =
      "CHAIRMAN KIT LAMB (D-NY): The committee will come to order. We welcome our witness.\n\n" +
      "REP. JO PRATT (R-AZ): Thank you, Mr. Chairman. I have one question on the harbour.\n\n" +
      "CHAIRMAN KIT LAMB (D-NY): The gentleman yields back.";
    const parties = affiliations(text).filter(([, , org]) => /Party$/u.test(org));
    expect(parties).toEqual([
      ["Kit Lamb", undefined, "Democratic Party"],
      ["Jo Pratt", undefined, "Republican Party"],
    ]);
  });

  it("reads no party from a bracket that is no state's ('(R-value)', '(D-Day)')", () => {
    const text = "Kit Lamb (R-value) spoke. Jo Pratt (D-Day) spoke too.";
    expect(affiliations(text).filter(([, , org]) => /Party$/u.test(org))).toEqual([]);
  });
});

describe("a Canadian member's party in openparliament.ca's headline", () => {
  const page =
    "3:35 p.m.\n\nLiberal\n\nThe Chair Liberal Ann Bell\n\nI call this meeting to order. Mr. Reed, go ahead.\n\n" +
    "3:36 p.m.\n\nConservative\n\nTom Reed Conservative Fenby—Marlow Harbour, ON\n\n" +
    "Thank you, Madam Chair. I have a question about the harbour budget.\n\n" +
    "3:37 p.m.\n\nNDP\n\nSue Lowe NDP Saltmarsh North, BC\n\nI have a question as well, Madam Chair.\n\n" +
    "3:38 p.m.\n\nLiberal\n\nThe Chair Liberal Ann Bell\n\nThank you. We will suspend.";

  it("reads the party of 'Name Party Riding, PROV' and of 'The Chair Party Name'", () => {
    const parties = affiliationsIn(draftOf(page, [])).filter(([, , org]) => /Party|Bloc/u.test(org));
    expect(parties).toEqual([
      ["Ann Bell", undefined, "Liberal Party of Canada"],
      ["Tom Reed", undefined, "Conservative Party of Canada"],
      ["Sue Lowe", undefined, "New Democratic Party"],
    ]);
  });

  it("reads no party from a panellist's line in prose ('Tom Reed Conservative MP for Fenby')", () => {
    const text = "The panel:\n\nTom Reed Conservative MP for Fenby\n\nSue Lowe, Fenby Harbour Trust";
    const parties = affiliationsIn(draftOf(text, [])).filter(([, , org]) => /of Canada/u.test(org));
    expect(parties).toEqual([]);
  });
});
