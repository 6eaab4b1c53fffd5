import { defineConfig } from "vitest/config";

// `npm run test:interop`: exports checked by real outside tools (xmllint with the official GEXF grammar and GraphML schema, networkx,
// Virtuoso). They need ../shared/ and Debian packages, so they are not part of `npm test`; .ci/run runs them after it.
export default defineConfig({
  test: {
    include: ["tests/interop/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
