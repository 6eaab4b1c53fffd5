// Affiliations and organisations in forms counted over the blind misses of sets 6 to 9 (round 11), each on a small text
// written for this test (names and organisations invented): two bodies joined by "and" read as one name.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf } from "../helpers/draft.js";

const affiliations = (text: string) => affiliationsIn(draftOf(text, []));
const organisations = (text: string) =>
  draftOf(text, [])
    .entities.filter((e) => e.section === "organisations")
    .map((e) => e.label)
    .sort();

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
