// Affiliations in forms counted over the misses of the released sets 13–16 (round 16), each on a small text written
// for this test (names, bodies and sentences invented), with an empty registry.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf } from "../../../helpers/draft.js";

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

describe("a post in the plural shared by the list of names after it", () => {
  it("reads 'the <Body> officials A, B and C' as a post at the body for each", () => {
    const text = "I welcome the Fenby Council officials Ann Frith, Kit Lamb and Jo Pratt, who will explain the order.";
    expect(affiliations(text)).toEqual([
      ["Ann Frith", "officials", "Fenby Council"],
      ["Jo Pratt", "officials", "Fenby Council"],
      ["Kit Lamb", "officials", "Fenby Council"],
    ]);
  });

  it("reads 'the co-chairs of the <Body>, Reps. A (D-CA) and B (R-OH)' as a post at the body for each", () => {
    const text =
      "The talk was led by the co-chairs of the Fenby Harbour Forum, Reps. Ann Frith (D-CA) and Kit Lamb (R-OH), " +
      "who spoke about the tides.";
    const forum = affiliations(text).filter(([, , org]) => org === "Fenby Harbour Forum");
    expect(forum).toEqual([
      ["Ann Frith", "co-chair", "Fenby Harbour Forum"],
      ["Kit Lamb", "co-chair", "Fenby Harbour Forum"],
    ]);
  });

  it("reads no shared post where the words before the list name no body or no post", () => {
    const text =
      "We thank the Fenby Harbour volunteers Ann Frith and Kit Lamb. The winners of the Marlow Prize, Jo Pratt and " +
      "Sam Yeo, spoke next.";
    expect(affiliations(text)).toEqual([]);
  });

  it("reads no shared post for a list of bodies after the post ('the members of the Fenby Forum, Marlow Sailing and …')", () => {
    const text = "The members of the Fenby Harbour Forum, Marlow Sailing and Fenby Rowing, met on Monday.";
    expect(affiliations(text)).toEqual([]);
  });
});
