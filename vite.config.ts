import { defineConfig } from "vite";

// The viewer lives in viewer/; `panelgraph build` writes build/graph.json, which Vite serves (dev) and copies (build)
// as /graph.json. `npm run build` produces dist/, a static site that needs no server of ours.
export default defineConfig({
  root: "viewer",
  publicDir: "../build",
  base: "./",
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  build: { outDir: "../dist", emptyOutDir: true },
});
