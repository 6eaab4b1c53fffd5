// A corpus with one suggested source, made in the test: the mini fixture plus a short transcript written for the review
// tests (not real testimony), added with `panelgraph add-source` and drafted with `panelgraph suggest`, as a user would.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { panelgraphIn } from "./cli.js";
import { copyFixture, tempDir } from "./corpus.js";

export const REVIEW_SOURCE = "harbour-panel";

/** Written for these tests. Two speakers with roles, quotes, a recommendation, a repeated phrase ("local buses"). */
export const REVIEW_TEXT = `Harbour towns panel hears call for local buses

The panel was chaired by Dr Nia Holt, chair of the Coastal Transport Trust.

Sam Reyes, Director of Planning at Porthaven Council, said: “Local buses are the lifeline of a harbour town. Councils must be able to run local buses themselves.”

Ada Park said that devolution had stalled and that local buses were a test of it.

Nia Holt added: “Every ferry should connect with a bus.”
`;

export interface DraftCorpus {
  dir: string;
  /** annotations/<source>.yaml */
  file: string;
  draft: string;
}

export async function draftCorpus(): Promise<DraftCorpus> {
  const dir = copyFixture();
  const textFile = join(tempDir(), "harbour.txt");
  writeFileSync(textFile, REVIEW_TEXT);
  const added = await panelgraphIn([
    "add-source",
    textFile,
    "--title",
    "Harbour towns panel",
    "--id",
    REVIEW_SOURCE,
    "--kind",
    "transcript-report",
    "--data",
    dir,
  ]);
  expect(added.stderr).toBe("");
  // Every proposal drafted: the review tests edit the speakers' recommendations, a kind drafted only on request.
  const suggested = await panelgraphIn(["suggest", REVIEW_SOURCE, "--data", dir, "--every-proposal"]);
  expect(suggested.code, suggested.stderr).toBe(0);
  const file = join(dir, "annotations", `${REVIEW_SOURCE}.yaml`);
  return { dir, file, draft: readFileSync(file, "utf8") };
}
