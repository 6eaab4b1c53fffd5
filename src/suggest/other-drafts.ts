// What the other annotation files of a corpus declare, for a draft that must not depend on them: the ids a new draft
// shares with them (one entity, each file with its own copy) and those it must not take (another kind of entity).
import type { RawCorpus } from "../model/corpus.js";
import { REGISTRY_SECTIONS, type NodeType, type SourceEntities } from "../model/schema.js";
import type { Draft } from "./suggest.js";

/** An id declared in annotation files other than the one a draft replaces: its kind, and the files (sorted). */
export interface OtherDeclaration {
  type: NodeType;
  files: string[];
}

/** Every id the annotation files other than `replacing` declare (as `raw` names the files), accepted or suggested. */
export function otherDeclarations(raw: RawCorpus, replacing: string): Map<string, OtherDeclaration> {
  const found = new Map<string, OtherDeclaration>();
  for (const { file, data } of [...raw.annotations, ...(raw.partialAnnotations ?? [])]) {
    if (file.file === replacing || !data.entities) continue;
    for (const [section, type] of Object.entries(REGISTRY_SECTIONS) as [keyof SourceEntities, NodeType][])
      for (const entry of data.entities[section] ?? []) {
        if (!entry) continue;
        const seen = found.get(entry.id);
        if (!seen) found.set(entry.id, { type, files: [file.file] });
        else if (!seen.files.includes(file.file)) seen.files = [...seen.files, file.file].sort();
      }
  }
  return found;
}

/**
 * The ids the draft declares that another file declares as another kind of entity (a theme's id that another draft
 * gave a session): the one place a draft must look at other drafts, or it would not validate beside them.
 */
export function clashingIds(draft: Draft, others: ReadonlyMap<string, OtherDeclaration>): string[] {
  return draft.entities
    .filter((e) => {
      const other = others.get(e.id);
      return other !== undefined && other.type !== REGISTRY_SECTIONS[e.section];
    })
    .map((e) => e.id);
}

/**
 * The draft's entities other files declare too (the same id and kind: one entity, accepted with either copy), by file:
 * for the reviewer, who may rather review them there first.
 */
export function sharedWithOtherFiles(
  draft: Draft,
  others: ReadonlyMap<string, OtherDeclaration>,
): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const e of draft.entities) {
    const other = others.get(e.id);
    if (!other || other.type !== REGISTRY_SECTIONS[e.section]) continue;
    for (const file of other.files) byFile.set(file, [...(byFile.get(file) ?? []), e.id]);
  }
  return new Map([...byFile].sort(([a], [b]) => a.localeCompare(b)));
}
