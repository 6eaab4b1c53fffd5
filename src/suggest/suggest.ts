// `suggest`: a draft annotation file for one source, from its text and the entities the corpus already knows. Every
// claim and every new entity is marked `status: suggested`; every claim carries the passages it rests on.
import nlp from "compromise";
import type { Corpus, LoadedSource, RawCorpus } from "../model/corpus.js";
import {
  REGISTRY_SECTIONS,
  type EvidenceKind,
  type NodeType,
  type Relation,
  type SourceEntities,
} from "../model/schema.js";
import { TextSearch } from "../ingest/text-search.js";
import { DRAFT_THEME_NOTE } from "../model/review.js";
import { KnownEntities, nameKey, personKey, type KnownEntity, type NameMatch } from "./known.js";
import { knownPeopleSpeltAlike, speltAlikeRemark } from "./near-spellings.js";
import { quoteModel, type QuoteCandidate } from "./attribution.js";
import type { Model } from "./learn.js";
import { HONORIFICS, isGivenName, TITLE_WORDS, type Mention } from "./names.js";
import { addTitleBlockChair, findChairs } from "./chairs.js";
import {
  addBylineGivenNames,
  addCaseStudyNames,
  addPseudonyms,
  departmentsOfOffices,
  findPeople,
  type PeopleInText,
} from "./people.js";
import type { RoleStatement } from "./posts.js";
import { AND_FORMER_ROLE, type AffiliationCandidate, affiliationCandidates, affiliationsOf } from "./affiliations.js";
import {
  introducesProposals,
  isProposal,
  drafted,
  isRecommendation,
  type ProposalFacts,
  type ProposalPath,
  type ProposerKind,
  opensWithCall,
  proposalFacts,
  listedProposal,
  knownRecommendation,
  proposalLabel,
  proposalText,
  ProposalsInText,
  readProposal,
  recommendationLabel,
  proposes,
  elaboratesProposal,
} from "./recommendations.js";
import {
  addGivenNameSpeakers,
  addTurnSpeakers,
  attributeSpeech,
  speakerCues,
  transcriptPeople,
  turnSpeech,
  type ReportedView,
  type Speech,
  type TranscriptPeople,
} from "./speech.js";
import { attendanceLists, readTranscript, type Transcript } from "./transcript.js";
import { SpanSet, SpansInOrder } from "./spans.js";
import { heldKind } from "./held-kind.js";
import { dayOf, occasionOf } from "./occasions.js";
import { inquiryReport } from "./reports.js";
import { addressesOnly, asksSomething } from "./questions.js";
import {
  paragraphsOf,
  foldName,
  quoteSpansOf,
  sentencesOf,
  ID_LENGTH,
  slugify,
  trimSpan,
  cutsAcrossQuotation,
  closeBrackets,
  unwrappedLines,
  guillemetsAsMarks,
  wordCount,
  type Paragraph,
  type QuoteSpan,
  type Span,
  type Sentence,
} from "./text.js";
import {
  baseFormVerbs,
  findNewThemes,
  newThemeCandidates,
  statedTopic,
  quotedEchoes,
  nounPhrases,
  ThemesInText,
  themesByWords,
  titleSubject,
  titleTopic,
  type ThemeMatch,
} from "./themes.js";
import { organisationKind, SESSION_NOUNS } from "./words.js";
import { isParty, PARTIES } from "./organisations.js";
import {
  appointedFrom,
  joinedDate,
  leftBodyOn,
  leftDate,
  roleDatesAfter,
  tenseOf,
  type UndatedWords,
} from "./dates.js";

/** "the new co-chair", "newly appointed chair": the word dating a post at its start, after an article. */
const NEW_POST = /^((?:the|a|an)\s+)?(?:new|newly[\s-]+appointed)\s+(?=\S)/u;

export interface DraftEvidence extends Span {
  quote: string;
  kind: EvidenceKind;
  /** Set when the quote occurs more than once in the text. */
  occurrence?: number;
  /**
   * With `everyProposal`, on a proposal's `recommends` and `addresses` passages: the kind it is in Review's words
   * (held-kind.ts) where it is of a kind only listed by default (not in recommendations.ts, KEPT).
   */
  listedKind?: string;
}

export interface DraftClaim {
  relation: Relation;
  from: string;
  to: string;
  role?: string;
  /** affiliated-with: when the role began, where the words right after its passage say ("since 2019"). */
  since?: string;
  /** affiliated-with: when the role ended ("until January 2024", "from 2019 to 2023"). */
  until?: string;
  evidence: DraftEvidence[];
  /** Which part of the file the claim is listed in. */
  group: string;
  /** A remark for the reviewer, written as a YAML comment. */
  comment?: string;
}

/** A fact about an entity the draft declares (the `attributes:` of an annotation file): a session's date. */
export interface DraftAttribute {
  entity: string;
  name: "date";
  /** YYYY-MM-DD. */
  value: string;
  evidence: DraftEvidence[];
}

export interface DraftEntity {
  section: keyof SourceEntities;
  id: string;
  label: string;
  aliases: string[];
  kind?: string;
  text?: string;
  description?: string;
  /** A remark for the reviewer, written as a YAML comment. */
  comment?: string;
  first: number;
}

/** A passage read as a proposal of a kind not drafted, as the draft's header lists it. */
export interface HeldProposal {
  /** The passage, whole. */
  quote: string;
  /** Its 1-based line in the source's text. */
  line: number;
  /** Whose proposal it would be: the id the claim would have and its label (a new person's is drafted, not declared). */
  whose: { id: string; label: string };
  /** The evidence kind the claim would give it. */
  kind: EvidenceKind;
  /** Why it was not drafted: its kind, in a reviewer's words (as Review says it). */
  why: string;
  /** The ids of the themes the passage names, known or drafted: what the recommendation would address. */
  themes: string[];
}

/** A held passage as read: the span, whose, and the facts that kept it out. */
interface HeldSpan extends Span {
  from: string;
  kind: EvidenceKind;
  facts: ProposalFacts;
  themes: string[];
}

/** A name this source gives an entity the corpus knows by other names: an alias for the reviewer to add. */
export interface AliasProposal {
  id: string;
  label: string;
  alias: string;
  first: number;
}

export interface Draft {
  source: string;
  entities: DraftEntity[];
  claims: DraftClaim[];
  /** Facts about the entities it declares: the date of the session, where its label gives one. */
  attributes?: DraftAttribute[];
  /** New spellings of known entities, for the entities claims use, in text order. */
  aliases?: AliasProposal[];
  /**
   * Passages the rules read as proposals but of a kind too often wrong to draft (not in recommendations.ts, KEPT), in
   * text order: listed for the reviewer in the file's header, not claimed.
   */
  unsure?: string[];
  /** The same passages (one each), with where they are, whose they are and why they were not drafted. */
  held?: HeldProposal[];
  /**
   * Posts the text says ended in a month whose year the source's date does not settle ("who will serve until March",
   * "until June" in a text of May), in text order: not drafted (a post once held with no end to write is no
   * affiliation), listed for the reviewer in the file's header.
   */
  undatedEnds?: string[];
  /**
   * Short names the text gives two people ("Dr Kerr" beside Dr Alison Kerr and Dr Brendan Kerr) that nothing tells
   * apart, each with the people it may mean (`"Dr Kerr": Alison Kerr or Brendan Kerr`): not linked, listed for review.
   */
  sharedNames?: string[];
  /**
   * Drafted with `everyProposal`: every proposal found is a recommendation, and those of a kind only listed by default
   * say so (`DraftEvidence.listedKind`).
   */
  everyProposal?: true;
  /** What was found, for the command's report. */
  found: {
    people: { linked: number; new: number };
    organisations: { linked: number; new: number };
    themes: { linked: number; new: number };
    /** The quotations found in the text that some claim of the draft cites, as its speaker's direct quote. */
    quotes: number;
    recommendations: { linked: number; new: number };
  };
}

export interface SuggestOptions {
  /** How many new candidate themes to propose at most. */
  newThemes?: number;
  /** Told as each stage starts (for progress on a terminal): its number from 1, of `stages`, and what it does. */
  onStage?: (stage: number, stages: number, doing: string) => void;
  /** The broader theme of each known theme that has one (theme id → parent id): see `themeParents`. */
  themeParents?: ReadonlyMap<string, string>;
  /** Given the affiliation candidates with their features, before they are decided (for training the model). */
  onAffiliationCandidates?: (candidates: AffiliationCandidate[]) => void;
  /** Told of each proposal the rules find, with its facts and whether it is drafted (for pooling counts by kind). */
  onRecommendation?: (candidate: { span: Span; facts: ProposalFacts; drafted: boolean }) => void;
  /**
   * Draft every proposal the rules find, also the kinds too often wrong on unseen texts to draft by default
   * (not in recommendations.ts, KEPT), instead of listing those in the header: for a reviewer who would rather reject than
   * add (`suggest --every-proposal`).
   */
  everyProposal?: boolean;
  /** Given every quotation's candidate speakers (persons as the draft's ids), with their features (for training). */
  onQuoteCandidates?: (candidates: QuoteCandidate[]) => void;
  /**
   * The quote model to decide with: undefined for the shipped one (src/suggest/models/quote.json, if any), null for
   * the rules alone (cross-validation passes each fold's model).
   */
  quoteModel?: Model | null;
  /**
   * Parses a text with compromise's tagger (`nlp`, the default). The analysis only reads the document it returns, never
   * changes it, so an evaluation passes one that parses each text once for its three registry modes (a third of a
   * draft's time): `parseOnce`.
   */
  parse?: (text: string) => ReturnType<typeof nlp>;
}

/** A `parse` that tags each text once and gives the same document for it after (for one evaluation's drafts). */
export function parseOnce(): (text: string) => ReturnType<typeof nlp> {
  const docs = new Map<string, ReturnType<typeof nlp>>();
  return (text) => {
    let doc = docs.get(text);
    if (doc === undefined) docs.set(text, (doc = nlp(text)));
    return doc;
  };
}

const DEFAULTS: Required<Omit<SuggestOptions, "quoteModel">> = {
  newThemes: 8,
  onStage: () => {},
  themeParents: new Map(),
  onAffiliationCandidates: () => {},
  onRecommendation: () => {},
  everyProposal: false,
  onQuoteCandidates: () => {},
  parse: (text) => nlp(text),
};

/** The broader theme of each theme of the corpus that has one (theme id → parent id). */
export function themeParents(corpus: Corpus): Map<string, string> {
  const parents = new Map<string, string>();
  for (const e of corpus.entities.values()) if (e.type === "theme" && e.parent) parents.set(e.id, e.parent);
  return parents;
}

const SECTION_OF = Object.fromEntries(Object.entries(REGISTRY_SECTIONS).map(([s, t]) => [t, s])) as Record<
  Exclude<NodeType, "source">,
  keyof SourceEntities
>;

/**
 * The entities a draft of `exceptSource` can link to: the corpus's accepted ones (registry, accepted entries of
 * annotation files). Another source's draft is no part of this one: what it only suggests is left out, so a draft
 * depends on the accepted corpus alone and declares what it uses itself (the same id in two drafts is one entity,
 * accepted with either copy), and rejecting, deleting or re-drafting one draft never breaks another. With `replacing`
 * (the annotation file, as `raw` names it, that the draft will replace), only that file's own entities are left out,
 * so a draft written beside another file of the same source links to what that file declares, suggested too, instead
 * of declaring it again.
 */
export function knownEntities(raw: RawCorpus, corpus: Corpus, exceptSource: string, replacing?: string): KnownEntities {
  const entities: KnownEntity[] = [];
  // As registry.yaml writes them: a person the mark names may be declared only in the file the draft replaces, which
  // `corpus` (read without it) does not know.
  const distinct = new Map(
    ((raw.registry ?? raw.partialRegistry)?.data.people ?? []).map((p) => [p.id, p.distinctFrom] as const),
  );
  for (const e of corpus.entities.values()) {
    if (e.type === "source") continue;
    const entity: KnownEntity = { id: e.id, type: e.type, label: e.label, aliases: e.aliases };
    if (e.text !== undefined) entity.text = e.text;
    const marks = e.type === "person" ? distinct.get(e.id) : undefined;
    if (marks !== undefined) entity.distinctFrom = marks;
    entities.push(entity);
  }
  const seen = new Set(entities.map((e) => e.id));
  for (const { file, data } of raw.annotations) {
    if (!data.entities) continue;
    if (replacing === undefined ? data.source === exceptSource : file.file === replacing) continue;
    const sameSource = data.source === exceptSource;
    for (const [section, type] of Object.entries(REGISTRY_SECTIONS) as [keyof SourceEntities, NodeType][]) {
      for (const entry of data.entities[section]) {
        if (seen.has(entry.id) || (entry.status === "suggested" && !sameSource)) continue;
        seen.add(entry.id);
        const extra = entry as { text?: string };
        entities.push({
          id: entry.id,
          type,
          label: entry.label,
          aliases: entry.aliases,
          ...(extra.text ? { text: extra.text } : {}),
        });
      }
    }
  }
  const known = new KnownEntities(entities);
  addSessionFacts(known, corpus);
  return known;
}

/**
 * What the accepted corpus says of each known session, so a later source's report of the same hearing can be linked to
 * it (`claimPanel`): the bodies that held it (`organised-by`), its date (a `date` attribute, or the date of a
 * transcript it is reported in: a transcript is dated the day of its sitting).
 */
function addSessionFacts(known: KnownEntities, corpus: Corpus): void {
  const isSession = (id: string) => known.byId.get(id)?.type === "session";
  const transcriptDates = new Map(
    corpus.sources.flatMap((s) => (s.meta.kind === "transcript" && s.meta.date ? [[s.meta.id, s.meta.date]] : [])),
  );
  for (const c of corpus.claims) {
    if (!isSession(c.from)) continue;
    if (c.relation === "organised-by") known.addSessionFacts(c.from, { organiser: c.to });
    const day = c.relation === "reported-in" ? transcriptDates.get(c.to) : undefined;
    if (day) known.addSessionFacts(c.from, { day });
  }
  for (const a of corpus.attributes)
    if (a.name === "date" && isSession(a.entity)) known.addSessionFacts(a.entity, { day: a.value });
}

/** The words a text calls its panel by, as a group ("the panellists", "the speakers"). */
const PANEL_WORDS = String.raw`(?:panel|panellists|panelists|panel\s+members|speakers|participants|contributors|witnesses|committee|roundtable)`;
/**
 * "The panellists agreed that …", "Overall, the panel believes …", "The speakers were agreed that …", "There was
 * consensus among the panel that …": a statement of the whole panel, not of one person. Not what a panel agreed to do
 * or settled ("The panel agreed to meet again", "agreed on a date for …"), nor a consensus of others ("there was
 * consensus among ministers").
 */
const CONSENSUS = new RegExp(
  String.raw`^(?:[^,]{0,40},\s*)?(?:(?:all|both)\s+(?:of\s+)?)?(?:the\s+)?(?:(?:all|both)\s+(?:(?:of\s+the\s+)?(?:two|three|four|five|six)\s+)?)?${PANEL_WORDS}\s+(?:all\s+|also\s+|broadly\s+|largely\s+|generally\s+)?(?:(?:agreed|agree)(?!\s+(?:to\s+(?!(?:the|a|an|this|that|these|those|it|its|their)\b)|(?:on|upon)\s+(?:a|the|its|their)\s+(?:(?:new|next|later|final)\s+)?(?:date|dates|time|venue|timetable|schedule|agenda|format|next\s+meeting)\b))|believe|believed|felt|feel|concluded|conclude|accepted|accept|discussed|(?:were|are|was|is)\s+(?:all\s+|also\s+|broadly\s+)?(?:agreed|united|unanimous|clear|in\s+agreement|of\s+one\s+mind)|called for|urged|recommended|recommend)\b|^(?:[^,]{0,40},\s*)?there\s+(?:was|is)\s+(?:broad\s+|general\s+|strong\s+|wide\s+|a\s+)?(?:agreement|consensus)(?!\s+(?:among|amongst|between|across|within|in|from)\s+(?!(?:all\s+|both\s+)?(?:the\s+|our\s+)?(?:(?:two|three|four|five|six)\s+)?${PANEL_WORDS}\b))\b`,
  "iu",
);
const PANEL_PROPOSES =
  /\b(?:called\s+for|call\s+for|calls\s+for|urged|urge|recommended|recommend|recommends|proposed|propose|proposes|called\s+on|call\s+on)\b|\bthat\s+(?:(?!\b(?:will|would|can|could|may|might|should|must|shall|not|to|is|are|was|were)\b)[^,.;]){1,80}?\s+be\s+(?!able\b|a\b|an\b|the\b)\w+/iu;
/** Of those, the ones that agree (a panel that "discussed" something did not agree on it). */
const AGREEING =
  /\b(?:agreed|agree|believe|believed|felt|feel|concluded|conclude|accepted|accept|united|unanimous|clear|agreement|consensus|one\s+mind)\b/iu;

export interface TextAnalysis {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: QuoteSpan[];
  doc: ReturnType<typeof nlp>;
  found: PeopleInText;
  speeches: Speech[];
  /** A transcript's motions tabled in a member's name: their clauses are the member's proposals, not quotations. */
  tabled?: Speech[];
  reported: ReportedView[];
  /** Every quotation's candidate speakers (persons as keys of `found.people`), for training the quote model. */
  quoteCandidates: QuoteCandidate[];
  /** The transcript the text is, if it is one, and its chair, members and witnesses. */
  transcript?: Transcript;
  cast?: TranscriptPeople;
  /**
   * The text as read: the source's, or a transcript's with its names in capitals written as names are ("Mr. REYES."
   * read as "Mr. Reyes."), as long as the source's, so that every offset is the same; quotes are taken from the source.
   */
  readable: string;
}

/** Reads a text: its paragraphs, sentences and quotations, the people in it and who said what. */
export function analyseText(
  source: string,
  known: KnownEntities,
  model: Model | null = quoteModel() ?? null,
  parse: (text: string) => ReturnType<typeof nlp> = (t) => nlp(t),
): TextAnalysis {
  const lines = paragraphsOf(source);
  const transcript = readTranscript(source, lines);
  // A text hard-wrapped inside its sentences is read with its lines joined (same length, same offsets).
  // «…» read as “…” (same length, same offsets).
  const marked = transcript ? undefined : guillemetsAsMarks(source);
  const unwrapped = transcript ? undefined : unwrappedLines(marked ?? source);
  // A transcript run together into one paragraph is read as the paragraphs it had.
  const paragraphs = transcript?.paragraphs ?? (unwrapped !== undefined ? paragraphsOf(unwrapped) : lines);
  const text = transcript?.readable ?? unwrapped ?? marked ?? source;
  const sentences: Sentence[] = paragraphs.flatMap((p) => sentencesOf(text, p));
  const quotes = quoteSpansOf(text);
  const doc = parse(text);
  const nlpPeople = (
    doc.match("#Person+").json({ offset: true }) as { offset: { start: number; length: number } }[]
  ).map((m) => ({ start: m.offset.start, end: m.offset.start + m.offset.length }));
  if (!transcript) {
    const speakers = speakerCues(text, paragraphs, quotes);
    // Minutes and records with no turns: the lists of those present still vouch for their names.
    const lists = attendanceLists(text, paragraphs);
    const found = findPeople(text, paragraphs, sentences, { known, nlpPeople, speakers, lists });
    addGivenNameSpeakers(text, found, known);
    addCaseStudyNames(text, paragraphs, found);
    addBylineGivenNames(text, paragraphs, found);
    addPseudonyms(text, found);
    departmentsOfOffices(text, found, known, "prose");
    const { speeches, reported, candidates } = attributeSpeech(text, paragraphs, sentences, quotes, found, model);
    return {
      paragraphs,
      sentences,
      quotes,
      doc,
      found,
      speeches,
      reported,
      quoteCandidates: candidates,
      readable: text,
    };
  }
  // A transcript: each turn is its speaker's own words; quotation marks inside a turn are the speaker's too.
  const found = findPeople(text, paragraphs, sentences, {
    known,
    nlpPeople,
    // The speakers a label names: not an office alone ("The Chair", "Y Cadeirydd", "Mr Speaker").
    speakers: transcript.turns.filter((t) => !t.chair && !t.anonymous).map((t) => t.speaker),
    lists: [
      ...transcript.members,
      ...transcript.witnesses,
      ...(transcript.chair ? [transcript.chair] : []),
      ...(transcript.opener ? [transcript.opener] : []),
      ...(transcript.noted ?? []),
    ],
    turns: transcript.turns,
    ...(transcript.chair ? { chair: transcript.chair } : {}),
  });
  addTurnSpeakers(text, transcript, found, known);
  departmentsOfOffices(text, found, known, "transcript");
  const cast = transcriptPeople(transcript, found, text);
  const turns = turnSpeech(text, sentences, transcript, found, cast);
  const speeches = turns.filter((s) => !s.tabled);
  const tabled = turns.filter((s) => s.tabled);
  return {
    paragraphs,
    sentences,
    quotes,
    doc,
    found,
    speeches,
    ...(tabled.length > 0 ? { tabled } : {}),
    reported: [],
    quoteCandidates: [],
    transcript,
    cast,
    readable: text,
  };
}

/** A draft annotation file for `source`: its people, organisations and themes linked or declared, then the claims. */
export function suggestAnnotations(
  source: LoadedSource,
  known: KnownEntities,
  takenIds: Set<string>,
  options: SuggestOptions = {},
): Draft {
  const settings = { ...DEFAULTS, ...options };
  settings.onStage(1, 3, "reading the text: sentences, names, who said what");
  const analysis = analyseText(
    source.text,
    known,
    settings.quoteModel === undefined ? (quoteModel() ?? null) : settings.quoteModel,
    settings.parse,
  );
  // The draft quotes the source; everything else reads the text as read.
  const draft = new DraftBuilder(source.text, takenIds);
  const text = analysis.readable;
  settings.onStage(2, 3, "linking people, organisations and themes");
  const people = linkPeople(draft, analysis, known);
  const organisations = linkOrganisations(draft, analysis.found, known);
  const themes = linkThemes(draft, text, analysis, known, settings.newThemes, settings.themeParents);
  const reading: Reading = {
    ...analysis,
    text,
    sourceId: source.meta.id,
    title: source.meta.title,
    ...(source.meta.date ? { sourceDate: source.meta.date } : {}),
    known,
    personId: people.ids,
    organisationId: organisations.ids,
    themesOf: themes.themesOf,
    programmes: new SpansInOrder(known.find(text, ["programme"])),
    mentions: new SpansInOrder(analysis.found.mentions),
    organisationSpans: organisationSpans(analysis.found),
  };
  // The author the metadata names, where the text names them too: whose own voice a comment piece is.
  const authorName = source.meta.author?.trim().toLowerCase();
  if (authorName) {
    const knownAuthor = known.byName("person", authorName)?.id;
    const author = [...analysis.found.people.values()].find(
      (p) => p.label.toLowerCase() === authorName || (knownAuthor && people.ids.get(p.key) === knownAuthor),
    );
    if (author) reading.author = people.ids.get(author.key);
  }
  const publisherName = source.meta.publisher;
  if (publisherName) {
    reading.publisherLabel = publisherName;
    let id: string | undefined;
    reading.publisher = () =>
      (id ??=
        known.byName("organisation", publisherName)?.id ??
        organisations.ids.get(known.byName("organisation", publisherName)?.id ?? nameKey(publisherName)) ??
        draft.declare("organisation", {
          label: publisherName,
          aliases: [],
          kind: organisationKind(publisherName),
          first: 0,
          comment: "the publisher named in the source's metadata",
        }));
  }
  settings.onQuoteCandidates(
    analysis.quoteCandidates.flatMap((c) => {
      const person = people.ids.get(c.person);
      return person ? [{ ...c, person }] : [];
    }),
  );
  settings.onStage(3, 3, "drafting claims");
  const report = analysis.transcript
    ? undefined
    : inquiryReport(text, analysis.paragraphs, analysis.found.organisations.values());
  if (report) {
    const committee = report.committee && organisations.ids.get(report.committee.key);
    reading.report = committee ? { committee } : {};
  }
  const undatedEnds = claimAffiliations(draft, reading, settings);
  partiesLeft(draft, reading);
  const panel = claimPanel(draft, reading, source.meta.title);
  if (panel) reading.panel = panel;
  // A panel's transcript: the one the text says chaired it asks, as a label "Chair:" would have said.
  if (panel && reading.transcript?.form === "panel") {
    for (const s of reading.speeches) if (panel.chairs.has(reading.personId.get(s.speaker)!)) s.asks = true;
  }
  const recommendations = new Recommendations(draft, reading, settings);
  claimWhatPeopleSaid(draft, reading, recommendations);
  claimSourceVoice(draft, reading, recommendations, panel?.session);
  claimNewThemes(draft, reading, themes);
  claimPeopleNamed(draft, reading);
  narrowerFromContext(draft, reading, settings.themeParents);
  preferNarrowerThemes(draft, settings.themeParents);
  const claims = orderClaims([...draft.claims.values()], text);
  const drafted = summarise(
    draft,
    reading,
    claims,
    { people: people.linked, organisations: organisations.linked, recommendations: recommendations.linked },
    recommendations.held,
  );
  if (undatedEnds.length > 0) drafted.undatedEnds = [...new Set(undatedEnds)];
  if (people.unresolved.length > 0) drafted.sharedNames = people.unresolved;
  if (settings.everyProposal) drafted.everyProposal = true;
  return drafted;
}

/**
 * The drafted session's id: the source's id and `-session` (a panel: `-panel`), the source's part cut short (at a
 * word that says something) when the whole would be longer than an id may be, so that the suffix stays and the id is
 * not the source's own with a `-2`.
 */
function sessionId(draft: DraftBuilder, sourceId: string, suffix: "session" | "panel"): string {
  return draft.newId(`${slugify(sourceId, ID_LENGTH - suffix.length - 1)}-${suffix}`);
}

/** The draft as it is built: the entities it declares, and its claims merged by (relation, from, to, role). */
class DraftBuilder {
  readonly entities: DraftEntity[] = [];
  readonly claims = new Map<string, DraftClaim>();
  readonly attributes: DraftAttribute[] = [];
  readonly aliases: AliasProposal[] = [];
  private readonly ids: Set<string>;
  /** For each id base, the first suffix not yet tried (ids are only ever added, so those below stay taken). */
  private readonly nextSuffix = new Map<string, number>();
  /** How many passages the claims have, all told. */
  passageCount = 0;
  /** A remark every claim made while it is set carries (unless it has one): what the reviewer should check first. */
  remark: string | undefined;
  /** Each claim's passages, as "start end", to add a passage once. */
  private readonly passages = new Map<DraftClaim, Set<string>>();

  constructor(
    /** The source's text (not the text as read): what evidence quotes. */
    readonly text: string,
    takenIds: Set<string>,
  ) {
    this.ids = new Set(takenIds);
  }

  /** An id from `name` that neither the corpus nor this draft uses yet (`-2`, `-3`, … appended if need be). */
  newId(name: string): string {
    const base = slugify(name);
    let id = base;
    let n = this.nextSuffix.get(base) ?? 2;
    if (this.ids.has(id)) for (id = `${base}-${n}`; this.ids.has(id); id = `${base}-${++n}`);
    if (id !== base) this.nextSuffix.set(base, n + 1);
    this.ids.add(id);
    return id;
  }

  /** A name the text gives an entity the corpus knows under other names, proposed as an alias for review. */
  proposeAlias(entity: KnownEntity, alias: string, first: number) {
    if (this.aliases.some((a) => a.id === entity.id && a.alias === alias)) return;
    this.aliases.push({ id: entity.id, label: entity.label, alias, first });
  }

  declare(type: Exclude<NodeType, "source">, entity: Omit<DraftEntity, "section" | "id">, id?: string): string {
    const declared: DraftEntity = { section: SECTION_OF[type], id: id ?? this.newId(entity.label), ...entity };
    this.entities.push(declared);
    return declared.id;
  }

  /** A fact about an entity, on the passage that gives it. */
  attribute(entity: string, name: DraftAttribute["name"], value: string, evidence: Span): void {
    this.attributes.push({ entity, name, value, evidence: [{ ...this.evidenceSpan(evidence), kind: "reported" }] });
  }

  /** The passage of the source's text a claim resting on `span` quotes: trimmed, brackets closed. */
  evidenceSpan(span: Span): Span & { quote: string } {
    const trimmed = closeBrackets(this.text, trimSpan(this.text, span));
    return { ...trimmed, quote: this.text.slice(trimmed.start, trimmed.end) };
  }

  /** Adds a claim, or the passage to the claim already made, unless the passage is already there. */ claim(
    group: string,
    relation: Relation,
    from: string,
    to: string,
    evidence: Span,
    kind: EvidenceKind,
    role?: string,
    listedKind?: string,
  ): DraftClaim {
    const key = `${relation} ${from} ${to} ${role ?? ""}`;
    let c = this.claims.get(key);
    if (!c) {
      c = { relation, from, to, evidence: [], group };
      if (role !== undefined) c.role = role;
      this.claims.set(key, c);
    }
    const span = this.evidenceSpan(evidence);
    let passages = this.passages.get(c);
    if (!passages) this.passages.set(c, (passages = new Set()));
    if (span.end > span.start && !passages.has(`${span.start} ${span.end}`)) {
      c.evidence.push({ ...span, kind, ...(listedKind !== undefined ? { listedKind } : {}) });
      passages.add(`${span.start} ${span.end}`);
      this.passageCount++;
      if (this.remark !== undefined) c.comment ??= this.remark;
    }
    return c;
  }
}

/** What claims are made from: the text as read, and the ids its people, organisations and themes have in the draft. */
interface Reading extends TextAnalysis {
  text: string;
  sourceId: string;
  /** The source's title (what a text that names no theme is about). */
  title: string;
  /** The source's date, if it has one: what settles the year of a month written alone ("joined … in February"). */
  sourceDate?: string;
  known: KnownEntities;
  /** Person key in the text → id (known or declared). */
  personId: Map<string, string>;
  /** Organisation key in the text → id (known or declared). */
  organisationId: Map<string, string>;
  /** Ids of the themes a passage is about. */
  themesOf: (span: Span) => string[];
  /** Known programmes named in the text. */
  programmes: SpansInOrder<NameMatch>;
  /** The mentions of people, in text order. */
  mentions: SpansInOrder<Mention>;
  /** Every span of every organisation, in text order, with the organisation and the order it was found in. */
  organisationSpans: SpansInOrder<OrganisationSpan>;
  /** The id of the organisation that publishes the source (its metadata's publisher), linked or declared on first use. */
  publisher?: () => string;
  /** The publisher's name as the source's metadata gives it. */
  publisherLabel?: string;
  /** The id of the author the source's metadata names, if the text names them too. */
  author?: string;
  /** The session the draft declares, once it has, and the ids of its panellists and chairs. */
  panel?: { session: string; members: Set<string>; chairs: Set<string> };
  /** Whether the text tells of no occasion, so drafts no panel however many people it quotes (`OCCASION_WORDS`). */
  noOccasion?: boolean;
  /** A committee's report of an inquiry (reports.ts): no occasion; the id of its committee, the report's author. */
  report?: { committee?: string };
}

interface OrganisationSpan extends Span {
  organisation: { key: string; rank: number };
}

function organisationSpans(found: PeopleInText): SpansInOrder<OrganisationSpan> {
  const spans: OrganisationSpan[] = [];
  [...found.organisations.values()].forEach((o, rank) => {
    const organisation = { key: o.key, rank };
    for (const s of o.spans) spans.push({ start: s.start, end: s.end, organisation });
  });
  return new SpansInOrder(spans.sort((a, b) => a.start - b.start));
}

/** Titles said with a surname alone; not a peer's ("Lord Brown" is a title's name, not Ann Brown's). */
const SURNAME_TITLES = new Set(
  [...TITLE_WORDS, "mr", "mrs", "ms", "miss", "mx"].filter((t) => !["lord", "lady", "baroness"].includes(t)),
);

/**
 * "Councillor Parry-Jones", "Dr Kerr": a title and a surname alone are the one known person of that surname, as the
 * same form is the one person of that surname the text names in full; never a new person whose name holds the title.
 */
function knownByTitleAndSurname(label: string, known: KnownEntities): KnownEntity | undefined {
  const words = label.split(/\s+/u);
  if (words.length !== 2 || !SURNAME_TITLES.has(words[0]!.replace(/\.$/u, "").toLowerCase())) return undefined;
  return known.bySurname(words[1]!);
}

/**
 * "T. Feld", "Dr T Feld": a given name's initial and a surname are the one known person of that surname whose given
 * name begins so (Tomas Feld), never a new person beside them.
 */
function knownByInitial(label: string, known: KnownEntities): KnownEntity | undefined {
  const words = personKey(label).split(/\s+/u);
  if (words.length !== 2 || !/^\p{L}\.?$/u.test(words[0]!)) return undefined;
  return known.byInitialAndSurname(words[0]!.replace(/\.$/u, ""), words[1]!);
}

/** People: linked to the corpus by name (titles and case aside), or declared new. */
function linkPeople(draft: DraftBuilder, analysis: TextAnalysis, known: KnownEntities) {
  const { found } = analysis;
  const ids = new Map<string, string>();
  const surnames = new Map<string, number>();
  for (const p of found.people.values()) {
    const surname = p.label.split(/\s+/u).at(-1)!;
    surnames.set(surname, (surnames.get(surname) ?? 0) + 1);
  }
  // "Dr Kerr" where the text names two Kerrs in full: whichever the title or the part they play in a hearing shows,
  // once both have their ids; else no one's.
  const shared = sharedSurnames(analysis);
  const unresolved: string[] = [];
  let linked = 0;
  for (const person of [...found.people.values()].sort((a, b) => a.first - b.first)) {
    if (shared.has(person.key)) continue;
    const knownPerson =
      known.byName("person", person.label) ??
      (person.titled && known.byName("person", person.titled)) ??
      knownByTitleAndSurname(person.label, known) ??
      knownByInitial(person.label, known);
    if (knownPerson) {
      ids.set(person.key, knownPerson.id);
      linked++;
      // "Prof Hannah Okoye" for the corpus's "Hannah Okoye": the new spelling, for the reviewer to add.
      for (const name of [person.label, person.titled]) {
        if (name && ![knownPerson.label, ...knownPerson.aliases].includes(name)) {
          draft.proposeAlias(knownPerson, name, person.first);
        }
      }
      continue;
    }
    const surname = person.label.split(/\s+/u).at(-1)!;
    // "Lord Brown of Ashford": a new peer whose territorial title the text writes is named by it in full, as a
    // register names peers, and "Lord Brown" is the alias; a peer the text names without a place stays "Lord Brown".
    const territorial = person.titled?.startsWith(`${person.label} of `) ? person.titled : undefined;
    // A surname is an alias only when one person in the text has it and no known person is called by it; nor is the
    // last word of a double surname written without its hyphen ("Rhian Parry Jones" for a known "Parry-Jones").
    const words = person.label.split(/\s+/u);
    const doubleSurname = words.length >= 3 && known.hasHyphenedSurname(words.slice(-2));
    const aliases = [
      territorial ? person.label : person.titled,
      surnames.get(surname) === 1 && !known.byName("person", surname) && !doubleSurname ? surname : undefined,
    ];
    const id = draft.newId(territorial ?? person.label);
    ids.set(
      person.key,
      draft.declare(
        "person",
        {
          label: territorial ?? person.label,
          aliases: aliases.filter((a): a is string => a !== undefined),
          first: person.first,
          comment: [
            `new person: ${[...person.signals].sort().join(", ")}`,
            ...speltAlike(person.label, id, known),
          ].join("; "),
        },
        id,
      ),
    );
  }
  for (const [key, { chosen, candidates }] of shared) {
    if (chosen !== undefined) {
      ids.set(key, ids.get(chosen)!);
      continue;
    }
    // Not resolved: the short name's mentions are left out, and the reviewer told whom it could be.
    const person = found.people.get(key)!;
    found.people.delete(key);
    found.mentions = found.mentions.filter((m) => m.person !== key);
    unresolved.push(
      `${JSON.stringify(person.titled ?? person.label)}: ${candidates.map((c) => found.people.get(c)!.label).join(" or ")}`,
    );
  }
  return { ids, linked, unresolved };
}

/** The titles a name may open with that tell two people of one surname apart ("Dr", "Professor", "Cllr", "Lord"). */
const PERSON_TITLE =
  /^(?:Dr|Doctor|Prof|Professor|Cllr|Councillor|Lord|Lady|Baroness|Sir|Dame|Mr|Mrs|Ms|Miss|Mx|Rev|Revd|Reverend)\.?(?=\s)/u;
const titleOf = (name: string | undefined): string | undefined => {
  const title = name ? PERSON_TITLE.exec(name)?.[0].replace(/\.$/u, "") : undefined;
  return title === "Doctor" ? "Dr" : title === "Prof" ? "Professor" : title === "Councillor" ? "Cllr" : title;
};

/**
 * The people a text names by a surname alone ("Dr Kerr") that two or more people it names in full share (Dr Alison
 * Kerr, a member; Dr Brendan Kerr, a witness), each with the one it means where the text shows it: the one of them
 * written with the same title ("Professor Kerr" for Professor Brendan Kerr beside Dr Alison Kerr), else, in a hearing,
 * the witness where members ask ("Q12 The Chair: Dr Kerr, from the engineering side?": questions are put to
 * witnesses). Left without one where neither tells (a person that speaks or holds a post under the short name keeps
 * the name as before: their words need a speaker).
 */
function sharedSurnames({
  found,
  speeches,
  cast,
}: TextAnalysis): Map<string, { chosen?: string; candidates: string[] }> {
  const out = new Map<string, { chosen?: string; candidates: string[] }>();
  // A name's words without its titles: "Dr Kerr" is one, "Dr Alison Kerr" two.
  const bare = (label: string) =>
    label.split(/\s+/u).filter((w) => !HONORIFICS.has(w.toLowerCase().replace(/\.$/u, "")));
  const fullNames = [...found.people.values()].filter((p) => bare(p.label).length > 1);
  const speakers = new Set(speeches.map((s) => s.speaker));
  const posted = new Set(found.roles.map((r) => r.person));
  for (const person of found.people.values()) {
    const words = bare(person.label);
    if (words.length !== 1) continue;
    const candidates = fullNames.filter((p) => bare(p.label).at(-1) === words[0]);
    if (candidates.length < 2) continue;
    const title = titleOf(person.titled ?? person.label);
    const byTitle = title ? candidates.filter((c) => titleOf(c.titled ?? c.label) === title) : [];
    let chosen = byTitle.length === 1 ? byTitle[0]!.key : undefined;
    if (chosen === undefined && cast) {
      const mentions = found.mentions.filter((m) => m.person === person.key);
      const asked = mentions.every((m) =>
        speeches.some((s) => s.asks && s.sentences.some((x) => x.start <= m.start && m.end <= x.end)),
      );
      const witnesses = candidates.filter((c) => cast.witnesses.has(c.key) && !cast.members.has(c.key));
      if (mentions.length > 0 && asked && witnesses.length === 1) chosen = witnesses[0]!.key;
    }
    if (chosen === undefined && (speakers.has(person.key) || posted.has(person.key))) continue;
    out.set(person.key, { ...(chosen !== undefined ? { chosen } : {}), candidates: candidates.map((c) => c.key) });
  }
  return out;
}

/** Organisations: linked by id or name, or declared new with a kind guessed from their name. */
function linkOrganisations(draft: DraftBuilder, found: PeopleInText, known: KnownEntities) {
  const ids = new Map<string, string>();
  let linked = 0;
  const organisations = [...found.organisations.values()].sort((a, b) => a.first - b.first);
  const exactOf = (org: (typeof organisations)[number]) =>
    known.byId.has(org.key) ? known.byId.get(org.key) : known.byName("organisation", org.label);
  // The known bodies this text names in full: what a head word alone ("the Board") may stand for.
  const namedInFull = new Set(organisations.flatMap((org) => exactOf(org)?.id ?? []));
  // "The FRF recommends …" after "the Fenby Rivers Forum (FRF)": a body found under the acronym the text gives
  // another is that one (its id), never a second organisation called "FRF".
  const ownerOfAcronym = new Map<string, string>();
  for (const org of organisations) for (const alias of org.aliases ?? []) ownerOfAcronym.set(alias, org.key);
  const acronymOf = (org: (typeof organisations)[number]) => {
    const owner = ownerOfAcronym.get(org.label.replace(/^the\s+/iu, ""));
    return owner !== undefined && owner !== org.key ? owner : undefined;
  };
  for (const org of organisations) {
    if (acronymOf(org) !== undefined) continue;
    const exact = exactOf(org);
    const shortFor = exact ? [] : shortFormOf(org.label, known, namedInFull);
    const knownOrg = exact ?? known.byVariant(org.label) ?? (shortFor.length === 1 ? shortFor[0] : undefined);
    if (knownOrg) {
      ids.set(org.key, knownOrg.id);
      linked++;
      if (!exact) draft.proposeAlias(knownOrg, org.label, org.first);
      continue;
    }
    ids.set(
      org.key,
      draft.declare("organisation", {
        label: org.label,
        aliases: org.aliases ?? [],
        kind: organisationKind(org.label),
        first: org.first,
        ...(shortFor.length > 1
          ? { comment: `perhaps one of ${shortFor.map((e) => e.label).join(", ")}: if so, use that id instead` }
          : {}),
      }),
    );
  }
  for (const org of organisations) {
    const owner = acronymOf(org);
    if (owner !== undefined) ids.set(org.key, ids.get(owner)!);
  }
  return { ids, linked };
}

/**
 * The known bodies a name may be a short form of ("The Transport Board" beside a known "Wexmoor Transport Board"):
 * those whose name ends with its words. A head word alone ("the Board", "the Committee") stands only for a body the
 * text names in full. The name is linked where exactly one body fits; where several do, none is chosen.
 */
function shortFormOf(label: string, known: KnownEntities, namedInFull: ReadonlySet<string>): KnownEntity[] {
  const tail = known.endingWith(label);
  return nameKey(label).includes(" ") ? tail : tail.filter((e) => namedInFull.has(e.id));
}

/** Themes: known ones by name, and new candidates (declared) from repeated noun phrases. */
function linkThemes(
  draft: DraftBuilder,
  text: string,
  { found, doc, sentences, quotes }: TextAnalysis,
  known: KnownEntities,
  newThemes: number,
  parents: ReadonlyMap<string, string>,
) {
  // Names of people and organisations: themes are never read inside them ("Levelling Up Commission").
  const names: Span[] = [
    ...found.mentions,
    ...[...found.organisations.values()].flatMap((o) => o.spans),
    ...found.roles.map((r) => r.evidence),
  ];
  // A theme named by one word is not named where that word is a verb: "pay" in "councils should pay providers".
  const verbs = baseFormVerbs(doc);
  const knownAll: ThemeMatch[] = known
    .find(text, ["theme"])
    .filter((m) => !(verbs.has(m.start) && !/\s/u.test(text.slice(m.start, m.end))))
    .map((m) => ({ start: m.start, end: m.end, theme: m.id }));
  // Their words in other forms and orders too ("subsidising bus routes" for Bus subsidies).
  const byWords = themesByWords(text, sentences, known.ofType("theme"), knownAll, names);
  const knownThemes = offTopicWordsDropped(text, byWords, known, parents);
  // A phrase in a quotation that only echoes words quoted in full elsewhere is not counted twice.
  const echoes = new SpanSet(quotedEchoes(text, quotes));
  const phrases = nounPhrases(doc).filter((p) => !echoes.overlaps(p.span));
  const candidates = newThemeCandidates(text, phrases, known, names, newThemes, knownThemes.length > 0);
  const topic = statedTopic(text, known, candidates);
  // (Not where a theme the corpus knows is named in those words: "Fuel poverty in rural areas" known, say.)
  const stated =
    topic && !knownThemes.some((k) => k.start < topic.first + topic.forms[0]!.length && topic.first < k.end);
  if (stated) candidates.push(topic);
  // The stated subject where the text states it only: what the source covers, not what each speaker is on.
  const matches = findNewThemes(text, candidates).filter(
    (m) => !stated || m.theme !== topic.key || m.start === topic.first,
  );
  const ids = new Map<string, string>();
  for (const t of candidates) {
    // A theme another source's draft declared, since accepted, under the id this one would take ("storm-cost"): the
    // same subject (ids are made from the phrase's singular), reused rather than declared again as "storm-cost-2".
    const same = known.byId.get(slugify(t.key)) ?? known.byName("theme", t.label);
    if (same?.type === "theme") {
      ids.set(t.key, same.id);
      continue;
    }
    ids.set(
      t.key,
      draft.declare(
        "theme",
        {
          label: t.label,
          aliases: [],
          first: t.first,
          description: `${DRAFT_THEME_NOTE}a noun phrase this source uses ${t.count} times.`,
          comment: `new theme: "${t.key}" occurs ${t.count} times; keep it, merge it into a registry theme, or delete it`,
        },
        // Named by its singular, whichever number this text writes more: another draft's "Market town" and this one's
        // "Market towns" are one theme, with one id, whichever source was drafted first.
        draft.newId(t.key),
      ),
    );
  }
  const idOf = (m: ThemeMatch) => ids.get(m.theme) ?? m.theme;
  const themesInText = new ThemesInText(knownThemes, matches, names);
  const themesOf = (span: Span) => [...new Set(themesInText.in(span).map(idOf))];
  return { candidates, matches, ids, themesOf };
}

/** How many times a theme family's one-word names must occur for a text to be on it, with none of its longer names. */
const FAMILY_WORDS = 2;

/**
 * A known theme named by one common word of one of its names ("pay", "training", "families", "volunteers") is that
 * theme only in a text on its subject: one that names the theme, or a theme above or below it, by a longer name or by
 * its label, or uses its family's one-word names more than once. "A pay cut" in a text on prison teaching is not "Pay
 * in social care"; "pay" in a text on care workers' wages is. Only for themes in the registry's hierarchy (with a
 * broader or a narrower theme): the family is the subject the one word is checked against.
 */
function offTopicWordsDropped(
  text: string,
  matches: ThemeMatch[],
  known: KnownEntities,
  parents: ReadonlyMap<string, string>,
): ThemeMatch[] {
  const rootOf = (id: string) => {
    let at = id;
    for (let i = 0; i < 20 && parents.has(at); i++) at = parents.get(at)!;
    return at;
  };
  const oneWord = (m: ThemeMatch) => !/[\s-]/u.test(text.slice(m.start, m.end).trim());
  const isLabel = (m: ThemeMatch) =>
    foldName(text.slice(m.start, m.end)) === foldName(known.byId.get(m.theme)?.label ?? "");
  const present = new Set<string>();
  const words = new Map<string, number>();
  for (const m of matches) {
    const root = rootOf(m.theme);
    if (!oneWord(m) || isLabel(m)) present.add(root);
    else words.set(root, (words.get(root) ?? 0) + 1);
  }
  for (const [root, count] of words) if (count >= FAMILY_WORDS) present.add(root);
  // A theme with neither a broader nor a narrower one has no subject to tell it by beyond its own names: kept.
  const inFamily = new Set([...parents.keys(), ...parents.values()]);
  return matches.filter((m) => !inFamily.has(m.theme) || present.has(rootOf(m.theme)));
}

/**
 * Affiliations: every candidate pair of person and organisation (affiliations.ts) that the affiliation model accepts
 * (with no model, the pairs the rules state). One claim per pair, with the role as first stated; the rules' passages
 * as evidence, else the closest passage naming both.
 */
function claimAffiliations(
  draft: DraftBuilder,
  reading: Reading,
  settings: Pick<Required<SuggestOptions>, "onAffiliationCandidates">,
): string[] {
  const undatedEnds: string[] = [];
  const { known, organisationId } = reading;
  const candidates = affiliationCandidates({
    ...reading,
    organisationIdOf: (label) => organisationId.get(known.byName("organisation", label)?.id ?? nameKey(label)),
    isKnown: (id) => known.byId.has(id),
    registryOrganisationsNear: (span) => {
      const from = Math.max(0, span.start - 60);
      return known
        .find(reading.text.slice(from, span.end + 60), ["organisation"])
        .map((m) => ({ start: from + m.start, end: from + m.end, id: m.id }));
    },
    ...(reading.publisherLabel ? { publisherLabel: reading.publisherLabel } : {}),
  });
  settings.onAffiliationCandidates(candidates);
  for (const candidate of affiliationsOf(candidates)) {
    const org = candidate.organisation();
    // ("the new co-chair of X": "new" dates the post, no word of it.)
    const role = (candidate.statements.find((s) => s.role)?.role ?? candidate.role)?.replace(NEW_POST, "$1");
    const passages = candidate.statements.length
      ? candidate.statements.map((s) => s.evidence)
      : candidate.evidence
        ? modelPassage(reading, candidate.person, org, candidate.evidence)
        : [];
    for (const passage of passages) {
      // "…, Chair of the Fenby Trust since 2019": the date goes into the claim, and its words into the passage.
      // "…, Chief Executive of Brackwater Council until January 2024": an ended post, drafted with its end.
      // "joined the Fenby Trust's board in February": the start, a month alone in the source's year when the source's
      // date settles it (dated to a later month of that year; an end told in the past), else no date and a remark.
      const context = { ...tenseOf(reading.text.slice(passage.start, passage.end)), sourceDate: reading.sourceDate };
      const dates = role === undefined ? undefined : roleDatesAfter(reading.text, passage.end, context);
      const words = reading.text.slice(passage.start, passage.end + 40);
      const joined = dates ? undefined : joinedDate(words, context);
      const left = dates || joined ? undefined : leftDate(words, context);
      const undated = dates?.undated ?? joined?.undated ?? left?.undated;
      // A post that ended in a month of no sure year: a post once held with no end to write is no affiliation (the
      // gold's convention, as for "former"); the file's header lists it.
      if (undated?.field === "until") {
        undatedEnds.push(reading.text.slice(passage.start, dates?.end ?? passage.end));
        continue;
      }
      // The words of the date are the claim's evidence too, so that a reviewer checks the date against its passage.
      const read = joined ?? left;
      const datedEnd = dates?.end ?? (read ? passage.start + read.length : passage.end);
      const evidence = datedEnd > passage.end ? { start: passage.start, end: datedEnd } : passage;
      const claim = draft.claim("affiliations", "affiliated-with", candidate.person, org, evidence, "reported", role);
      const since = dates?.since ?? joined?.since;
      if (since !== undefined && claim.since === undefined && claim.until === undefined) claim.since = since;
      const until = dates?.until ?? left?.until;
      if (until !== undefined && claim.until === undefined) claim.until = until;
      // A pair no rule states is the model's reading of how the two names stand: say so, so it is checked first.
      const remarks = [
        ...(candidate.score !== undefined
          ? [`no rule reads this post; the affiliation model tied them (score ${candidate.score.toFixed(2)}): check it`]
          : []),
        ...(undated && claim.since === undefined ? [undatedRemark(undated, reading.sourceDate)] : []),
      ];
      if (remarks.length > 0) claim.comment = remarks.join("; ");
    }
    if (role) appointments(draft, reading, candidate.person, org, role);
  }
  return undatedEnds;
}

/**
 * The passage a pair the model chose rests on: the closest words naming both, unless they cut across a quotation
 * (`Eastshore Council, said: "Priya` of someone else's words). Then the first sentence that names both outside any
 * quotation, the sentence that ties them ("Eastshore Council has appointed Priya Hale as …"); none when no sentence does.
 */
function modelPassage(reading: Reading, person: string, organisation: string, closest: Span): Span[] {
  const { quotes, sentences, mentions, organisationSpans, personId, organisationId, text } = reading;
  if (!cutsAcrossQuotation(closest, quotes)) return [closest];
  const quoted = new SpanSet(quotes);
  const outside = (s: Span) => !quoted.overlaps(s);
  for (const sentence of sentences) {
    if (cutsAcrossQuotation(sentence, quotes)) continue;
    const named = mentions.inside(sentence).some((m) => personId.get(m.person) === person && outside(m));
    const body = organisationSpans
      .inside(sentence)
      .some((o) => organisationId.get(o.organisation.key) === organisation && outside(o));
    if (named && body) return [trimSpan(text, sentence)];
  }
  return [];
}

/**
 * "The Chair congratulated Ann Bell on her appointment as Director of Place from 1 October 2026": elsewhere in the
 * text, the post drafted (same person, same title) taken from a date. The claim gets the start, and the words as a
 * passage, unless it already has a date.
 */
function appointments(draft: DraftBuilder, reading: Reading, person: string, org: string, role: string): void {
  const context = { sourceDate: reading.sourceDate };
  for (const m of reading.found.mentions) {
    if (reading.personId.get(m.person) !== person) continue;
    const taken = appointedFrom(reading.text, m.end, role, context);
    if (!taken) continue;
    const claim = draft.claim(
      "affiliations",
      "affiliated-with",
      person,
      org,
      { start: m.start, end: taken.end },
      "reported",
      role,
    );
    if (claim.since === undefined && claim.until === undefined) claim.since = taken.since;
  }
}

/**
 * "Councillor Ann Bell now sits as an Independent, having left the Conservative group on 2 November 2026": the party
 * (an organisation the draft has, or a party's word: "the Conservatives") left on a date, drafted as an affiliation
 * with its `until`. A party left at no date the text gives stays a mention (a "former" tie without a date is none).
 */
function partiesLeft(draft: DraftBuilder, reading: Reading): void {
  const { known, organisationId, text } = reading;
  const context = { sourceDate: reading.sourceDate };
  for (const m of reading.found.mentions) {
    const person = reading.personId.get(m.person);
    if (person === undefined) continue;
    const left = leftBodyOn(text, m.end, context);
    if (!left) continue;
    const word = left.written.toLowerCase();
    const label = PARTIES.get(word) ?? PARTIES.get(word.replace(/s$/u, "")) ?? left.written;
    if (!isParty(label)) continue;
    const org = organisationId.get(known.byName("organisation", label)?.id ?? nameKey(label));
    if (org === undefined) continue;
    const claim = draft.claim(
      "affiliations",
      "affiliated-with",
      person,
      org,
      { start: m.start, end: left.end },
      "reported",
    );
    if (claim.since === undefined && claim.until === undefined) claim.until = left.until;
  }
}

/** The remark on a post drafted without the start its words give as a month alone: which words, and why no year. */
function undatedRemark(undated: UndatedWords, sourceDate: string | undefined): string {
  const why =
    sourceDate === undefined
      ? "the source has no date"
      : /^\d{4}-\d{2}/u.test(sourceDate)
        ? `the source's date (${sourceDate}) does not settle it`
        : `the source's date (${sourceDate}) gives no month`;
  return `"${undated.words}": no ${undated.field} drafted, as the year is not said and ${why}; add ${undated.field}: "YYYY-MM" if you know it`;
}

/** A byline's opening right before a name: "By ", "Posted by Dr ", "Written by ". */
const BYLINE_BEFORE = /^\s*(?:(?:posted|written)\s+)?by\s+(?:(?:Dr|Cllr|Prof|Professor|Mr|Mrs|Ms)\.?\s+)?$/iu;
const lineStart = (text: string, at: number): number => text.lastIndexOf("\n", at - 1) + 1;

/**
 * The words of a text that tell of an occasion people spoke at: a session's nouns (`SESSION_NOUNS`, plurals too),
 * those who took part ("panellists", "speakers", "audience", "delegates"), a hearing's words ("inquiry", "evidence",
 * "witnesses") and speaking at or to one ("spoke at", "told MPs").
 */
const OCCASION_WORDS = new RegExp(
  String.raw`\b(?:${[...SESSION_NOUNS].join("|")}|panels|debates|meetings|events|conferences|hearings|seminars|webinars|workshops|roundtables|discussions|briefings|panell?ists?|speakers?|audiences?|attendees|delegates|participants|witness(?:es)?|inquiry|inquiries|evidence|lecture|keynote|podcast|interview(?:ed)?|chaired|chairs|moderat(?:ed|or|ors|ing)|(?:spoke|speaking|talking)\s+(?:at|to|before)|told\s+(?:MPs|peers|members|councillors|delegates))\b`,
  "iu",
);

/** How many paragraphs open a story (its lede): where an occasion it is set at is named. */
const LEDE_PARAGRAPHS = 2;
/**
 * "welcomed the committee's hearing on …", "responding to the debate": an occasion a body reacts to, up to the clause's
 * end; a lede that names one only so (a press release's) does not open at it.
 */
const REACTION_TO =
  /\b(?:welcom(?:e|es|ed|ing)|respond(?:s|ed|ing)?\s+to|react(?:s|ed|ing)?\s+to|ahead\s+of)\b[^,.;:]{0,120}/giu;
/** Words of `OCCASION_WORDS` that say people took part in an occasion, not only that there was one. */
const TAKING_PART =
  /\b(?:panell?ists?|speakers?|audiences?|attendees|(?:in\s+)?attendance|delegates|participants|witness(?:es)?|evidence|lecture|keynote|podcast|interview(?:ed)?|chaired|chairs|moderat(?:ed|or|ors|ing)|(?:spoke|speaking|talking)\s+(?:at|to|before)|told\s+(?:MPs|peers|members|councillors|delegates))\b/iu;

/**
 * The panel: who chaired it, who spoke in it, as one suggested session of this source, named after the hearing's
 * own title and date when the text gives them. Returns the session's id, or undefined when the text shows no panel
 * (no chair and fewer than two panellists).
 */
function claimPanel(
  draft: DraftBuilder,
  reading: Reading,
  title: string,
): { session: string; members: Set<string>; chairs: Set<string> } | undefined {
  const { found, speeches, personId, sourceId, transcript, cast } = reading;
  // A panel's opening turn, a host introducing the session ("Our own Ann Bell chaired the panel"), is read for its
  // chair as prose is.
  const opening = transcript?.form === "panel" ? transcript.turns[0]?.words : undefined;
  const ownWords = new SpanSet(
    transcript ? speeches.flatMap((s) => (s.quote.inner.start === opening?.start ? [] : [s.quote.inner])) : [],
  );
  // Who takes part: those who speak in their own words and those whose posts the text gives.
  const takingPart = new Set([
    ...speeches.filter((s) => !s.asks).map((s) => s.speaker),
    ...found.roles.map((r) => r.person),
  ]);
  // Whom the writer's "I" is: the author the metadata names, by their key in the text.
  const authorKey =
    reading.author === undefined ? undefined : [...personId].find(([, id]) => id === reading.author)?.[0];
  const chairs = findChairs({ ...reading, authorKey }, ownWords, takingPart);
  addTitleBlockChair(chairs, transcript, cast);
  // A committee's report of an inquiry reports no sitting: its chair is the committee's (reports.ts).
  if (reading.report) {
    const committee = reading.report.committee;
    for (const c of committee ? chairs : []) {
      draft.claim(
        "affiliations",
        "affiliated-with",
        personId.get(c.person)!,
        committee!,
        c.sentence,
        "reported",
        "Chair",
      );
    }
    return undefined;
  }
  const chairPeople = new Set(chairs.map((c) => c.person));
  const speakers = new Set(speeches.filter((s) => !s.asks).map((s) => s.speaker));
  // Each person's first role statement and first speech.
  const roleOf = new Map<string, RoleStatement>();
  for (const r of found.roles) if (!roleOf.has(r.person)) roleOf.set(r.person, r);
  const speechOf = new Map<string, Speech>();
  for (const s of speeches) if (!speechOf.has(s.speaker)) speechOf.set(s.speaker, s);
  // "By X, Local Democracy Reporter, 4 June 2024": the byline's writer wrote the source; a post given in the byline
  // is no seat on the panel, nor is being the author the metadata names, without words of their own in the text.
  const postedOutsideByline = new Set(
    found.roles
      .filter(
        (r) => !BYLINE_BEFORE.test(reading.text.slice(lineStart(reading.text, r.evidence.start), r.evidence.start)),
      )
      .map((r) => r.person),
  );
  // A title before the name alone ("before Mayor Ann Bell issued her statement") names the person, and says nothing of
  // their taking part: no seat without words of their own (though where the text tells of the occasion they are named).
  const titledOnly = new Set(
    [...postedOutsideByline].filter(
      (p) =>
        !speakers.has(p) &&
        !reading.reported.some((v) => v.person === p) &&
        found.roles.every(
          (r) =>
            r.person !== p ||
            (r.rule === "postBeforeName" &&
              r.organisation === undefined &&
              !/[,'’(]/u.test(reading.text.slice(r.evidence.start, r.evidence.end))),
        ),
    ),
  );
  const theAuthor = (p: string) => reading.author !== undefined && personId.get(p) === reading.author;
  // In a transcript the panel is its witnesses (and in a debate, its speakers); members of the committee ask.
  let panellists = [...found.people.keys()].filter((p) =>
    transcript
      ? !chairPeople.has(p) &&
        !(cast!.members.has(p) && !cast!.witnesses.has(p)) &&
        (speakers.has(p) || cast!.witnesses.has(p))
      : !chairPeople.has(p) && (speakers.has(p) || (postedOutsideByline.has(p) && !theAuthor(p))),
  );
  // Prose names its panel from the occasion it tells of ("the Rural Transport Committee heard evidence on 14 May":
  // "Rural Transport Committee hearing, 14 May"); only a text that names none, or several bodies' occasions, gives
  // the panel its own title.
  const occasion = transcript
    ? undefined
    : occasionOf(reading.text, reading.sentences, reading.organisationSpans.items, reading.sourceDate);
  const named = occasion && "name" in occasion ? occasion.name : undefined;
  const label = transcript?.title ?? named?.label ?? panelLabelFromTitle(title);
  // The body that held it: the committee a hearing's title block names, or the one prose names as holding the
  // occasion ("a roundtable held by the Fenby Trust", "told the Rural Transport Committee"): not a body the sentence
  // merely names, nor a venue ("at the Fenby Trust's offices").
  const committee = transcript?.committee;
  const committeeName = committee && reading.text.slice(committee.start, committee.end);
  const organiser = committeeName
    ? reading.organisationId.get(reading.known.byName("organisation", committeeName)?.id ?? nameKey(committeeName))
    : named && reading.organisationId.get(named.body.organisation.key);
  // A session named after the source's own title ("Panel: …") is no name of an occasion: two sources may share a title.
  // A record's title names its meeting as a hearing's does; a headline names none, and the text may report one the
  // corpus knows.
  const meeting = transcript?.title ?? named?.label ?? (label.startsWith("Panel: ") ? undefined : label);
  const known = meeting !== undefined ? knownSession(reading, meeting, organiser) : recentSessionOfNamedBody(reading);
  // A hearing's opener, welcoming its witnesses, shows a hearing as a chair would; so does a hearing the corpus knows,
  // one witness of which this text reports ("Ann Bell told the Rural Transport Committee on Tuesday").
  if (chairs.length === 0 && panellists.length < (known ? 1 : 2) && cast?.opener === undefined) return undefined;
  // People quoted and posted in a text that tells of no occasion (an organisation's annual review, a news story) are
  // no panel: with no chair, prose must name a session, its panellists or speakers, or an occasion's words.
  if (!transcript && chairs.length === 0 && !known && !OCCASION_WORDS.test(reading.text)) {
    reading.noOccasion = true;
    return undefined;
  }
  // A post that tells of an occasion by who was at it ("Ann Bell told the committee …") and quotes others besides, a
  // colleague of the author's ("Our colleague Tom Reyes puts it simply: …"): with no chair, where the paragraphs that
  // tell of the occasion name some of the people, those it names only elsewhere were not shown to be at it. (Where
  // they name no one, "Both spoke at the annual meeting", the occasion is everyone's.)
  if (!transcript && chairs.length === 0) {
    const atOccasion = new Set(
      reading.paragraphs
        .filter((p) => OCCASION_WORDS.test(reading.text.slice(p.start, p.end)))
        .flatMap((p) => reading.mentions.inside(p).map((m) => m.person)),
    );
    const named = panellists.filter((p) => atOccasion.has(p));
    if (named.length > 0) panellists = named;
    // Where they name no one, they must say that people took part ("Both spoke at the annual meeting", "the speakers
    // took questions", "told those in attendance"), or the story open at the occasion, its scene ("Protesters at the
    // council's meeting …"): an occasion named only in passing further on ("figures used by MPs during the debate") in
    // a story that quotes people's statements to the reporter is no panel of theirs.
    else if (
      !known &&
      !reading.paragraphs.some((p) => TAKING_PART.test(reading.text.slice(p.start, p.end))) &&
      !reading.paragraphs
        .filter((p) => !p.heading)
        .slice(0, LEDE_PARAGRAPHS)
        .some((p) => OCCASION_WORDS.test(reading.text.slice(p.start, p.end).replace(REACTION_TO, "")))
    ) {
      reading.noOccasion = true;
      return undefined;
    }
    if (panellists.length < (known ? 1 : 2)) return undefined;
    panellists = panellists.filter((p) => !titledOnly.has(p));
    if (panellists.length < (known ? 1 : 2)) return undefined;
  }
  let first = Infinity;
  for (const c of chairs) first = Math.min(first, c.sentence.start);
  for (const r of found.roles) first = Math.min(first, r.evidence.start);
  if (transcript?.titleEvidence) first = Math.min(first, transcript.titleEvidence.start);
  const what = `the ${transcript ? "hearing" : "panel"} this source reports`;
  const session =
    known?.entity.id ??
    draft.declare(
      "session",
      {
        label,
        aliases: [],
        first,
        comment: `${what}${
          named
            ? ` (named from "${clip(reading.text.slice(named.evidence.start, named.evidence.end))}")`
            : occasion && "several" in occasion
              ? ` (the text tells of several occasions, ${occasion.several.join("; ")}: rename it after the one it reports)`
              : ""
        }; if the registry already has it, use that id instead`,
      },
      sessionId(draft, sourceId, transcript ? "session" : "panel"),
    );
  // The day its label gives is the session's `date`, on the words that give it: what exports and the viewer's date
  // filter read (a session the corpus knows has its own).
  const day = dayOf(label, reading.sourceDate);
  const dateEvidence = transcript?.dateEvidence ?? named?.dateEvidence;
  if (!known && day && dateEvidence) draft.attribute(session, "date", day, dateEvidence);
  for (const c of chairs) draft.claim("panel", "chaired", personId.get(c.person)!, session, c.sentence, "reported");
  for (const p of panellists) {
    const statement = roleOf.get(p);
    if (statement) draft.claim("panel", "panellist-in", personId.get(p)!, session, statement.evidence, "reported");
    // Their first words in the session show them in it too, whatever else they are evidence of.
    const spoke = speechOf.get(p)?.sentences[0];
    if (spoke) draft.claim("panel", "panellist-in", personId.get(p)!, session, spoke, "direct-quote");
  }
  const panel = new Set(panellists);
  const introduced =
    transcript?.titleEvidence ??
    chairs[0]?.sentence ??
    found.roles.find((r) => panel.has(r.person))?.evidence ??
    named?.evidence;
  if (introduced) {
    const reported = draft.claim("panel", "reported-in", session, sourceId, introduced, "reported");
    if (known)
      reported.comment ??= `the session the corpus knows as "${known.entity.label}" (${known.why}); if this source reports another, declare a new session`;
  }
  if (organiser) draft.claim("panel", "organised-by", session, organiser, committee ?? named!.evidence, "reported");
  return {
    session,
    members: new Set(panellists.map((p) => personId.get(p)!)),
    chairs: new Set(chairs.map((c) => personId.get(c.person)!)),
  };
}

/**
 * The session the corpus knows that this text reports, so a second source on one hearing (a news report of a sitting
 * whose transcript is in the corpus) links to it rather than drafting it again: the known session named as the draft
 * would name it (its label or an alias), else the one session the same body held on the same day. Not a body's
 * session of another day, nor another body's of the same day; undefined when two known sessions would fit.
 */
function knownSession(
  reading: Reading,
  label: string | undefined,
  organiser: string | undefined,
): { entity: KnownEntity; why: string } | undefined {
  if (label === undefined) return undefined;
  const byLabel = reading.known.byName("session", label);
  if (byLabel) return { entity: byLabel, why: "the same name" };
  // A transcript whose title gives no day is dated the day of its sitting.
  const day =
    dayOf(label, reading.sourceDate) ??
    (reading.transcript && /^\d{4}-\d{2}-\d{2}$/u.test(reading.sourceDate ?? "") ? reading.sourceDate : undefined);
  if (!organiser || !day) return undefined;
  const held = reading.known.sessionsHeld(organiser, day);
  return held.length === 1 ? { entity: held[0]!, why: `held by the same body on ${day}` } : undefined;
}

/** How many days before its own date a news story or press release may report a meeting on without naming the day. */
const REPORTED_WITHIN_DAYS = 7;

/**
 * The session the corpus knows that a text naming no occasion reports ("The Fenby Transport Committee has recommended
 * …" in a press release of the next day): the one session a body the text names held in the week up to the source's
 * date, as the corpus knows who held it and when: its claims, or its name opening with the body's and giving the day
 * ("Fenby Transport Committee, 12 March 2024", or an older draft's "Panel: Minutes: Fenby Transport Committee, 12
 * March 2024"). Undefined where none or several fit, or the source has no day.
 */
function recentSessionOfNamedBody(reading: Reading): { entity: KnownEntity; why: string } | undefined {
  const date = /^\d{4}-\d{2}-\d{2}$/u.test(reading.sourceDate ?? "") ? reading.sourceDate! : undefined;
  if (date === undefined) return undefined;
  const window = new Map<string, number>();
  for (let back = 0; back <= REPORTED_WITHIN_DAYS; back++)
    window.set(new Date(Date.parse(`${date}T00:00:00Z`) - back * 86_400_000).toISOString().slice(0, 10), back);
  const found = new Map<string, { entity: KnownEntity; why: string }>();
  const add = (entity: KnownEntity, day: string) => {
    const back = window.get(day)!;
    const when = back === 0 ? "the source's day" : `${back} day${back === 1 ? "" : "s"} before it`;
    found.set(entity.id, { entity, why: `held on ${day} by a body this source names, ${when}` });
  };
  for (const organiser of new Set(reading.organisationId.values()))
    for (const day of window.keys()) for (const entity of reading.known.sessionsHeld(organiser, day)) add(entity, day);
  const bodies = new Set(
    reading.organisationSpans.items.map((o) => reading.text.slice(o.start, o.end).replace(/^the\s+/iu, "")),
  );
  for (const entity of reading.known.ofType("session")) {
    for (const name of [entity.label, ...entity.aliases]) {
      const meeting = meetingNamed(name);
      const day = dayOf(meeting);
      if (day === undefined || !window.has(day)) continue;
      const opens = (body: string) =>
        body.length > 0 && meeting.startsWith(body) && /^[\s,:]/u.test(meeting.slice(body.length));
      if ([...bodies].some(opens)) add(entity, day);
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/** A title that is the record of a meeting: "Minutes: Fenby Transport Committee, 9 May 2026", "Notes of the …". */
const RECORD_OF_MEETING =
  /^(?:(?:draft|approved|confirmed|unconfirmed|signed)\s+)?(?:minutes|notes|record)(?:\s*[:–—]\s*|\s+of\s+(?:the\s+)?(?:(?:meeting|proceedings)\s+of\s+(?:the\s+)?)?)/iu;

/**
 * The label of a panel named after its source's title: the meeting a record's title names, without the record's word
 * ("Minutes: Fenby Transport Committee, 9 May 2026" is "Fenby Transport Committee, 9 May 2026", as a hearing's title
 * names its session); any other title behind "Panel: ".
 */
export function panelLabelFromTitle(title: string): string {
  const record = RECORD_OF_MEETING.exec(title);
  const meeting = record ? title.slice(record[0].length).trim() : "";
  return /^(?:\p{Lu}|\d)/u.test(meeting) ? meeting : `Panel: ${title}`;
}

/** The meeting a session's name names: without "Panel: " and a record's word ("Panel: Minutes: X, 9 May" is "X, 9 May"). */
function meetingNamed(name: string): string {
  const title = name.replace(/^Panel:\s+/u, "");
  const label = panelLabelFromTitle(title);
  return label.startsWith("Panel: ") ? title : label;
}

/** A passage as a draft's comment quotes it: on one line, its first 80 characters. */
const clip = (words: string): string => {
  const line = words.replace(/\s+/gu, " ").trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
};

/** Recommendations, each declared once by its passage (or linked to a known one), with the themes they address. */
class Recommendations {
  /** How many were linked to a recommendation the corpus knows. */
  linked = 0;
  private readonly ids = new Map<string, string>();
  private readonly stated = new ProposalsInText();
  private readonly paragraphs: SpansInOrder<Paragraph>;

  constructor(
    private readonly draft: DraftBuilder,
    private readonly reading: Reading,
    private readonly settings: Pick<Required<SuggestOptions>, "onRecommendation" | "everyProposal">,
  ) {
    this.paragraphs = new SpansInOrder(reading.paragraphs);
  }

  /** Who `from` is: a person, the session, the source itself (no one named), or an organisation. */
  private proposerKind(from: string): ProposerKind {
    const { personIds, reading } = this;
    if (personIds.has(from)) return "person";
    if (from === reading.panel?.session) return "session";
    if (from === reading.sourceId) return "source";
    return "organisation";
  }

  private get personIds(): Set<string> {
    return (this.people ??= new Set(this.reading.personId.values()));
  }
  private people?: Set<string>;
  /** The passages read as proposals of a kind not drafted, with whose they are and what the draft would cite. */
  readonly held: HeldSpan[] = [];

  /** Drafts the proposal, or lists it where its kind is not drafted; whether it was drafted. */
  recommend(from: string, sentence: Span, kind: EvidenceKind, group: string, path: ProposalPath): boolean {
    const { text, known, themesOf } = this.reading;
    const span = trimSpan(text, sentence);
    const passage = text.slice(span.start, span.end);
    // The kinds of proposal that were right less than four times in five, pooled over every annotated text, are not
    // drafted (recommendations.ts, `drafted`).
    const facts = proposalFacts(passage, path, this.proposerKind(from));
    const byDefault = drafted(facts);
    const keep = this.settings.everyProposal || byDefault;
    this.settings.onRecommendation({ span, facts, drafted: keep });
    if (!keep) {
      this.held.push({ ...span, from, kind, facts, themes: themesOf(span) });
      return false;
    }
    // Drafted only because every proposal is: its claims say of which kind, as the header and Review would list it.
    const listedKind = byDefault ? undefined : heldKind(facts);
    // A headline states a proposal the text reports again: a heading, or a short first paragraph.
    const paragraph = this.paragraphs.at(span.start, (p, at) => p.start <= at && at < p.end);
    const headline =
      paragraph !== undefined &&
      (paragraph.heading || (paragraph.index === 0 && paragraph.end - paragraph.start <= 200));
    let id = this.ids.get(passage) ?? this.stated.find(passage, headline);
    if (!id) {
      const match = knownRecommendation(passage, known);
      if (match) this.linked++;
      id =
        match?.id ??
        this.draft.declare("recommendation", {
          label: proposalLabel(passage),
          aliases: [],
          text: proposalText(passage),
          first: span.start,
        });
      this.ids.set(passage, id);
      this.stated.add(id, passage, headline);
    }
    this.draft.claim(group, "recommends", from, id, span, kind, undefined, listedKind);
    for (const theme of themesOf(span))
      this.draft.claim(group, "addresses", id, theme, span, kind, undefined, listedKind);
    return true;
  }
}

/** A photo's credit: "Tom Reed/Fenby Wire", "Picture: Tom Reed / Marlow Images", "Credit: Ann Bell/2030FOTO". */
const CREDIT_LINE =
  /^(?:(?:Photo(?:graph)?|Picture|Image|Credit)s?:\s*)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}\s?\/\s?\d*\p{Lu}[^/]*$/u;

/** What may follow a body's name in a heading that is its name alone: a date (a weekday before it) or a draft's mark. */
const AFTER_BODY_HEADING =
  /^(?:\s*(?:[,:–—-]|\s)\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}{2,8}\.?,?\s+\d{4}|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})|\s*\[(?:Draft|Unrevised|Uncorrected)\])?[\s.]*$/u;

/**
 * The organisation a heading names alone ("Rural Affairs Committee, 05 Oct 1999", "The Fenby Harbour Board", "Marlow
 * Trust [Draft]"): a body found from the heading's start (after "The") to its end, or to a date or a draft's mark.
 */
function bodyHeading({ organisationSpans, organisationId, text }: Reading, span: Span): string | undefined {
  const start = span.start + (/^The\s+/u.exec(text.slice(span.start, span.end))?.[0].length ?? 0);
  const body = organisationSpans.inside(span).find((o) => o.start === start);
  if (!body || !AFTER_BODY_HEADING.test(text.slice(body.end, span.end))) return undefined;
  // "Commons Chamber", "Council Chamber": the room a debate is held in, over its record, no body. Nor a byline run
  // together ("Ann Bell,Fenby Press Agency"): a comma with no space after it, or a person's given name opening it.
  const name = text.slice(body.start, body.end);
  if (/\sChamber$|,\S/u.test(name) || isGivenName(name.split(/[\s,]+/u)[0]!)) return undefined;
  return organisationId.get(body.organisation.key);
}

/** Ids of the organisations and known programmes named inside a passage. */
function namedIn({ organisationSpans, organisationId, programmes }: Reading, span: Span): string[] {
  // Organisations in the order they were found, each once.
  const inside = new Set(organisationSpans.inside(span).map((s) => s.organisation));
  const organisations = [...inside].sort((a, b) => a.rank - b.rank).map((o) => organisationId.get(o.key)!);
  const named = programmes.inside(span).map((m) => m.id);
  return [...organisations, ...named];
}

/**
 * The sentences that attribute a quotation: the one it opens in and the one it closes in, where they hold words
 * outside the quotation (the lead-in or the tail "…, said Name, at …"); only the words outside count.
 */
function attributionSentences({ sentences, text }: Reading, speech: Speech): Span[] {
  const out: Span[] = [];
  const { quote } = speech;
  for (const at of [quote.start, Math.max(quote.start, quote.end - 1)]) {
    const i = countBelow(sentences, at + 1) - 1;
    const s = sentences[i];
    if (!s || s.end <= quote.start || s.start >= quote.end) continue;
    const parts = [
      { start: s.start, end: Math.max(s.start, Math.min(s.end, quote.start)) },
      { start: Math.min(s.end, Math.max(s.start, quote.end)), end: s.end },
    ];
    for (const part of parts) {
      if (wordCount(text.slice(part.start, part.end)) >= 4 && !out.some((o) => o.start === part.start)) out.push(part);
    }
  }
  return out;
}

/** How many sentences name each theme, in the order the text first names them. */
function themeCounts({ sentences, themesOf }: Reading): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const theme of themesOf(s)) counts.set(theme, (counts.get(theme) ?? 0) + 1);
  return counts;
}

/** The theme the text names in the most sentences (the first named of those tied), or "" when it names none. */
function textTheme(reading: Reading): string {
  const counts = themeCounts(reading);
  let best = "";
  for (const [theme, count] of counts) if (count > (counts.get(best) ?? 0)) best = theme;
  return best;
}

/**
 * The text's main theme when its counts leave no doubt: named in two sentences or more, and in more than any other
 * theme; "" otherwise. A theme named once, or tied with another, says little of what the whole text is about.
 */
function clearTextTheme(reading: Reading): string {
  const counts = [...themeCounts(reading).values()].sort((a, b) => b - a);
  const [most = 0, next = 0] = counts;
  return most >= 2 && most > next ? textTheme(reading) : "";
}

/** The number of spans that start before `at` (spans in text order). */
function countBelow(spans: Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A passage of a speaker's words that names a theme and a narrower one of it (a child, a grandchild…) is on the
 * narrower one: "the queue for grid connections is the biggest barrier for local schemes" is on grid connections,
 * not on community energy, the broader subject of the whole text. The broader claim keeps the speaker's passages
 * that name only it, and goes when none is left; the passages stay on the narrower claim, so no quote is lost.
 */
function preferNarrowerThemes(draft: DraftBuilder, parents: ReadonlyMap<string, string>) {
  if (parents.size === 0) return;
  const ancestors = (id: string): Set<string> => {
    const out = new Set<string>();
    for (let at = parents.get(id); at !== undefined && !out.has(at); at = parents.get(at)) out.add(at);
    return out;
  };
  const bySpeaker = new Map<string, [string, DraftClaim][]>();
  for (const entry of draft.claims) {
    if (entry[1].relation !== "spoke-on") continue;
    const list = bySpeaker.get(entry[1].from) ?? [];
    list.push(entry);
    bySpeaker.set(entry[1].from, list);
  }
  const at = (e: Span) => `${e.start} ${e.end}`;
  for (const claims of bySpeaker.values()) {
    const above = new Map(claims.map(([, c]) => [c.to, ancestors(c.to)]));
    for (const [key, broad] of claims) {
      const narrower = claims.filter(([, c]) => above.get(c.to)!.has(broad.to));
      if (narrower.length === 0) continue;
      const onNarrower = new Set(narrower.flatMap(([, c]) => c.evidence.map(at)));
      broad.evidence = broad.evidence.filter((e) => !onNarrower.has(at(e)));
      if (broad.evidence.length === 0) draft.claims.delete(key);
    }
  }
}

/** How many sentences either side, in its paragraph, a passage on a broad theme looks for a narrower one. */
const NARROWER_REACH = 2;

/**
 * A speaker's passage that names only a broad theme ("community schemes", "libraries") in a paragraph whose other
 * sentences name a narrower theme of it (the grid queue, shared library buildings) is on the narrower one: the broad
 * word names the field, the paragraph the matter.
 */
function narrowerFromContext(draft: DraftBuilder, reading: Reading, parents: ReadonlyMap<string, string>) {
  if (parents.size === 0) return;
  const hasChildren = new Set(parents.values());
  const below = (id: string, broad: string) => {
    for (let at = parents.get(id), n = 0; at !== undefined && n < 20; at = parents.get(at), n++)
      if (at === broad) return true;
    return false;
  };
  const { sentences, themesOf } = reading;
  const reach = NARROWER_REACH;
  for (const [key, claim] of [...draft.claims]) {
    if (claim.relation !== "spoke-on" || !hasChildren.has(claim.to)) continue;
    const kept: typeof claim.evidence = [];
    for (const e of claim.evidence) {
      if (themesOf(e).length !== 1) {
        kept.push(e);
        continue;
      }
      const at = countBelow(sentences, e.start + 1) - 1;
      const paragraph = sentences[at]?.paragraph;
      let narrow: string | undefined;
      for (let d = 1; d <= reach && !narrow; d++) {
        for (const i of [at - d, at + d]) {
          const s = sentences[i];
          if (!s || s.paragraph !== paragraph) continue;
          narrow = themesOf(s).find((t) => below(t, claim.to));
          if (narrow) break;
        }
      }
      if (narrow) draft.claim(claim.group, "spoke-on", claim.from, narrow, e, e.kind);
      else kept.push(e);
    }
    claim.evidence = kept;
    if (kept.length === 0) draft.claims.delete(key);
  }
}

/**
 * The organisations the draft ties a person to (`affiliated-with`). A person's words or reported words that name one
 * of them only repeat the tie ("Priya Sandhu, a researcher at the Trust, argued …"): no `mentions` is drafted for it.
 */
function orgsTiedTo(draft: DraftBuilder, person: string): Set<string> {
  return new Set(
    [...draft.claims.values()].filter((c) => c.relation === "affiliated-with" && c.from === person).map((c) => c.to),
  );
}

/** The narrative sentence a quotation opens inside of ("X says that we need to “…”"), if it opens after its start. */
function sentenceAround({ text, sentences }: Reading, quote: Span): Span | undefined {
  const s = sentences.find((x) => x.start < quote.start && quote.start < x.end);
  if (!s || !/\p{L}/u.test(text.slice(s.start, quote.start))) return undefined;
  return trimSpan(text, s);
}

/**
 * Words of a person's that no theme of the draft carries (a text that names none the registry or the text gives) are
 * still theirs, and reach the draft as evidence: a few words quoted in a sentence that reports them, of their mention
 * of the organisations and programmes that sentence names outside them ("The Treasury is ‘putting up more hurdles’
 * …, a Labour MP claimed": the Treasury), not their own organisation. No theme is made up for them, and they are
 * hung on no claim they do not support (their post: "Leader of Org, Cllr Name, said: ‘…’" is no evidence of the post),
 * so with no such organisation they stay out.
 */
function carryWithoutTheme(draft: DraftBuilder, reading: Reading, speech: Speech, speaker: string, words: Span) {
  const { sentences } = reading;
  const own = orgsTiedTo(draft, speaker);
  const { quote } = speech;
  // Only a fragment's sentence reports what the person said; a full quotation's lead-in and tail give its setting
  // ("Held at the Corn Exchange, Name opened with “…”").
  for (const at of speech.fragment ? new Set([quote.start, Math.max(quote.start, quote.end - 1)]) : []) {
    const sentence = sentences[countBelow(sentences, at + 1) - 1];
    if (!sentence || sentence.end <= quote.start || sentence.start >= quote.end) continue;
    const outside = [
      { start: sentence.start, end: Math.max(sentence.start, Math.min(sentence.end, quote.start)) },
      { start: Math.min(sentence.end, Math.max(sentence.start, quote.end)), end: sentence.end },
    ];
    for (const to of new Set(outside.flatMap((part) => namedIn(reading, part)))) {
      if (own.has(to) || to === speaker) continue;
      draft.claim(`person ${speaker}`, "mentions", speaker, to, words, "direct-quote");
      draft.claim(`person ${speaker}`, "mentions", speaker, to, sentence, "reported");
    }
  }
}

/** A noun phrase that points back to what was just named: "the issue", "this problem", "that matter". */
const POINTS_BACK =
  /\b(?:the|this|that|these|those)\s+(?:issues?|problems?|matters?|subjects?|topics?|concerns?|challenges?)\b/iu;

/**
 * The theme a passage that names none points back to ("…, while Name urged Defra to address the issue"): the last one
 * named before it in its sentence, else in the sentence before, in its paragraph.
 */
function themeReferredTo(
  { text, sentences, themesOf }: Reading,
  passage: Span,
  newThemes: ReadonlySet<string>,
): string | undefined {
  if (!POINTS_BACK.test(text.slice(passage.start, passage.end))) return undefined;
  // Only a theme the registry knows: one the draft proposes from the text's words is too unsure to point back to.
  const known = (span: Span) => themesOf(span).filter((t) => !newThemes.has(t));
  const at = countBelow(sentences, passage.start + 1) - 1;
  const own = sentences[at];
  if (!own) return undefined;
  const before = known({ start: own.start, end: Math.max(own.start, passage.start) });
  if (before.length > 0) return before.at(-1);
  const previous = sentences[at - 1];
  if (!previous || previous.paragraph !== own.paragraph) return undefined;
  return known(previous).at(-1);
}

/** What each person said, in quotes or as reported: themes, organisations and programmes named, recommendations. */
function claimWhatPeopleSaid(draft: DraftBuilder, reading: Reading, recommendations: Recommendations) {
  const { text, speeches, reported, personId, themesOf, mentions } = reading;
  /** The theme the text names most, worked out once if a question needs it ("" for none). */
  let mainTheme: string | undefined;
  /**
   * The topic the source's title names ("… briefing on coastal housing"), a known theme or a new candidate, for words
   * of a speaker that repeat it (`titleTopic`), declared once.
   */
  let titleTheme: string | undefined;
  /** A new theme named by the source's title, declared once if words on no theme need it in a text that names none. */
  let titleWordsTheme: string | undefined;
  // A headline that is a clause is about its subject ("Open flood data is a cheap win": "Open flood data"), a theme
  // another source may have drafted already; a title that is a phrase names the subject itself.
  const themeOfTitleWords = () => {
    if (titleWordsTheme !== undefined) return titleWordsTheme;
    const subject = titleSubject(nlp(reading.title), reading.title);
    const label = subject ?? reading.title;
    const same = reading.known.byName("theme", label) ?? reading.known.byId.get(slugify(label));
    return (titleWordsTheme =
      same?.type === "theme"
        ? same.id
        : draft.declare("theme", {
            label,
            aliases: [],
            first: 0,
            description: subject
              ? `${DRAFT_THEME_NOTE}the subject of the source's title, what a text that names no theme is about.`
              : `${DRAFT_THEME_NOTE}the source's title, what a text that names no theme is about.`,
            comment:
              "new theme from the title: the text names no theme for these words; rename it, merge it, or delete it",
          }));
  };
  const themeOfTitle = (words: Span): string | undefined => {
    const topic = titleTopic(reading.title, text.slice(words.start, words.end));
    if (!topic) return undefined;
    return (titleTheme ??=
      reading.known.byName("theme", topic)?.id ??
      draft.declare("theme", {
        label: topic,
        aliases: [],
        first: 0,
        description: `${DRAFT_THEME_NOTE}the topic the source's title names, in the words of a speaker.`,
        comment: "new theme from the title's topic, which a speaker's words repeat: rename it, merge it, or delete it",
      }));
  };
  /** The theme named in the most sentences of these speeches (the first named of those tied), or "". */
  const mostNamedIn = (said: readonly Speech[]): string => {
    const counts = new Map<string, number>();
    for (const speech of said)
      for (const s of speech.sentences)
        for (const theme of themesOf(s)) counts.set(theme, (counts.get(theme) ?? 0) + 1);
    let best = "";
    for (const [theme, count] of counts) if (count > (counts.get(best) ?? 0)) best = theme;
    return best;
  };
  // A member's question is on the theme it names; one that names none on the theme of the answer it draws (the turns
  // after it up to the next question), failing that the hearing's subject; never on the witness it is put to, whom it
  // addresses (eval README, "Transcripts", stop 42).
  const inOrder = [...speeches].sort((a, b) => a.quote.start - b.quote.start);
  // A transcript whose labels name one speaker only: an excerpt of one member's speech.
  const oneSpeaker =
    new Set(
      (reading.transcript?.turns ?? [])
        .filter((t) => !t.anonymous)
        .map((t) => text.slice(t.speaker.start, t.speaker.end)),
    ).size === 1;
  const place = new Map(inOrder.map((speech, i) => [speech, i]));
  let hearingSubject: string | undefined;
  const subjectOfHearing = (): string => {
    if (hearingSubject !== undefined) return hearingSubject;
    const span = reading.transcript?.subject;
    const named = span ? themesOf(span)[0] : undefined;
    if (named) return (hearingSubject = named);
    mainTheme ??= reading.noOccasion ? clearTextTheme(reading) : textTheme(reading);
    if (mainTheme || !span) return (hearingSubject = mainTheme);
    // A text that names no theme: the subject its title block gives, a new theme for the reviewer.
    const label = text.slice(span.start, span.end);
    return (hearingSubject =
      reading.known.byName("theme", label)?.id ??
      draft.entities.find((e) => e.section === "themes" && e.label.toLowerCase() === label.toLowerCase())?.id ??
      draft.declare("theme", {
        label,
        aliases: [],
        first: span.start,
        description: `${DRAFT_THEME_NOTE}the hearing's subject, as its title block names it.`,
        comment:
          "new theme from the hearing's title block, what its questions are about: rename it, merge it, or delete it",
      }));
  };
  const questionThemes = new Map<Speech, string>();
  const themeOfQuestion = (speech: Speech): string | undefined => {
    let theme = questionThemes.get(speech);
    if (theme === undefined) {
      const at = place.get(speech)!;
      const answers: Speech[] = [];
      for (let i = at + 1; i < inOrder.length && !inOrder[i]!.asks; i++) answers.push(inOrder[i]!);
      theme = mostNamedIn([speech]) || mostNamedIn(answers) || subjectOfHearing();
      questionThemes.set(speech, theme);
    }
    return theme || undefined;
  };
  // A motion tabled in a member's name ("Motion NDM1234 Ann Bell" over its clauses): each clause that proposes is the
  // member's proposal, reported; none is a quotation of theirs, nor of the presiding officer reading the business.
  for (const motion of reading.tabled ?? []) {
    const speaker = personId.get(motion.speaker);
    if (!speaker) continue;
    for (const s of motion.sentences) {
      for (const to of namedIn(reading, s))
        if (to !== speaker) draft.claim(`person ${speaker}`, "mentions", speaker, to, s, "reported");
      const said = text.slice(s.start, s.end);
      if (proposes(text, s, isRecommendation(said) || isProposal(said))) {
        recommendations.recommend(speaker, s, "reported", `person ${speaker}`, "speech");
      }
    }
  }
  // Whether each speaker's last sentence was a drafted proposal: "This means …" after it spells out what it asks for.
  const proposedLast = new Map<string, boolean>();
  for (const speech of speeches) {
    const speaker = personId.get(speech.speaker);
    if (!speaker) continue;
    const group = `person ${speaker}`;
    const own = orgsTiedTo(draft, speaker);
    // Words the quote model gave their speaker (no rule reads who said them): the claims on them say so, checked first.
    draft.remark =
      speech.byModel === undefined
        ? undefined
        : `no rule reads who said a quotation here; the quote model gave it to this speaker (score ${speech.byModel.toFixed(2)}): check it`;
    // Each sentence of the speech, and whether some claim rests on its words.
    const sentencesOfSpeech: { sentence: Span; carried: boolean; namesTheme: boolean }[] = [];
    for (const s of speech.sentences) {
      const passages = draft.passageCount;
      for (const to of namedIn(reading, s)) {
        if (!own.has(to)) draft.claim(group, "mentions", speaker, to, s, "direct-quote");
      }
      if (speech.asks) {
        // A member asking about a theme is not speaking on it, nor recommending what the question names: the theme,
        // and the witness the question is put to, are what the member's words mention.
        for (const theme of themesOf(s)) draft.claim(group, "mentions", speaker, theme, s, "direct-quote");
        // A question that reports another's proposal ("your view of the Federation's call for a review") gives it as
        // theirs, reported.
        const asked = proposes(text, s, isRecommendation(text.slice(s.start, s.end)));
        const reported = asked ? namedProposer(reading, s) : undefined;
        // A chair's statement of what the panel itself recommends ("The panel recommends that the Mayor publish …"),
        // no question, is the session's proposal in the turn's own words.
        const panelsOwn =
          reported !== undefined &&
          reported === reading.panel?.session &&
          !/\?["”’)]*\s*$/u.test(text.slice(s.start, s.end));
        if (reported && reported !== speaker)
          recommendations.recommend(
            reported,
            s,
            panelsOwn ? "direct-quote" : "reported",
            "source",
            panelsOwn ? "panel" : "question",
          );
        // The people it names, but not the one it is put to ("Dr Nair, is Skerray unusual?"): addressing is not
        // mentioning.
        for (const m of mentions.inside(s)) {
          const to = personId.get(m.person);
          if (to && to !== speaker && !addressesOnly(text, s, m))
            draft.claim(group, "mentions", speaker, to, s, "direct-quote");
        }
      } else {
        // The chair of a hearing announcing what it is on ("We continue our study of harbour dues") steers it: the
        // theme is what the chair's words mention, as a member's question does.
        const chairs = reading.transcript !== undefined && reading.panel?.chairs.has(speaker) === true;
        for (const theme of themesOf(s)) {
          draft.claim(group, chairs ? "mentions" : "spoke-on", speaker, theme, s, "direct-quote");
        }
      }
      // A proposal that names no theme is still the speaker's words on what the text around it is about.
      const carried = draft.passageCount > passages;
      const said = text.slice(s.start, s.end);
      const proposal =
        !speech.asks &&
        proposes(
          text,
          s,
          isRecommendation(said) ||
            isProposal(said) ||
            (proposedLast.get(speaker) === true && elaboratesProposal(said)),
        );
      proposedLast.set(speaker, proposal && recommendations.recommend(speaker, s, "direct-quote", group, "speech"));
      sentencesOfSpeech.push({ sentence: s, carried, namesTheme: themesOf(s).length > 0 });
    }
    // "Nina says that we need to “press on faster”": the quoted words finish a proposal the sentence around them
    // frames; the sentence is the speaker's proposal, reported.
    // "Calling for more bus lanes, the councillor …, saying “we need …”": a call that opens the sentence is the
    // speaker's proposal, whatever the quoted words propose besides.
    const around = reading.transcript || speech.asks ? undefined : sentenceAround(reading, speech.quote);
    if (
      around &&
      (opensWithCall(text.slice(around.start, around.end)) ||
        !speech.sentences.some((s) => isRecommendation(text.slice(s.start, s.end)))) &&
      proposes(text, around, isRecommendation(text.slice(around.start, around.end)))
    ) {
      recommendations.recommend(speaker, around, "reported", group, "speech-around");
    }
    // "‘…’, said Name, at the Fund's health inequalities conference": the sentence that gives the words names what
    // they were about. Its themes, outside the quotation, are the speaker's too, as reported speech; so are those of
    // the sentence a fragment is given in ("Name described the ban on X as “long overdue”").
    if (!reading.transcript && !speech.asks) {
      for (const sentence of attributionSentences(reading, speech)) {
        for (const theme of themesOf(sentence)) draft.claim(group, "spoke-on", speaker, theme, sentence, "reported");
      }
    }
    // Words that name nothing the draft knows are still the speaker's, sentence by sentence, so the reviewer sees
    // every attributed quote: a panellist's show that they spoke in the session, the chair's ("Thank you both. That
    // concludes this session.") that they chaired it; a member's question in a hearing mentions the theme of its
    // turn, its answer or the hearing (above); others are on what the whole text is about ("I have never seen it this
    // bad"): the theme it names most, not one named nearest them in passing.
    const panel = reading.panel;
    for (const { sentence, carried, namesTheme } of sentencesOfSpeech) {
      if (speech.asks && reading.transcript) {
        // A question in a hearing that names no theme (though it may name a body) mentions the theme of its turn, of
        // the answer it draws, or of the hearing. The chair's words that ask nothing ("Our first item is evidence on
        // …", "Thank you both.") are their business: evidence that they chaired.
        if (namesTheme) continue;
        const chairs = panel?.chairs.has(speaker) === true;
        const theme = chairs && !asksSomething(text, sentence) ? undefined : themeOfQuestion(speech);
        if (theme) draft.claim(group, "mentions", speaker, theme, sentence, "direct-quote");
        else if (chairs) {
          if (!carried) draft.claim("panel", "chaired", speaker, panel!.session, sentence, "direct-quote");
        } else if (reading.title.trim()) {
          // A text that names no theme and gives the hearing no subject: what its title says it is about, as for
          // words on no theme outside a hearing (below), so that the question stays its member's words.
          draft.claim(group, "mentions", speaker, themeOfTitleWords(), sentence, "direct-quote");
        }
        continue;
      }
      if (carried) continue;
      if (panel && panel.members.has(speaker) && !speech.asks) {
        draft.claim("panel", "panellist-in", speaker, panel.session, sentence, "direct-quote");
      } else if (panel && panel.chairs.has(speaker)) {
        draft.claim("panel", "chaired", speaker, panel.session, sentence, "direct-quote");
      } else {
        // In a text that tells of no occasion, the words a panel would have carried are on its main theme only when
        // the text leaves no doubt which that is.
        const theme = (mainTheme ??= reading.noOccasion ? clearTextTheme(reading) : textTheme(reading)) || undefined;
        if (theme) draft.claim(group, speech.asks ? "mentions" : "spoke-on", speaker, theme, sentence, "direct-quote");
        // (So are those of a transcript of one speaker's words with no panel, an excerpt of one member's speech: no
        // session carries them.)
        else if (!reading.transcript || (!panel && oneSpeaker)) {
          // Words on no theme in a text that names none are still the speaker's, kept so the reviewer sees them: on
          // the topic the title names where they repeat its words ("… briefing on coastal housing": "Coastal towns need
          // their own housing deal"), else on what the title says the text is about. A named person's quoted words
          // are `spoke-on` that theme (who-spoke-on must find them: a `mentions` left a whole article with nobody
          // speaking); only a question mentions it. Which theme is right stays the reviewer's, as the theme says.
          const passages = draft.passageCount;
          carryWithoutTheme(draft, reading, speech, speaker, sentence);
          if (draft.passageCount === passages) {
            const topic = themeOfTitle(sentence);
            if (topic) draft.claim(group, "spoke-on", speaker, topic, sentence, "direct-quote");
            else if (reading.title.trim())
              draft.claim(
                group,
                speech.asks ? "mentions" : "spoke-on",
                speaker,
                themeOfTitleWords(),
                sentence,
                "direct-quote",
              );
          }
        }
      }
    }
  }
  draft.remark = undefined;
  const newThemes = new Set(draft.entities.filter((e) => e.section === "themes").map((e) => e.id));
  for (const view of reported) {
    const person = personId.get(view.person);
    if (!person) continue;
    const group = `person ${person}`;
    // The organisations and programmes a person's reported words name, as their quoted words' are.
    const own = orgsTiedTo(draft, person);
    for (const to of namedIn(reading, view.sentence)) {
      if (!own.has(to)) draft.claim(group, "mentions", person, to, view.sentence, "reported");
    }
    const themes = themesOf(view.sentence);
    // "…, while Name urged the agency to address the issue": words that point back are on the theme named just before.
    const referred = themes.length === 0 ? themeReferredTo(reading, view.sentence, newThemes) : undefined;
    for (const theme of referred ? [referred] : themes) {
      draft.claim(group, view.asks ? "mentions" : "spoke-on", person, theme, view.sentence, "reported");
    }
    const rule = isRecommendation(text.slice(view.sentence.start, view.sentence.end));
    if (!view.asks && proposes(text, view.sentence, rule)) {
      recommendations.recommend(person, view.sentence, "reported", group, "reported");
    }
  }
}

/**
 * The source's own voice, in sentences nobody is quoted or reported in: themes in its headings, findings the panel
 * agreed on, recommendations in narrative (made by the organisation it names first, if any), organisations and
 * programmes it names.
 */
function claimSourceVoice(
  draft: DraftBuilder,
  reading: Reading,
  recommendations: Recommendations,
  panel: string | undefined,
) {
  const { text, sentences, paragraphs, speeches, reported, found, organisationId, sourceId, themesOf } = reading;
  const speech = new SpanSet(speeches.filter((sp) => !sp.fragment).map((sp) => sp.quote.inner));
  const reports = new SpanSet(reported.map((r) => r.sentence));
  // A motion's clauses are the member's it is tabled by (claimWhatPeopleSaid), not the text's own voice.
  const tabled = new SpanSet((reading.tabled ?? []).map((sp) => sp.quote.inner));
  const roleLines = new SpanSet(found.roles.map((r) => r.evidence));
  const lede = reading.transcript ? undefined : sentences.find((s) => !paragraphs[s.paragraph]!.heading);
  // The list items after a line that introduces proposals ("We are calling on the Department to:"): each item is
  // one, made by whoever the line names as making them.
  const proposalItems = new Map<number, Span>();
  /**
   * The paragraphs under a heading that names proposals ("Recommendations"), up to the next heading, where the list's
   * markers were lost (a page's or a Markdown file's numbered list is paragraphs in the text): items when they propose.
   */
  const sectionItems = new Set<number>();
  /** The lines that introduce a list of proposals: the list proposes, the line itself does not. */
  const introductions = new Set<number>();
  for (const p of paragraphs) {
    if (p.listItem || !introducesProposals(text.slice(p.start, p.end))) continue;
    // A report's "Conclusions and recommendations": its numbered items under the section's own sub-headings, read as
    // sentences (a conclusion is no proposal).
    const numbered = p.heading && !reading.transcript ? numberedSection(text, paragraphs, p.index) : [];
    if (numbered.length > 0) {
      for (const i of numbered) {
        proposalItems.set(i, p);
        if (CONCLUSIONS.test(text.slice(p.start, p.end))) sectionItems.add(i);
      }
      introductions.add(p.index);
      continue;
    }
    for (let i = p.index + 1; i < paragraphs.length && paragraphs[i]!.listItem; i++) proposalItems.set(i, p);
    if (paragraphs[p.index + 1]?.listItem) introductions.add(p.index);
    else if (!p.heading && !reading.transcript && /:\s*$/u.test(text.slice(p.start, p.end))) {
      // "…summarised the panel's recommendations:" and a page's list whose markers were lost: the paragraphs after
      // the line are its items for as long as each proposes as a sentence does.
      for (let i = p.index + 1; i < paragraphs.length; i++) {
        const item = paragraphs[i]!;
        const words = text.slice(item.start, item.end);
        if (item.heading || introducesProposals(words) || !(isRecommendation(words) || isProposal(words))) break;
        proposalItems.set(i, p);
        sectionItems.add(i);
        introductions.add(p.index);
      }
    } else if (p.heading && !reading.transcript) {
      for (let i = p.index + 1; i < paragraphs.length && !paragraphs[i]!.heading; i++) {
        const item = paragraphs[i]!;
        if (introducesProposals(text.slice(item.start, item.end))) break;
        proposalItems.set(i, p);
        sectionItems.add(i);
      }
    }
  }
  // The organisations each sentence's role statements tie people to, by the sentence's start.
  const sentencesInOrder = new SpansInOrder(sentences);
  const tiedIn = new Map<number, Set<string>>();
  const heldThen = new Set<string>();
  for (const r of found.roles) {
    const label = r.organisation?.label;
    const id = label && organisationId.get(reading.known.byName("organisation", label)?.id ?? nameKey(label));
    const s = sentencesInOrder.at(r.evidence.start, (x, at) => x.start <= at && at < x.end);
    if (!id || !s) continue;
    tiedIn.set(s.start, (tiedIn.get(s.start) ?? new Set()).add(id));
    // "In 2010 Name, then Chair of the Fenby Board, said “…”": a post held then ties no one, and its body is one the
    // source names (a new one too, before a quotation).
    // ("farmer and former Chair of the Fenby Trust": the same, the body's post over.)
    if (/^then\s/iu.test(r.role) || AND_FORMER_ROLE.test(r.role)) heldThen.add(id);
  }
  const organisationIds = new Set(organisationId.values());
  const isOrganisation = (id: string) => organisationIds.has(id);
  const speechInOrder = new SpansInOrder(speeches.filter((sp) => !sp.fragment).map((sp) => sp.quote));
  const knownOrganisations = new Set(reading.known.ofType("organisation").map((o) => o.id));
  for (const s of sentences) {
    if (speech.overlaps(s) && !reports.overlaps(s)) {
      // "Held at the Harbour Theatre, Name opened with “…”": the organisations the words before a quotation name,
      // in the sentence that gives it, are the source's mentions (organisations the registry knows: a new one
      // there is too often a word of the quotation's setting).
      const first = speechInOrder.firstFrom(s.start, (q) => q.end > s.start);
      if (first && first.start > s.start + 1) {
        for (const to of namedIn(reading, { start: s.start, end: Math.min(first.start, s.end) }))
          if (knownOrganisations.has(to) || heldThen.has(to))
            draft.claim("source", "mentions", sourceId, to, trimSpan(text, s), "reported");
      }
    }
    if (speech.overlaps(s) || reports.overlaps(s) || tabled.overlaps(s)) continue;
    const paragraph = paragraphs[s.paragraph]!;
    const span = trimSpan(text, s);
    const introduced = proposalItems.get(paragraph.index);
    const words = text.slice(span.start, span.end);
    // An item of a list of proposals: one when the rules take it for one and no veto keeps it out. A paragraph under
    // a heading, with no list's marker, must propose as a sentence does (a modal, a call, an imperative): it may be
    // narrative ("The roundtable made three.").
    const section = sectionItems.has(paragraph.index);
    const listed = introduced
      ? proposes(text, span, isRecommendation(words) || (section ? isProposal(words) : listedProposal(words)))
      : undefined;
    if (introduced && listed && !isRecommendation(words)) {
      const from = listProposer(reading, introduced, paragraph);
      // The panel's own list is the session's summary, as "The panel called for …" is.
      const kind = from === reading.panel?.session ? "summary" : "reported";
      recommendations.recommend(from, span, kind, "source", "list-item");
      continue;
    }
    if (paragraph.heading) {
      for (const theme of themesOf(span)) draft.claim("source", "covers", sourceId, theme, span, "reported");
      // "Tom Reed/Fenby Wire", a photo's credit on a line of its own: the source mentions the agency (the
      // photographer is mentioned as any person named; neither is tied to the other).
      if (CREDIT_LINE.test(words)) {
        for (const to of namedIn(reading, span)) draft.claim("source", "mentions", sourceId, to, span, "reported");
      }
      // "Rural Affairs Committee, 05 Oct 1999", "Harbour Board – Tuesday, 4 March", "Fenby Trust": a heading that is a
      // body's name alone, a date or a draft's mark after it, heads the body's own record: the source mentions it.
      const body = bodyHeading(reading, span);
      if (body) draft.claim("source", "mentions", sourceId, body, span, "reported");
      continue;
    }
    // The lede, the first sentence of the text's first paragraph, says what the source is about.
    if (s === lede) {
      for (const theme of themesOf(span)) draft.claim("source", "covers", sourceId, theme, span, "reported");
    }
    const introduces = introductions.has(paragraph.index) && s.end >= paragraph.end;
    if (CONSENSUS.test(text.slice(span.start, span.end))) {
      // "The panel also called for:" introduces the panel's proposals; the list items are them.
      if (!introduces) claimPanelVoice(draft, reading, recommendations, span, panel);
      continue;
    }
    // A transcript's own words (its title block, a notice on its use, the order of business) propose nothing: its
    // speakers do.
    if (!introduces && !reading.transcript && (listed ?? proposes(text, span, isRecommendation(words)))) {
      const from = introduced
        ? listProposer(reading, introduced, paragraph)
        : (proposer(reading, span, paragraph) ?? sourceId);
      const kind = introduced && from === reading.panel?.session ? "summary" : "reported";
      recommendations.recommend(from, span, kind, "source", introduced ? "list-item" : "narrative");
    }
    // In a line that ties people to organisations, the source mentions the others it names ("Director, Institute
    // for X, University of Y": the university; "former President of Z": Z).
    const tied = roleLines.overlaps(s) ? (tiedIn.get(s.start) ?? new Set<string>()) : undefined;
    for (const to of namedIn(reading, span)) {
      if (tied && ((tied.has(to) && !heldThen.has(to)) || !isOrganisation(to))) continue;
      draft.claim("source", "mentions", sourceId, to, span, "reported");
    }
  }
}

/** A heading that puts conclusions with the recommendations: "Conclusions and recommendations". */
const CONCLUSIONS = /\bconclusions\b/iu;

/** The number a list item's marker gives it ("3." of "3. The Government should …"), if it has one. */
function itemNumber(text: string, item: Paragraph): number | undefined {
  const marker = /(\d+)[.)]\s*$/u.exec(text.slice(lineStart(text, item.start), item.start));
  return marker ? Number(marker[1]) : undefined;
}

/**
 * The numbered items of a report's section of recommendations under the heading at `at`, through the sub-headings
 * that part it ("Conclusions and recommendations", "Monitoring", "1. …", "2. …", "Enforcement", "3. …"): a sub-heading
 * belongs to the section when the item under it goes on with the numbering (the list's items right under the heading
 * are the list, numbered or not). Empty when no list item follows the heading or its first sub-headings.
 */
function numberedSection(text: string, paragraphs: Paragraph[], at: number): number[] {
  const items: number[] = [];
  let last: number | undefined;
  for (let i = at + 1; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.listItem) {
      items.push(i);
      last = itemNumber(text, p);
      continue;
    }
    // A sub-heading: the section goes on where the next item carries on the numbering (or opens it at 1, before any).
    const next = paragraphs[i + 1];
    if (!p.heading || !next?.listItem) break;
    const n = itemNumber(text, next);
    if (n === undefined || n !== (items.length === 0 ? 1 : (last ?? -1) + 1)) break;
  }
  return items;
}

/**
 * Who makes the proposals a passage states: whom the sentence names as making it — the subject of its reporting or
 * calling verb ("Harbour Watch urged …", "…, the charity said", "For Sarah Reed, …": a person or organisation named
 * there, "he"/"she" the person named last before, "it"/"the charity" the organisation named last before, "we" the
 * publisher, "the panel" the session); else an organisation opening the passage ("The Harbour Foundation has suggested
 * that …"); else the publisher's own voice in a paragraph that says "we"; else no one the text names.
 */
function proposer(reading: Reading, passage: Span, paragraph: Paragraph): string | undefined {
  const { text, organisationId } = reading;
  const named = namedProposer(reading, passage);
  if (named) return named;
  // "Marsh County Council should fund …": an organisation that is the subject of a modal is the body asked to act,
  // not the one asking.
  const trigger = readProposal(text.slice(passage.start, passage.end), { line: true })?.trigger;
  const opening =
    trigger && !trigger.calling
      ? []
      : reading.organisationSpans.startingIn(passage.start, passage.start + 8).map((x) => x.organisation);
  const subject = opening.length ? opening.reduce((a, b) => (b.rank < a.rank ? b : a)) : undefined;
  if (subject) return organisationId.get(subject.key)!;
  // The text's own voice: "we" is the publisher's (an author writing for it); otherwise the author's, if named. A
  // committee's report speaks as the committee. A "we" inside a quotation is its speaker's, not the text's (stop 43:
  // "Calling for …, the councillor also …, saying “we need …”").
  const said = text
    .slice(Math.min(paragraph.start, passage.start), Math.max(paragraph.end, passage.end))
    .replace(/“[^“”]*”|"[^"]*"/gu, (quoted) => " ".repeat(quoted.length));
  if (reading.report?.committee && /\b(?:[Ww]e|[Oo]ur)\b/u.test(said)) return reading.report.committee;
  if (reading.publisher && /\b(?:[Ww]e|[Oo]ur)\b/u.test(said)) return reading.publisher();
  if (speaksAsWe(reading) && (reading.author || reading.publisher)) return reading.author ?? reading.publisher!();
  return undefined;
}

/** A line or heading that says the panel makes the proposals under it: "Recommendations from the panel". */
/** A list the line gives as the panel's: "the panel's recommendations", "the panel recommended:". */
const PANELS_OWN_LIST =
  /\b(?:the\s+)?(?:panel|panellists|panelists|roundtable|round\s+table|speakers|participants)(?:['’]s?\s+(?:\w+\s+)?(?:recommendations|proposals|asks|demands|calls)\b|\s+(?:\w+ly\s+)?(?:recommended|proposed|called\s+for|urged)\s*:)/iu;
const PANEL_LIST = /\b(?:panel|panellists|panelists|roundtable|round\s+table|speakers|participants|discussion)\b/iu;

/**
 * Who makes the proposals a list states: whom its introducing line names (see `proposer`); an organisation named in
 * a line that names no trigger ("The Foundation's recommendations"); the panel, when the line names it ("Recommendations
 * from the panel") or when a text reporting a panel heads a list "Recommendations" and names no one; else the text's
 * own voice or no one. Never a body an item asks to act ("Marsh County Council should …").
 */
function listProposer(reading: Reading, introduced: Span, paragraph: Paragraph): string {
  const { text, organisationId, sourceId } = reading;
  const line = text.slice(introduced.start, introduced.end);
  const session = reading.panel?.session;
  // "X summarised the panel's recommendations:", "The panel's recommendations were:": whoever states them, they are
  // the panel's (the gold's convention: a list the panel proposes is the session's).
  if (session && PANELS_OWN_LIST.test(line)) return session;
  const named = namedProposer(reading, introduced);
  if (named) return named;
  if (!readProposal(line, { line: true })?.trigger) {
    const inside = reading.organisationSpans.inside(introduced).map((x) => x.organisation);
    const organisation = inside.length ? inside.reduce((a, b) => (b.rank < a.rank ? b : a)) : undefined;
    if (organisation) return organisationId.get(organisation.key)!;
  }
  if (session && PANEL_LIST.test(line)) return session;
  if (session && !/\b(?:[Ww]e|[Oo]ur)\b/u.test(line)) return session;
  // A report's own list of recommendations: its committee's.
  return proposer(reading, introduced, paragraph) ?? reading.report?.committee ?? sourceId;
}

/** Whether the text speaks as "we" in its own voice somewhere (a blog, a report): then its proposals are the publisher's. */
const ownVoice = new WeakMap<Reading, boolean>();
function speaksAsWe(reading: Reading): boolean {
  let speaks = ownVoice.get(reading);
  if (speaks === undefined) {
    // Not in anyone's words: quotations, speeches and reported speech.
    const quoted = new SpanSet([
      ...reading.quotes,
      ...reading.speeches.flatMap((sp) => sp.sentences),
      ...reading.reported.map((r) => r.sentence),
    ]);
    const { text } = reading;
    speaks = reading.sentences.some(
      (s) => !quoted.overlaps(s) && /\b(?:[Ww]e|[Oo]ur)\b/u.test(text.slice(s.start, s.end)),
    );
    ownVoice.set(reading, speaks);
  }
  return speaks;
}

/** How far back ("she", "the charity") a proposer's pronoun looks for whom it stands for, in characters. */
const PROPOSER_REACH = 600;

/** The proposer the passage's own structure names (see `proposer`), if it names one the draft has. */
function namedProposer(reading: Reading, passage: Span): string | undefined {
  const { text, personId, organisationId, mentions, organisationSpans } = reading;
  const within = readProposal(text.slice(passage.start, passage.end), { line: true })?.proposer;
  if (!within) return undefined;
  const span = { start: passage.start + within.start, end: passage.start + within.end };
  // "The panel also", "the charity then": the words that name, without an adverb after them.
  const words = text
    .slice(span.start, span.end)
    .trim()
    .replace(/(?:\s+(?:also|then|now|further|again|all|jointly|\w+ly))+$/iu, "");
  const person = mentions.inside(span)[0];
  if (person && personId.has(person.person)) return personId.get(person.person);
  const organisation = headOrganisation(text, organisationSpans.inside(span));
  if (organisation) return organisationId.get(organisation.organisation.key);
  const near = { start: Math.max(0, passage.start - PROPOSER_REACH), end: passage.start };
  if (COMMITTEE_WORDS.test(words)) return committeeVoice(reading, passage);
  if (/^(?:he|she)$/iu.test(words)) {
    const last = mentions.inside(near).at(-1);
    return last && personId.get(last.person);
  }
  if (
    /^(?:it|(?:the|its)\s+(?:charity|group|federation|foundation|council|institute|trust|organisation|association|union|campaign|body|think\s+tank|taskforce|network|alliance|coalition|society|fund|board|company|firm))$/iu.test(
      words,
    )
  ) {
    const last = organisationSpans.inside(near).at(-1);
    return last && organisationId.get(last.organisation.key);
  }
  if (
    /^(?:the\s+)?(?:panel|panellists|panelists|speakers|roundtable|participants|(?:all\s+)?(?:three|four|five|two)\s+panellists)$/iu.test(
      words,
    )
  ) {
    return reading.panel?.session;
  }
  if (/^we$/iu.test(words) && reading.publisher) return reading.publisher();
  return undefined;
}

/**
 * The body a subject names, of the organisations in it: the last of a possessive run ("Fenby Borough Council's
 * Transport Committee" is the committee's), else the first.
 */
function headOrganisation(text: string, inside: OrganisationSpan[]): OrganisationSpan | undefined {
  let head = inside[0];
  for (const next of inside.slice(1)) {
    if (head && /^['’]s?\s+(?:own\s+)?$/u.test(text.slice(head.end, next.start))) head = next;
  }
  return head;
}

/** "The committee", "the sub-committee", "the Committee": a committee's own voice, in its minutes or a report of it. */
const COMMITTEE_WORDS = /^(?:the\s+)?(?:sub-?\s?)?committee$/iu;

/**
 * Whose "The committee recommends …" is: the session the text reports (a committee's minutes are its meeting's), else
 * the committee the text last names before the passage (its name ending "Committee"), else no one's.
 */
function committeeVoice(reading: Reading, passage: Span): string | undefined {
  if (reading.panel?.session) return reading.panel.session;
  const { text, organisationSpans, organisationId } = reading;
  const before = organisationSpans.items.filter(
    (o) => o.end <= passage.start && /committee$/iu.test(text.slice(o.start, o.end)),
  );
  const last = before.at(-1);
  return last && organisationId.get(last.organisation.key);
}

/**
 * "The panellists agreed that …": the panel's statement, never a panellist's own words. The session agreed on the
 * themes it names (`agreed-on`); what it proposes, it recommends; anything else is a finding it states.
 */
function claimPanelVoice(
  draft: DraftBuilder,
  reading: Reading,
  recommendations: Recommendations,
  span: Span,
  panel?: string,
) {
  const { text, sourceId, themesOf } = reading;
  const passage = text.slice(span.start, span.end);
  if (panel && AGREEING.test(passage)) {
    // Only a theme the sentence names: one that names none ("… one-year funding for support workers should end") is
    // the finding it states, not an agreement on the text's main theme, which the sentence may not be about at all
    // ("Modular homes", named twice by a panellist) (stop 41; stops 34–35 drafted the main theme when clear).
    const named = themesOf(span);
    const subject = named.length > 0 ? undefined : headingSubject(draft, reading, span);
    for (const theme of subject ? [subject] : named) draft.claim("source", "agreed-on", panel, theme, span, "summary");
  }
  // "The panel called for …", "The panellists recommended …": a proposal of the panel's. "The panel agreed that more
  // delegation is needed" is what it concluded: a finding.
  const rule = PANEL_PROPOSES.test(passage) && isRecommendation(passage);
  if (proposes(text, span, rule)) {
    recommendations.recommend(panel ?? sourceId, span, "summary", "source", "panel");
    return;
  }
  const finding = draft.declare("finding", {
    label: recommendationLabel(passage),
    aliases: [],
    text: passage,
    first: span.start,
  });
  draft.claim("source", "states", panel ?? sourceId, finding, span, "summary");
  for (const theme of themesOf(span)) draft.claim("source", "addresses", finding, theme, span, "summary");
}

/** Words that join a heading's subjects or stand in one without naming it ("Managed retreat and community consent"). */
const HEADING_JOINS = /\s*(?:[,;:–—]|\s(?:and|or|&|vs\.?)\s)\s*/iu;
const SUBJECT_FILLER = /^(?:the|a|an|of|for|to|in|on|at|with|our|its|their|his|her)$/iu;

/**
 * The subject a panel's agreement that names no theme is on, when the heading of its section names it: a phrase of
 * the heading ("Community consent" of "Managed retreat and community consent") whose every word the sentence repeats
 * ("no community should be relocated without its consent"). A theme the corpus or the draft has by that name, else a
 * new one. None where the sentence repeats no phrase of its heading: it is then only its finding.
 */
function headingSubject(draft: DraftBuilder, reading: Reading, span: Span): string | undefined {
  const { text, paragraphs, known, themesOf } = reading;
  const at = paragraphs.findIndex((p) => p.start <= span.start && span.start < p.end);
  let heading: Paragraph | undefined;
  for (let i = at - 1; i >= 0 && !heading; i--) if (paragraphs[i]!.heading) heading = paragraphs[i];
  if (!heading || heading.index === 0) return undefined;
  const said = new Set(
    text
      .slice(span.start, span.end)
      .toLowerCase()
      .split(/[^\p{L}\p{N}-]+/u)
      .filter(Boolean),
  );
  const repeats = (word: string) =>
    said.has(word) || said.has(`${word}s`) || (word.endsWith("s") && said.has(word.slice(0, -1)));
  let from = heading.start;
  for (const phrase of text.slice(heading.start, heading.end).split(HEADING_JOINS)) {
    const start = text.indexOf(phrase, from);
    from = start + phrase.length;
    const words = phrase
      .toLowerCase()
      .split(/\s+/u)
      .filter((w) => w && !SUBJECT_FILLER.test(w));
    if (words.length < 2 || words.length > 4 || !words.every(repeats)) continue;
    const named = themesOf({ start, end: start + phrase.length });
    if (named.length > 0) return named[0];
    const label = phrase.charAt(0).toUpperCase() + phrase.slice(1);
    return (
      known.byName("theme", label)?.id ??
      draft.entities.find((e) => e.section === "themes" && e.label.toLowerCase() === label.toLowerCase())?.id ??
      draft.declare("theme", {
        label,
        aliases: [],
        first: start,
        description: `${DRAFT_THEME_NOTE}what a panel agreed on, as the heading of its section names it.`,
        comment:
          "new theme from the heading over the panel's agreement, whose words it repeats: rename it, merge it, or delete it",
      })
    );
  }
  return undefined;
}

/** A person the text names and no claim is about (a byline, a member who asks nothing): the source mentions them. */
function claimPeopleNamed(draft: DraftBuilder, { sentences, mentions, personId, sourceId }: Reading) {
  const used = new Set([...draft.claims.values()].flatMap((c) => [c.from, c.to]));
  const sentencesInOrder = new SpansInOrder(sentences);
  for (const m of mentions.items) {
    const person = personId.get(m.person);
    if (!person || used.has(person)) continue;
    used.add(person);
    const sentence = sentencesInOrder.at(m.start, (s) => s.start <= m.start && m.start < s.end);
    draft.claim("source", "mentions", sourceId, person, sentence ?? m, "reported");
  }
}

/** Each new candidate theme is covered by the source, in the sentence of its first occurrence. */
function claimNewThemes(draft: DraftBuilder, { sentences, sourceId }: Reading, themes: ReturnType<typeof linkThemes>) {
  for (const t of themes.candidates) {
    const at = themes.matches.find((m) => m.theme === t.key);
    const s = at && sentences.find((x) => x.start <= at.start && at.end <= x.end);
    if (s) draft.claim("source", "covers", sourceId, themes.ids.get(t.key)!, s, "reported");
  }
}

/** The index of `value` in increasing `values`, or -1 (as indexOf, by binary search). */
function rankOf(values: number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return values[lo] === value ? lo : -1;
}

const RELATION_ORDER: Relation[] = [
  "organised-by",
  "states",
  "agreed-on",
  "chaired",
  "panellist-in",
  "reported-in",
  "affiliated-with",
  "spoke-on",
  "mentions",
  "recommends",
  "covers",
  "addresses",
];

/**
 * Claims with evidence, their passages in text order with occurrence numbers where a quote repeats, grouped (the
 * panel, affiliations, each person in order of their first passage, the source) and then by their first passage.
 */
function orderClaims(claims: DraftClaim[], text: string): DraftClaim[] {
  const groupOrder = (g: string) => (g === "panel" ? 0 : g === "affiliations" ? 1 : g === "source" ? 3 : 2);
  // Each claim's first passage (Infinity without one), worked out once rather than in every comparison.
  const firstStart = new Map<DraftClaim, number>();
  for (const c of claims)
    firstStart.set(
      c,
      c.evidence.reduce((min, e) => Math.min(min, e.start), Infinity),
    );
  const firstOf = (c: DraftClaim) => firstStart.get(c)!;
  const speakerOrder = new Map<string, number>();
  for (const c of claims.filter((c) => c.group.startsWith("person ")).sort((a, b) => firstOf(a) - firstOf(b))) {
    if (!speakerOrder.has(c.group)) speakerOrder.set(c.group, speakerOrder.size);
  }
  // Where each quote occurs, found once per quote (by one search of the text for all of them).
  const search = new TextSearch(text);
  const occurrencesOf = new Map<string, number[]>();
  return claims
    .filter((c) => c.evidence.length > 0)
    .map((c) => {
      c.evidence.sort((a, b) => a.start - b.start || a.end - b.end);
      for (const e of c.evidence) {
        let occurrences = occurrencesOf.get(e.quote);
        if (!occurrences) occurrencesOf.set(e.quote, (occurrences = search.occurrences(e.quote)));
        if (occurrences.length > 1) e.occurrence = rankOf(occurrences, e.start) + 1;
      }
      return c;
    })
    .sort(
      (a, b) =>
        groupOrder(a.group) - groupOrder(b.group) ||
        (speakerOrder.get(a.group) ?? 0) - (speakerOrder.get(b.group) ?? 0) ||
        (a.relation === "addresses" ? 1 : 0) - (b.relation === "addresses" ? 1 : 0) ||
        firstOf(a) - firstOf(b) ||
        RELATION_ORDER.indexOf(a.relation) - RELATION_ORDER.indexOf(b.relation) ||
        a.from.localeCompare(b.from) ||
        a.to.localeCompare(b.to),
    );
}

/**
 * The draft: entities some claim uses (a new organisation named only in passing inside a role line, say, is left
 * out), in section order, and what was found. Linked counts are capped by the known entities claims actually use.
 */
function summarise(
  draft: DraftBuilder,
  { sourceId, known, speeches, personId, title }: Reading,
  claims: DraftClaim[],
  linked: { people: number; organisations: number; recommendations: number },
  /** The passages read as proposals of a kind not drafted (`Recommendations.held`). */
  unsure: readonly HeldSpan[],
): Draft {
  const used = new Set(claims.flatMap((c) => [c.from, c.to]));
  const sections = Object.keys(REGISTRY_SECTIONS);
  const declared = draft.entities
    .filter((e) => used.has(e.id))
    .sort(
      (a, b) =>
        sections.indexOf(a.section) - sections.indexOf(b.section) || a.first - b.first || a.id.localeCompare(b.id),
    );
  const usedKnown = (type: NodeType) => [...used].filter((id) => known.byId.get(id)?.type === type).length;
  const newOf = (section: keyof SourceEntities) => declared.filter((e) => e.section === section).length;
  // A quotation found counts when the draft cites it: some claim of its speaker rests on its words as a direct quote.
  const citedBy = new Map<string, Span[]>();
  for (const claim of claims) {
    for (const e of claim.evidence) {
      if (e.kind !== "direct-quote") continue;
      if (!citedBy.has(claim.from)) citedBy.set(claim.from, []);
      citedBy.get(claim.from)!.push(e);
    }
  }
  const cited = new Map([...citedBy].map(([id, spans]) => [id, new SpanSet(spans)]));
  const labelOf = (id: string) =>
    id === sourceId ? title : (draft.entities.find((e) => e.id === id)?.label ?? known.byId.get(id)?.label ?? id);
  const held = new Map<number, HeldProposal>();
  const lineOf = lineCounter(draft.text);
  // Quoted as a claim on it would quote it (from the source's text, not the text as read): pasteable as its evidence.
  for (const h of [...unsure].sort((a, b) => a.start - b.start)) {
    const evidence = draft.evidenceSpan(h);
    if (held.has(evidence.start)) continue;
    held.set(evidence.start, {
      quote: evidence.quote,
      line: lineOf(evidence.start),
      whose: { id: h.from, label: labelOf(h.from) },
      kind: h.kind,
      why: heldKind(h.facts),
      themes: h.themes,
    });
  }
  const quoted = speeches.filter((s) => cited.get(personId.get(s.speaker)!)?.overlaps(s.quote)).length;
  const search = new TextSearch(draft.text);
  const attributes = draft.attributes.filter((a) => declared.some((e) => e.id === a.entity));
  for (const e of attributes.flatMap((a) => a.evidence)) {
    const occurrences = search.occurrences(e.quote);
    if (occurrences.length > 1) e.occurrence = rankOf(occurrences, e.start) + 1;
  }
  return {
    source: sourceId,
    entities: declared,
    claims,
    ...(attributes.length > 0 ? { attributes } : {}),
    aliases: draft.aliases
      .filter((a) => used.has(a.id))
      .sort((a, b) => a.first - b.first || a.alias.localeCompare(b.alias)),
    unsure: [...held.values()].map((h) => h.quote),
    held: [...held.values()],
    found: {
      people: { linked: Math.min(linked.people, usedKnown("person")), new: newOf("people") },
      organisations: { linked: Math.min(linked.organisations, usedKnown("organisation")), new: newOf("organisations") },
      themes: { linked: usedKnown("theme"), new: newOf("themes") },
      quotes: quoted,
      recommendations: {
        linked: Math.min(linked.recommendations, usedKnown("recommendation")),
        new: newOf("recommendations"),
      },
    },
  };
}

/**
 * The 1-based line of `text` that holds an offset, for offsets asked in increasing order: one pass over the text
 * however many are asked (a search for the next line end from each would read a one-paragraph text once per offset).
 */
function lineCounter(text: string): (at: number) => number {
  let line = 1;
  let from = 0;
  return (at) => {
    if (at < from) [line, from] = [1, 0];
    for (; from < at; from++) if (text.charCodeAt(from) === 10) line++;
    return line;
  };
}

/**
 * The remark on a new person (`id`) whose name is a known person's with a slip ("Bartolomew Quig"), if it is one and
 * the registry does not mark the two as two people (`distinctFrom`).
 */
function speltAlike(label: string, id: string, known: KnownEntities): string[] {
  const alike = knownPeopleSpeltAlike(label, known).filter((p) => !p.distinctFrom?.includes(id));
  return alike.length > 0 ? [speltAlikeRemark(alike)] : [];
}
