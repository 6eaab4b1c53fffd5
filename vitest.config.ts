import { defineConfig } from "vitest/config";

// Separate from vite.config.ts, whose root is the viewer.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The interop suite needs outside tools and ../shared/: `npm run test:interop` (vitest.interop.config.ts).
    exclude: ["tests/interop/**", "**/node_modules/**"],
    setupFiles: ["tests/setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser tests start Chromium; running files one at a time keeps the 2-core CI machine responsive.
    fileParallelism: false,
  },
});
