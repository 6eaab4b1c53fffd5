// A post "of" or "at" a body, then the body's acronym set off by commas ("Name, director general of Marlow Science
// Agency, MSA, …"), as a chair welcomes witnesses: the acronym is no second body, and the post is the words before the
// body, not the post and the body whole (stop 46, from the misses of set 75: a parliamentary committee's opening
// statement). Small texts written for this test (names and bodies invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, type KnownForDraft } from "../../../helpers/draft.js";

const pairs = (text: string, known: KnownForDraft[] = []) =>
  affiliationsIn(draftOf(text, known)).map(([person, role, body]) => `${person} → ${body} (${role ?? "no role"})`);
const organisation = (id: string, label: string, aliases: string[] = []): KnownForDraft => ({
  id,
  type: "organisation",
  label,
  aliases,
});

describe("a body's acronym after the body a post is of", () => {
  it.each([
    ["Pat Nolan, director general of Marlow Science Agency, MSA, said the grants were late.", "director general"],
    ["Pat Nolan, chief executive of the Marlow Science Agency, MSA, said the grants were late.", "chief executive"],
    [
      "I welcome Pat Nolan, head of policy and planning at the Marlow Science Agency, MSA, and Dr Ann Lees.",
      "head of policy and planning",
    ],
  ])("leaves the body out of the post (%#)", (text, role) => {
    expect(pairs(text)).toEqual([`Pat Nolan → Marlow Science Agency (${role})`]);
  });

  it("ties the person to the body the registry knows, by its name or its alias", () => {
    const text = "Pat Nolan, director general of Marlow Science Agency, MSA, said the grants were late.";
    expect(pairs(text, [organisation("msa", "Marlow Science Agency", ["MSA"])])).toEqual([
      "Pat Nolan → msa (director general)",
    ]);
  });
});
