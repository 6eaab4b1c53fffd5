// Posts of broadcasting and a patron's, read as posts as "reporter" and "editor" are ("a presenter at Fenby Radio", "a
// newsreader at Keld Television", "patron of the Marlow Trust", "producer at Marlow Films", "Fenby TV anchor"), and a
// panel list's entry "Body Post - Name", its dash spaced or not ("Fenby TV Anchor- Name") (stop 46, from the misses of
// set 76: a news report of a panel, a broadcasting charity's conference). Small texts written for this test (names and
// bodies invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, type KnownForDraft } from "../../../helpers/draft.js";

const pairs = (text: string, known: KnownForDraft[] = []) =>
  affiliationsIn(draftOf(text, known)).map(([person, role, body]) => `${person} → ${body} (${role ?? "no role"})`);

describe("posts of broadcasting and of a patron", () => {
  it.each([
    ["Ann Bell, a presenter at Fenby Radio, said the station would close.", "Fenby Radio", "presenter"],
    ["Ann Bell, a newsreader at Keld Television, said the bulletin would move.", "Keld Television", "newsreader"],
    ["Ann Bell, patron of the Marlow Trust, said the trust would survive.", "Marlow Trust", "patron"],
    ["Ann Bell, producer at Marlow Films, agreed with the plan.", "Marlow Films", "producer"],
  ])("ties the person to the body, with the post (%#)", (text, body, role) => {
    expect(pairs(text)).toEqual([`Ann Bell → ${body} (${role})`]);
  });
});

describe("a panel list's entry: body, post, a dash and the name", () => {
  const known: KnownForDraft[] = [
    { id: "ftv", type: "organisation", label: "Fenby TV", aliases: [] },
    { id: "mh", type: "organisation", label: "Marlow Herald", aliases: [] },
  ];
  const list = "The panel featured:\n\n  • Fenby TV Anchor- Jo Pratt\n  • Marlow Herald Editor - Tom Reed\n";

  it("reads the post without the dash", () => {
    expect(pairs(list, known)).toEqual(["Jo Pratt → ftv (Anchor)", "Tom Reed → mh (Editor)"]);
  });
});
