import { defineConfig } from "vitest/config";

// Separate from vite.config.ts, whose root is the viewer. Two projects: the unit and CLI tests run their files in
// parallel on two workers; the browser tests one file at a time, as each drives Chromium and a 2-core machine has room
// for one. `vitest run` runs them one after the other; `npm test` side by side, in two processes (scripts/test.ts).
export default defineConfig({
  // npm test runs the two projects in processes of their own (scripts/test.ts); each keeps its results (the order of
  // the next run's files) and the dev server's optimised dependencies in a cache of its own.
  ...(process.env.PANELGRAPH_VITE_CACHE_DIR ? { cacheDir: process.env.PANELGRAPH_VITE_CACHE_DIR } : {}),
  test: {
    setupFiles: ["tests/setup.ts"],
    // Limits for a hang, not speed checks: on a 2-core machine shared with other work (load 25, stop 43) the heaviest tests
    // took 4× their quiet time, some over a minute (a large source's growth, the disk-full suggest, the model training).
    testTimeout: 240_000,
    hookTimeout: 240_000,
    // vitest's default leaves one of the two cores idle.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          // The interop suite needs outside tools and ../shared/: `npm run test:interop` (vitest.interop.config.ts).
          exclude: ["tests/e2e/**", "tests/interop/**", "**/node_modules/**"],
          sequence: { groupOrder: 0 },
          // A worker runs file after file without reloading the modules they share (a third faster). The files share
          // no state: every test writes into a temporary folder of its own (tests/helpers/corpus.ts tempDir), nothing
          // mocks a module or changes a global, and the CLI is called through run() with its own output.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["tests/e2e/**/*.test.ts"],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          // expect.poll waits for a state the page reaches when it reaches it: vitest's default of 1 s failed tests on a
          // loaded machine (stop 42's CI run), so a poll gives up only after 30 s, as Playwright's own waits do.
          expect: { poll: { timeout: 30_000 } },
          // One worker runs the files one after another, as in the unit project, without reloading vite, playwright and
          // src/ for each (about a second a file): each file starts its own server and closes it and its pages in its
          // afterAll (Chromium and the viewer's build are made once for the worker, tests/helpers/browser.ts), nothing
          // mocks a module or changes a global, and every file writes into folders of its own.
          isolate: false,
        },
      },
    ],
  },
});
