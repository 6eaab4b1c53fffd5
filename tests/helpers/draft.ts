// Drafts of small texts written in a test: `suggest` on a text with a given registry, and the labels of what it drafts.
import type { LoadedSource } from "../../src/model/corpus.js";
import { KnownEntities, type KnownEntity } from "../../src/suggest/known.js";
import { suggestAnnotations, type Draft } from "../../src/suggest/suggest.js";

/** A registry entity for a draft; a theme may name its parent theme. */
export type KnownForDraft = KnownEntity & { parent?: string };

/** The draft `suggest` writes for `text` (source id "t"), with `known` as the registry and an optional publisher. */
export function draftOf(text: string, known: KnownForDraft[] = [], publisher?: string): Draft {
  const meta = { id: "t", title: "Test source", ...(publisher ? { publisher } : {}) };
  const source = { file: "sources/t.txt", text, meta } as unknown as LoadedSource;
  const themeParents = new Map(known.flatMap((t) => (t.parent ? [[t.id, t.parent] as const] : [])));
  return suggestAnnotations(source, new KnownEntities(known), new Set(), { themeParents });
}

/** The label a draft gives an id: its own new entity's, else the id (a registry entity's). */
export const labelIn = (draft: Draft, id: string): string => draft.entities.find((e) => e.id === id)?.label ?? id;

/** A draft's affiliations as [person, role, organisation] labels, in the draft's order. */
export const affiliationsIn = (draft: Draft): [string, string | undefined, string][] =>
  draft.claims
    .filter((c) => c.relation === "affiliated-with")
    .map((c) => [labelIn(draft, c.from), c.role, labelIn(draft, c.to)]);

/** A draft's organisations' labels, sorted: what an empty registry lets `suggest` find. */
export const organisationsIn = (draft: Draft): string[] =>
  draft.entities
    .filter((e) => e.section === "organisations")
    .map((e) => e.label)
    .sort();

/** A draft's people's labels, in the draft's order. */
export const peopleIn = (draft: Draft): string[] =>
  draft.entities.filter((e) => e.section === "people").map((e) => e.label);

/** Who a draft says chaired the session, as labels, in the draft's order. */
export const chairsIn = (draft: Draft): string[] =>
  draft.claims.filter((c) => c.relation === "chaired").map((c) => labelIn(draft, c.from));
