// A post in lower case after a body's acronym, then a comma and the holder's name ("FRA chief executive, Sir Tom Reed"),
// or after the body's name with its acronym in brackets ("Fenby Rivers Agency (FRA) chair, Ann Bell"); and a word that
// dates a post opening the sentence ("New Fenby Rivers Agency (FRA) chair", "New harbours secretary Tom Reed"), which is
// no body's name nor part of one (stop 40, from the misses of sets 60–61: a trade newsletter, a magazine report). Small
// texts written for this test (names and bodies invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, organisationsIn, type KnownForDraft } from "../../../helpers/draft.js";

const pairs = (text: string, known: KnownForDraft[] = []) =>
  affiliationsIn(draftOf(text, known))
    .map(([person, role, body]) => `${person} → ${body} (${role ?? "no role"})`)
    .sort();
const organisation = (id: string, label: string): KnownForDraft => ({ id, type: "organisation", label, aliases: [] });

const NEWSLETTER =
  "New Marlow Rivers Agency (MRA) chair, Ann Bell, wants a plan for every estuary, she told peers on Tuesday, " +
  "sitting beside MRA chief executive, Sir Tom Reed.\n";

describe("a post in lower case after a body's acronym, then the holder's name", () => {
  it("ties each holder to the body, with an empty registry", () => {
    expect(organisationsIn(draftOf(NEWSLETTER, []))).toEqual(["Marlow Rivers Agency"]);
    expect(pairs(NEWSLETTER)).toEqual([
      "Ann Bell → Marlow Rivers Agency (chair)",
      "Tom Reed → Marlow Rivers Agency (chief executive)",
    ]);
  });

  it("ties each holder to the body the registry knows", () => {
    expect(pairs(NEWSLETTER, [organisation("mra", "Marlow Rivers Agency")])).toEqual([
      "Ann Bell → mra (chair)",
      "Tom Reed → mra (chief executive)",
    ]);
  });

  it("reads no post from words that are none", () => {
    const text = "Speaking on FBC radio, the MRA fan, Ann Bell, said little about the Marlow Rivers Agency (MRA).\n";
    expect(pairs(text).filter((p) => p.includes("(fan)"))).toEqual([]);
  });
});

describe("a word dating a post, opening the sentence", () => {
  it("is no body", () => {
    const text = "New harbours secretary Tom Reed said the queue of ferries would take a year to clear.\n";
    expect(organisationsIn(draftOf(text, []))).toEqual([]);
    expect(pairs(text)).toEqual([]);
  });

  it("still leaves a body whose name opens with the word", () => {
    const text = "Ann Bell, director of the New Fenby Foundation, said the grants would go on.\n";
    expect(pairs(text)).toEqual(["Ann Bell → New Fenby Foundation (director)"]);
  });
});
