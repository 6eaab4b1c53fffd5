// What a post is "of" or "for" is not always its body (stop 39, from the misses of sets 58 and 59 with both
// registries): a field ("Assistant Director of Heritage and Creative Industries, Fenby City Authority (FCA)") before the
// body that ends the entry, and a place ("The FNA organiser for Yorkshire, Name") after the body's acronym. Small texts
// written for this test (names and bodies invented; the places are real regions, as the lexicon must know them).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, organisationsIn, type KnownForDraft } from "../../../helpers/draft.js";

const pairs = (text: string, known: KnownForDraft[] = []) =>
  affiliationsIn(draftOf(text, known))
    .map(([person, role, body]) => `${person} → ${body} (${role ?? ""})`)
    .sort();

describe("a post's field, then the body after a comma", () => {
  const text =
    "The chair welcomed the guests. We have Ann Bell, Assistant Director of Heritage and Creative Industries, Fenby " +
    "City Authority (FCA); and Tom Reed, Director, Marlow Museum. I welcome you all.\n";

  it("gives the holder the body ending the entry, the field kept in the post", () => {
    expect(pairs(text)).toContain(
      "Ann Bell → Fenby City Authority (Assistant Director of Heritage and Creative Industries)",
    );
    expect(organisationsIn(draftOf(text, []))).not.toContain("Heritage");
  });

  it("keeps a body after 'of' that reads as a body's name", () => {
    const own = "We have Ann Bell, Director of the Fenby Heritage Trust, Marlow; and Tom Reed.\n";
    expect(pairs(own).filter((p) => p.startsWith("Ann Bell"))).toEqual(["Ann Bell → Fenby Heritage Trust (Director)"]);
  });

  it("keeps the field as the body when nothing ends the entry after it", () => {
    const prose = "Ann Bell, Deputy Mayor for Heritage and the Creative Industries, said the plan would work.\n";
    expect(pairs(prose).map((p) => p.split(" (")[0])).not.toContain("Ann Bell → Fenby City Authority");
  });
});

describe("an acronym, then a post for a place, before the holder's comma", () => {
  it("makes the acronym the body and the place part of the post", () => {
    const text = "The FNA organiser for Yorkshire, Kit Lamb, carried a banner at the show.\n";
    expect(pairs(text)).toEqual(["Kit Lamb → FNA (organiser for Yorkshire)"]);
  });

  it("leaves a post for a body that is no place to that body", () => {
    const text = "An FNA organiser for Quillco Dairies, Ann Bell, spoke at the show.\n";
    expect(pairs(text)).not.toContain("Ann Bell → FNA (organiser for Quillco Dairies)");
  });

  it("leaves a member's letters before a seat alone", () => {
    const text = "The MP for Yorkshire East, Jo Pratt, spoke at the show.\n";
    expect(pairs(text).filter((p) => p.includes("→ MP"))).toEqual([]);
  });
});
