import { defineConfig } from "vitest/config";

// Separate from vite.config.ts, whose root is the viewer. Two projects: the unit and CLI tests run their files in
// parallel (each file in its own process, sharing nothing: every test writes into its own temporary folder); then the
// browser tests run one file at a time, as each starts Chromium and a 2-core machine has room for one.
export default defineConfig({
  test: {
    setupFiles: ["tests/setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          // The interop suite needs outside tools and ../shared/: `npm run test:interop` (vitest.interop.config.ts).
          exclude: ["tests/e2e/**", "tests/interop/**", "**/node_modules/**"],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["tests/e2e/**/*.test.ts"],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
