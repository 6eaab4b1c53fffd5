// The outside tools the interop tests run, each checked first so that a missing one fails loudly with how to install it.
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { ROOT, tempDir } from "../helpers/corpus.js";

export const GEXF_GRAMMAR = join(ROOT, "../shared/gexf-1.3/gexf.rng");
/** The official GraphML 1.0 schema; it imports its two other files by relative path (../shared/graphml-1.0). */
export const GRAPHML_SCHEMA = join(ROOT, "../shared/graphml-1.0/graphml.xsd");

export function requireTool(command: string, args: string[], install: string): void {
  const probe = spawnSync(command, args, { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (${probe.error?.message ?? probe.stderr.trim()}): ${install}`);
  }
}

/** `xmllint --noout` against a RELAX NG grammar or an XML Schema; --nonet, so nothing is ever fetched. */
export function xmllint(kind: "relaxng" | "schema", file: string) {
  requireTool("xmllint", ["--version"], "install Debian's libxml2-utils: apt-get install -y libxml2-utils");
  const grammar = kind === "relaxng" ? GEXF_GRAMMAR : GRAPHML_SCHEMA;
  if (!existsSync(grammar)) throw new Error(`the official grammar is missing at ${grammar}`);
  return spawnSync("xmllint", ["--noout", "--nonet", `--${kind}`, grammar, file], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
}

/** Writes chunks to a file in a temporary folder (removed after the test), without joining them into one string. */
export function writeChunks(name: string, chunks: Iterable<string>): string {
  const file = join(tempDir(), name);
  const fd = openSync(file, "w");
  try {
    for (const chunk of chunks) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  return file;
}
