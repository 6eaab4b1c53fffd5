// Stop 42 (w42 #3): what a member's question in a hearing is drafted to mention. The eval README's ruling
// ("Transcripts"): a question mentions the theme it names, or, where it names none, the theme of the answer it draws,
// failing that the hearing's subject; never the witness it is put to (addressing is not mentioning). The chair's words
// that ask nothing (a welcome, the business, a closing) are evidence that they chaired. Every question stays its
// member's words. The texts, people and bodies are invented for this test.
import { describe, expect, it } from "vitest";
import type { KnownEntity } from "../../../../src/suggest/known.js";
import { addressesOnly } from "../../../../src/suggest/questions.js";
import type { Draft } from "../../../../src/suggest/suggest.js";
import { readTranscript } from "../../../../src/suggest/transcript.js";
import { paragraphsOf } from "../../../../src/suggest/text.js";
import { draftOf, labelIn } from "../../../helpers/draft.js";

const theme = (id: string, label: string): KnownEntity => ({ id, type: "theme", label, aliases: [] });

/** The [relation, target] of each claim whose direct quotes include `words`, by the one who said them. */
const claimsOn = (draft: Draft, who: string, words: string): [string, string][] =>
  draft.claims
    .filter(
      (c) => labelIn(draft, c.from) === who && c.evidence.some((e) => e.kind === "direct-quote" && e.quote === words),
    )
    .map((c) => [c.relation, labelIn(draft, c.to)]);

/** Whether any `mentions` claim of `who` points at `whom`. */
const mentionsPerson = (draft: Draft, who: string, whom: string) =>
  draft.claims.some(
    (c) => c.relation === "mentions" && labelIn(draft, c.from) === who && labelIn(draft, c.to) === whom,
  );

describe("a member's question in a hearing", () => {
  const text = [
    "Harbours Committee",
    "Oral evidence: Harbour dues, HC 210",
    "Tuesday 3 March 2026",
    "Members present: Joan Tilly (Chair); Rob Amis; Cara Flint.",
    "Witnesses",
    "I: Dr Ewan Kerr, Chief Engineer, Shoreline Agency; Ann Bell, Director, Fenby Trust.",
    "Examination of witnesses",
    "Q1 The Chair: Good morning and welcome. I welcome Dr Ewan Kerr and Ann Bell. Dr Kerr, should harbour dues be capped?",
    "Dr Ewan Kerr: Harbour dues should follow the cost of dredging, and that cost has doubled.",
    "Q2 Rob Amis: Ms Bell, is the problem money or is it land?",
    "Ann Bell: Land, above all. The quay extension has waited four years for consent.",
    "Q3 Cara Flint: Does anyone in the ministry listen to you, Dr Kerr?",
    "Dr Ewan Kerr: Rarely. We write and we wait.",
    "Q4 Rob Amis: Have you spoken to Ann Bell about it?",
    "Dr Ewan Kerr: Not yet.",
    "Q5 The Chair: Thank you both. That concludes this session.",
  ].join("\n");
  const draft = draftOf(text, [theme("dues", "Harbour dues"), theme("quay", "Quay extension")]);

  it("mentions the theme it names, not the witness it is put to by name", () => {
    expect(claimsOn(draft, "Joan Tilly", "Dr Kerr, should harbour dues be capped?")).toEqual([["mentions", "dues"]]);
  });

  it("that names no theme mentions the theme of the answer it draws, not the text's main theme", () => {
    expect(claimsOn(draft, "Rob Amis", "Ms Bell, is the problem money or is it land?")).toEqual([["mentions", "quay"]]);
  });

  it("whose answer names no theme either mentions the hearing's subject", () => {
    expect(claimsOn(draft, "Cara Flint", "Does anyone in the ministry listen to you, Dr Kerr?")).toEqual([
      ["mentions", "dues"],
    ]);
  });

  it("still mentions a person it names as its subject", () => {
    expect(claimsOn(draft, "Rob Amis", "Have you spoken to Ann Bell about it?")).toContainEqual([
      "mentions",
      "Ann Bell",
    ]);
  });

  it("mentions no witness it only addresses or welcomes", () => {
    expect(mentionsPerson(draft, "Joan Tilly", "Ewan Kerr")).toBe(false);
    expect(mentionsPerson(draft, "Joan Tilly", "Ann Bell")).toBe(false);
    expect(mentionsPerson(draft, "Cara Flint", "Ewan Kerr")).toBe(false);
    expect(claimsOn(draft, "Rob Amis", "Ms Bell, is the problem money or is it land?")).not.toContainEqual([
      "mentions",
      "Ann Bell",
    ]);
  });

  it("makes the chair's welcome and closing evidence that they chaired", () => {
    for (const words of ["Good morning and welcome.", "I welcome Dr Ewan Kerr and Ann Bell.", "Thank you both."]) {
      expect(claimsOn(draft, "Joan Tilly", words).map(([relation]) => relation)).toEqual(["chaired"]);
    }
  });
});

describe("a question whose answer names no theme", () => {
  it("mentions the subject the title block gives the hearing, not the theme the text names most", () => {
    const draft = draftOf(
      [
        "Coastal Affairs Committee",
        "Oral evidence: Coastal erosion, 3 March 2026",
        "Members present: Joan Tilly (Chair); Rob Amis.",
        "Examination of witnesses",
        "Q1 The Chair: How much have sea walls cost? Are sea walls worth it?",
        "Dr Ewan Kerr: Sea walls cost more each year. Sea walls fail in the big storms.",
        "Q2 Rob Amis: Does anyone in Whitehall listen to you?",
        "Dr Ewan Kerr: Rarely. We write. We wait.",
      ].join("\n"),
      [theme("erosion", "Coastal erosion"), theme("walls", "Sea walls")],
    );
    expect(claimsOn(draft, "Rob Amis", "Does anyone in Whitehall listen to you?")).toEqual([["mentions", "erosion"]]);
  });

  it("in a text that names no theme, is still its member's words, on no witness", () => {
    const draft = draftOf(
      [
        "Harbours Committee",
        "Members present: Joan Tilly (Chair); Rob Amis.",
        "Examination of witnesses",
        "Q1 Rob Amis: Ms Bell, is it money or is it land?",
        "Ann Bell: Both, but land first.",
      ].join("\n"),
    );
    expect(claimsOn(draft, "Rob Amis", "Ms Bell, is it money or is it land?").map(([relation]) => relation)).toEqual([
      "mentions",
    ]);
    expect(mentionsPerson(draft, "Rob Amis", "Ann Bell")).toBe(false);
  });
});

describe("a hearing's subject written before the session's kind", () => {
  it("reads 'Rural homelessness: evidence session' as what the hearing is on", () => {
    const text = [
      "Housing Committee",
      "Wednesday 5 February 2025",
      "Members present: Sian Powell (Chair); Gareth Rhys; Elin Mair.",
      "Witnesses: Zoe Bell, Chief Executive, Fenby Trust; Tom Reed, Chief Executive, Glanmor Housing.",
      "Rural homelessness: evidence session",
      "Sian Powell: Good morning. Mr Reed, what are your members seeing?",
      "Tom Reed: Our voids are down to almost nothing.",
    ].join("\n");
    const subject = readTranscript(text, paragraphsOf(text))?.subject;
    expect(subject && text.slice(subject.start, subject.end)).toBe("Rural homelessness");
  });
});

describe("a name in a question that only addresses its bearer", () => {
  const addressed = (sentence: string, name: string) => {
    const at = sentence.indexOf(name);
    return addressesOnly(sentence, { start: 0, end: sentence.length }, { start: at, end: at + name.length });
  };

  it.each([
    ["Dr Nair, is Skerray unusual?", "Nair"],
    ["Is Skerray unusual, Dr Nair?", "Dr Nair"],
    ["Thank you, Dr Nair.", "Nair"],
    ["Thank you. Dr Nair, you mentioned the fleet.", "Dr Nair"],
    ["Dr Holt, from the engineering side?", "Dr Holt"],
    ["Can I turn to Dr Nair?", "Dr Nair"],
    ["Let me ask Ann Bell whether the fleet is old.", "Ann Bell"],
    ["I welcome Ann Bell, of the Fenby Trust, and Tom Reed.", "Tom Reed"],
    ["Good morning and welcome to Ann Bell.", "Ann Bell"],
    ["Could you each say who you are, starting with Ann.", "Ann"],
    ["I have a broad question mainly for Ann, on the timetable.", "Ann"],
    ["We have Ann Bell, director of the Fenby Trust; Tom Reed, chair of the Glanmor Forum.", "Tom Reed"],
    ["We have Ann Bell, director of the Fenby Trust; Tom Reed, chair of the Glanmor Forum.", "Ann Bell"],
    ["Our witnesses this morning are Ann Bell, director, Fenby Trust, and Tom Reed.", "Tom Reed"],
    ["From the Fenby Trust, I welcome Professor Ann Bell, its director; Tom Reed, its chair.", "Tom Reed"],
    ["She is joined by Mr Tom Reed, commissioner, and Ms Ann Bell, director.", "Ann Bell"],
    ["Joining us online is Ann Bell, who chairs the Fenby Trust.", "Ann Bell"],
    ["I acknowledge the presence of our clerk, Ann Bell.", "Ann Bell"],
    ["I thank Ms Bell for joining us.", "Bell"],
  ])("addresses: %s (%s)", (sentence, name) => {
    expect(addressed(sentence, name)).toBe(true);
  });

  it.each([
    ["Did Ann Bell's report reach you?", "Ann Bell"],
    ["Have you spoken to Ann Bell?", "Ann Bell"],
    ["Ann Bell, the chief executive of the Trust, told us the fleet is old; do you agree?", "Ann Bell"],
    ["What did you make of the letter from Ann Bell?", "Ann Bell"],
    ["Should the contract go to Ann Bell?", "Ann Bell"],
    ["Why did Ann Bell resign?", "Ann Bell"],
    ["We have heard Ann Bell say the fleet is old.", "Ann Bell"],
    ["Did you put a question to Ann Bell's office?", "Ann Bell"],
    ["We have shifted the agenda to accommodate Ann.", "Ann"],
    ["I welcome what Ann Bell said, but is it enough?", "Ann Bell"],
    ["We thank the Trust, but does Ann Bell agree?", "Ann Bell"],
  ])("names its subject: %s (%s)", (sentence, name) => {
    expect(addressed(sentence, name)).toBe(false);
  });
});
