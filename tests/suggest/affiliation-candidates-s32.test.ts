// Affiliation candidates, stop 32: pairs the candidate lists could not reach before, so the affiliation model had no
// pair to decide on. Small texts written for this test (names, bodies and sentences invented), with an empty registry.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, organisationsIn } from "../helpers/draft.js";

const affiliations = (text: string) => affiliationsIn(draftOf(text, []));
const tied = (text: string, person: string, body: string) =>
  affiliations(text).some(([p, , o]) => p === person && o === body);
const hearing = (...turns: string[]) =>
  ["Chair: Welcome to the committee. Please begin.", ...turns, "Chair: Thank you. We will now take questions."].join(
    "\n\n",
  );

describe("a body on a turn's label line, before the words, is the speaker's ('Ann Frith (Fenby Harbour Trust, Marlow):')", () => {
  it("ties the speaker to the body in brackets on their label, a place after it", () => {
    const text = hearing(
      "Ann Frith (Fenby Harbour Trust, Marlow): Thank you for having us. We look after the harbour wall.",
    );
    expect(tied(text, "Ann Frith", "Fenby Harbour Trust")).toBe(true);
  });

  it("still ties no speaker to a body named in the words of their turn (what they talk about)", () => {
    const text = hearing("Ann Frith: Thank you for having us. The Fenby Harbour Trust wrote to us last week.");
    expect(organisationsIn(draftOf(text, []))).toContain("Fenby Harbour Trust");
    expect(tied(text, "Ann Frith", "Fenby Harbour Trust")).toBe(false);
  });
});

describe("a witness giving their post with no article in their turn ('I am director of research at X')", () => {
  it("ties the speaker named in the sentence before to the body, with the post", () => {
    const text = hearing(
      "Jo Pratt: Good morning. My name is Jo Pratt. I am director of research at the Fenby Harbour Trust.",
    );
    expect(affiliations(text)).toContainEqual(["Jo Pratt", "director of research", "Fenby Harbour Trust"]);
  });

  it("reads no post from 'I am' and a word that is none ('I am sorry that the X could not come')", () => {
    const text = hearing(
      "Jo Pratt: Good morning. My name is Jo Pratt. I am sorry that the Fenby Harbour Trust could not come.",
    );
    expect(tied(text, "Jo Pratt", "Fenby Harbour Trust")).toBe(false);
  });
});
