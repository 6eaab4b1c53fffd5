// The packages that every command loads (through src/cli/main.ts), for the `panelgraph` binary to import before it
// registers tsx, when it runs the sources (no fresh bundle: ./bundle.mjs). Node's own loader then reads them in this thread: through tsx's loader, which runs in a thread of its
// own, each of their files costs a round trip (zod alone has about 95 files), which was a quarter of a command's time
// on a busy machine. The CLI's own `import … from "zod"` finds the module already loaded: the same instance.
// tests/cli/start-up.test.ts checks that src/ still imports each one. Packages only some commands need (pdfjs-dist,
// linkedom, compromise, vite …) are not here: those commands import them when they run.
export const PRELOADED = [
  "zod",
  "yaml",
  "js-yaml",
  "graphology",
  "graphology-communities-louvain",
  "graphology-layout-forceatlas2",
  "graphology-layout-noverlap",
  "graphology-metrics/centrality/betweenness.js",
  "graphology-shortest-path/unweighted.js",
  "minisearch",
];
