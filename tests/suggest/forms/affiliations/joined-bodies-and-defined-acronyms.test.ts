// Affiliations and organisations in forms counted over the blind misses of sets 6 to 9 (round 11), each on a small text
// written for this test (names and organisations invented): two bodies joined by "and" read as one name.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, organisationsIn } from "../../../helpers/draft.js";

const affiliations = (text: string) => affiliationsIn(draftOf(text, []));
const organisations = (text: string) => organisationsIn(draftOf(text, []));

describe("two bodies joined by 'and'", () => {
  it("reads 'Name, Role, Org and Org2' in a list entry as a post at each", () => {
    const text =
      "The panel:\n\n• Ann Frith, Director, Fenby Rowing Association and Marlow Sculling Forum\n• Tom Reyes, Chair, Dunmore Harbour Trust\n";
    expect(affiliations(text)).toEqual([
      ["Ann Frith", "Director", "Fenby Rowing Association"],
      ["Ann Frith", "Director", "Marlow Sculling Forum"],
      ["Tom Reyes", "Chair", "Dunmore Harbour Trust"],
    ]);
  });

  it("reads two bodies named together in prose as two organisations", () => {
    const text =
      "Officials from the Fenby Rowing Association and the Marlow Sculling Forum met the minister on Tuesday. FRA and Dunmore Boat Group staff also attended.";
    expect(organisations(text)).toEqual(
      expect.arrayContaining(["Dunmore Boat Group", "Fenby Rowing Association", "Marlow Sculling Forum"]),
    );
    expect(organisations(text).some((o) => / and /u.test(o))).toBe(false);
  });

  it("keeps one name whose body's word leads or is not at the end of the part before 'and'", () => {
    const text =
      "Officials from the Fenby Institute of Health and Society, the Foreign and Commonwealth Office and the Marlow School of Hygiene and Tropical Medicine met on Tuesday.";
    const found = organisations(text);
    expect(found).toContain("Fenby Institute of Health and Society");
    expect(found).toContain("Foreign and Commonwealth Office");
    expect(found).toContain("Marlow School of Hygiene and Tropical Medicine");
  });
});

describe("a post's field written where its organisation could stand", () => {
  const organisationOf = (text: string, person: string) =>
    affiliations(text)
      .filter(([p]) => p === person)
      .map(([, role, o]) => [role, o]);

  it("reads 'Role of Field for the Org' as a post at Org, the field part of the role", () => {
    const text = "We have Ann Frith, who is Head of Coastal Shipping for the Fenby Port Authority (FPA).";
    expect(organisationOf(text, "Ann Frith")).toEqual([["Head of Coastal Shipping", "Fenby Port Authority"]]);
    expect(organisations(text)).toEqual(["Fenby Port Authority"]);
  });

  it("reads 'Name, Role of Field, Org' in a witness list as a post at Org", () => {
    const text =
      "Witnesses\n\nI: Tom Reyes, Head of Future Markets, Marlow Grid; and Sam Yeo, Director, Fenby Audit Office.\n\nExamination of witnesses\n\nQ1 Chair: Welcome.\n\nTom Reyes: Thank you.";
    expect(organisationOf(text, "Tom Reyes")).toEqual([["Head of Future Markets", "Marlow Grid"]]);
    expect(organisations(text)).not.toContain("Future Markets");
  });

  it("reads 'Role of the X, Y and Z sectors at Org' as a post at Org", () => {
    const text =
      "Speakers included Tom Reyes, Managing Director of the Coastal, Freight and Passenger sectors at Marlow Grid.";
    expect(organisationOf(text, "Tom Reyes")).toEqual([
      ["Managing Director of the Coastal, Freight and Passenger sectors", "Marlow Grid"],
    ]);
  });
});

describe("an acronym the text defines for a thing, not a body", () => {
  it("reads no organisation from a zone, a language, a method or a kind of bodies given an acronym", () => {
    const text =
      "Ann Frith, Director of the Fenby Harbour Trust, said the Clean Harbour Air Zone (CHAZ) would start in May. The CHAZ covers the port. Tom Reyes spoke in Marlow Shore Sign Language (MSSL) about New Sampling Test Methodologies (NSTMs) and Small Harbour User Organisations (SHUOs).";
    const found = organisations(text);
    expect(found).toContain("Fenby Harbour Trust");
    for (const thing of ["CHAZ", "Clean Harbour Air Zone", "MSSL", "Marlow Shore Sign Language", "NSTMs"])
      expect(found).not.toContain(thing);
  });
});

describe("an acronym the text defines for a body whose name ends like a thing's", () => {
  it("keeps a body's acronym when a body's word is in its name: 'the Fenby Council for Harbour Languages (FCHL)'", () => {
    const text =
      "Ann Frith of the Fenby Council for Harbour Languages (FCHL) spoke first. The FCHL has run the scheme since 2015.";
    expect(organisations(text)).toContain("Fenby Council for Harbour Languages");
  });
});

describe("a person's body named in the next sentence, after 'he' or 'she'", () => {
  it("makes 'Name … . She advises Org' a candidate the affiliation model decides", () => {
    expect(
      affiliations(
        "Ann Frith spoke first about the harbour. She currently advises the Fenby Harbour Trust on dredging.",
      ),
    ).toEqual([["Ann Frith", undefined, "Fenby Harbour Trust"]]);
  });

  it("makes no candidate when the verb ties no one to the body, or another paragraph names the person", () => {
    expect(affiliations("Ann Frith spoke first. She praised the Fenby Harbour Trust for its work.")).toEqual([]);
    expect(affiliations("Ann Frith spoke first.\n\nShe currently advises the Fenby Harbour Trust.")).toEqual([]);
  });
});
