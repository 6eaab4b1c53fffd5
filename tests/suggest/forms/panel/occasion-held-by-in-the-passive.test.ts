// Stop 41 (walkthrough w42, a fact-checker's roundtable write-up): "The roundtable was held by the Fenby Trust in
// Machynlleth on 20 March 2025." named no session (drafted "Panel: <title>"), where "a roundtable held by the Fenby
// Trust …" did (stop 39). The passive, the occasion the sentence's subject, names it the same way. Every person, body
// and sentence here is invented for these tests.
import { describe, expect, it } from "vitest";
import type { Draft } from "../../../../src/suggest/suggest.js";
import { draftOf, paragraphsText } from "../../../helpers/draft.js";

const sessionsIn = (draft: Draft): string[] =>
  draft.entities.filter((e) => e.section === "sessions").map((e) => e.label);
const organisedBy = (draft: Draft): string[] =>
  draft.claims.filter((c) => c.relation === "organised-by").map((c) => c.to);

/** A write-up telling of an occasion in `occasion`, then quoting two people who were at it. */
const writeUp = (occasion: string) =>
  paragraphsText(
    "Why valley towns need a bus promise",
    occasion,
    "Nadia Brook of the Tollard Trust said that half the evening buses had gone. Ivo Quayle, the chief executive of Fenby Coaches, said he had cut routes he could not run at a loss.",
    "“A cheap fare on a bus that never comes is worth nothing,” Ivo Quayle said.",
  );

describe("an occasion held by a body, in the passive", () => {
  it.each([
    [
      "The roundtable was held by the Tollard Trust in Marlow on 20 March 2025.",
      "Tollard Trust roundtable, 20 March 2025",
    ],
    ["The seminar was hosted by the Tollard Trust on 20 March 2025.", "Tollard Trust seminar, 20 March 2025"],
    ["This roundtable was organised by the Tollard Trust in March 2025.", "Tollard Trust roundtable, March 2025"],
  ])("names the session and its organiser: %s", (occasion, label) => {
    const draft = draftOf(writeUp(occasion));
    expect(sessionsIn(draft)).toEqual([label]);
    expect(organisedBy(draft)).toEqual(["tollard-trust"]);
  });

  it.each([
    // Still to come, or only planned: not the occasion the text reports.
    "The roundtable will be held by the Tollard Trust on 20 March 2025.",
    "The next roundtable is to be held by the Tollard Trust in Marlow.",
    // A body that held something else.
    "The report was published by the Tollard Trust on 20 March 2025.",
  ])("names none where the sentence reports no occasion held: %s", (occasion) => {
    expect(sessionsIn(draftOf(writeUp(occasion)))).toEqual(["Panel: Test source"]);
  });
});
