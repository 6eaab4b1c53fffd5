// Property tests (fast-check) draw the same inputs on every run, so `npm test` gives the same result for the same code;
// `FC_SEED=random npm test` draws new ones (a failure prints the seed that replays it: `FC_SEED=<seed> npm test`).
import fc from "fast-check";
import { afterAll } from "vitest";
import { removeFoldersMadeOutsideTests } from "./helpers/corpus.js";

const requested = process.env.FC_SEED;
if (requested !== "random") fc.configureGlobal({ seed: requested === undefined ? 20_261_123 : Number(requested) });

// Runs for every test file, so the folders a file's hooks made go when that file ends, whichever worker ran it.
afterAll(removeFoldersMadeOutsideTests);
