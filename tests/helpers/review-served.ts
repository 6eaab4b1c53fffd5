// The set-up the review browser tests share (tests/e2e/review*.test.ts): a drafted corpus (./review.ts), served by
// `panelgraph serve`, and Chromium; both closed when the file ends.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import type { ServedViewer } from "../../src/cli/serve.js";
import { serveCorpus, testChromium } from "./browser.js";
import { draftCorpus, type DraftCorpus } from "./review.js";

/** What the hooks set up, filled in by the file's beforeAll. */
export interface ServedReview {
  corpus: DraftCorpus;
  served: ServedViewer;
  browser: Browser;
}

/**
 * Registers the file's beforeAll and afterAll: `draftCorpus()`, then `prepare` on the corpus (a file's own changes to
 * it before it is served), `serveCorpus`, `testChromium`; after the file, the browser's pages and the server closed.
 * Read the fields inside tests: they are set once beforeAll has run.
 */
export function serveDraftedCorpus(prepare?: (corpus: DraftCorpus) => void | Promise<void>): ServedReview {
  const review = {} as ServedReview;
  beforeAll(async () => {
    review.corpus = await draftCorpus();
    await prepare?.(review.corpus);
    review.served = await serveCorpus(review.corpus.dir);
    review.browser = await testChromium();
  });
  afterAll(async () => {
    await review.browser?.close();
    await review.served?.server.close();
  });
  return review;
}
