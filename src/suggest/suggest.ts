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
import { KnownEntities, nameKey, type KnownEntity } from "./known.js";
import { findPeople, type PeopleInText } from "./people.js";
import { isRecommendation, knownRecommendation, recommendationLabel } from "./recommendations.js";
import { attributeSpeech, type ReportedView, type Speech } from "./speech.js";
import {
  paragraphsOf,
  quoteSpansOf,
  sentencesOf,
  slugify,
  trimSpan,
  overlaps,
  type Paragraph,
  type QuoteSpan,
  type Span,
  type Sentence,
} from "./text.js";
import { findNewThemes, newThemeCandidates, nounPhrases, themesIn, type ThemeMatch } from "./themes.js";
import { organisationKind } from "./words.js";

export interface DraftEvidence extends Span {
  quote: string;
  kind: EvidenceKind;
  /** Set when the quote occurs more than once in the text. */
  occurrence?: number;
}

export interface DraftClaim {
  relation: Relation;
  from: string;
  to: string;
  role?: string;
  evidence: DraftEvidence[];
  /** Which part of the file the claim is listed in. */
  group: string;
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

export interface Draft {
  source: string;
  entities: DraftEntity[];
  claims: DraftClaim[];
  /** What was found, for the command's report. */
  found: {
    people: { linked: number; new: number };
    organisations: { linked: number; new: number };
    themes: { linked: number; new: number };
    quotes: number;
    recommendations: { linked: number; new: number };
  };
}

export interface SuggestOptions {
  /** How many new candidate themes to propose at most. */
  newThemes?: number;
}

const DEFAULTS: Required<SuggestOptions> = { newThemes: 8 };

const SECTION_OF = Object.fromEntries(Object.entries(REGISTRY_SECTIONS).map(([s, t]) => [t, s])) as Record<
  Exclude<NodeType, "source">,
  keyof SourceEntities
>;

/** Entities the corpus knows: accepted ones, and those other drafts suggest (so two drafts do not declare one person twice). */
export function knownEntities(raw: RawCorpus, corpus: Corpus, exceptSource: string): KnownEntities {
  const entities: KnownEntity[] = [];
  for (const e of corpus.entities.values()) {
    if (e.type === "source") continue;
    const entity: KnownEntity = { id: e.id, type: e.type, label: e.label, aliases: e.aliases };
    if (e.text !== undefined) entity.text = e.text;
    entities.push(entity);
  }
  const seen = new Set(entities.map((e) => e.id));
  for (const { data } of raw.annotations) {
    if (!data.entities || data.source === exceptSource) continue;
    for (const [section, type] of Object.entries(REGISTRY_SECTIONS) as [keyof SourceEntities, NodeType][]) {
      for (const entry of data.entities[section]) {
        if (seen.has(entry.id)) continue;
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
  return new KnownEntities(entities);
}

const CONSENSUS =
  /^(?:the\s+)?(?:(?:all|both)\s+(?:(?:two|three|four|five|six)\s+)?)?(?:panel|panellists|panelists|panel members|speakers|participants|contributors|witnesses|committee|roundtable)\s+(?:all\s+|also\s+)?(?:agreed|agree|believe|believed|felt|feel|concluded|conclude|accepted|accept|discussed|were united|are united)\b/iu;

const CHAIRING =
  /\b(?:chaired|hosted|moderated|convened|facilitated)\s+by\b|\b(?:chaired|hosted|moderated)\b|\b(?:was|as)\s+(?:the\s+)?(?:chair|host|moderator)\b/iu;

export interface TextAnalysis {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: QuoteSpan[];
  doc: ReturnType<typeof nlp>;
  found: PeopleInText;
  speeches: Speech[];
  reported: ReportedView[];
}

/** Reads a text: its paragraphs, sentences and quotations, the people in it and who said what. */
export function analyseText(text: string, known: KnownEntities): TextAnalysis {
  const paragraphs = paragraphsOf(text);
  const sentences: Sentence[] = paragraphs.flatMap((p) => sentencesOf(text, p));
  const quotes = quoteSpansOf(text);
  const doc = nlp(text);
  const nlpPeople = (
    doc.match("#Person+").json({ offset: true }) as { offset: { start: number; length: number } }[]
  ).map((m) => ({ start: m.offset.start, end: m.offset.start + m.offset.length }));
  const found = findPeople(text, paragraphs, sentences, { known, nlpPeople });
  const { speeches, reported } = attributeSpeech(text, paragraphs, sentences, quotes, found);
  return { paragraphs, sentences, quotes, doc, found, speeches, reported };
}

export function suggestAnnotations(
  source: LoadedSource,
  known: KnownEntities,
  takenIds: Set<string>,
  options: SuggestOptions = {},
): Draft {
  const settings = { ...DEFAULTS, ...options };
  const text = source.text;
  const sourceId = source.meta.id;
  const { paragraphs, sentences, doc, found, speeches, reported } = analyseText(text, known);

  const entities: DraftEntity[] = [];
  const ids = new Set(takenIds);
  const newId = (name: string) => {
    const base = slugify(name);
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };
  const declare = (type: Exclude<NodeType, "source">, entity: Omit<DraftEntity, "section" | "id">, id?: string) => {
    const declared: DraftEntity = { section: SECTION_OF[type], id: id ?? newId(entity.label), ...entity };
    entities.push(declared);
    return declared.id;
  };

  // People: linked to the corpus by name (titles and case aside), or new.
  const personId = new Map<string, string>();
  const surnames = new Map<string, number>();
  for (const p of found.people.values()) {
    const surname = p.label.split(/\s+/u).at(-1)!;
    surnames.set(surname, (surnames.get(surname) ?? 0) + 1);
  }
  let linkedPeople = 0;
  for (const person of [...found.people.values()].sort((a, b) => a.first - b.first)) {
    const knownPerson =
      known.byName("person", person.label) ?? (person.titled && known.byName("person", person.titled));
    if (knownPerson) {
      personId.set(person.key, knownPerson.id);
      linkedPeople++;
      continue;
    }
    const surname = person.label.split(/\s+/u).at(-1)!;
    const aliases = [
      person.titled,
      surnames.get(surname) === 1 && !known.byName("person", surname) ? surname : undefined,
    ];
    personId.set(
      person.key,
      declare("person", {
        label: person.label,
        aliases: aliases.filter((a): a is string => a !== undefined),
        first: person.first,
        comment: `new person: ${[...person.signals].sort().join(", ")}`,
      }),
    );
  }

  // Organisations.
  const organisationId = new Map<string, string>();
  let linkedOrganisations = 0;
  for (const org of [...found.organisations.values()].sort((a, b) => a.first - b.first)) {
    const knownOrg = known.byId.has(org.key) ? known.byId.get(org.key) : known.byName("organisation", org.label);
    if (knownOrg) {
      organisationId.set(org.key, knownOrg.id);
      linkedOrganisations++;
      continue;
    }
    organisationId.set(
      org.key,
      declare("organisation", { label: org.label, aliases: [], kind: organisationKind(org.label), first: org.first }),
    );
  }
  const orgIdOfLabel = (label: string) => organisationId.get(known.byName("organisation", label)?.id ?? nameKey(label));

  // Names of people and organisations: themes are never read inside them ("Levelling Up Commission").
  const names: Span[] = [
    ...found.mentions,
    ...[...found.organisations.values()].flatMap((o) => o.spans),
    ...found.roles.map((r) => r.evidence),
  ];

  // Themes: known ones by name, and new candidates from repeated noun phrases.
  const knownThemes: ThemeMatch[] = known
    .find(text, ["theme"])
    .map((m) => ({ start: m.start, end: m.end, theme: m.id }));
  const candidates = newThemeCandidates(text, nounPhrases(doc), known, names, settings.newThemes);
  const newThemeMatches = findNewThemes(text, candidates);
  const themeId = new Map<string, string>();
  for (const t of candidates) {
    themeId.set(
      t.key,
      declare("theme", {
        label: t.label,
        aliases: [],
        first: t.first,
        description: `New candidate theme: a noun phrase this source uses ${t.count} times.`,
        comment: `new theme: "${t.key}" occurs ${t.count} times; keep it, merge it into a registry theme, or delete it`,
      }),
    );
  }
  const idOfTheme = (m: ThemeMatch) => themeId.get(m.theme) ?? m.theme;
  const themesOf = (span: Span) => [...new Set(themesIn(span, knownThemes, newThemeMatches, names).map(idOfTheme))];

  // Claims, merged by (relation, from, to, role).
  const claims = new Map<string, DraftClaim>();
  const claim = (
    group: string,
    relation: Relation,
    from: string,
    to: string,
    evidence: Span,
    kind: EvidenceKind,
    role?: string,
  ) => {
    const key = `${relation} ${from} ${to} ${role ?? ""}`;
    let c = claims.get(key);
    if (!c) {
      c = { relation, from, to, evidence: [], group };
      if (role !== undefined) c.role = role;
      claims.set(key, c);
    }
    const span = trimSpan(text, evidence);
    if (span.end > span.start && !c.evidence.some((e) => e.start === span.start && e.end === span.end)) {
      c.evidence.push({ ...span, quote: text.slice(span.start, span.end), kind });
    }
  };

  // Roles: one affiliation per person and organisation, with the role as first stated.
  for (const statement of found.roles) {
    if (!statement.organisation || !personId.has(statement.person)) continue;
    const org = orgIdOfLabel(statement.organisation.label);
    if (!org) continue;
    const person = personId.get(statement.person)!;
    const first = [...claims.values()].find(
      (c) => c.relation === "affiliated-with" && c.from === person && c.to === org,
    );
    claim(
      "affiliations",
      "affiliated-with",
      person,
      org,
      statement.evidence,
      "reported",
      first?.role ?? statement.role,
    );
  }

  // The panel: who chaired it, who spoke in it, as one suggested session of this source.
  const chairs: { person: string; sentence: Span }[] = [];
  for (const s of sentences) {
    const passage = text.slice(s.start, s.end);
    if (!CHAIRING.test(passage)) continue;
    const inSentence = found.mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    const verbAt = s.start + passage.search(CHAIRING);
    const chair = inSentence.find((m) => m.start > verbAt) ?? inSentence.filter((m) => m.end <= verbAt).at(-1);
    if (chair && !chairs.some((c) => c.person === chair.person)) chairs.push({ person: chair.person, sentence: s });
  }
  const speakers = [...new Set(speeches.map((s) => s.speaker))];
  const panellists = [...found.people.keys()].filter(
    (p) => !chairs.some((c) => c.person === p) && (speakers.includes(p) || found.roles.some((r) => r.person === p)),
  );
  let panel: string | undefined;
  if (chairs.length > 0 || panellists.length >= 2) {
    const first = Math.min(...[...chairs.map((c) => c.sentence.start), ...found.roles.map((r) => r.evidence.start)]);
    const session = declare(
      "session",
      {
        label: `Panel: ${source.meta.title}`,
        aliases: [],
        first,
        comment: "the panel this source reports; if the registry already has it, use that id instead",
      },
      newId(`${sourceId}-panel`),
    );
    panel = session;
    for (const c of chairs) claim("panel", "chaired", personId.get(c.person)!, session, c.sentence, "reported");
    for (const p of panellists) {
      const statement = found.roles.find((r) => r.person === p);
      const evidence = statement?.evidence ?? speeches.find((s) => s.speaker === p)?.sentences[0];
      if (evidence)
        claim("panel", "panellist-in", personId.get(p)!, session, evidence, statement ? "reported" : "direct-quote");
    }
    const introduced = chairs[0]?.sentence ?? found.roles.find((r) => panellists.includes(r.person))?.evidence;
    if (introduced) claim("panel", "reported-in", session, sourceId, introduced, "reported");
  }

  // What each person said: themes, organisations named, recommendations.
  const recommendationId = new Map<string, string>();
  let linkedRecommendations = 0;
  const recommend = (from: string, sentence: Span, kind: EvidenceKind, group: string) => {
    const span = trimSpan(text, sentence);
    const passage = text.slice(span.start, span.end);
    let id = recommendationId.get(passage);
    if (!id) {
      const match = knownRecommendation(passage, known);
      if (match) linkedRecommendations++;
      id =
        match?.id ??
        declare("recommendation", {
          label: recommendationLabel(passage),
          aliases: [],
          text: passage,
          first: span.start,
        });
      recommendationId.set(passage, id);
    }
    claim(group, "recommends", from, id, span, kind);
    for (const theme of themesOf(span)) claim(group, "addresses", id, theme, span, kind);
  };
  const orgsIn = (span: Span) =>
    [...found.organisations.values()]
      .filter((o) => o.spans.some((s) => s.start >= span.start && s.end <= span.end))
      .map((o) => organisationId.get(o.key)!);
  const programmes = known.find(text, ["programme"]);
  const programmesIn = (span: Span) =>
    programmes.filter((m) => m.start >= span.start && m.end <= span.end).map((m) => m.id);

  for (const speech of speeches) {
    const speaker = personId.get(speech.speaker);
    if (!speaker) continue;
    const group = `person ${speaker}`;
    for (const s of speech.sentences) {
      for (const theme of themesOf(s)) claim(group, "spoke-on", speaker, theme, s, "direct-quote");
      for (const to of [...orgsIn(s), ...programmesIn(s)]) claim(group, "mentions", speaker, to, s, "direct-quote");
      if (isRecommendation(text.slice(s.start, s.end))) recommend(speaker, s, "direct-quote", group);
    }
  }
  for (const view of reported) {
    const person = personId.get(view.person);
    if (!person) continue;
    const group = `person ${person}`;
    for (const theme of themesOf(view.sentence)) claim(group, "spoke-on", person, theme, view.sentence, "reported");
    if (isRecommendation(text.slice(view.sentence.start, view.sentence.end))) {
      recommend(person, view.sentence, "reported", group);
    }
  }

  // The source's own voice: recommendations in narrative (made by the organisation it names first, if any),
  // themes in its headings, organisations and programmes it names.
  const inSpeech = (s: Span) => speeches.some((sp) => overlaps(sp.quote.inner, s));
  const isRoleLine = (s: Span) => found.roles.some((r) => overlaps(r.evidence, s));
  for (const s of sentences) {
    if (inSpeech(s) || reported.some((r) => overlaps(r.sentence, s))) continue;
    const paragraph = paragraphs[s.paragraph]!;
    const span = trimSpan(text, s);
    if (paragraph.heading) {
      for (const theme of themesOf(span)) claim("source", "covers", sourceId, theme, span, "reported");
      continue;
    }
    if (CONSENSUS.test(text.slice(span.start, span.end))) {
      // "The panellists agreed that …": what the panel concluded, a finding it states rather than a proposal.
      const passage = text.slice(span.start, span.end);
      const finding = declare("finding", {
        label: recommendationLabel(passage),
        aliases: [],
        text: passage,
        first: span.start,
      });
      claim("source", "states", panel ?? sourceId, finding, span, "summary");
      for (const theme of themesOf(span)) claim("source", "addresses", finding, theme, span, "summary");
      continue;
    }
    if (isRecommendation(text.slice(span.start, span.end))) {
      // "The Health Foundation has suggested that …": an organisation opening the sentence makes it.
      const subject = [...found.organisations.values()].find((o) =>
        o.spans.some((x) => x.start >= span.start && x.start - span.start < 8),
      );
      recommend(subject ? organisationId.get(subject.key)! : sourceId, span, "reported", "source");
    }
    if (!isRoleLine(s)) {
      for (const to of [...orgsIn(span), ...programmesIn(span)])
        claim("source", "mentions", sourceId, to, span, "reported");
    }
  }
  for (const t of candidates) {
    const at = newThemeMatches.find((m) => m.theme === t.key);
    const s = at && sentences.find((x) => x.start <= at.start && at.end <= x.end);
    if (s) claim("source", "covers", sourceId, themeId.get(t.key)!, s, "reported");
  }

  // Evidence order and occurrence numbers; claims grouped, then by their first passage.
  const groupOrder = (g: string) => (g === "panel" ? 0 : g === "affiliations" ? 1 : g === "source" ? 3 : 2);
  const firstOf = (c: DraftClaim) => Math.min(...c.evidence.map((e) => e.start));
  const speakerOrder = new Map(
    [...claims.values()]
      .filter((c) => c.group.startsWith("person "))
      .sort((a, b) => firstOf(a) - firstOf(b))
      .map((c) => c.group)
      .filter((g, i, all) => all.indexOf(g) === i)
      .map((g, i) => [g, i]),
  );
  const relationOrder: Relation[] = [
    "states",
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
  const ordered = [...claims.values()]
    .filter((c) => c.evidence.length > 0)
    .map((c) => {
      c.evidence.sort((a, b) => a.start - b.start || a.end - b.end);
      for (const e of c.evidence) {
        const occurrences: number[] = [];
        for (let i = text.indexOf(e.quote); i !== -1; i = text.indexOf(e.quote, i + 1)) occurrences.push(i);
        if (occurrences.length > 1) e.occurrence = occurrences.indexOf(e.start) + 1;
      }
      return c;
    })
    .sort(
      (a, b) =>
        groupOrder(a.group) - groupOrder(b.group) ||
        (speakerOrder.get(a.group) ?? 0) - (speakerOrder.get(b.group) ?? 0) ||
        (a.relation === "addresses" ? 1 : 0) - (b.relation === "addresses" ? 1 : 0) ||
        firstOf(a) - firstOf(b) ||
        relationOrder.indexOf(a.relation) - relationOrder.indexOf(b.relation) ||
        a.from.localeCompare(b.from) ||
        a.to.localeCompare(b.to),
    );

  // Entities no claim uses are left out (a new organisation named only in passing inside a role line, say).
  const used = new Set(ordered.flatMap((c) => [c.from, c.to]));
  const declared = entities
    .filter((e) => used.has(e.id))
    .sort(
      (a, b) =>
        Object.keys(REGISTRY_SECTIONS).indexOf(a.section) - Object.keys(REGISTRY_SECTIONS).indexOf(b.section) ||
        a.first - b.first ||
        a.id.localeCompare(b.id),
    );
  const usedKnown = (type: NodeType) => [...used].filter((id) => known.byId.get(id)?.type === type).length;
  const newOf = (section: keyof SourceEntities) => declared.filter((e) => e.section === section).length;
  return {
    source: sourceId,
    entities: declared,
    claims: ordered,
    found: {
      people: { linked: Math.min(linkedPeople, usedKnown("person")), new: newOf("people") },
      organisations: { linked: Math.min(linkedOrganisations, usedKnown("organisation")), new: newOf("organisations") },
      themes: { linked: usedKnown("theme"), new: newOf("themes") },
      quotes: speeches.length,
      recommendations: {
        linked: Math.min(linkedRecommendations, usedKnown("recommendation")),
        new: newOf("recommendations"),
      },
    },
  };
}
