// Quotes, stop 40 (fwe, from the walkthrough w40): a committee's report of an inquiry quotes its witnesses with a
// footnote marker (printed from a PDF as a superscript on the word: “… all is well.”¹) whose footnote, at the page's
// foot, cites the oral evidence: "Q45 (Priya Nand)", "Q45 [Priya Nand]", "Qq45–47 (Priya Nand)", "Priya Nand, Q45".
// Where the sentence names no speaker, the footnote's witness spoke the words. Never a footnote citing a written
// submission ("(FEN0012)"), a document, or two witnesses. Texts, people and bodies invented for the test.
import { describe, expect, it } from "vitest";
import { paragraphsText, said } from "../../../helpers/draft.js";

/** A report's page: witnesses named in its paragraphs, a quotation its sentence gives no one, then the page's footnotes. */
const page = (quoting: string, ...footnotes: string[]) =>
  paragraphsText(
    "Environment Committee",
    "Third Report of Session 2026–27",
    "2 Flood defences",
    "4. Nell Farrow, Director of the Tarn Valley Trust, and Dr Ivo Sallow of Dunwold University gave evidence on the embankments at Ashby.",
    `5. ${quoting}`,
    "6. We are not persuaded that the embankments will hold through another winter.",
    ...footnotes,
    "3 Funding",
  );

const QUOTE = "the embankment at Ashby has not been inspected since the floods of 2019";
const quoting = `It was put to us that “${QUOTE}.”¹`;

describe("a report's footnoted witness is the speaker of a quotation its sentence gives no one", () => {
  it.each([
    ["Q45 (Nell Farrow)", "Nell Farrow"],
    ["Q45 [Nell Farrow]", "Nell Farrow"],
    ["Qq45–47 (Nell Farrow)", "Nell Farrow"],
    ["Nell Farrow, Q45", "Nell Farrow"],
    ["Q78 (Dr Ivo Sallow)", "Ivo Sallow"],
  ])("reads the footnote '1 %s'", (footnote, speaker) => {
    expect(said(page(quoting, `1 ${footnote}`))).toEqual([[speaker, `${QUOTE}.`]]);
  });

  it("reads a marker after the closing mark (“…”.²) among the page's footnotes, before the last person named", () => {
    const text = page(
      `Nell Farrow said the banks were sound. The Committee heard that “${QUOTE}”.²`,
      "1 Q40 (Nell Farrow)",
      "2 Q81 (Dr Ivo Sallow)",
    );
    expect(said(text)).toEqual([["Ivo Sallow", QUOTE]]);
  });

  it("takes the footnote on the marker's page, not the same number on a later page", () => {
    const text = paragraphsText(
      "Environment Committee",
      "Third Report of Session 2026–27",
      "4. Nell Farrow and Dr Ivo Sallow gave evidence.",
      `5. ${quoting}`,
      "1 Written evidence from the Tarn Valley Trust (TVT0012)",
      "6. More evidence followed.",
      "1 Q81 (Dr Ivo Sallow)",
    );
    expect(said(text)).toEqual([]);
  });
});

describe("a footnote that cites no one witness gives the quotation no speaker", () => {
  it.each([
    ["a written submission", "1 Tarn Valley Trust (TVT0012)"],
    ["a written submission by a person", "1 Written evidence from Nell Farrow (TVT0012)"],
    ["a document", "1 Fenby Rivers Agency, Flood Defence Review 2025, p 14"],
    ["two witnesses", "1 Qq45–47 (Nell Farrow and Dr Ivo Sallow)"],
    ["two witnesses, by commas", "1 Q45 (Nell Farrow, Ivo Sallow)"],
  ])("refuses %s", (_what, footnote) => {
    expect(said(page(quoting, footnote))).toEqual([]);
  });

  it("leaves a quotation whose sentence names its speaker to that speaker, whatever the footnote", () => {
    const text = page(`Nell Farrow told us that “${QUOTE}.”¹`, "1 Q81 (Dr Ivo Sallow)");
    expect(said(text).map(([who]) => who)).toEqual(["Nell Farrow"]);
  });
});
