// A record's list of officials under a heading that names their body ("Fenby Assembly Officials in Attendance", as
// the Senedd's bilingual committee records print it): each official listed is that body's, with the post their line
// gives (stop 39, from the misses of set 58 with both registries). Small texts written for this test (names and posts invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, organisationsIn, peopleIn, type KnownForDraft } from "../../../helpers/draft.js";

const pairs = (text: string, known: KnownForDraft[] = []) =>
  affiliationsIn(draftOf(text, known))
    .map(([person, role, body]) => `${person} → ${body} (${role ?? ""})`)
    .sort();

const RECORD = [
  "Pwyllgor Harbwr",
  "",
  "Harbour Committee",
  "",
  "Aelodau'r Pwyllgor a oedd yn bresennol",
  "",
  "Committee Members in Attendance",
  "",
  "Gwen Harris",
  "Lowri Pugh",
  "",
  "Swyddogion y Cynulliad a oedd yn bresennol",
  "",
  "Fenby Assembly Officials in Attendance",
  "",
  "Elin Rowe Clerc",
  "Owain Bevan Dirprwy Glerc",
  "Deputy Clerk",
  "Cai Morgan Ymchwilydd",
  "Researcher",
  "",
  "The meeting began at 09:30.",
  "",
  "Bore da a chroeso i'r cyfarfod. Dyma'r eitem gyntaf ar yr agenda heddiw, felly dechreuwn ni.",
  "",
].join("\n");

describe("officials listed under a heading that names their body", () => {
  it("ties each official to the body, with the English post of the next line or the line's own", () => {
    expect(pairs(RECORD)).toEqual([
      "Cai Morgan → Fenby Assembly (Researcher)",
      "Elin Rowe → Fenby Assembly (Clerc)",
      "Owain Bevan → Fenby Assembly (Deputy Clerk)",
    ]);
    expect(organisationsIn(draftOf(RECORD, []))).toContain("Fenby Assembly");
  });

  it("ties them to the registry's body", () => {
    const known: KnownForDraft[] = [{ id: "fa", type: "organisation", label: "Fenby Assembly", aliases: [] }];
    expect(pairs(RECORD, known)).toEqual([
      "Cai Morgan → fa (Researcher)",
      "Elin Rowe → fa (Clerc)",
      "Owain Bevan → fa (Deputy Clerk)",
    ]);
  });

  it("reads a name without the Welsh word for a candidate after it", () => {
    const text = [
      "Others in Attendance",
      "",
      "Nia Price Ymgeisydd a ffefrir ar gyfer swydd cadeirydd",
      "Preferred candidate for the post of chair",
      "",
      "The meeting began at 09:30.",
      "",
    ].join("\n");
    expect(peopleIn(draftOf(text, []))).toContain("Nia Price");
  });

  it("ties no one to a heading that names no body, or only a kind of body", () => {
    for (const head of ["Officials in Attendance", "Council Officers Present", "Senior Officials in Attendance"]) {
      const text = RECORD.replace("Fenby Assembly Officials in Attendance", head);
      expect(pairs(text), head).toEqual([]);
    }
  });

  it("ends the list at the first line that names no one", () => {
    const text = RECORD.replace("The meeting began at 09:30.", "Apologies\n\nTomos Hughes");
    expect(pairs(text).map((p) => p.split(" → ")[0])).not.toContain("Tomos Hughes");
  });
});
