// Stop 42: a write-up (set 65) drafted "the newspaper's former editor, Name" as the editor's tie to the paper, the
// role "former editor": the rule that reads a post before a name kept "former", though a post once held is no
// affiliation (tests/fixtures/eval/README.md) and the pairs no rule states were already refused on it. Now a post a rule
// reads that opens with "former", "ex-", "previous", "one-time", "erstwhile" or "late" ties no one, as "then" did.
// Refused: a post held now, "formerly" inside a longer post's words. Every name, body and sentence is invented.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, paragraphsText } from "../../../helpers/draft.js";

const tiesOf = (text: string, publisher?: string) =>
  affiliationsIn(draftOf(text, [], publisher)).map(([who, role, org]) => `${who} → ${org} (${role ?? "-"})`);

describe("a post once held, read by a rule", () => {
  it("ties no one to the paper whose former editor they are", () => {
    const text = paragraphsText(
      "The figures were set out most clearly by the Fenby Courier's former editor, Tom Reed, whose charts everyone followed.",
    );
    expect(tiesOf(text).filter((t) => t.startsWith("Tom Reed"))).toEqual([]);
  });

  it("ties no one by an ex- or one-time post before the name", () => {
    const text = paragraphsText(
      "The Marlow Harbour Trust's ex-chair Ann Bell spoke first.",
      "The Fenby Pilots' Guild's one-time treasurer Kit Lamb spoke next.",
    );
    const ties = tiesOf(text);
    expect(ties.filter((t) => t.startsWith("Ann Bell"))).toEqual([]);
    expect(ties.filter((t) => t.startsWith("Kit Lamb"))).toEqual([]);
  });

  it("still ties a post held now", () => {
    const text = paragraphsText(
      "The figures were set out most clearly by the Fenby Courier's editor, Tom Reed, whose charts everyone followed.",
    );
    expect(tiesOf(text)).toContain("Tom Reed → Fenby Courier (editor)");
  });
});
