// A witness list's post whose fields hold a comma or an "and", then the body ending the entry: fields in capitals
// listed before the post's word ("Name, Health, Safety, Environment and Sustainability Director, Org"), a field after
// the post's comma ("Name, Associate Director, Policy, Org"), and a field's "and" before words that name no one ("Name,
// Vice Principal for Research and Knowledge Exchange, Org") (stop 46, from the misses of sets 72 and 75: committee
// transcripts' witness lists). Small texts written for this test (names and bodies invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, peopleIn, type KnownForDraft } from "../../../helpers/draft.js";

const pairs = (text: string, known: KnownForDraft[] = []) =>
  affiliationsIn(draftOf(text, known)).map(([person, role, body]) => `${person} → ${body} (${role ?? "no role"})`);
const witnesses = (entry: string) => `Witnesses\n\nI: ${entry}; and Sam Cole, Member, Keld Farmers Union.\n`;

describe("a witness's post with its fields, then the body", () => {
  it.each([
    [
      "Ann Bell, Health, Safety, Environment and Sustainability Director, Marlow Builders",
      "Health, Safety, Environment and Sustainability Director",
    ],
    [
      "Ann Bell, People, Culture and Communications Director, Marlow Builders",
      "People, Culture and Communications Director",
    ],
    ["Ann Bell, Associate Director, Policy, Marlow Builders", "Associate Director, Policy"],
    ["Ann Bell, Head of Research, Europe, Marlow Builders", "Head of Research, Europe"],
    [
      "Professor Ann Bell, Vice Principal for Research and Knowledge Exchange, Marlow Builders",
      "Vice Principal for Research and Knowledge Exchange",
    ],
    ["Ann Bell, Director for Policy and Public Affairs, Marlow Builders", "Director for Policy and Public Affairs"],
  ])("reads the whole post and the body (%#)", (entry, role) => {
    const text = witnesses(entry);
    expect(pairs(text)).toEqual([`Ann Bell → Marlow Builders (${role})`, "Sam Cole → Keld Farmers Union (Member)"]);
    expect(peopleIn(draftOf(text, []))).toEqual(["Ann Bell", "Sam Cole"]);
    const known: KnownForDraft[] = [{ id: "mb", type: "organisation", label: "Marlow Builders", aliases: [] }];
    expect(pairs(text, known)[0]).toEqual(`Ann Bell → mb (${role})`);
  });

  it("still reads a given name after a field's 'and' as the next person", () => {
    const text = witnesses("Ann Bell, Director for Policy and Tom Reed, Marlow Builders");
    expect(peopleIn(draftOf(text, []))).toContain("Tom Reed");
  });
});
