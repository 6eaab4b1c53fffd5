// Stop 39 (walkthrough w39, defect 4; fxe): a post about a hearing drafted its session as "Panel: <the post's
// headline>". Where the text names the occasion by the body that held it ("the Valley Transport Committee heard
// evidence on 14 May", "a roundtable held by the Tollard Trust"), the session is named from that: body, kind and date
// when given. "Panel: <title>" stays for a text that names none, or several bodies' occasions.
// Every person, body and sentence here is invented for these tests.
import { describe, expect, it } from "vitest";
import type { Draft } from "../../../../src/suggest/suggest.js";
import { draftOf, labelIn, paragraphsText } from "../../../helpers/draft.js";

const sessionsIn = (draft: Draft): string[] =>
  draft.entities.filter((e) => e.section === "sessions").map((e) => e.label);
const panellistsIn = (draft: Draft): string[] =>
  [...new Set(draft.claims.filter((c) => c.relation === "panellist-in").map((c) => labelIn(draft, c.from)))].sort();

/** A post telling of an occasion in `occasion`, then quoting two people who were at it. */
const post = (occasion: string, ...more: string[]) =>
  paragraphsText(
    "Why valley towns need a bus promise",
    occasion,
    "Nadia Brook of the Tollard Trust said that half the evening buses had gone. Ivo Quayle, the chief executive of Fenby Coaches, said he had cut routes he could not run at a loss.",
    "“A cheap fare on a bus that never comes is worth nothing,” Ivo Quayle said.",
    ...more,
  );

describe("a prose session's name", () => {
  it("is the occasion the text names: the body, the kind of occasion and its date", () => {
    const cases: [string, string][] = [
      [
        "On 14 May the Valley Transport Committee heard evidence on buses in small towns.",
        "Valley Transport Committee hearing, 14 May",
      ],
      [
        "Last month the Valley Transport Committee took oral evidence on buses in small towns.",
        "Valley Transport Committee hearing",
      ],
      ["Both spoke at the Tollard Trust's roundtable on 20 March 2024.", "Tollard Trust roundtable, 20 March 2024"],
      [
        "This is a write-up of a roundtable held by the Tollard Trust in Marlow on Tuesday 20 March 2024.",
        "Tollard Trust roundtable, 20 March 2024",
      ],
      [
        "Both spoke at the Tollard Trust annual conference in March 2024.",
        "Tollard Trust annual conference, March 2024",
      ],
      [
        "Both gave evidence to the Valley Transport Committee on May 14, 2024.",
        "Valley Transport Committee hearing, 14 May 2024",
      ],
      ["The Tollard Trust held a seminar on rural buses.", "Tollard Trust seminar"],
      // A topic that speaks of the future is no occasion to come.
      [
        "The Tollard Trust has held its autumn roundtable on the future of rural buses.",
        "Tollard Trust autumn roundtable",
      ],
      [
        "The Valley Transport Committee, with Ida Lamb MP in the chair, took evidence on 3 March 2026.",
        "Valley Transport Committee hearing, 3 March 2026",
      ],
      ["Giving evidence to the Valley Transport Committee, both spoke of cuts.", "Valley Transport Committee hearing"],
    ];
    for (const [occasion, label] of cases) {
      const draft = draftOf(post(occasion));
      expect(sessionsIn(draft), occasion).toEqual([label]);
      // Who sat on it is as it was: the name is the session's label only.
      expect(panellistsIn(draft), occasion).toEqual(["Ivo Quayle", "Nadia Brook"]);
    }
  });

  it("says in the draft which words it is named from", () => {
    const draft = draftOf(post("Both spoke at the Tollard Trust's roundtable on 20 March 2024."));
    const session = draft.entities.find((e) => e.section === "sessions");
    expect(session?.comment).toContain('named from "Both spoke at the Tollard Trust\'s roundtable on 20 March 2024."');
  });

  it("stays 'Panel: <title>' where nothing names the occasion by its body", () => {
    for (const occasion of [
      // An occasion with no body's name; a body that is no occasion's.
      "Both spoke at the annual meeting in Marlow.",
      "Both told the committee what they had seen.",
      "The Tollard Trust published a report on evening buses.",
      // An occasion still to come, not the one the post reports.
      "Both will speak at the Tollard Trust's next roundtable on 3 June.",
      "The Valley Transport Committee will hear evidence on 3 June.",
      "Both spoke of the Tollard Trust's roundtable next month.",
      // A body's name before words that are no occasion's kind.
      "Both spoke at the meeting; the Tollard Trust has funded the research.",
    ]) {
      const draft = draftOf(post(occasion));
      expect(sessionsIn(draft), occasion).toEqual(["Panel: Test source"]);
    }
  });

  it("stays 'Panel: <title>' where the text names two bodies' occasions, and says which", () => {
    const draft = draftOf(
      post(
        "Both spoke at the Tollard Trust's roundtable on 20 March 2024.",
        "Nadia Brook had earlier given evidence to the Valley Transport Committee.",
      ),
    );
    expect(sessionsIn(draft)).toEqual(["Panel: Test source"]);
    const session = draft.entities.find((e) => e.section === "sessions");
    expect(session?.comment).toContain(
      "several occasions, Tollard Trust roundtable, 20 March 2024; Valley Transport Committee hearing",
    );
  });
});
