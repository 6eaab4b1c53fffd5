// Stop 41 (q41b): a devolved chamber's debate as TheyWorkForYou prints it, each speech under the member's photo line
// alone ("Photo of Name Name Party time, date"), the presiding member's too (set 62; stop 41 left it): the one who calls
// the next speaker ("I call on X to move the motion"), whose speech opens by addressing the presiding office ("Diolch,
// Dirprwy Lywydd"), presides. A motion's clauses between them are no one's turn. Refused: a call the next speaker does
// not answer so, a member who calls on the Government. Every name, body and sentence is invented.
import { describe, expect, it } from "vitest";
import { chairsIn, draftOf } from "../../../helpers/draft.js";

const debate = (calling: string, answering: string) =>
  [
    "6. Harbour Party Debate: Ferries",
    "",
    "– in the Senedd on 13 June 2028.",
    "",
    "Photo of Orla Pennick Orla Pennick Labour 4:18, 13 June 2028",
    "",
    calling,
    "",
    "Motion NDM9001 Rosa Lamb",
    "",
    "To propose that the Senedd:",
    "",
    "1. Notes that the ferries are late.",
    "",
    "2. Calls on the Government to publish a timetable.",
    "",
    "Motion moved.",
    "",
    "Photo of Tomos Reed Tomos Reed Conservative 4:19, 13 June 2028",
    "",
    answering,
    "",
    "Members, the ferries have been late all winter, and the people of Fenby deserve better than this from the Government.",
    "",
    "Photo of Kit Moss Kit Moss Labour 4:25, 13 June 2028",
    "",
    "Thank you. I agree that the ferries have been late, but the Government has a plan to fix them this year.",
    "",
  ].join("\n");

describe("the presiding member named only by a photo line", () => {
  it("makes the one who calls the next speaker, addressed as the presiding office, the chair", () => {
    const text = debate(
      "We move on to item 6, the Harbour Party debate, and I call on Tomos Reed to move the motion. Tomos.",
      "Diolch yn fawr, Dirprwy Lywydd, and I move the motion.",
    );
    expect(chairsIn(draftOf(text))).toEqual(["Orla Pennick"]);
  });

  it("names no chair where the one called does not address the presiding office", () => {
    const text = debate(
      "We move on to item 6, the Harbour Party debate, and I call on Tomos Reed to move the motion. Tomos.",
      "Thank you, and I move the motion.",
    );
    expect(chairsIn(draftOf(text))).toEqual([]);
  });

  it("names no chair for a member who calls on the Government", () => {
    const text = debate(
      "The ferries are late again, and I call on the Government to act before the summer comes.",
      "Diolch yn fawr, Dirprwy Lywydd, and I move the motion.",
    );
    expect(chairsIn(draftOf(text))).toEqual([]);
  });
});
