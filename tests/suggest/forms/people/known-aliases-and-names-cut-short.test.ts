// Stop 37: people forms missed or cut in the released sets 48–51 and in other released texts:
// - a person the registry knows, named only by a name the registry gives as their alias: an office and the surname
//   ("President Marrow said …"), the surname alone ("Kessler's plan"), after an office ("President-elect Marrow's");
// - a list line surname first whose surname has a capital after its prefix ("McCrae, Mrs Ann (Fenby) (Lab)");
// - a second person after "and" whose name has two given names ("Tom Reed and Anne Marie Frith");
// - a member's party run onto the end of the name ("Edward Frith Conservative MP for Fenby", a debate page's
//   "Photo of Ida Mitchell Ida Mitchell Conservative, Fenby North").
// Refused: a known surname used as a modifier after an article ("the Marrow administration"), inside a run of
// capitalised words ("Kessler Holdings") or a longer name ("Kessler-Hughes"), a known surname the lexicon has as
// another word ("Brown"); an office's name cut before its holder ("Secretary of State for Work and Pensions Ann
// Frith"); a surname that is a party's word too ("Cllr Rhys Green, leader of Fenby"). Every name, body and sentence
// is invented.
import { describe, expect, it } from "vitest";
import type { Draft } from "../../../../src/suggest/suggest.js";
import { draftOf, paragraphsText, peopleIn } from "../../../helpers/draft.js";

/** Whether the draft names the registry's person `id` in any claim. */
const names = (draft: Draft, id: string) => draft.claims.some((c) => c.from === id || c.to === id);

const registry = [
  { id: "ida-marrow", type: "person" as const, label: "Ida Marrow", aliases: ["President Marrow", "Marrow"] },
  { id: "olaf-kessler", type: "person" as const, label: "Olaf Kessler", aliases: ["Kessler"] },
  { id: "tom-brown", type: "person" as const, label: "Tom Brown", aliases: ["Brown"] },
];

describe("a known person named only by an alias the registry gives", () => {
  it("drafts 'President Marrow' as the known person's mention", () => {
    const draft = draftOf(
      "Funding fell again. President Marrow went on to set new targets for the harbour plan.",
      registry,
    );
    expect(names(draft, "ida-marrow")).toBe(true);
  });

  it("drafts the surname alone, and after an office ('President-elect Marrow's victory')", () => {
    expect(names(draftOf("We are the test bed for Kessler's harbour reforms!", registry), "olaf-kessler")).toBe(true);
    expect(names(draftOf("The talk turned to President-elect Marrow’s victory.", registry), "ida-marrow")).toBe(true);
  });

  it("not a modifier after an article ('the Marrow administration'), nor a word inside a body's name", () => {
    expect(names(draftOf("The Marrow administration cut the harbour funds.", registry), "ida-marrow")).toBe(false);
    expect(names(draftOf("Shares in Kessler Holdings fell sharply.", registry), "olaf-kessler")).toBe(false);
  });

  it("not a part of a longer name ('Kessler-Hughes said')", () => {
    const text = "“A firm of twelve has no training department,” Kessler-Hughes said of the harbour trade.";
    expect(names(draftOf(text, registry), "olaf-kessler")).toBe(false);
  });

  it("not a surname the lexicon has as another word ('Brown')", () => {
    expect(names(draftOf("The harbour wall was brown, and Brown paint peeled from it.", registry), "tom-brown")).toBe(
      false,
    );
  });
});

describe("a members' list surname first, the surname with a capital after its prefix", () => {
  const list = paragraphsText(
    "Members of the Committee were as follows:",
    "Chair: Mr Gil Tarrant",
    "Bellamy, Hugh (Fenby Central) (Lab)",
    "McCrae, Mrs Ann (Marlow West) (Lab)",
    "O'Dowd, Mr Piers (Saltmarsh) (Con)",
    "MacLeod, Fiona (Tarn Valley) (LD)",
  );

  it("reads each entry as the given name and the surname", () => {
    expect(peopleIn(draftOf(list))).toEqual(
      expect.arrayContaining(["Hugh Bellamy", "Ann McCrae", "Piers O'Dowd", "Fiona MacLeod"]),
    );
  });

  it("reads no title and given name as a person ('Mrs Ann', 'Mr Piers')", () => {
    const people = peopleIn(draftOf(list));
    expect(people).not.toContain("Mrs Ann");
    expect(people).not.toContain("Mr Piers");
  });
});

describe("a second person after 'and' with two given names", () => {
  it("reads 'Tom Reed and Anne Marie Frith' as two whole names", () => {
    const people = peopleIn(draftOf("Both Tom Reed and Anne Marie Frith challenged the harbour board on its dues."));
    expect(people).toEqual(["Tom Reed", "Anne Marie Frith"]);
  });

  it("still cuts an office's name before its holder ('… for Work and Pensions Ann Frith')", () => {
    const people = peopleIn(draftOf("The Secretary of State for Work and Pensions Ann Frith answered the question."));
    expect(people).toEqual(["Ann Frith"]);
  });
});

describe("a member's party run onto the end of the name", () => {
  it("reads 'Edward Frith Conservative MP for Fenby' as Edward Frith", () => {
    const text = "This week Edward Frith Conservative MP for Fenby pays tribute to Tom Reed, who died on Sunday.";
    expect(peopleIn(draftOf(text))).toEqual(["Edward Frith", "Tom Reed"]);
  });

  it("reads a debate page's 'Photo of Ida Mitchell Ida Mitchell Conservative, Fenby North' as Ida Mitchell", () => {
    const text = paragraphsText(
      "Harbour Dues Bill – Commons sitting, 11:00 am, 12 September 2026.",
      "Photo of Ida Mitchell Ida Mitchell Conservative, Fenby North 11:38, 12 September 2026",
      "I put my name to the Bill my right hon. Friend Kit Lamb brought in, and I am glad to speak for it today.",
    );
    const people = peopleIn(draftOf(text));
    expect(people).toContain("Ida Mitchell");
    expect(people).not.toContain("Ida Mitchell Conservative");
  });

  it("keeps a surname that is a party's word too ('Cllr Rhys Green, leader of Fenby')", () => {
    expect(peopleIn(draftOf("Cllr Rhys Green, leader of Fenby, said the plan was sound."))).toEqual(["Rhys Green"]);
  });
});

// Stop 40 (set 61, and a form stop 38 recorded): the name a person goes by in brackets inside their name.
describe("a nickname in brackets between the given name (and initial) and the surname", () => {
  it.each([
    ["Fenby Bar President Thomas R. (Tom) Pollard opened the symposium with a welcome.", "Thomas R. Pollard"],
    ["Margaret (Peggy) Lyle, chief executive of the Marlow Trust, opened the symposium.", "Margaret Lyle"],
  ])("reads one person, without the brackets: %s", (sentence, person) => {
    const people = peopleIn(draftOf(paragraphsText("Symposium on legal aid", sentence)));
    expect(people).toContain(person);
    expect(people.some((p) => /^(?:Thomas R|Margaret)$/u.test(p))).toBe(false);
  });

  it.each([
    "Ann (Fenby) Bell opened the symposium with a welcome.",
    "Tom (and Ann) Bell opened the symposium with a welcome.",
  ])("reads no nickname where the brackets hold no given name: %s", (sentence) => {
    const people = peopleIn(draftOf(paragraphsText("Symposium on legal aid", sentence)));
    expect(people.some((p) => /Fenby Bell|Ann Bell|Tom Bell/u.test(p))).toBe(false);
  });
});
