// Stop 40 (w39 leftovers, fx40): a prose session named from its occasion ("Tollard Trust roundtable") was left undated
// where the text dates the occasion relative to when it was written ("last month's roundtable", "on Tuesday",
// "yesterday's hearing"), and no organised-by was drafted for the body that held it. The source's date settles a
// relative date (a month: "last month" in a source dated 2024-06-03 is May 2024; a weekday only in the six days before
// it); without a source date nothing is guessed. The body named as holding the occasion organised the session; a body
// merely named in the sentence, or a venue, did not.
// Every person, body and sentence here is invented for these tests.
import { describe, expect, it } from "vitest";
import type { LoadedSource } from "../../../../src/model/corpus.js";
import { KnownEntities } from "../../../../src/suggest/known.js";
import { suggestAnnotations, type Draft } from "../../../../src/suggest/suggest.js";
import { labelIn, paragraphsText } from "../../../helpers/draft.js";

/** The draft of `text` as a source dated `date` (none when undefined). */
function draftDated(text: string, date: string | undefined): Draft {
  const meta = { id: "t", title: "Test source", ...(date ? { date } : {}) };
  const source = { file: "sources/t.txt", text, meta } as unknown as LoadedSource;
  return suggestAnnotations(source, new KnownEntities([]), new Set(), {});
}

const sessionsIn = (draft: Draft): string[] =>
  draft.entities.filter((e) => e.section === "sessions").map((e) => e.label);
const organisersIn = (draft: Draft): string[] =>
  draft.claims.filter((c) => c.relation === "organised-by").map((c) => labelIn(draft, c.to));

/** A post telling of an occasion in `occasion`, then quoting two people who were at it. */
const post = (occasion: string) =>
  paragraphsText(
    "Why valley towns need a bus promise",
    occasion,
    "Nadia Brook of the Tollard Trust said that half the evening buses had gone. Ivo Quayle, the chief executive of Fenby Coaches, said he had cut routes he could not run at a loss.",
    "“A cheap fare on a bus that never comes is worth nothing,” Ivo Quayle said.",
  );

describe("an occasion dated relative to the source", () => {
  it("is dated from the source's date where the relative form settles it", () => {
    // 2024-06-03 is a Monday.
    const cases: [string, string, string][] = [
      [
        "Both spoke at last month's roundtable held by the Tollard Trust.",
        "2024-06-03",
        "Tollard Trust roundtable, May 2024",
      ],
      [
        "Last month the Valley Transport Committee took oral evidence on buses in small towns.",
        "2024-06-03",
        "Valley Transport Committee hearing, May 2024",
      ],
      // A January source's last month is the year before's December; a month-only date settles a month.
      [
        "Last month the Valley Transport Committee took oral evidence on buses in small towns.",
        "2025-01",
        "Valley Transport Committee hearing, December 2024",
      ],
      [
        "Earlier this month the Valley Transport Committee heard evidence on buses.",
        "2024-06-03",
        "Valley Transport Committee hearing, June 2024",
      ],
      [
        "On Tuesday the Valley Transport Committee heard evidence on buses.",
        "2024-06-03",
        "Valley Transport Committee hearing, 28 May 2024",
      ],
      [
        "Both spoke at the Tollard Trust's roundtable on Friday.",
        "2024-06-03",
        "Tollard Trust roundtable, 31 May 2024",
      ],
      [
        "Both gave evidence to the Valley Transport Committee yesterday.",
        "2024-06-03",
        "Valley Transport Committee hearing, 2 June 2024",
      ],
      ["Last year the Tollard Trust held a seminar on rural buses.", "2024-06-03", "Tollard Trust seminar, 2023"],
      // A date the sentence states wins over a relative one.
      [
        "Last month, on 14 May, the Valley Transport Committee heard evidence on buses.",
        "2024-06-03",
        "Valley Transport Committee hearing, 14 May",
      ],
    ];
    for (const [occasion, date, label] of cases) {
      expect(sessionsIn(draftDated(post(occasion), date)), `${occasion} (${date})`).toEqual([label]);
    }
  });

  it("is left undated where nothing settles it: no source date, too coarse a date, a weekday it cannot tell", () => {
    const cases: [string, string | undefined, string][] = [
      // Never a guess without the source's date.
      [
        "Last month the Valley Transport Committee took oral evidence on buses in small towns.",
        undefined,
        "Valley Transport Committee hearing",
      ],
      [
        "On Tuesday the Valley Transport Committee heard evidence on buses.",
        undefined,
        "Valley Transport Committee hearing",
      ],
      // A weekday, yesterday: the source's month alone does not settle the day.
      [
        "On Tuesday the Valley Transport Committee heard evidence on buses.",
        "2024-06",
        "Valley Transport Committee hearing",
      ],
      ["Both gave evidence to the Valley Transport Committee yesterday.", "2024", "Valley Transport Committee hearing"],
      // The source's own weekday: that day, or the week before.
      [
        "On Monday the Valley Transport Committee heard evidence on buses.",
        "2024-06-03",
        "Valley Transport Committee hearing",
      ],
      // The time of something else than the occasion.
      [
        "Both discussed last year's figures at the Tollard Trust's roundtable.",
        "2024-06-03",
        "Tollard Trust roundtable",
      ],
      // No one day or month: last week, recently, every Tuesday.
      [
        "Last week the Valley Transport Committee heard evidence on buses.",
        "2024-06-03",
        "Valley Transport Committee hearing",
      ],
      [
        "The Valley Transport Committee heard evidence on buses recently.",
        "2024-06-03",
        "Valley Transport Committee hearing",
      ],
      [
        "The Tollard Trust holds a seminar every Tuesday; both spoke at the Tollard Trust's seminar.",
        "2024-06-03",
        "Tollard Trust seminar",
      ],
    ];
    for (const [occasion, date, label] of cases) {
      expect(sessionsIn(draftDated(post(occasion), date)), `${occasion} (${date})`).toEqual([label]);
    }
  });
});

describe("the body that held a prose occasion", () => {
  it("organised the session", () => {
    const cases: [string, string][] = [
      ["Both spoke at the Tollard Trust's roundtable on 20 March 2024.", "Tollard Trust"],
      ["This is a write-up of a roundtable hosted by the Tollard Trust in Marlow.", "Tollard Trust"],
      [
        "On 14 May the Valley Transport Committee heard evidence on buses in small towns.",
        "Valley Transport Committee",
      ],
      ["Both gave evidence to the Valley Transport Committee on May 14, 2024.", "Valley Transport Committee"],
      ["The Tollard Trust held a seminar on rural buses.", "Tollard Trust"],
    ];
    for (const [occasion, body] of cases) {
      const draft = draftDated(post(occasion), undefined);
      expect(organisersIn(draft), occasion).toEqual([body]);
      const claim = draft.claims.find((c) => c.relation === "organised-by");
      expect(claim?.evidence[0]?.quote, occasion).toBe(occasion);
    }
  });

  it("is not a body merely named in the sentence, nor a venue", () => {
    for (const occasion of [
      // A body the sentence names beside an occasion it did not hold.
      "Both spoke at the annual meeting, which the Tollard Trust funded.",
      "Both spoke at a roundtable on the Tollard Trust's report.",
      // A venue.
      "Both spoke at a roundtable at the Tollard Trust's offices in Marlow.",
      "Both spoke at a roundtable held at the Tollard Trust in Marlow.",
      // An occasion still to come.
      "The Valley Transport Committee will hear evidence on 3 June.",
    ]) {
      expect(organisersIn(draftDated(post(occasion), "2024-06-03")), occasion).toEqual([]);
    }
  });
});
