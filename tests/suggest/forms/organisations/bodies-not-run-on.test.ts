// A body's name read with an EMPTY registry that must not run on into what follows it: a person's name after the
// body's word ("Dean of the X School of Y Anna Pike said"), or a field of a post ("X Group Digital Media Consultant
// Tara Vale"). Stop 33, from the blind misses of sets 32–35; every text written for this test, names invented.
import { describe, expect, it } from "vitest";
import { KnownEntities } from "../../../../src/suggest/known.js";
import { organisationBeforePost, organisationOpening } from "../../../../src/suggest/posts.js";
import { affiliationsIn, draftOf, organisationsIn } from "../../../helpers/draft.js";

const bodiesIn = (text: string) => organisationsIn(draftOf(text));

describe("a body's name ends before a person's name", () => {
  it("stops before a given name and surname after the body's word, and before a post before them", () => {
    expect(
      bodiesIn(
        [
          "Dean of the Fenby Marlow School of Coastal Studies Anna Pike told the room that news is costly.",
          "The moderator was Fenby School of Law Dean Ruth Okafor, who opened the day.",
          "Then Harbourside Institute for Tides Peter Quint took the floor.",
        ].join("\n\n"),
      ),
    ).toEqual(["Fenby Marlow School of Coastal Studies", "Fenby School of Law", "Harbourside Institute for Tides"]);
  });

  it("keeps a body's name that a given name opens or that a body's word ends after the name", () => {
    expect(
      bodiesIn(
        [
          "The grant came from the Marian Quell Foundation last year.",
          "The Fenby Institute for Grace Darling Studies Centre opened in May.",
        ].join("\n\n"),
      ),
    ).toEqual(["Fenby Institute for Grace Darling Studies Centre", "Marian Quell Foundation"]);
  });
});

describe("a post's field after a body's word is the post's", () => {
  it("reads 'X Group Digital Media Consultant Name' as the body X Group and the post Digital Media Consultant", () => {
    const draft = draftOf(
      "That is settled. Quillmedia Group Digital Media Consultant Tara Vale thinks the worst is over.",
    );
    expect(organisationsIn(draft)).toEqual(["Quillmedia Group"]);
    expect(affiliationsIn(draft)).toEqual([["Tara Vale", "Digital Media Consultant", "Quillmedia Group"]]);
  });

  it("keeps a field the body's name holds after 'of': 'Institute of Public Health director'", () => {
    expect(bodiesIn("Fenby Institute of Public Health director Sam Odell spoke on Monday.")).toEqual([
      "Fenby Institute of Public Health",
    ]);
  });

  it("gives the field to the post where a post is read with the words before it, or after a body's name", () => {
    const known = new KnownEntities([]);
    const text = "Later, Harbourline Trust Data Policy adviser Kim Odell said so.";
    expect(organisationBeforePost(text, 0, text.indexOf("adviser"), known)?.organisation.label).toBe(
      "Harbourline Trust",
    );
    const titled = "Later, Harbourline Trust Data Policy Adviser Kim Odell said so.";
    expect(organisationOpening(titled, "Harbourline Trust Data Policy Adviser", 0, known)).toMatchObject({
      organisation: { label: "Harbourline Trust" },
      role: "Data Policy Adviser",
    });
  });
});

describe("whom something is for is no part of a body's name", () => {
  it("refuses 'for MPs', 'for Members', 'for Councillors' after a body's word", () => {
    expect(
      bodiesIn(
        [
          "Fenby Hall serves as a second Chamber for MPs who want longer sittings. Kim Odell spoke there.",
          "The Marlow Forum for Councillors meets monthly.",
          "A Standing Office for Members, Ann Pike said, would help.",
        ].join("\n\n"),
      ),
    ).toEqual(["Marlow Forum", "Standing Office"]);
  });

  it("keeps 'for' before the field a body's name holds: 'Institute for Coastal Studies', 'Fund for Young Carers'", () => {
    expect(
      bodiesIn("Grants from the Fenby Fund for Young Carers reached the Marlow Institute for Coastal Studies."),
    ).toEqual(["Fenby Fund for Young Carers", "Marlow Institute for Coastal Studies"]);
  });
});
