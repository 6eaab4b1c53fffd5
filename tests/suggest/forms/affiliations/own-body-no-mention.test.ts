// A person's words, quoted or reported, that name the body the draft already ties them to (`affiliated-with`) only
// repeat the tie: no `mentions` person → that body is drafted beside it; another body they name is still mentioned
// (stop 34, from a reviewer's own write-up: "Priya Sandhu, a Senior Researcher at the Northern Housing Trust, argued
// that …" drafted both). Small texts written for this test (names, bodies and sentences invented), with one registry
// theme.
import { describe, expect, it } from "vitest";
import type { Draft } from "../../../../src/suggest/suggest.js";
import { affiliationsIn, draftOf, labelIn, paragraphsText } from "../../../helpers/draft.js";

const known = [{ id: "housing", type: "theme" as const, label: "Housing", aliases: ["housing"] }];
const mentionsOf = (draft: Draft, person: string) =>
  draft.claims
    .filter((c) => c.relation === "mentions" && labelIn(draft, c.from) === person)
    .map((c) => labelIn(draft, c.to));

describe("a person's own body, named where they are tied to it", () => {
  it("is no mention in their reported words ('Name, a R at Org, argued that …')", () => {
    const draft = draftOf(
      paragraphsText(
        "The Keldby Forum met on 3 May 2025. The panel was chaired by Ruth Amis.",
        "Ann Frith, a senior researcher at the Marlow Housing Trust, argued that housing quality was being overlooked.",
      ),
      known,
    );
    expect(affiliationsIn(draft)).toContainEqual(["Ann Frith", "senior researcher", "Marlow Housing Trust"]);
    expect(mentionsOf(draft, "Ann Frith")).not.toContain("Marlow Housing Trust");
  });

  it("is no mention in their quoted words", () => {
    const draft = draftOf(
      paragraphsText(
        "The Keldby Forum met on 3 May 2025. The panel was chaired by Ruth Amis.",
        "Ann Frith is a senior researcher at the Marlow Housing Trust.",
        "“At the Marlow Housing Trust we see families wait years for housing,” said Frith.",
      ),
      known,
    );
    expect(affiliationsIn(draft)).toContainEqual(["Ann Frith", "senior researcher", "Marlow Housing Trust"]);
    expect(mentionsOf(draft, "Ann Frith")).not.toContain("Marlow Housing Trust");
  });

  it("leaves another body they name mentioned", () => {
    const draft = draftOf(
      paragraphsText(
        "The Keldby Forum met on 3 May 2025. The panel was chaired by Ruth Amis.",
        "Ann Frith, a senior researcher at the Marlow Housing Trust, argued that the Keld Harbour Authority had overlooked housing.",
      ),
      known,
    );
    expect(mentionsOf(draft, "Ann Frith")).toEqual(["Keld Harbour Authority"]);
  });
});
