// A corpus with one suggested source, made in the test: the mini fixture plus a short transcript written for the review
// tests (not real testimony), added with `panelgraph add-source` and drafted with `panelgraph suggest`, as a user would.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { panelgraphIn } from "./cli.js";
import { MINI_DIR, tempDir } from "./corpus.js";

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

/**
 * The mini fixture with REVIEW_TEXT added and drafted, in a folder of its own for the caller (removed when its test, or
 * its file, ends). Drafted once a worker (the review files run one after another in one process, vitest.config.ts) and
 * copied for each call after: the draft is the same every time, and each caller changes only its own copy.
 */
export async function draftCorpus(): Promise<DraftCorpus> {
  const template = await (drafted ??= draftTemplate());
  const dir = tempDir();
  cpSync(template, dir, { recursive: true });
  const file = join(dir, "annotations", `${REVIEW_SOURCE}.yaml`);
  return { dir, file, draft: readFileSync(file, "utf8") };
}

let drafted: Promise<string> | undefined;

/** add-source and suggest, as a user runs them, into a folder kept until the process exits. */
async function draftTemplate(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "panelgraph-review-"));
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  cpSync(MINI_DIR, dir, { recursive: true });
  const textDir = mkdtempSync(join(tmpdir(), "panelgraph-review-text-"));
  const textFile = join(textDir, "harbour.txt");
  writeFileSync(textFile, REVIEW_TEXT);
  try {
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
  } catch (error) {
    // A failed draft is not kept for the next caller: it fails again, with its own message.
    drafted = undefined;
    throw error;
  } finally {
    rmSync(textDir, { recursive: true, force: true });
  }
  return dir;
}

/** Picks `source` in Review's picker and waits until the panel shows it (its items, not the last source's). */
export async function showSource(page: Page, source: string): Promise<void> {
  await page.selectOption("#review-source", source);
  await page.waitForFunction(
    (s) => (window as unknown as { panelgraph: { review: { source: string | null } } }).panelgraph.review.source === s,
    source,
  );
}
