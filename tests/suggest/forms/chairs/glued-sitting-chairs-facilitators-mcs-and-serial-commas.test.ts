// Stop 47: chairs read from released sets 77–80, each form written as other authors write it too. A sitting's chair in
// Hansard's brackets whose name runs into "in the Chair" (a page whose markup lost the space); a facilitator or
// moderator named right after the word, in lower case mid-sentence; the one who acts "as the MC" or "as master of
// ceremonies" (an adjective before the word too); a chair word after a post and a serial comma ("X, head of the Y
// division, and chair of the conference, said"). Every person, body and sentence is invented.
import { describe, expect, it } from "vitest";
import { chairsIn, draftOf, panelAfter, paragraphsText as lines } from "../../../helpers/draft.js";

const person = (label: string) => ({
  id: label.toLowerCase().replace(/\s+/gu, "-"),
  type: "person" as const,
  label,
  aliases: [],
});

describe("a sitting's chair whose name runs into 'in the Chair'", () => {
  const debate = (chairLine: string) =>
    lines(
      chairLine,
      "14:30",
      "Tom Reed Portrait Tom Reed (Fenby North) (LD)",
      "- Hansard - - - Excerpts",
      "It is a pleasure to serve under your chairmanship. I am grateful for the chance to raise the state of the harbour walls along the northern coast.",
      "Jo Marsh Portrait Jo Marsh (Marlow East) (Con)",
      "- Hansard - - - Excerpts",
      "I congratulate the hon. Member on securing the debate; the harbour walls in my constituency have been patched for ten years.",
    );
  for (const [line, chair] of [
    ["[Ann Bellin the Chair]", "Ann Bell"],
    ["[Sir Ian Pellin the Chair]", "Ian Pell"],
    ["[Dame Ruth Castlein the Chair]", "Ruth Castle"],
    ["[Ann Bell in the Chair]", "Ann Bell"],
  ] as const) {
    for (const known of [[], [person(chair)]]) {
      it(`reads ${chair} from '${line}', ${known.length ? "known" : "the registry empty"}`, () => {
        // (A registry's person is drafted by its id.)
        expect(chairsIn(draftOf(debate(line), known))).toEqual([known.length ? person(chair).id : chair]);
      });
    }
  }
  it("keeps a name that ends in 'in' before a spaced 'in the Chair'", () => {
    expect(chairsIn(draftOf(debate("[Tom Martin in the Chair]"), [person("Tom Martin")]))).toEqual(["tom-martin"]);
  });
});

describe("a facilitator or moderator named right after the word", () => {
  for (const sentence of [
    "When facilitator Ann Bell opened the workshop, she asked what the harbour would need by 2030.",
    "Facilitator Ann Bell asked the group what the harbour would need by 2030.",
    "The discussion opened when facilitator Ann Bell asked what the harbour would need by 2030.",
    "After lunch, moderator Ann Bell asked the panel what the harbour would need by 2030.",
  ]) {
    it(`reads the chair in '${sentence}'`, () => {
      expect(chairsIn(draftOf(panelAfter(sentence)))).toEqual(["Ann Bell"]);
    });
  }
  it("not a body's facilitator, its name before the word", () => {
    expect(chairsIn(draftOf(panelAfter("The Fenby Trust facilitator Ann Bell spoke about the harbour.")))).toEqual([]);
  });
});

describe("the one who acts as MC or master of ceremonies", () => {
  for (const sentence of [
    "The morning began with Ann Bell, Fenby Trust Communications Manager, as the cheerful MC, greeting everyone at the conference.",
    "The morning began with Ann Bell as MC, welcoming everyone to the conference.",
    "Ann Bell, editor of the Fenby Post, acted as master of ceremonies and introduced the speakers.",
    "Ann Bell served as the evening's compère and introduced the speakers.",
  ]) {
    it(`reads the chair in '${sentence}'`, () => {
      expect(chairsIn(draftOf(panelAfter(sentence)))).toEqual(["Ann Bell"]);
    });
  }
  it("is the chair where an event host is named too", () => {
    const text = panelAfter(
      "The morning began with Ann Bell, Fenby Trust Communications Manager, as the cheerful MC, greeting everyone. She was followed by our event host, Tom Reed, President of the Marlow Guild, which organises the fair. Jo Marsh and Kit Lamb spoke next.",
    );
    expect(chairsIn(draftOf(text))).toEqual(["Ann Bell"]);
  });
});

describe("a chair word after a post and a serial comma", () => {
  for (const sentence of [
    "Dr Ann Bell, Head of the Fenby Agency's Harbour Division, and Chair of the Conference, said the day had gone well.",
    "Ann Bell, director of the Fenby Trust, and chair of the session, said the day had gone well.",
    "Ann Bell, a professor at Marlow College, and moderator for the evening, asked the first question.",
  ]) {
    it(`reads the chair in '${sentence}'`, () => {
      expect(chairsIn(draftOf(panelAfter(sentence)))).toEqual(["Ann Bell"]);
    });
  }
  it("not the chair of a body after the serial comma", () => {
    expect(
      chairsIn(
        draftOf(
          panelAfter(
            "Ann Bell, director of the Fenby Trust, and chair of the Marlow Guild, said the day had gone well.",
          ),
        ),
      ),
    ).toEqual([]);
  });
});
