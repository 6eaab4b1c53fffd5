// Helpers for tests that need a corpus on disk: the shipped one, or a copy of a fixture to break one thing in.
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onTestFinished } from "vitest";
import { parse } from "yaml";
import { MINI_DIR } from "./paths.js";

export { DATA_DIR, MINI_DIR, ROOT } from "./paths.js";

/** Folders made outside a test (in a hook or at load): tests/setup.ts removes them after each test file. */
const outsideTests = new Set<string>();

export function removeFoldersMadeOutsideTests(): void {
  for (const dir of outsideTests) rmSync(dir, { recursive: true, force: true });
  outsideTests.clear();
}

/** A new empty folder, removed when the test that made it ends (made outside a test: when its file ends). */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "panelgraph-test-"));
  try {
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  } catch {
    outsideTests.add(dir);
  }
  return dir;
}

/** A fresh copy of a fixture corpus, removed after the test. */
export function copyFixture(from = MINI_DIR): string {
  const dir = tempDir();
  cpSync(from, dir, { recursive: true });
  return dir;
}

/**
 * Writes `annotations/<source>.yaml` in `dir`: one person, who spoke on `theme` in `source`, each quote a direct quote
 * of the source's text. The theme is the registry's.
 */
export function writeSpokeOn(
  dir: string,
  claim: { source: string; person: { id: string; label: string }; theme: string; quotes: string[] },
): void {
  mkdirSync(join(dir, "annotations"), { recursive: true });
  writeFileSync(
    join(dir, "annotations", `${claim.source}.yaml`),
    [
      `source: ${claim.source}`,
      "entities:",
      "  people:",
      `    - { id: ${claim.person.id}, label: ${claim.person.label} }`,
      "claims:",
      "  - relation: spoke-on",
      `    from: ${claim.person.id}`,
      `    to: ${claim.theme}`,
      "    evidence:",
      ...claim.quotes.map((quote) => `      - { quote: ${JSON.stringify(quote)}, kind: direct-quote }`),
      "",
    ].join("\n"),
  );
}

/**
 * Writes source `id` into corpus `dir`: `sources/<id>.txt` holding `text` and its metadata (title, kind: article unless
 * given, date, its SHA-256), as `add-source` would; its annotations are the caller's (writeSpokeOn, or a file of its
 * own).
 */
export function writeSource(
  dir: string,
  source: { id: string; title: string; kind?: string; date?: string; damagedCharacter?: string; text: string },
): void {
  mkdirSync(join(dir, "sources"), { recursive: true });
  writeFileSync(join(dir, "sources", `${source.id}.txt`), source.text);
  const sha256 = createHash("sha256").update(source.text).digest("hex");
  writeFileSync(
    join(dir, "sources", `${source.id}.yaml`),
    [
      `id: ${source.id}`,
      `title: ${JSON.stringify(source.title)}`,
      `kind: ${source.kind ?? "article"}`,
      ...(source.date ? [`date: "${source.date}"`] : []),
      "origin: written for the panelgraph tests",
      ...(source.damagedCharacter ? [`damagedCharacter: ${source.damagedCharacter}`] : []),
      `sha256: ${sha256}`,
      "",
    ].join("\n"),
  );
}

/** Replaces `find` by `replace` in a file of `dir`; fails the test if `find` is not there (so the mutation is real). */
export function edit(dir: string, file: string, find: string | RegExp, replace: string): void {
  const path = join(dir, file);
  const before = readFileSync(path, "utf8");
  const after = before.replace(find, replace);
  if (after === before) throw new Error(`edit: ${String(find)} not found in ${file}`);
  writeFileSync(path, after);
}

/**
 * Keeps `html` as source `id`'s original file in corpus `dir` (sources/<id>.original.html, as add-source keeps a saved
 * page) and gives the metadata line that names it, with its SHA-256.
 */
export function keepOriginal(dir: string, id: string, html: string): string {
  writeFileSync(join(dir, "sources", `${id}.original.html`), html);
  const sha256 = createHash("sha256").update(html).digest("hex");
  return `original: { file: ${id}.original.html, format: html, sha256: ${sha256} }`;
}

/**
 * Reads a corpus's YAML directly (not through the loader) and returns the distinct `from to` pairs per relation that
 * the graph should have: one per claim pair in the annotation files, plus one sub-theme-of per theme with a parent.
 */
export function expectedEdgesFromFiles(dir: string): Map<string, Set<string>> {
  const expected = new Map<string, Set<string>>();
  const add = (relation: string, pair: string) => {
    if (!expected.has(relation)) expected.set(relation, new Set());
    expected.get(relation)!.add(pair);
  };
  for (const name of readdirSync(join(dir, "annotations"))) {
    const file = parse(readFileSync(join(dir, "annotations", name), "utf8"));
    for (const claim of file.claims ?? []) add(claim.relation, `${claim.from} ${claim.to}`);
  }
  const registry = parse(readFileSync(join(dir, "registry.yaml"), "utf8"));
  for (const theme of registry.themes ?? []) if (theme.parent) add("sub-theme-of", `${theme.id} ${theme.parent}`);
  return expected;
}

/** Every file under `dir` (hidden ones too) with its bytes, one character a byte: the same text is the same bytes. */
export function folderContents(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile())
      files[join(entry.parentPath, entry.name).slice(dir.length + 1)] = readFileSync(
        join(entry.parentPath, entry.name),
        "latin1",
      );
  return files;
}
