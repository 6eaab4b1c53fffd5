// Stop 43: a peer known by an office, registered with its article ("The Lord Bishop of Fenby"), named so in a
// members list. Every name, seat, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { draftOf, paragraphsText as lines, peopleIn } from "../../../helpers/draft.js";

const known = [
  { id: "lord-bishop-of-fenby", type: "person" as const, label: "The Lord Bishop of Fenby", aliases: [] },
  { id: "ann-bell", type: "person" as const, label: "Ann Bell", aliases: [] },
];
const text = lines(
  "Select Committee on Ferries",
  "Members present: Baroness Quarrie (The Chair); Lord Larkworthy; The Lord Bishop of Fenby; Ann Bell.",
  "Baroness Quarrie: Welcome to this session of the committee on the future of the island ferries.",
);

describe("'The Lord Bishop of Fenby' in the registry, the same words in the members list", () => {
  it("is the registry's person, not a new 'Lord Bishop of Fenby'", () => {
    const draft = draftOf(text, known);
    expect(draft.claims.some((c) => c.to === "lord-bishop-of-fenby")).toBe(true);
    expect(peopleIn(draft)).not.toContain("Lord Bishop of Fenby");
  });

  it("with no such entry, the people finder's own reading stays", () => {
    expect(peopleIn(draftOf(text, known.slice(1)))).toContain("Lord Bishop of Fenby");
  });
});
