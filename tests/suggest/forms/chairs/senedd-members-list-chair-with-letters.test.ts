// Stop 41 (walkthrough w42, a fact-checker's Senedd committee page): the Senedd's members list names the chair "Name AS
// Cadeirydd y Pwyllgor" — the member's letters (AS, Aelod o'r Senedd; MS, Member of the Senedd) between the name and
// the Welsh post — as docs/add-a-source.md promises. "Name Cadeirydd y Pwyllgor" was read; with the letters, no chair
// was drafted. Texts written for this test (names and bodies invented).
import { describe, expect, it } from "vitest";
import { chairsIn, draftOf, paragraphsText } from "../../../helpers/draft.js";

const seneddPage = (chairLine: string, ...others: string[]) =>
  paragraphsText(
    "Housing and Communities Committee",
    "Wednesday 5 February 2025",
    "Aelodau'r pwyllgor a oedd yn bresennol / Committee members in attendance",
    chairLine,
    ...others,
    "Tystion / Witnesses",
    "Nia Rowlands, Chief Executive, Cwm Housing Trust",
    "Gwen Pryce MS: Bore da, and welcome to this meeting. I welcome Nia Rowlands, the chief executive of Cwm Housing Trust.",
    "Nia Rowlands: Diolch, Chair. Three more councils have stopped taking new referrals.",
    "Rhys Lloyd MS: Is the problem money or is it land?",
    "Nia Rowlands: Both, but land first.",
  );

describe("the Senedd's members list line of the chair, with the member's letters", () => {
  it.each([
    ["AS", "Gwen Pryce AS Cadeirydd y Pwyllgor"],
    ["MS", "Gwen Pryce MS Cadeirydd y Pwyllgor"],
    ["no letters (as before)", "Gwen Pryce Cadeirydd y Pwyllgor"],
  ])("names the chair: %s", (_, line) => {
    expect(chairsIn(draftOf(seneddPage(line, "Rhys Lloyd AS", "Elin Tudwal AS")))).toEqual(["Gwen Pryce"]);
  });

  it("names no other member chair: a member's line with the letters alone, or another post", () => {
    const chairs = chairsIn(
      draftOf(
        seneddPage("Gwen Pryce AS Cadeirydd y Pwyllgor", "Rhys Lloyd AS Is-gadeirydd y Pwyllgor", "Elin Tudwal AS"),
      ),
    );
    expect(chairs).toEqual(["Gwen Pryce"]);
  });
});
