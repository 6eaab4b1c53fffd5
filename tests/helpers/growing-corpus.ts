// A corpus grown as a researcher grows one (w41): a registry, sources added one by one, each drafted by `suggest` and
// its draft accepted whole before the next is added. The texts are the tests' own (invented names and bodies).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readCorpusFiles } from "../../src/ingest/read.js";
import { validateCorpus } from "../../src/ingest/validate.js";
import { renderDraft } from "../../src/suggest/render.js";
import { knownEntities, suggestAnnotations, themeParents, type Draft } from "../../src/suggest/suggest.js";
import { tempDir, writeSource } from "./corpus.js";

export interface GrowingSource {
  id: string;
  title: string;
  /** transcript | article | …: what the metadata says the source is (default article). */
  kind?: string;
  date?: string;
  text: string;
}

/** A new corpus folder holding `registry` (YAML, the sections it names) and no source yet. */
export function growingCorpus(registry = "people: []\n"): string {
  const dir = tempDir();
  mkdirSync(join(dir, "sources"), { recursive: true });
  mkdirSync(join(dir, "annotations"), { recursive: true });
  writeFileSync(join(dir, "registry.yaml"), registry);
  return dir;
}

/** Adds a source's text and metadata, as `add-source` would. */
export function addSource(dir: string, source: GrowingSource): void {
  writeSource(dir, source);
}

/** The draft `panelgraph suggest <id>` makes in `dir` (as the command reads the corpus), not written. */
export function draftIn(dir: string, id: string): { draft: Draft; file: string } {
  const raw = readCorpusFiles(dir);
  const replacing = `annotations/${id}.yaml`;
  const corpus = validateCorpus({ ...raw, annotations: raw.annotations.filter((a) => a.file.file !== replacing) });
  const known = knownEntities(raw, corpus, id, replacing);
  const taken = new Set([...corpus.entities.keys(), ...known.byId.keys(), ...raw.sources.map((s) => s.meta.id)]);
  const source = raw.sources.find((s) => s.meta.id === id);
  if (!source) throw new Error(`draftIn: no source ${id} in ${dir}`);
  const draft = suggestAnnotations(source, known, taken, { themeParents: themeParents(corpus) });
  const labels = new Map([...known.byId.values()].map((e) => [e.id, e.label]));
  for (const e of draft.entities) labels.set(e.id, e.label);
  return { draft, file: renderDraft(draft, labels) };
}

/** Adds `source`, drafts it and accepts the whole draft, as a reviewer who agrees with every line would. */
export function addAndAccept(dir: string, source: GrowingSource): Draft {
  addSource(dir, source);
  const { draft, file } = draftIn(dir, source.id);
  writeFileSync(join(dir, "annotations", `${source.id}.yaml`), file.replace(/status: suggested/gu, "status: accepted"));
  const problems = validateCorpus(readCorpusFiles(dir)).problems.filter((p) => p.severity === "error");
  if (problems.length > 0) throw new Error(`addAndAccept ${source.id}: ${JSON.stringify(problems)}`);
  return draft;
}

/** Adds `source` and drafts it (the draft not written). */
export function addAndDraft(dir: string, source: GrowingSource): Draft {
  addSource(dir, source);
  return draftIn(dir, source.id).draft;
}
