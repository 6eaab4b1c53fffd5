// Stop 36 (a journalist's own files): what a news story's byline, its date and the inquiry it reports are not. A byline's
// writer is the source's author, never a panellist; a date after a post is no organisation; a name ending in
// "Inquiry", "Commission", "Review", "Committee" or "Panel" is no person, even as a transcript's title line; the
// inquiry's chair chairs. Every person, body and sentence here is invented for these tests.
import { describe, expect, it } from "vitest";
import {
  affiliationsIn,
  chairsIn,
  draftOf,
  labelIn,
  organisationsIn,
  paragraphsText,
  peopleIn,
} from "../../../helpers/draft.js";
import type { Draft } from "../../../../src/suggest/suggest.js";

/** The labels of the people a draft makes panellists, sorted. */
const panellistsIn = (draft: Draft): string[] =>
  [...new Set(draft.claims.filter((c) => c.relation === "panellist-in").map((c) => labelIn(draft, c.from)))].sort();

const story = paragraphsText(
  "Council hears of leaking sluices",
  "By Piers Holloway, Local Democracy Reporter, 4 June 2024",
  "Sluices across the valley are failing, the Wenham Valley Inquiry heard yesterday.",
  "Professor Ines Carrow, Director of the Wenham Flood Trust, told the inquiry that gates had rusted shut. “Some gates have not moved since 2011,” she said.",
  "Councillor Davey Tobin said the boards were “slow and underfunded”. He called for one valley board.",
  "Inquiry chair Martha Quill said she would write to the Valley Water Board before the next hearing.",
);

describe("a news story's byline", () => {
  it("makes its writer no panellist of the hearing the story reports", () => {
    const draft = draftOf(story);
    expect(panellistsIn(draft)).toEqual(["Davey Tobin", "Ines Carrow"]);
    expect(panellistsIn(draft)).not.toContain("Piers Holloway");
  });

  it("still makes a witness whose post the story gives a panellist (the post is outside the byline)", () => {
    expect(panellistsIn(draftOf(story))).toContain("Ines Carrow");
  });

  it("gives a date after the writer's post to no organisation", () => {
    const draft = draftOf(story);
    expect(organisationsIn(draft)).not.toContain("4 June 2024");
    expect(affiliationsIn(draft).map(([, , org]) => org)).not.toContain("4 June 2024");
  });

  it("gives no date for an organisation in a post's line, in either order of day and month", () => {
    const draft = draftOf(
      paragraphsText(
        "Witnesses: Nell Ashby, Treasurer, June 12, 2024; Orrin Vale, Chief Executive, Harbour Ferries.",
        "Nell Ashby said the fund was empty. Orrin Vale said the ferries would run.",
      ),
    );
    expect(organisationsIn(draft)).not.toContain("June 12, 2024");
    expect(affiliationsIn(draft)).toContainEqual(["Orrin Vale", "Chief Executive", "Harbour Ferries"]);
  });
});

describe("the inquiry a text reports", () => {
  it("has its chair, named after 'Inquiry chair', chair the hearing rather than sit on it", () => {
    const draft = draftOf(story);
    expect(chairsIn(draft)).toEqual(["Martha Quill"]);
    expect(panellistsIn(draft)).not.toContain("Martha Quill");
  });

  it("is no person when a transcript's title line reads like a speaker's label", () => {
    const draft = draftOf(
      paragraphsText(
        "Wenham Valley Inquiry: Hearing 3 transcript",
        "Held at Elmsford Town Hall, 3 June 2024.",
        "Witnesses: Professor Ines Carrow, Director, Wenham Flood Trust; Davey Tobin, Leader, Elmsford Borough Council.",
        "Chair: Martha Quill.",
        "MARTHA QUILL: Good morning. Professor Carrow, what state are the sluices in?",
        "PROFESSOR INES CARROW: Some gates have not moved since 2011. The gates were last painted before the war.",
        "MARTHA QUILL: Mr Tobin, can the borough pay?",
        "DAVEY TOBIN: No. We cannot keep raising the levy.",
      ),
    );
    expect(peopleIn(draft)).not.toContain("Wenham Valley Inquiry");
    expect(panellistsIn(draft)).toEqual(["Davey Tobin", "Ines Carrow"]);
    expect(chairsIn(draft)).toEqual(["Martha Quill"]);
  });

  it("is no person whichever of the words for a body ends its name, and a person's name is still one", () => {
    for (const body of ["Harbour Commission", "Tidal Review", "Ferries Committee", "Coast Panel"]) {
      const draft = draftOf(
        paragraphsText(
          `${body}: Sitting 2 transcript`,
          "Held at Elmsford Town Hall, 3 June 2024.",
          "Witnesses: Nell Ashby, Treasurer, Harbour Ferries Trust; Orrin Vale, Leader, Elmsford Borough Council.",
          "Chair: Martha Quill.",
          "MARTHA QUILL: Good morning. Ms Ashby, is the fund empty?",
          "NELL ASHBY: The fund is empty and the ferries are late.",
          "MARTHA QUILL: Mr Vale, will the ferries run?",
          "ORRIN VALE: The ferries will run all winter.",
        ),
      );
      expect(peopleIn(draft)).not.toContain(body);
      expect(panellistsIn(draft)).toEqual(["Nell Ashby", "Orrin Vale"]);
    }
  });
});
