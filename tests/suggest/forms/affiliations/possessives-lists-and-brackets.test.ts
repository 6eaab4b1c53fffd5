// Affiliations in forms read on set 8 and counted over the 155 texts before it (round 10), each on a small text written
// for this test (names and organisations invented): an organisation's possessive before the acronym the text defines
// for it, a list of names sharing the organisation in brackets after the last, and two bodies in one bracket.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, organisationsIn } from "../../../helpers/draft.js";

const affiliations = (text: string) => affiliationsIn(draftOf(text, []));
const organisations = (text: string) => organisationsIn(draftOf(text, []));

describe("an organisation's possessive and the acronym the text defines for it", () => {
  it("reads 'the Org’s (ACR)' as defining the acronym for the name, not for the name with its possessive", () => {
    const text =
      "Speaking at the Fenby Housing Association’s (FHA) annual forum, Tom Reyes warned about rents. The panel also included the chief executive of the FHA, Ann Frith, who urged action.";
    expect(affiliations(text)).toEqual([["Ann Frith", "chief executive", "Fenby Housing Association"]]);
    expect(organisations(text)).not.toContain("Fenby Housing Association’s");
  });

  it("reads 'the Org's (ACR) Name' as the person's organisation, as 'the Org's Name' is", () => {
    expect(affiliations("The panel featured the Marlow Learning Alliance's (MLA) Ann Frith and Sam Yeo.")).toEqual([
      ["Ann Frith", undefined, "Marlow Learning Alliance"],
    ]);
  });
});

describe("names listed, then the organisation of the last", () => {
  it("reads 'A, B and C (Org)' as each of them from Org", () => {
    expect(
      affiliations("Speakers included Ann Frith, Tom Reyes and Sam Yeo (Fenby Youth Forum) on youth work."),
    ).toEqual([
      ["Ann Frith", undefined, "Fenby Youth Forum"],
      ["Tom Reyes", undefined, "Fenby Youth Forum"],
      ["Sam Yeo", undefined, "Fenby Youth Forum"],
    ]);
  });

  it("keeps a listed name's own organisation: in 'Org2's A and B from Org', A is Org2's only", () => {
    expect(
      affiliations("The panel featured Marlow Learning Alliance's Ann Frith and Tom Reyes from the Fenby Trust."),
    ).toEqual([
      ["Ann Frith", undefined, "Marlow Learning Alliance"],
      ["Tom Reyes", undefined, "Fenby Trust"],
    ]);
  });
});

describe("two bodies in one bracket after a name", () => {
  it("reads 'Name (Org and Org2)' as two organisations when each reads as a body's name", () => {
    expect(
      affiliations("Speakers included Ann Frith (Marlow Institute) and Tom Reyes (FHA and Marlow Housing Group)."),
    ).toEqual([
      ["Ann Frith", undefined, "Marlow Institute"],
      ["Tom Reyes", undefined, "FHA"],
      ["Tom Reyes", undefined, "Marlow Housing Group"],
    ]);
  });

  it("keeps one name when a part does not read as a body's: 'Name (Hale and Dunmore)'", () => {
    expect(affiliations("Speakers included Ann Frith (Hale and Dunmore Partners) and Sam Yeo.")).toEqual([
      ["Ann Frith", undefined, "Hale and Dunmore Partners"],
    ]);
  });
});

describe("a post's field of work after 'of', no organisation and no person", () => {
  it("reads 'Director of Data Protection', 'Director of Human Resources' as posts, their fields neither body nor name", () => {
    const text =
      "Witnesses: Ann Frith, Deputy Commissioner and Director of Data Protection, and Tom Reyes, Director of Human Resources.";
    expect(affiliations(text)).toEqual([]);
    const people = draftOf(text, [])
      .entities.filter((e) => e.section === "people")
      .map((e) => e.label);
    expect(people).toEqual(["Ann Frith", "Tom Reyes"]);
    // With the body after the field, the post is at the body.
    expect(affiliations("Ann Frith, Director of Data Protection at the Fenby Office, gave evidence.")).toEqual([
      ["Ann Frith", "Director of Data Protection", "Fenby Office"],
    ]);
  });
});
