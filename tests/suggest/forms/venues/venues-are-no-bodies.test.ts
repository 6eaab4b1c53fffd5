// Stop 38: a venue drafted as an organisation (sets 56–57, three texts): "a three course meal at the Marlow Conference
// Centre Hotel", a hearing's title block with "Committee Room" on a line of its own, "took place at the Fenby Convention
// Centre". The run of capitalised words holds a body's word ("Centre", "Committee"), so it was read as a body's name;
// a name ending in a venue's word (Hotel, Room, Arena, Stadium, Theatre, Pavilion, Suite) or in "Convention Centre" is
// now no body where no post is read at it. Refused: a body whose name holds "Centre" ("the Fenby Centre for Coastal
// Studies"), a hotel where a person's post is read ("manager of the Marlow Harbour Hotel"). Every name, body and
// sentence is invented.
import { describe, expect, it } from "vitest";
import { draftOf, organisationsIn, paragraphsText } from "../../../helpers/draft.js";

describe("a venue is no body", () => {
  it("drafts no organisation for a hotel or a committee room", () => {
    const text = paragraphsText(
      "The Annual Debate was held on the second evening of the Harbour Teaching Conference, following a dinner at the Marlow Conference Centre Hotel at Fenby University.",
      "Tom Reed, pro vice-chancellor of Fenby University, chaired the debate, and said: “We argue so that we learn.”",
    );
    const block = [
      "FENBY HOUSE OF TIDES",
      "COMMITTEE ON HARBOURS",
      "Tuesday, 4 May 2027",
      "Committee Room",
      "Fenby Harbour Trust: Update on Berths",
      "",
      "THE CHAIR: Good afternoon, everybody. I call the meeting to order.",
      "",
    ].join("\n");
    const bodies = organisationsIn(draftOf(text));
    expect(bodies).toContain("Fenby University");
    expect(bodies.filter((b) => /Hotel|Room/u.test(b))).toEqual([]);
    expect(organisationsIn(draftOf(block)).filter((b) => /Room/u.test(b))).toEqual([]);
  });

  it("still drafts a body whose name holds 'Centre' and a hotel where a post is read", () => {
    const text = paragraphsText(
      "Ann Bell, director of the Fenby Centre for Coastal Studies, and Kit Lamb, manager of the Marlow Harbour Hotel, spoke to the panel.",
      "The Fenby Centre for Coastal Studies said it would publish the figures.",
    );
    const bodies = organisationsIn(draftOf(text));
    expect(bodies).toEqual(expect.arrayContaining(["Fenby Centre for Coastal Studies", "Marlow Harbour Hotel"]));
  });
});
