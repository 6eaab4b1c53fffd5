// Helpers for tests that need a corpus on disk: the shipped one, or a copy of a fixture to break one thing in.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import { MINI_DIR } from "./paths.js";

export { DATA_DIR, MINI_DIR, ROOT } from "./paths.js";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "panelgraph-test-"));
  made.push(dir);
  return dir;
}

/** A fresh copy of a fixture corpus, removed after the test. */
export function copyFixture(from = MINI_DIR): string {
  const dir = tempDir();
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Replaces `find` by `replace` in a file of `dir`; fails the test if `find` is not there (so the mutation is real). */
export function edit(dir: string, file: string, find: string | RegExp, replace: string): void {
  const path = join(dir, file);
  const before = readFileSync(path, "utf8");
  const after = before.replace(find, replace);
  if (after === before) throw new Error(`edit: ${String(find)} not found in ${file}`);
  writeFileSync(path, after);
}
