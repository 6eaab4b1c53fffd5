// Stop 42 (w43 #8, #12): a later source writes a known person or body another way. "Councillor Bell-Carter" or
// "Cllr Bell-Carter" alone is the known person of that surname (as "Dr Kerr" is), never a new person whose name holds
// the title; "FRF" after "the Fenby Rivers Forum (FRF)" is that body, not a second one; "Ann Bell Carter" is the known
// "Ann Bell-Carter" (the spelling proposed as an alias), and a lone "Carter" is never an alias of a double surname.
// And a named person's quoted words, in a text that names no theme, are spoke-on (not mentions) the title's theme.
// The texts, people and bodies are invented for this test.
import { describe, expect, it } from "vitest";
import type { Draft } from "../../../src/suggest/suggest.js";
import { draftOf, peopleIn, type KnownForDraft } from "../../helpers/draft.js";

const BELL_CARTER: KnownForDraft = { id: "ann-bell-carter", type: "person", label: "Ann Bell-Carter", aliases: [] };
const KERR: KnownForDraft = { id: "tom-kerr", type: "person", label: "Tom Kerr", aliases: [] };

const said = (speaker: string) =>
  `Row over bus subsidies\n\n${speaker} told the meeting: “Our villages depend on these buses. It is not a luxury.”\n`;
const speakersIn = (draft: Draft) => [
  ...new Set(draft.claims.filter((c) => c.relation === "spoke-on").map((c) => c.from)),
];

describe("a title and a surname alone", () => {
  it("are the one known person of that surname, double or single, with the spelling proposed as an alias", () => {
    for (const [speaker, id] of [
      ["Councillor Bell-Carter", "ann-bell-carter"],
      ["Cllr Bell-Carter", "ann-bell-carter"],
      ["Dr Kerr", "tom-kerr"],
      ["Mr Kerr", "tom-kerr"],
    ]) {
      const draft = draftOf(said(speaker!), [BELL_CARTER, KERR]);
      expect(peopleIn(draft), speaker).toEqual([]);
      expect(speakersIn(draft), speaker).toEqual([id]);
      expect(
        draft.aliases?.map((a) => [a.id, a.alias]),
        speaker,
      ).toEqual([[id, speaker]]);
    }
  });

  it("are not a known person when the surname is only the last part of a double one, two have it, or it is a peer's", () => {
    expect(peopleIn(draftOf(said("Mr Carter"), [BELL_CARTER]))).toEqual(["Mr Carter"]);
    const twoKerrs: KnownForDraft = { id: "ada-kerr", type: "person", label: "Ada Kerr", aliases: [] };
    expect(peopleIn(draftOf(said("Dr Kerr"), [KERR, twoKerrs]))).toEqual(["Dr Kerr"]);
    expect(peopleIn(draftOf(said("Lord Kerr"), [KERR]))).toEqual(["Lord Kerr"]);
  });
});

describe("a given name's initial and a surname", () => {
  it("are the one known person of that surname whose given name begins so, the spelling proposed as an alias", () => {
    for (const speaker of ["T. Kerr", "Dr T. Kerr", "T Kerr"]) {
      const draft = draftOf(said(speaker), [BELL_CARTER, KERR]);
      expect(peopleIn(draft), speaker).toEqual([]);
      expect(speakersIn(draft), speaker).toEqual(["tom-kerr"]);
      expect(
        draft.aliases?.map((a) => a.alias),
        speaker,
      ).toContain(speaker.replace(/^Dr /u, ""));
    }
  });

  it("are someone new when the initial is another's or two known people fit", () => {
    expect(speakersIn(draftOf(said("A. Kerr"), [KERR]))).not.toContain("tom-kerr");
    const twoKerrs: KnownForDraft = { id: "tim-kerr", type: "person", label: "Tim Kerr", aliases: [] };
    expect(speakersIn(draftOf(said("T. Kerr"), [KERR, twoKerrs]))).toEqual(["t-kerr"]);
    expect(peopleIn(draftOf(said("T. Kerr"), [KERR, twoKerrs]))).toEqual(["T. Kerr"]);
  });
});

describe("a double surname written without its hyphen", () => {
  it("is the known person, the spelling proposed as an alias", () => {
    const draft = draftOf(said("Ann Bell Carter"), [BELL_CARTER]);
    expect(peopleIn(draft)).toEqual([]);
    expect(draft.aliases?.map((a) => a.alias)).toEqual(["Ann Bell Carter"]);
  });

  it("is someone else's when the given name differs, and its last word alone is not proposed as their alias", () => {
    const draft = draftOf(said("Rhys Bell Carter"), [BELL_CARTER]);
    expect(draft.entities.filter((e) => e.section === "people").map((e) => [e.label, e.aliases])).toEqual([
      ["Rhys Bell Carter", []],
    ]);
    // With no double surname known, the last word is still the alias it always was.
    const plain = draftOf(said("Rhys Bell Carter"), [KERR]);
    expect(plain.entities.filter((e) => e.section === "people").map((e) => e.aliases)).toEqual([["Carter"]]);
  });
});

describe("an acronym the text defines", () => {
  it("is that body wherever it stands, never a second organisation", () => {
    const text =
      "Fenby Rivers Forum annual report\n\nThe Fenby Rivers Forum (FRF) brought together councils and charities in 2024.\n\n" +
      "The FRF recommends that Marsh County Council should publish a ten-year flood plan.\n\nFRF said the plan was overdue.\n";
    const organisations = draftOf(text).entities.filter((e) => e.section === "organisations");
    expect(organisations.map((e) => [e.label, e.aliases])).toContainEqual(["Fenby Rivers Forum", ["FRF"]]);
    expect(organisations.map((e) => e.label)).not.toContain("FRF");
  });
});

describe("a named person's quoted words in a text that names no theme", () => {
  it("are spoke-on the theme of the title, so who-spoke-on finds them; not mentions", () => {
    const draft = draftOf(said("Ann Bell"));
    const ofAnn = draft.claims.filter((c) => c.from === "ann-bell");
    expect(ofAnn.map((c) => c.relation)).toEqual(["spoke-on"]);
    expect(draft.entities.find((e) => e.id === ofAnn[0]!.to)?.section).toBe("themes");
  });
});
