// Drafts of small texts written in a test: `suggest` on a text with a given registry, and the labels of what it drafts.
import { expect } from "vitest";
import type { LoadedSource } from "../../src/model/corpus.js";
import { KnownEntities, type KnownEntity } from "../../src/suggest/known.js";
import { isRecommendation } from "../../src/suggest/recommendations.js";
import { analyseText, suggestAnnotations, type Draft, type SuggestOptions } from "../../src/suggest/suggest.js";
import { paragraphsOf } from "../../src/suggest/text.js";
import { readTranscript, type Transcript } from "../../src/suggest/transcript.js";

/** A registry entity for a draft; a theme may name its parent theme. */
export type KnownForDraft = KnownEntity & { parent?: string };

/**
 * The draft `suggest` writes for `text` (source id "t"), with `known` as the registry, an optional publisher and
 * options (`everyProposal`: draft the kinds of proposal not drafted by default, to test how a proposal is drafted;
 * `parse`: how the text is tagged).
 */
export function draftOf(
  text: string,
  known: KnownForDraft[] = [],
  publisher?: string,
  options: Pick<SuggestOptions, "everyProposal" | "parse"> = {},
): Draft {
  const meta = { id: "t", title: "Test source", ...(publisher ? { publisher } : {}) };
  const source = { file: "sources/t.txt", text, meta } as unknown as LoadedSource;
  const themeParents = new Map(known.flatMap((t) => (t.parent ? [[t.id, t.parent] as const] : [])));
  return suggestAnnotations(source, new KnownEntities(known), new Set(), { themeParents, ...options });
}

/** The draft with every proposal found drafted (`suggest --every-proposal`): for tests of how a proposal is drafted. */
export const draftEveryProposal = (text: string, known: KnownForDraft[] = []): Draft =>
  draftOf(text, known, undefined, { everyProposal: true });

/** The passages of the draft's recommends claims. */
export const recommended = (draft: Draft): string[] =>
  draft.claims.filter((c) => c.relation === "recommends").flatMap((c) => c.evidence.map((e) => e.quote));

/** A sentence the rules read as proposing something (isRecommendation), the sentence named if not. */
export const proposes = (s: string): void => expect(isRecommendation(s), s).toBe(true);

/** A sentence the rules read as proposing nothing. */
export const proposesNothing = (s: string): void => expect(isRecommendation(s), s).toBe(false);

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

/** A test text of paragraphs: each argument one, a blank line between them. */
export const paragraphsText = (...paragraphs: string[]): string => `${paragraphs.join("\n\n")}\n`;

/** A sentence, then two panellists' quoted words (Tom Reed, Kit Lamb): a panel there for someone to chair. */
export const panelAfter = (sentence: string): string =>
  paragraphsText(
    sentence,
    "“The harbour needs dredging,” said Tom Reed, chief executive of Fenby Ports.",
    "“The unions agree,” said Kit Lamb, general secretary of the Dockers' Union.",
  );

/** Every direct quote of a draft as [who, relation, words]. */
export const directQuotesIn = (draft: Draft): [string, string, string][] =>
  draft.claims.flatMap((c) =>
    c.evidence
      .filter((e) => e.kind === "direct-quote")
      .map((e) => [labelIn(draft, c.from), c.relation, e.quote] as [string, string, string]),
  );

/** Who a draft gives `words` to: every speaker one of whose direct quotes holds them, sorted. */
export const saidByIn = (draft: Draft, words: string): string[] =>
  [...new Set(directQuotesIn(draft).flatMap(([who, , q]) => (q.includes(words) ? [who] : [])))].sort();

/** The relations a person's direct quotes are drafted under: "mentions" for a member's question, "spoke-on" for an answer. */
export const quoteRelationsIn = (draft: Draft, who: string): string[] =>
  [...new Set(directQuotesIn(draft).flatMap(([w, r]) => (w === who ? [r] : [])))].sort();

/** The transcript `readTranscript` reads in a test text, with the text's own paragraphs, or undefined. */
export const transcriptOf = (text: string): Transcript | undefined => readTranscript(text, paragraphsOf(text));

/** Each quotation a text's reading attributes, as [speaker's label, the words inside the marks], with `known` as the registry. */
export function said(text: string, known: KnownEntity[] = []): [string, string][] {
  const analysis = analyseText(text, new KnownEntities(known));
  return analysis.speeches.map((sp) => [
    analysis.found.people.get(sp.speaker)!.label,
    text.slice(sp.quote.inner.start, sp.quote.inner.end).trim(),
  ]);
}

/** Who `words` are given to in a text's reading (the speakers of every quotation holding them), sorted. */
export const saidBy = (text: string, words: string): string[] =>
  [
    ...new Set(
      said(text)
        .filter(([, w]) => w.includes(words))
        .map(([who]) => who),
    ),
  ].sort();
