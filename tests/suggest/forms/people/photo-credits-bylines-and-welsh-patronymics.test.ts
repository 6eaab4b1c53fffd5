// Stop 41 (q41b): people named only by a news page's furniture or with a Welsh patronymic, as sets 56–63 print them.
// A photo's credit names its photographer, a person of the text (the gold's `mentions`): in capitals with the agency
// or the paper after a slash ("CREDIT: ANN BELL/PA", "TOM REED/The Courier": sets 56 and 63), or in mixed case
// ("(Photo by Ann Bell)", set 57), not a stock library's credit ("Photo by X on Y"). A byline run into the paper's
// name ("By Ann Bell The": set 62; "Name The Paper" is the same run). "ap" inside a Welsh name
// ("Emyr ap Tudur": set 62, stop 41). Every name, body and sentence is invented.
import { describe, expect, it } from "vitest";
import { draftOf, type KnownForDraft, paragraphsText, peopleIn } from "../../../helpers/draft.js";

const people = (text: string, known: KnownForDraft[] = []) => peopleIn(draftOf(text, known)).sort();

describe("a photographer a photo's credit names", () => {
  it("reads a credit in capitals, the agency or the paper after the slash", () => {
    const text = paragraphsText(
      "Dockers urge council to back the harbour plan",
      "FENBY HARBOUR WORKS STARTING\nCREDIT: KIT MOSS/PA\nCampaigners argued against the harbour plan. Credit: PA",
      "ANN BELL/The Courier Up to 40 jobs are set to go at the Fenby dock.",
      "The council will vote on the plan next month.",
    );
    expect(people(text)).toEqual(["Ann Bell", "Kit Moss"]);
  });

  it("reads a credit in mixed case, in brackets or after a colon", () => {
    const text = paragraphsText(
      "Volunteers at the harbour roundtable listen to experts discuss the plan. (Photo by Jo Pratt)",
      "The roundtable met for the third time this year.",
    );
    expect(people(text)).toEqual(["Jo Pratt"]);
  });

  it("takes no stock library's photographer, and no body or agency a credit in capitals names", () => {
    const text = paragraphsText(
      "The harbour plan was debated at length.",
      "Photo by Marta Oliveira on Unsplash",
      "FENBY COUNCIL/PA\nThe council met on Tuesday.",
      "PA WIRE/The Courier\nThe dock was quiet.",
    );
    expect(people(text)).toEqual([]);
  });
});

describe("a byline on a news page", () => {
  it("reads a byline run into the paper's name, the paper's words no part of the writer's", () => {
    expect(
      people(
        paragraphsText(
          "Harbour plan approved",
          "- By Rosa Lamb The",
          "COUNCILLORS approved the harbour plan on Tuesday.",
        ),
      ),
    ).toEqual(["Rosa Lamb"]);
    expect(
      people(
        paragraphsText("Harbour plan approved", "By Rosa Lamb The Fenby Courier", "The plan was approved on Tuesday."),
      ),
    ).toEqual(["Rosa Lamb"]);
  });

  it("takes no bullet's words that are no byline", () => {
    expect(
      people(paragraphsText("What the plan holds", "  • Harbour Watch", "  • Dock Lane", "The plan was approved.")),
    ).toEqual([]);
  });
});

describe("a Welsh patronymic", () => {
  const known: KnownForDraft[] = [{ id: "emyr-ap-tudur", type: "person", label: "Emyr ap Tudur", aliases: [] }];

  it("reads 'ap' inside a name, as the registry knows it and with an empty registry", () => {
    const draft = draftOf(
      paragraphsText("The following amendments have been selected: amendment 2 in the name of Emyr ap Tudur."),
      known,
    );
    expect(draft.claims.filter((c) => c.relation === "mentions").map((c) => c.to)).toContain("emyr-ap-tudur");
    expect(people(paragraphsText("Owen ap Tudur said the harbour plan was good for the town."))).toEqual([
      "Owen ap Tudur",
    ]);
  });

  it("joins no name across an 'ap' in capitals or at a name's end", () => {
    expect(people(paragraphsText("Owen Tudur AP said the harbour plan was good for the town."))).not.toContain(
      "Owen Tudur AP",
    );
  });
});
