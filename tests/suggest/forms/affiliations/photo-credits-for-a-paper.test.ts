// Stop 38: a photo's credit that names the paper the picture was taken for ("Photograph: Tom Reed for the Fenby
// Courier", set 56), as photo credits were read in sets 40–43 and 44–47: the affiliation model tied the photographer to
// the paper, a tie the annotators do not take from a credit. Stop 35 left the agency after a slash ("Tom Reed/Fenby
// Wire") untied; the paper after "for" in a credit is now the same. Refused: a photographer the text quotes with a post
// ("Tom Reed, a photographer at the Fenby Courier, said"). Every name, body and sentence is invented.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, type KnownForDraft, paragraphsText } from "../../../helpers/draft.js";

const known: KnownForDraft[] = [
  { id: "fenby-courier", type: "organisation", label: "The Fenby Courier", aliases: ["the Fenby Courier"] },
];
const tiedToCourier = (text: string) =>
  affiliationsIn(draftOf(text, known))
    .filter(([, , org]) => org === "fenby-courier")
    .map(([who]) => who);

describe("a photo's credit for a paper", () => {
  it("ties no photographer to the paper a credit names after 'for'", () => {
    const text = paragraphsText(
      "Ann Bell, the president of the Harbour Students' Union, said they had lost the vote because the councillors had broken their promises. Photograph: Tom Reed for the Fenby Courier",
      "Students said they were angry and vowed to fight on.",
    );
    expect(tiedToCourier(text)).not.toContain("Tom Reed");
  });

  it("still ties a photographer the text names with a post at the paper", () => {
    const text = paragraphsText(
      "Tom Reed, a photographer at the Fenby Courier, said: “The harbour has never looked so empty.”",
    );
    expect(tiedToCourier(text)).toContain("Tom Reed");
  });
});
