// The passages of a source that may propose something but are of a kind `suggest` does not draft (right too seldom on
// texts the rules had not seen: not in src/suggest/recommendations.ts, KEPT), offered in review mode to add as a
// `recommends` claim in one step. Found by the suggest machinery itself, run on the source's text with the corpus as it
// is (never read back from a draft's header), so they are there for any source, drafted or annotated by hand. The
// machinery's reading takes seconds on a long source: it is kept per source, and read again only when the text or the
// entities it could link to change, other than by declaring what it proposed (a new recommendation, a new speaker under
// the id it gave them). Which passages a claim already rests on, and who is declared, is checked afresh on every call.
import { createHash } from "node:crypto";
import { Worker } from "node:worker_threads";
import type { Corpus, LoadedSource, RawCorpus } from "../model/corpus.js";
import { REGISTRY_SECTIONS } from "../model/schema.js";
import type { EvidenceKind } from "../model/vocabulary.js";
import type { PossibleRecommendation, PossibleRecommendations, ProposerView, ThemeView } from "../model/review.js";
import { SourceQuotes } from "../ingest/quotes.js";
import { readCorpusFiles } from "../ingest/read.js";
import { validateCorpus } from "../ingest/validate.js";
import type { ProposalFacts } from "../suggest/recommendations.js";
import { heldKind } from "../suggest/held-kind.js";

/** What the machinery read, before the claims of the moment are checked: one passage a proposal of a held kind. */
export interface Reading {
  start: number;
  end: number;
  kind: EvidenceKind;
  facts: ProposalFacts;
  /** Whose it is, as the draft would have it (an id the draft declares, or one the corpus knows). */
  whose?: ProposerView;
  label: string;
  known?: { id: string; label: string };
  /** The themes the draft gave the passage (`addresses` claims on it), with their labels. */
  themes: { id: string; label: string }[];
}

/** How many sources' readings are kept: a review session looks at a few; a full cache starts again. */
const CACHE_SIZE = 16;

/** What a reading gives: the held passages, and how often their kinds were right on unseen texts, in words. */
export interface Read {
  readings: Reading[];
  rightInTen: string;
}

interface Kept extends Read {
  key: string;
  /** The ids the reading gave whose it is that nothing declared then: declaring them later changes nothing. */
  proposed: Set<string>;
}

export class ProposalFinder {
  private readonly cache = new Map<string, Kept>();
  /** The thread that reads (the machinery is synchronous: seconds on a long source the server would not answer). */
  private thread: Worker | undefined;
  private readonly waiting = new Map<number, { resolve(r: Read): void; reject(e: Error): void }>();
  private asked = 0;
  /** A reading under way, per source and fingerprint: a second request waits for it rather than reading again. */
  private readonly underWay = new Map<string, Promise<Read>>();

  /** The possible recommendations of `sourceId` in `raw` that no `recommends` claim rests on. */
  async find(raw: RawCorpus, sourceId: string): Promise<PossibleRecommendations | undefined> {
    const source = raw.sources.find((s) => s.meta.id === sourceId);
    if (!source) return undefined;
    // The suggester (and its language model) is loaded only in the thread that reads: here, what it could link to.
    const corpus = validateCorpus(raw);
    const known = declaredEntities(raw, corpus, sourceId);
    let kept = this.cache.get(sourceId);
    const key = fingerprint(source, known, kept?.proposed ?? new Set());
    if (kept?.key !== key) {
      const at = `${sourceId} ${key}`;
      let reading = this.underWay.get(at);
      if (!reading) {
        reading = this.readApart(raw.dir, sourceId).finally(() => this.underWay.delete(at));
        this.underWay.set(at, reading);
      }
      const read = await reading;
      const proposed = new Set(read.readings.flatMap((r) => (r.whose && !r.whose.declared ? [r.whose.id] : [])));
      if (this.cache.size >= CACHE_SIZE) this.cache.clear();
      kept = { ...read, key: fingerprint(source, known, proposed), proposed };
      this.cache.set(sourceId, kept);
    }
    const { readings, rightInTen } = kept;
    const claimed = claimedRanges(raw, source);
    const quotes = new SourceQuotes(source.text);
    const declared = new Set(known.map((e) => e.id));
    const proposals: PossibleRecommendation[] = [];
    for (const r of readings) {
      if (claimed.some(([start, end]) => start < r.end && r.start < end)) continue;
      const quote = source.text.slice(r.start, r.end);
      const found = quotes.count(quote);
      const occurrence = found > 1 ? occurrenceAt(source.text, quote, r.start) : undefined;
      proposals.push({
        quote,
        start: r.start,
        end: r.end,
        ...(occurrence !== undefined ? { occurrence } : {}),
        kind: r.kind,
        ...(r.whose ? { whose: { ...r.whose, declared: r.whose.declared || declared.has(r.whose.id) } } : {}),
        why: heldKind(r.facts),
        label: r.label,
        ...(r.known ? { known: r.known } : {}),
        ...(r.themes.length
          ? { themes: r.themes.map((t): ThemeView => ({ ...t, declared: declared.has(t.id) })) }
          : {}),
      });
    }
    return { source: sourceId, proposals, rightInTen };
  }

  /** Reads in the worker thread (started once, never keeping the process alive), or here if it cannot start. */
  private readApart(dataDir: string, sourceId: string): Promise<Read> {
    let thread: Worker;
    try {
      thread = this.thread ??= this.startThread();
    } catch {
      return readingsIn(dataDir, sourceId);
    }
    const id = ++this.asked;
    return new Promise<Read>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      thread.postMessage({ id, dataDir, sourceId });
    });
  }

  private startThread(): Worker {
    const thread = new Worker(new URL("./proposals-thread.mjs", import.meta.url));
    thread.unref();
    thread.on("message", ({ id, read, error }: { id: number; read?: Read; error?: string }) => {
      const waiting = this.waiting.get(id);
      this.waiting.delete(id);
      if (read) waiting?.resolve(read);
      else waiting?.reject(new Error(error ?? "no answer"));
    });
    const fail = (error: Error) => {
      if (this.thread === thread) this.thread = undefined;
      for (const waiting of this.waiting.values()) waiting.reject(error);
      this.waiting.clear();
    };
    thread.on("error", fail);
    thread.on("exit", (code) => fail(new Error(`the thread reading possible recommendations stopped (code ${code})`)));
    return thread;
  }
}

/** The held proposals of `sourceId` in the corpus at `dataDir`, read by the suggest machinery (the worker's task). */
export async function readingsIn(dataDir: string, sourceId: string): Promise<Read> {
  const raw = readCorpusFiles(dataDir);
  const source = raw.sources.find((s) => s.meta.id === sourceId);
  if (!source) throw new Error(`no source ${sourceId} in the corpus`);
  const suggest = await import("../suggest/suggest.js");
  const recommendations = await import("../suggest/recommendations.js");
  const corpus = validateCorpus(raw);
  // The accepted entities, and this source's own files' suggested ones too (no file is being replaced): the passages
  // are then linked to the people its file declares rather than drafted anew, never to another draft's.
  const known = suggest.knownEntities(raw, corpus, sourceId, `annotations/${sourceId}.possible-recommendations`);
  const readings = await read(raw, source, known, suggest, recommendations, corpus);
  return { readings, rightInTen: recommendations.droppedRightInTen() };
}

interface Declared {
  id: string;
  type: string;
  label: string;
  aliases: readonly string[];
}

/** What `knownEntities` reads for a source's reading: the accepted entities and its own files' suggested ones. */
function declaredEntities(raw: RawCorpus, corpus: Corpus, sourceId: string): Declared[] {
  const out: Declared[] = [];
  for (const e of corpus.entities.values()) if (e.type !== "source") out.push(e);
  const seen = new Set(out.map((e) => e.id));
  for (const { data } of raw.annotations) {
    for (const [section, type] of Object.entries(REGISTRY_SECTIONS)) {
      for (const entry of data.entities?.[section as keyof typeof REGISTRY_SECTIONS] ?? []) {
        if (seen.has(entry.id) || (entry.status === "suggested" && data.source !== sourceId)) continue;
        seen.add(entry.id);
        out.push({ id: entry.id, type, label: entry.label, aliases: entry.aliases });
      }
    }
  }
  return out;
}

type Suggest = typeof import("../suggest/suggest.js");
type Recommendations = typeof import("../suggest/recommendations.js");
type Known = ReturnType<Suggest["knownEntities"]>;

/** Runs the suggester on the source with every proposal drafted, and keeps those of the kinds it holds back. */
async function read(
  raw: RawCorpus,
  source: LoadedSource,
  known: Known,
  suggest: Suggest,
  recommendations: Recommendations,
  corpus: ReturnType<typeof validateCorpus>,
): Promise<Reading[]> {
  const held = new Map<string, ProposalFacts>();
  const taken = new Set([...corpus.entities.keys(), ...known.byId.keys(), ...raw.sources.map((s) => s.meta.id)]);
  // Drafted all, the held ones come with whose they are and the recommendation they would make; which those are is
  // what the default would decide (`drafted`).
  const draft = suggest.suggestAnnotations(source, known, taken, {
    themeParents: suggest.themeParents(corpus),
    everyProposal: true,
    onRecommendation: ({ span, facts }) => {
      if (!recommendations.drafted(facts)) held.set(`${span.start} ${span.end}`, facts);
    },
  });
  const entities = new Map(draft.entities.map((e) => [e.id, e]));
  // The themes suggest gives a passage (its `themesOf`): the draft's addresses claims from the passage's recommendation.
  const themesAt = new Map<string, { id: string; label: string }[]>();
  for (const claim of draft.claims) {
    if (claim.relation !== "addresses") continue;
    const label = entities.get(claim.to)?.label ?? known.byId.get(claim.to)?.label;
    if (label === undefined) continue;
    for (const e of claim.evidence) {
      const key = `${claim.from} ${e.start}`;
      const list = themesAt.get(key) ?? [];
      if (!list.some((t) => t.id === claim.to)) list.push({ id: claim.to, label });
      themesAt.set(key, list);
    }
  }
  const readings = new Map<number, Reading>();
  for (const claim of draft.claims) {
    if (claim.relation !== "recommends") continue;
    for (const e of claim.evidence) {
      const facts = held.get(`${e.start} ${e.end}`);
      if (!facts || readings.has(e.start)) continue;
      const made = entities.get(claim.to);
      const knownTo = known.byId.get(claim.to);
      readings.set(e.start, {
        start: e.start,
        end: e.end,
        kind: e.kind,
        facts,
        ...proposer(claim.from, source, entities, known),
        label: made?.label ?? recommendations.proposalLabel(source.text.slice(e.start, e.end)),
        ...(!made && knownTo ? { known: { id: knownTo.id, label: knownTo.label } } : {}),
        themes: themesAt.get(`${claim.to} ${e.start}`) ?? [],
      });
    }
  }
  return [...readings.values()].sort((a, b) => a.start - b.start);
}

const PROPOSER_TYPES = new Set(["person", "organisation", "session"]);

function proposer(
  id: string,
  source: LoadedSource,
  drafted: Map<string, { label: string; section: string; kind?: string }>,
  known: Known,
): { whose?: ProposerView } {
  if (id === source.meta.id) return { whose: { id, label: source.meta.title, type: "source", declared: true } };
  const k = known.byId.get(id);
  if (k && PROPOSER_TYPES.has(k.type))
    return { whose: { id, label: k.label, type: k.type as ProposerView["type"], declared: true } };
  const d = drafted.get(id);
  const type = d && REGISTRY_SECTIONS[d.section as keyof typeof REGISTRY_SECTIONS];
  if (!d || !type || !PROPOSER_TYPES.has(type)) return {};
  return {
    whose: {
      id,
      label: d.label,
      type: type as ProposerView["type"],
      declared: false,
      ...(d.kind ? { kind: d.kind } : {}),
    },
  };
}

/**
 * The source's text and what the corpus declares, but its recommendations (a claim added here declares one) and the
 * entities of ids the reading itself proposed (a speaker declared with the claim).
 */
function fingerprint(source: LoadedSource, known: readonly Declared[], proposed: ReadonlySet<string>): string {
  const hash = createHash("sha256").update(source.meta.id).update("\0").update(source.text);
  const entities = [...known]
    .filter((e) => e.type !== "recommendation" && !proposed.has(e.id))
    .map((e) => JSON.stringify([e.id, e.type, e.label, e.aliases]))
    .sort();
  for (const line of entities) hash.update("\0").update(line);
  return hash.digest("hex");
}

/** Where the source's text holds the quote of a `recommends` claim, in any annotation file. */
function claimedRanges(raw: RawCorpus, source: LoadedSource): [number, number][] {
  const quotes = new SourceQuotes(source.text);
  const ranges: [number, number][] = [];
  for (const { data } of raw.annotations) {
    for (const claim of data.claims) {
      if (claim.relation !== "recommends") continue;
      for (const e of claim.evidence) {
        if ((e.source ?? data.source) !== source.meta.id) continue;
        const found = quotes.find(e.quote, e.occurrence ?? 1);
        if (found.found) ranges.push([found.start, found.end]);
      }
    }
  }
  return ranges;
}

/** Which occurrence of `quote` in `text` starts at `start` (1-based), counting overlapping ones as validate does. */
function occurrenceAt(text: string, quote: string, start: number): number {
  let n = 0;
  for (let at = text.indexOf(quote); at !== -1 && at <= start; at = text.indexOf(quote, at + 1)) n++;
  return n;
}
