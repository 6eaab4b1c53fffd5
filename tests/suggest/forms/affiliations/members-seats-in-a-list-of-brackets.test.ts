// Stop 45 (set 74): a news story lists members with each one's seat in brackets, "The Conservative backbenchers
// opposing the plan are Ann Frith (North Fenby), Rosa Lind (Marlow) and Jo Pratt (Dunmore and Saltby)". A seat is a
// place, no body: the brackets of such a list give no organisation. Every name and place here is invented.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, organisationsIn, peopleIn } from "../../../helpers/draft.js";

const LIST =
  "Several members oppose the plan for the ferry port.\n\n" +
  "The Conservative backbenchers opposing the plan are Ann Frith (North Fenby), Rosa Lind (Marlow), " +
  "Jo Pratt (Saltby Central) and Sam Yeo (Dunmore and Saltby).\n\n" +
  "Frith said the port was the wrong place for it.";

describe("members' seats in brackets in a list of names", () => {
  it("reads no organisation from a list of seats", () => {
    const draft = draftOf(LIST, []);
    const seats = organisationsIn(draft).filter((o) => /Fenby|Marlow|Saltby|Dunmore/u.test(o));
    expect(seats).toEqual([]);
    expect(affiliationsIn(draft).filter(([, , org]) => /Fenby|Marlow|Saltby|Dunmore/u.test(org))).toEqual([]);
  });

  it("still reads a list's bodies in brackets ('Ann Frith (Fenby Harbour Trust), Kit Lamb (Marlow Labs)')", () => {
    const text =
      "The speakers were Ann Frith (Fenby Harbour Trust), Kit Lamb (Corvane Labs) and Jo Pratt (Saltby Water).";
    const orgs = affiliationsIn(draftOf(text, [])).map(([name, , org]) => [name, org]);
    expect(orgs).toEqual(
      expect.arrayContaining([
        ["Ann Frith", "Fenby Harbour Trust"],
        ["Kit Lamb", "Corvane Labs"],
        ["Jo Pratt", "Saltby Water"],
      ]),
    );
  });

  it("reads the party of the members' plural before the list as each one's, no post", () => {
    const parties = affiliationsIn(draftOf(LIST, [])).filter(([, , org]) => org === "Conservative Party");
    expect(parties).toEqual([
      ["Ann Frith", undefined, "Conservative Party"],
      ["Jo Pratt", undefined, "Conservative Party"],
      ["Rosa Lind", undefined, "Conservative Party"],
      ["Sam Yeo", undefined, "Conservative Party"],
    ]);
  });

  it("reads the party of 'Labour councillors A, B and C' for each, and none after 'former'", () => {
    const text =
      "Labour councillors Ann Frith, Kit Lamb and Jo Pratt voted against the ferry plan. " +
      "Former Tory councillors Sam Yeo and Tom Reed backed it.";
    const parties = affiliationsIn(draftOf(text, [])).filter(([, , org]) => /Party$/u.test(org));
    expect(parties).toEqual([
      ["Ann Frith", undefined, "Labour Party"],
      ["Jo Pratt", undefined, "Labour Party"],
      ["Kit Lamb", undefined, "Labour Party"],
    ]);
  });

  it("keeps as a person a name of the list that only its party vouches for", () => {
    const text =
      "The Conservative backbenchers opposing the plan are Zelora Quenby (North Fenby), Kate Morrow (Keldmoor), " +
      "Jo Fennick (Saltby Central) and Dan Orrin (Dunmore and Saltby).\n\nOrrin and Quenby wrote to the Harbour Office.";
    const draft = draftOf(text, []);
    expect(peopleIn(draft)).toContain("Zelora Quenby");
    expect(affiliationsIn(draft)).toContainEqual(["Zelora Quenby", undefined, "Conservative Party"]);
  });
});
