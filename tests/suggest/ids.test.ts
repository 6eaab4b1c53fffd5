// Ids made from names and titles: cut short at a word that says something, never after "in", "of", "the"…; and the
// session a draft declares keeps its `-session` / `-panel` beside a long source id instead of taking the source's
// own id with a `-2`. Texts and names are ours.
import { describe, expect, it } from "vitest";
import type { LoadedSource } from "../../src/model/corpus.js";
import { KnownEntities } from "../../src/suggest/known.js";
import { suggestAnnotations } from "../../src/suggest/suggest.js";
import { slugify } from "../../src/suggest/text.js";

describe("ids cut short", () => {
  it("end on a word that says something, not a function word", () => {
    // 55 characters would end "…-bus-services-in".
    expect(slugify("Fenby Rural Transport Panel – Oral evidence: Bus services in market towns")).toBe(
      "fenby-rural-transport-panel-oral-evidence-bus-services",
    );
    expect(slugify("Wendmoor forum on the future of the high street and the towns of the valley")).toBe(
      "wendmoor-forum-on-the-future-of-the-high-street",
    );
    // Not on a lone word parted from the rest of its phrase: "… and local" of "… and local funding".
    expect(slugify("Oral evidence: Harbour walls, sea defences and local funding", 52)).toBe(
      "oral-evidence-harbour-walls-sea-defences",
    );
    // Nor on an auxiliary whose verb the cut left out ("…-membership-has" of "… has a positive effect").
    expect(slugify("The panel was unanimous that membership has a positive effect on research", 55)).toBe(
      "the-panel-was-unanimous-that-membership",
    );
    // A name that fits is kept whole, its last word whatever it is.
    expect(slugify("What the panel was asked about")).toBe("what-the-panel-was-asked-about");
  });

  it("a drafted session beside a long source id keeps its suffix, with no -2", () => {
    // 57 characters: with "-panel" it is longer than an id may be (and "on bus" is no phrase without "services").
    const id = "fenby-rural-transport-panel-oral-evidence-on-bus-services";
    const text =
      "Fenby Transport Panel\n\nThe panel, chaired by Dr Ann Bell, Director of the Fenby Trust, heard from " +
      "Carl Dunn, Chief Executive of Marsh Buses.\n\nCarl Dunn said: “We need a funding settlement that lasts.”\n";
    const source = { file: `sources/${id}.txt`, text, meta: { id, title: "Fenby Transport Panel" } };
    const draft = suggestAnnotations(source as unknown as LoadedSource, new KnownEntities([]), new Set([id]), {
      themeParents: new Map(),
    });
    const sessions = draft.entities.filter((e) => e.section === "sessions").map((e) => e.id);
    expect(sessions).toEqual(["fenby-rural-transport-panel-oral-evidence-panel"]);
  });

  it("a drafted session's id cut short keeps a whole phrase of the source's", () => {
    // 59 characters: with "-session" longer than an id may be; cut at 52 it would end "…-and-local".
    const id = "oral-evidence-harbour-walls-sea-defences-and-local-funding";
    const text =
      "Oral evidence: Harbour walls and local funding\n\nFenby Coast Committee\n\nTuesday 9 June 2026\n\n" +
      "Members present: Ann Bell (Chair); Tom Reyes.\n\nWitnesses: Carl Dunn, Director, Fenby Harbour Trust.\n\n" +
      "Examination of witnesses\n\nQ1 Chair: Is the formula fair?\n\nCarl Dunn: No. The formula favours " +
      "expensive property.\n";
    const source = { file: `sources/${id}.txt`, text, meta: { id, title: "Harbour walls", kind: "transcript" } };
    const draft = suggestAnnotations(source as unknown as LoadedSource, new KnownEntities([]), new Set([id]), {
      themeParents: new Map(),
    });
    const sessions = draft.entities.filter((e) => e.section === "sessions").map((e) => e.id);
    expect(sessions).toEqual(["oral-evidence-harbour-walls-sea-defences-session"]);
  });
});
