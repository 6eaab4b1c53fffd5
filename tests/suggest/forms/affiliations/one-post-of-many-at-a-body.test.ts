// Stop 47 (walkthrough w51, item 5): "Ivo Quayle, a director of Tarn Public Affairs, told councillors …" drafted no
// affiliation: a name ending in a field's word ("… Affairs") after "of" was read as the post's field, as in "Director
// of Public Affairs". A field has one head; "a director of" is one post of several, so a name of three words or more
// there is the body's. The field reading stays for the post without the article, and for a two-word name. Every name
// and body is invented.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, paragraphsText } from "../../../helpers/draft.js";

const affiliations = (sentence: string) => affiliationsIn(draftOf(paragraphsText(sentence)));

describe("one post of several, 'a director of <Name> Affairs'", () => {
  it("ties the person to the body", () => {
    expect(
      affiliations("Ivo Quayle, a director of Tarn Public Affairs, told councillors his firm had offered wording."),
    ).toEqual([["Ivo Quayle", "director", "Tarn Public Affairs"]]);
  });

  it("keeps a field's post as a post", () => {
    expect(
      affiliations("Ivo Quayle, Director of Public Affairs at Fenby Ferries, told councillors the firm had met."),
    ).toEqual([["Ivo Quayle", "Director of Public Affairs", "Fenby Ferries"]]);
    expect(affiliations("Ivo Quayle, a director of Public Affairs, told councillors the firm had met.")).toEqual([]);
  });
});

// The same walkthrough's blog: "We learned that X of Tarn Public Affairs arranged two meetings …" drafted no one, the
// verb after "Name of Org" being none of those that show a sentence's subject. A verb in the past with its object
// there shows it as well.
describe("'Name of Org' as the subject of a verb in the past with its object", () => {
  it("is the person, tied to the body", () => {
    expect(
      affiliations(
        "We learned that Ivo Quayle of Tarn Public Affairs arranged two meetings between the Mayor and the developer.",
      ),
    ).toEqual([["Ivo Quayle", undefined, "Tarn Public Affairs"]]);
  });
});
