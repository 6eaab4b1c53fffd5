// Stop 50 (w50 #7): a news story writes a known councillor "Bartolomew Quig" for the registry's "Bartholomew Quigg".
// A new person whose every name word is a known person's or a letter from it (a letter dropped, added or two swapped,
// in a word of five letters or more) is drafted with a remark naming the known person, and Review shows the remark.
// Not a letter changed ("Ann Lamp", "Ann Lamb"), not a short word ("Jon Frith", "John Frith"), not a shared surname.
// A known person whose registry entry marks the new one's id as someone else (`distinctFrom`: a draft made again of a
// source that declares that person) is not remarked on. The texts and people are invented for this test.
import { describe, expect, it } from "vitest";
import { SourceQuotes } from "../../../src/ingest/quotes.js";
import { renderDraft } from "../../../src/suggest/render.js";
import { fileView } from "../../../src/review/session.js";
import { namesSlipped } from "../../../src/model/near-spellings.js";
import { readCorpusFiles } from "../../../src/ingest/read.js";
import { validateCorpus } from "../../../src/ingest/validate.js";
import { knownEntities } from "../../../src/suggest/suggest.js";
import { copyFixture, edit } from "../../helpers/corpus.js";
import { draftOf, type KnownForDraft } from "../../helpers/draft.js";

const QUIGLEY: KnownForDraft = { id: "bartholomew-quigley", type: "person", label: "Bartholomew Quigley", aliases: [] };
const LAMB: KnownForDraft = { id: "ann-lamb", type: "person", label: "Ann Lamb", aliases: ["Lamb"] };
const FRITH: KnownForDraft = { id: "john-frith", type: "person", label: "John Frith", aliases: [] };
const KNOWN = [QUIGLEY, LAMB, FRITH];

const story = (speaker: string) =>
  `Bus lane stays\n\nCouncillor ${speaker}, who left his group this month, said the traders had been ignored.\n`;
const remarkOn = (speaker: string) =>
  draftOf(story(speaker), KNOWN).entities.find((e) => e.label === speaker)?.comment ?? "";

describe("a new person spelt like a known one", () => {
  it("is drafted as new, with a remark naming the known person: a letter dropped in each word, or one word", () => {
    for (const speaker of ["Bartolomew Quigly", "Bartholomew Quigly", "Bartolomew Quigley", "Bartholomew Quiglye"]) {
      expect(remarkOn(speaker), speaker).toContain(
        "possibly the same person as Bartholomew Quigley (bartholomew-quigley)",
      );
    }
  });

  it("is not remarked on for a letter changed, a short word, a surname or a given name shared alone", () => {
    for (const speaker of ["Ann Lamp", "Jon Frith", "Tom Quigley", "Bartholomew Quince", "Bartholomew Quigleys Orr"]) {
      expect(remarkOn(speaker), speaker).not.toContain("possibly the same person");
    }
    expect(namesSlipped("Ann Lamb", "Ann Lamb")).toBe(false);
    expect(namesSlipped("Ann Lambe", "Ann Lamb")).toBe(true);
    expect(namesSlipped("Reid Hollis", "Reed Hollis")).toBe(false);
  });

  it("shows the remark in Review's view of the draft", () => {
    const text = story("Bartolomew Quigly");
    const draft = draftOf(text, KNOWN);
    const view = fileView("t.yaml", renderDraft(draft, new Map()), new SourceQuotes(text));
    const person = view.entities.find((e) => e.label === "Bartolomew Quigly");
    expect(person?.speltAlike).toMatch(/^possibly the same person as Bartholomew Quigley \(bartholomew-quigley\)/u);
    expect(view.entities.filter((e) => e.speltAlike !== undefined)).toHaveLength(1);
  });
});

describe("a new person the registry marks as someone else (distinctFrom)", () => {
  it("is not remarked on for that known person, and still is for another spelling", () => {
    const marked: KnownForDraft = { ...QUIGLEY, distinctFrom: ["bartolomew-quigly"] };
    const remark = (speaker: string) =>
      draftOf(story(speaker), [marked, LAMB, FRITH]).entities.find((e) => e.label === speaker)?.comment ?? "";
    expect(remark("Bartolomew Quigly")).not.toContain("possibly the same person");
    expect(remark("Bartolomew Quigly")).toContain("new person");
    expect(remark("Bartholomew Quigly")).toContain("possibly the same person as Bartholomew Quigley");
  });

  it("knows the mark when the person it names is declared only in the file the draft replaces", () => {
    const dir = copyFixture();
    edit(dir, "registry.yaml", "  - id: ben-ode\n", "  - id: ben-ode\n    distinctFrom: [ben-odes]\n");
    edit(
      dir,
      "annotations/panel-b.yaml",
      "source: panel-b\n",
      "source: panel-b\nentities:\n  people:\n    - { id: ben-odes, label: Ben Odes }\n",
    );
    const raw = readCorpusFiles(dir);
    const replacing = "annotations/panel-b.yaml";
    const corpus = validateCorpus({ ...raw, annotations: raw.annotations.filter((a) => a.file.file !== replacing) });
    expect(knownEntities(raw, corpus, "panel-b", replacing).byId.get("ben-ode")?.distinctFrom).toEqual(["ben-odes"]);
  });
});
