// Stop 46 (set 76). Two forms of a speakers' list and a write-up, each read in general:
// - "Name, the Chairman, Fenby Arts Council": a post and its body as a list entry writes them, with a comma and no
//   "of" between; the chair word there is the body's, not the session's ("Name, the chair, said …" still is).
// - "moderated by U.S. Harbor Guild board member Name": a body's initials written with full stops before the post
//   end no sentence, as a title's "Dr." does not; and "board member", "council member" is a post (a body's word in
//   lower case before a role word), not a body between "moderated by" and the name.
// Every name, body and sentence is invented.
import { describe, expect, it } from "vitest";
import { chairsIn, draftOf, panelAfter } from "../../../helpers/draft.js";

describe("a chair word followed by another body's name is that body's post", () => {
  for (const sentence of [
    "Other speakers include Sir Ian Pell, the Chairman, Fenby Arts Council, and Ann Frith, Professor of Music at the University of Marlow.",
    "Speakers were Ian Pell, the chair, The Harbour Trust, and Ann Frith of Marlow College.",
    "Joining them is Ian Pell, the chairwoman, Saltby Housing Association.",
    "Taking part will be Ian Pell, moderator, Fenby Churches Together, and Ann Frith.",
  ])
    it(`reads no chair in '${sentence}'`, () => {
      expect(chairsIn(draftOf(panelAfter(sentence)))).toEqual([]);
    });

  for (const sentence of [
    "Ann Bell, the chair, opened the debate.",
    "Ann Bell, the chair, and the panellists took questions.",
    "Ann Bell, moderator, asked the first question.",
  ])
    it(`still reads Ann Bell in '${sentence}'`, () => {
      expect(chairsIn(draftOf(panelAfter(sentence)))).toEqual(["Ann Bell"]);
    });
});

describe("a body's initials with full stops between 'moderated by' and the name", () => {
  for (const sentence of [
    "The panel, moderated by D.C. Press Club board member Ann Bell, ended early.",
    "The debate was chaired by U.K. Harbour Guild president Ann Bell.",
    "The session, moderated by N.H.A. trustee Ann Bell, ran long.",
    "The discussion was moderated by N.Y. Harbor Council member Ann Bell.",
    "The debate was chaired by board member Ann Bell.",
  ])
    it(`reads Ann Bell in '${sentence}'`, () => {
      expect(chairsIn(draftOf(panelAfter(sentence)))).toEqual(["Ann Bell"]);
    });

  it("still reads no chair across a sentence's end", () => {
    expect(
      chairsIn(draftOf(panelAfter("The panel was moderated by the host. Ann Bell spoke about the harbour."))),
    ).toEqual([]);
  });
});
