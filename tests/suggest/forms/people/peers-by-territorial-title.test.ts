// A new peer is named by the territorial title the text writes ("Baroness Ferris of Wold"), as registers and the
// annotators name peers, "Baroness Ferris" an alias; the place ends at "and" when the next words are another person.
// Read from the blind misses of sets 36–39 with an empty registry; every name, body and sentence is invented.
import { describe, expect, it } from "vitest";
import { chairsIn, draftOf, paragraphsText, peopleIn } from "../../../helpers/draft.js";

const people = (text: string) => peopleIn(draftOf(text));

describe("a peer named with a territorial title is drafted under it", () => {
  it("names each peer of a 'Members present:' line by the title and place, the chair among them", () => {
    const text = paragraphsText(
      "Members present: Baroness Ferris of Wold (The Chair); Lord Tamsin of Harlow; Lord Quarry; Viscount Elbury.",
      "Examination of witnesses",
      "Ann Frith, Director, Fenby Harbour Trust.",
      "Q1 The Chair: Welcome. Would you begin?",
      "Ann Frith: Thank you. The harbour is full.",
    );
    const draft = draftOf(text);
    expect(peopleIn(draft)).toEqual(
      expect.arrayContaining(["Baroness Ferris of Wold", "Lord Tamsin of Harlow", "Lord Quarry", "Ann Frith"]),
    );
    expect(peopleIn(draft).filter((p) => /^(?:Baroness Ferris|Lord Tamsin)$/u.test(p))).toEqual([]);
    expect(chairsIn(draft)).toEqual(["Baroness Ferris of Wold"]);
  });

  it("keeps 'Lord X' as the alias of the title and place, the place itself no one", () => {
    const draft = draftOf(
      "Lord Tamsin of Harlow, a trustee of the Wold Canal Society, said the locks were failing. Lord Tamsin said more.",
    );
    const tamsin = draft.entities.find((e) => e.label === "Lord Tamsin of Harlow");
    expect(tamsin?.aliases).toContain("Lord Tamsin");
    expect(draft.entities.some((e) => /^Harlow/u.test(e.label))).toBe(false);
  });

  it("names a Hansard speaker heading's peer by the place title ('Lord X of Y Portrait Lord X of Y (Con)')", () => {
    const text = paragraphsText(
      "Canal Locks Bill Debate",
      "Baroness Ferris of Wold Portrait Baroness Ferris of Wold (LD)",
      "My Lords, the locks on the Wold canal are older than the railway.",
    );
    expect(people(text)).toEqual(["Baroness Ferris of Wold"]);
  });

  it("names a peer of a place of two words joined by 'and' in full ('of Fenby and Deal')", () => {
    expect(people("Lord Amberley of Fenby and Deal said the ferry must stay.")).toEqual([
      "Lord Amberley of Fenby and Deal",
    ]);
  });

  it("leaves a peer the text names without a place as 'Lord X'", () => {
    expect(people("Lord Quarry said the ferry must stay.")).toEqual(["Lord Quarry"]);
  });
});

describe("a peer's place ends before 'and' when another person follows", () => {
  it("reads 'Lord X of Place and Lord Y' as two peers", () => {
    expect(people("Lord Amberley of Tarn and Lord Fosse warned that the ferry would close.")).toEqual([
      "Lord Amberley of Tarn",
      "Lord Fosse",
    ]);
  });

  it("reads 'Baroness X of Place and Given Surname' as a peer and a person", () => {
    expect(people("Baroness Wren of Dunmore and Tom Reed met the harbour board on Friday.")).toEqual([
      "Baroness Wren of Dunmore",
      "Tom Reed",
    ]);
  });

  it("reads 'Lord X of Place and Ms Surname' as a peer and a person", () => {
    expect(
      people("Lord Amberley of Tarn and Ms Frith, the harbour master, both spoke. Ann Frith said it was late."),
    ).toEqual(expect.arrayContaining(["Lord Amberley of Tarn", "Ann Frith"]));
  });
});
