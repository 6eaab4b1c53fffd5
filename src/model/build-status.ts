// What `panelgraph serve` tells the page after every build: shared by the server (src/cli/serve.ts) and the viewer
// (viewer/controllers/build-status.ts), so it has no Node imports.

/** What the page reads (/build-status.json) and receives (the BUILD_EVENT message) after every build. */
export interface BuildStatus {
  ok: boolean;
  /** One line: what was built, or how many problems stopped it. */
  summary: string;
  /** The errors that stopped the build, as `file:line  field  message` lines (none when it succeeded). */
  problems: string[];
  /** The warnings, in the same form: they never stop a build, and the page lists them after the errors, folded. */
  warnings: string[];
}

/** Written beside graph.json, so the page finds it at ./build-status.json. */
export const BUILD_STATUS_FILE = "build-status.json";
/** The Vite dev server's custom event that carries a BuildStatus. */
export const BUILD_EVENT = "panelgraph:build";

/**
 * The <meta name> by which the page is told that graph.changes.json (what the last build changed) is beside graph.json,
 * its content the file's address: `npm start` (src/cli/serve.ts) and `npm run build` (vite.config.ts) add it when there
 * is one, so that the page asks for it only then (viewer/core/changes.ts).
 */
export const CHANGES_META = "panelgraph-changes";
export const CHANGES_URL = "./graph.changes.json";

/**
 * The <meta name> by which `npm start` (src/cli/serve.ts) tells the page where it serves the sources' original files
 * (a PDF, a saved page, a Markdown file: `sources/<id>.original.<ext>`), its content the address they are under. The
 * static site has none: its reader names the original file without a link.
 */
export const ORIGINALS_META = "panelgraph-originals";
export const ORIGINALS_URL = "./originals/";
/** The files served there: the names `original.file` may have in a source's metadata (model/schema.ts). */
export const ORIGINAL_FILE = /^[^/\\]+\.original\.(html|pdf|md|txt)$/u;
