// A post at a body that the text first says the kind of, in lower case, before its name: "a fellow with the nonprofit
// newsroom FenbyWatch", "a reporter for the local news site Marlow Today", "an editor at the magazine Harbour Weekly"
// (stop 46, from the misses of set 76: a policy journal's round table). The kind is neither the post's nor the body's.
// Small texts written for this test (names and bodies invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf } from "../../../helpers/draft.js";

const pairs = (text: string) =>
  affiliationsIn(draftOf(text, [])).map(([person, role, body]) => `${person} → ${body} (${role ?? "no role"})`);

describe("a body's kind in lower case before its name", () => {
  it.each([
    [
      "Ann Bell, a reporting fellow with the nonprofit newsroom FenbyWatch, said the paper would close.",
      "FenbyWatch",
      "reporting fellow",
    ],
    [
      "Ann Bell, a reporter for the local news site Marlow Today, said the council was slow.",
      "Marlow Today",
      "reporter",
    ],
    ["Ann Bell, an editor at the magazine Harbour Weekly, agreed.", "Harbour Weekly", "editor"],
  ])("ties the person to the body, the kind in neither (%#)", (text, body, role) => {
    expect(pairs(text)).toEqual([`Ann Bell → ${body} (${role})`]);
  });
});
