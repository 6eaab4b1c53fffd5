// Stop 41 (w41 #5, w40): themes as a growing corpus drafts them. A theme another source drafted, since accepted, is
// reused under its id, not declared again as "<id>-2"; a headline that is a clause is about its subject ("Open flood
// data is a cheap win": "Open flood data"), not a theme named by the whole title; and a phrase is never cut at a
// hyphen ("near real-time alerts": "Real-time alerts", never "Time alerts"). The texts, people and bodies are invented
// for this test.
import { describe, expect, it } from "vitest";
import type { LoadedSource } from "../../../src/model/corpus.js";
import { KnownEntities } from "../../../src/suggest/known.js";
import { suggestAnnotations, type Draft } from "../../../src/suggest/suggest.js";
import { addAndAccept, addAndDraft, growingCorpus } from "../../helpers/growing-corpus.js";
import { draftOf, paragraphsText } from "../../helpers/draft.js";

const newThemes = (draft: Draft) =>
  draft.entities.filter((e) => e.section === "themes").map((e) => `${e.id} ${e.label}`);
const themeIds = (draft: Draft) => [
  ...new Set(draft.claims.filter((c) => c.relation === "spoke-on" || c.relation === "mentions").map((c) => c.to)),
];

describe("a theme drafted in an earlier source", () => {
  it("is reused under its id where a later source's words make the same candidate (no '-2')", () => {
    const dir = growingCorpus();
    const first = addAndAccept(dir, {
      id: "storm-money",
      title: "Storm money",
      date: "2024-03-01",
      text: paragraphsText(
        "Storm money",
        "“Nobody can carry the cost of storm surges alone,” said Ann Bell, Director of the Fenby Trust. “The cost of storm surges is rising,” she said.",
        "Tom Reed, chief engineer at Marsh Ports, said: “Storm surges have doubled.”",
      ),
    });
    expect(newThemes(first)).toEqual(["storm-cost Cost of storm"]);
    const later = addAndDraft(dir, {
      id: "storm-money-again",
      title: "Storm money again",
      date: "2024-03-08",
      text: paragraphsText(
        "Storm money again",
        "“The Assembly must share the cost of storm surges,” said Kit Lamb, Director of the Marsh Trust. “Who pays the cost of storm surges?” she asked.",
      ),
    });
    expect(newThemes(later)).toEqual([]);
    expect(later.claims.some((c) => c.to === "storm-cost-2")).toBe(false);
  });

  it("the subject a headline names is reused too, once accepted", () => {
    const dir = growingCorpus();
    const quote = "“We have waited too long for this, and now it is here,” said Kit Lamb, Director of the Marsh Trust.";
    const first = addAndAccept(dir, {
      id: "flood-data-win",
      title: "Open flood data is a cheap win",
      date: "2024-03-01",
      text: paragraphsText("Open flood data is a cheap win", quote),
    });
    expect(newThemes(first)).toEqual(["open-flood-data Open flood data"]);
    const later = addAndDraft(dir, {
      id: "flood-data-again",
      title: "Open flood data would save money",
      date: "2024-03-08",
      text: paragraphsText("Open flood data would save money", quote),
    });
    expect(newThemes(later)).toEqual([]);
    expect(themeIds(later)).toEqual(["open-flood-data"]);
  });
});

describe("a theme named by the source's title", () => {
  const quote = "“We have waited too long for this, and now it is here,” Ann Bell, director of the Fenby Trust, said.";
  const titled = (title: string) =>
    newThemes(
      suggestAnnotations(
        {
          file: "sources/t.txt",
          text: paragraphsText(title, quote),
          meta: { id: "t", title },
        } as unknown as LoadedSource,
        new KnownEntities([]),
        new Set(),
      ),
    );

  it("is the subject of a headline that is a clause", () => {
    expect(titled("Open flood data is a cheap win")).toEqual(["open-flood-data Open flood data"]);
    expect(titled("Storm surges doubled, professor warns")).toEqual(["storm-surges Storm surges"]);
    expect(titled("Why the Fenby sea wall cannot wait")).toEqual(["fenby-sea-wall Fenby sea wall"]);
  });

  it("is the title itself where the title is a phrase, or its subject a body acting", () => {
    expect(titled("Good day for the harbour")).toEqual(["good-day-for-the-harbour Good day for the harbour"]);
    expect(titled("Committee hears from nurses")).toEqual(["committee-hears-from-nurses Committee hears from nurses"]);
  });
});

describe("a phrase with a hyphenated word", () => {
  it("keeps the word whole: 'near real-time alerts' is 'Real-time alerts', never 'Time alerts'", () => {
    const draft = draftOf(
      paragraphsText(
        "Alerts",
        "Ouse Water has run near real-time alerts at two sites since 2025.",
        "“Near real-time alerts should reach every overflow,” said Ann Bell, director of the Fenby Trust.",
      ),
    );
    expect(newThemes(draft)).toContain("real-time-alert Real-time alerts");
    expect(newThemes(draft).some((t) => /\bTime alerts/u.test(t))).toBe(false);
  });
});
