// A synthetic corpus in panelgraph's own annotation format, for `npm run bench`: sources with text and metadata, a
// registry (aliases, a theme hierarchy) and one annotation file per source whose quotes are real substrings of the
// generated texts. Deterministic: the same size and seed give the same bytes.
//
// Structure, meant to look like an inquiry programme: sessions grouped into inquiries; each inquiry has its own
// themes, people and organisations (so the graph has communities), with some crossing over; speaker activity is
// Zipf-like (a few people give evidence in dozens of sessions, most in one); every session has its panellists, a chair,
// the themes it covered, recommendations and findings. Sizes name nodes; edges come out at about 5× nodes.
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { mulberry32 } from "../src/analysis/random.js";

export interface GenerateOptions {
  /** Nodes in the built graph (every entity and every source is one node). */
  nodes: number;
  seed: number;
}

export interface GeneratedCorpus {
  dir: string;
  /** Nodes the graph will have, by type. */
  nodes: Record<string, number>;
  claims: number;
  evidence: number;
  bytes: number;
}

type Random = () => number;

// ---- names ------------------------------------------------------------------------------------------------------

const SYLLABLES = [
  "ka", "lo", "mer", "van", "del", "ri", "sto", "bel", "mon", "tar", "ven", "ash", "dun", "fal", "gor", "hal",
  "ing", "jas", "kel", "lin", "mar", "nor", "ost", "pen", "quin", "ros", "sel", "tun", "ul", "vor", "wes", "yar",
  "zan", "bro", "cal", "dra", "el", "fen", "gil", "har",
]; // prettier-ignore
const FIRST_NAMES = [
  "Alex", "Amira", "Ben", "Chloe", "Dev", "Elena", "Farah", "George", "Hana", "Ian", "Jo", "Kwame", "Laura", "Marek",
  "Nadia", "Owen", "Priya", "Quentin", "Rosa", "Sam", "Tariq", "Una", "Victor", "Wen", "Yusuf", "Zoe", "Aoife",
  "Bilal", "Carmen", "Dafydd", "Eilidh", "Femi", "Grace", "Hamish", "Ines", "Jonah", "Kiran", "Leah", "Mo", "Niamh",
]; // prettier-ignore
const TOPICS = [
  "housing", "broadband", "skills", "public health", "transport", "social care", "high streets", "energy bills",
  "child poverty", "flood defence", "mental health", "apprenticeships", "bus services", "air quality", "policing",
  "adult education", "water quality", "rural services", "town centres", "youth services", "primary care",
  "digital inclusion", "food security", "homelessness", "research funding", "local finance", "heritage", "sport",
]; // prettier-ignore
const TOPIC_SYNONYMS: Record<string, string> = {
  housing: "homes", broadband: "connectivity", skills: "training", "public health": "population health",
  transport: "travel", "social care": "care services", "high streets": "retail centres", "energy bills": "fuel costs",
  "child poverty": "children in poverty", "flood defence": "flood protection", "mental health": "wellbeing services",
  apprenticeships: "work-based learning", "bus services": "local buses", "air quality": "clean air",
  policing: "community safety", "adult education": "lifelong learning", "water quality": "rivers and water",
  "rural services": "countryside services", "town centres": "urban centres", "youth services": "services for young people",
  "primary care": "GP services", "digital inclusion": "digital access", "food security": "food supply",
  homelessness: "rough sleeping", "research funding": "R&D funding", "local finance": "council budgets",
  heritage: "historic places", sport: "physical activity",
}; // prettier-ignore
const ASPECTS = [
  "Funding", "Workforce", "Governance", "Access", "Outcomes", "Regulation", "Data", "Investment", "Delivery",
  "Inequalities", "Planning", "Partnerships",
]; // prettier-ignore
const ASPECT_SYNONYMS: Record<string, string> = {
  Funding: "money for", Workforce: "staff in", Governance: "oversight of", Access: "reach of", Outcomes: "results in",
  Regulation: "rules on", Data: "evidence on", Investment: "capital for", Delivery: "running of",
  Inequalities: "gaps in", Planning: "plans for", Partnerships: "joint working on",
}; // prettier-ignore
const ORG_FORMS: [string, string][] = [
  ["Borough Council", "local-authority"],
  ["County Council", "local-authority"],
  ["Institute", "think-tank"],
  ["Trust", "charity"],
  ["Foundation", "charity"],
  ["NHS Trust", "nhs"],
  ["Combined Authority", "public-body"],
  ["Chamber of Commerce", "network"],
  ["College", "professional-body"],
  ["Network", "network"],
];
const ROLES = [
  "Chief Executive",
  "Director of Policy",
  "Senior Fellow",
  "Head of Research",
  "Cabinet Member",
  "Chair",
  "Programme Lead",
  "Chief Economist",
];
const PROGRAMME_FORMS: [string, string][] = [
  ["Growth Fund", "programme"],
  ["Strategy", "policy"],
  ["Act", "legislation"],
  ["Partnership Board", "structure"],
  ["Plan", "plan"],
];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"];
const DIRECT_QUOTES = [
  (theme: string, n: number) => `On ${theme}, we have counted ${n} cases where the money arrived too late.`,
  (theme: string, n: number) => `What I would say about ${theme} is that the last ${n} months have shown what works.`,
  (theme: string, n: number) => `We cannot talk about ${theme} without the ${n} families we’ve met this year.`,
  (theme: string, n: number) => `If you look at ${theme}, ${n} of our members say the system is failing them.`,
  (theme: string, n: number) => `Honestly, ${theme} needs a ten-year settlement, not ${n} separate bids.`,
];
const REPORTED = [
  (person: string, theme: string, n: number) => `${person} argued that ${theme} had been overlooked for ${n} years.`,
  (person: string, theme: string, n: number) => `${person} set out ${n} ways in which ${theme} could be improved.`,
  (person: string, theme: string, n: number) => `${person} warned that ${theme} was ${n} per cent below target.`,
];

/** Distinct capitalised words for `count` things: fixed-length syllable codes under a bijective shuffle of the index. */
function codeWords(count: number, salt: number): string[] {
  let length = 2;
  while (SYLLABLES.length ** length < count) length++;
  const space = SYLLABLES.length ** length;
  // 7919 is prime and not a factor of 40^length, so i → i·7919 + salt (mod space) is a bijection.
  return Array.from({ length: count }, (_, i) => {
    let code = (i * 7919 + salt) % space;
    let word = "";
    for (let k = 0; k < length; k++) {
      word += SYLLABLES[code % SYLLABLES.length];
      code = Math.floor(code / SYLLABLES.length);
    }
    return word[0]!.toUpperCase() + word.slice(1);
  });
}

/** One YAML list entry, `indent` spaces in; fields left undefined are not written. */
function entry(fields: [string, string | undefined][], indent = 2): string {
  const pad = " ".repeat(indent);
  return (
    fields
      .filter(([, v]) => v !== undefined)
      .map(([k, v], i) => `${pad}${i === 0 ? "- " : "  "}${k}: ${v}`)
      .join("\n") + "\n"
  );
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

// ---- sampling -----------------------------------------------------------------------------------------------------

/** Draws indexes 0…n-1 with probability ∝ 1/(rank+1)^exponent: the first few items are drawn far more often. */
class Zipf {
  readonly #cumulative: Float64Array;
  constructor(n: number, exponent = 1.1) {
    this.#cumulative = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) this.#cumulative[i] = sum += 1 / (i + 1) ** exponent;
  }
  draw(random: Random): number {
    const c = this.#cumulative;
    const target = random() * c[c.length - 1]!;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (c[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)]!;

/** A pool of items whose first entries are the most active (Zipf ranks). */
class Pool<T> {
  readonly #zipf: Zipf;
  constructor(readonly items: T[]) {
    this.#zipf = new Zipf(Math.max(1, items.length));
  }
  draw(random: Random): T {
    return this.items[this.#zipf.draw(random)]!;
  }
}

// ---- the entities -------------------------------------------------------------------------------------------------

interface Person {
  id: string;
  label: string;
  alias: string;
  role: string;
  inquiry: number;
  organisation?: Organisation;
}
interface Organisation {
  id: string;
  label: string;
  kind: string;
  inquiry: number;
}
interface Theme {
  id: string;
  label: string;
  alias: string;
  parent?: Theme;
  /** Children of a root: which of ASPECTS they are. */
  aspect?: number;
  inquiry: number;
}
interface Programme {
  id: string;
  label: string;
  kind: string;
  inquiry: number;
  themes: Theme[];
}
interface Inquiry {
  id: string;
  label: string;
  organiser: Organisation;
  sessions: Session[];
}
interface Session {
  id: string;
  label: string;
  number: number;
  inquiry: number;
  source: string;
  date: string;
  recommendations: { id: string; label: string; text: string; themes: Theme[] }[];
  findings: { id: string; label: string; text: string; theme: Theme }[];
}

/** How many nodes of each type a corpus of `nodes` nodes has (people take what is left). */
export function plannedNodes(nodes: number): Record<string, number> {
  const sessions = Math.max(2, Math.round(nodes * 0.04));
  const plan = {
    source: sessions,
    event: Math.max(1, Math.round(sessions / 8)),
    session: sessions,
    person: 0,
    organisation: Math.max(2, Math.round(nodes * 0.07)),
    theme: Math.max(4, Math.round(nodes * 0.12)),
    programme: Math.max(1, Math.round(nodes * 0.03)),
    recommendation: sessions * 3,
    finding: sessions * 2,
  };
  plan.person = nodes - Object.values(plan).reduce((sum, n) => sum + n, 0);
  if (plan.person < 4) throw new Error(`a corpus needs at least 100 nodes (asked for ${nodes})`);
  return plan;
}

/** Writes the corpus into `dir` (which should be empty or not exist). */
export function generateCorpus(dir: string, options: GenerateOptions): GeneratedCorpus {
  const random = mulberry32(options.seed);
  const plan = plannedNodes(options.nodes);
  const inquiryCount = plan.event!;

  // Themes: a forest, a fifth of them roots; each root belongs to an inquiry, children follow their parent.
  const themeCodes = codeWords(plan.theme!, options.seed % 997);
  const themes: Theme[] = [];
  const roots = Math.max(1, Math.ceil(plan.theme! * 0.2));
  const children = new Map<Theme, number>();
  for (let i = 0; i < plan.theme!; i++) {
    if (i < roots) {
      const topic = TOPICS[i % TOPICS.length]!;
      const label = `${themeCodes[i]} ${topic}`;
      themes.push({
        id: slug(label),
        label,
        alias: `${themeCodes[i]} ${TOPIC_SYNONYMS[topic]}`,
        inquiry: i % inquiryCount,
      });
      continue;
    }
    // A parent among the themes above depth 2 with room for another aspect.
    let parent: Theme;
    do parent = themes[Math.floor(random() * Math.min(themes.length, roots * 3))]!;
    while (parent.parent?.parent !== undefined || (children.get(parent) ?? 0) >= ASPECTS.length - 1);
    const count = children.get(parent) ?? 0;
    children.set(parent, count + 1);
    if (parent.parent === undefined) {
      // "Funding of Kelvaro housing"
      const aspect = ASPECTS[count]!;
      themes.push({
        id: slug(`${aspect} of ${parent.label}`),
        label: `${aspect} of ${parent.label}`,
        alias: `${ASPECT_SYNONYMS[aspect]} ${parent.alias}`,
        parent,
        aspect: count,
        inquiry: parent.inquiry,
      });
    } else {
      // "Funding of Kelvaro housing: workforce", never the parent's own aspect again.
      const aspect = ASPECTS[(parent.aspect! + 1 + count) % ASPECTS.length]!.toLowerCase();
      themes.push({
        id: slug(`${parent.label} ${aspect}`),
        label: `${parent.label}: ${aspect}`,
        alias: `${parent.alias} (${aspect})`,
        parent,
        inquiry: parent.inquiry,
      });
    }
  }

  const orgCodes = codeWords(plan.organisation!, (options.seed + 11) % 997);
  const organisations: Organisation[] = orgCodes.map((code, i) => {
    const [form, kind] = ORG_FORMS[i % ORG_FORMS.length]!;
    const label = `${code} ${form}`;
    // A tenth are national bodies that give evidence to every inquiry.
    return { id: slug(label), label, kind, inquiry: i % 10 === 9 ? -1 : i % inquiryCount };
  });

  const surnames = codeWords(plan.person!, (options.seed + 23) % 997);
  const people: Person[] = surnames.map((surname, i) => {
    const first = FIRST_NAMES[(i * 7) % FIRST_NAMES.length]!;
    const label = `${first} ${surname}`;
    return {
      id: slug(label),
      label,
      alias: `${first[0]}. ${surname}`,
      role: ROLES[i % ROLES.length]!,
      inquiry: Math.floor(random() * inquiryCount),
    };
  });
  // Four in five people give evidence; the rest are only named by others.
  const speakers = people.filter((_, i) => i % 5 !== 4);
  const named = people.filter((_, i) => i % 5 === 4);

  const programmeCodes = codeWords(plan.programme!, (options.seed + 37) % 997);
  const programmes: Programme[] = programmeCodes.map((code, i) => {
    const [form, kind] = PROGRAMME_FORMS[i % PROGRAMME_FORMS.length]!;
    const label = `${code} ${form}`;
    return { id: slug(label), label, kind, inquiry: i % inquiryCount, themes: [] };
  });

  // Per inquiry: its pools, most active first.
  const byInquiry = <T extends { inquiry: number }>(items: T[]) =>
    Array.from({ length: inquiryCount }, (_, q) => items.filter((item) => item.inquiry === q));
  const themePools = byInquiry(themes).map((list) => new Pool(list.length ? list : themes));
  const speakerPools = byInquiry(speakers).map((list) => new Pool(list.length ? list : speakers));
  const national = organisations.filter((o) => o.inquiry === -1);
  const orgPools = byInquiry(organisations).map((list) => new Pool([...list, ...national]));
  const programmePools = byInquiry(programmes).map((list) => new Pool(list.length ? list : programmes));
  const allThemes = new Pool(themes);
  const allSpeakers = new Pool(speakers);
  const allNamed = new Pool(named.length ? named : people);

  // Every organisation has at least one member; the rest join organisations of their inquiry, big ones most often.
  speakers.forEach((person, i) => {
    person.organisation =
      i < organisations.length ? organisations[i]! : (orgPools[person.inquiry]!.draw(random) ?? organisations[0]!);
  });
  for (const programme of programmes) {
    programme.themes = [themePools[programme.inquiry]!.draw(random)];
    const other = themePools[programme.inquiry]!.draw(random);
    if (other !== programme.themes[0]) programme.themes.push(other);
  }

  // Inquiries and their sessions: sessions are dealt out to inquiries in turn.
  const inquiryCodes = codeWords(inquiryCount, (options.seed + 41) % 997);
  const inquiries: Inquiry[] = inquiryCodes.map((code, q) => {
    const label = `${code} Inquiry into ${TOPICS[q % TOPICS.length]}`;
    return {
      id: slug(label),
      label,
      organiser: orgPools[q]!.items[0] ?? organisations[0]!,
      sessions: [],
    };
  });
  const sessions: Session[] = [];
  for (let s = 0; s < plan.session!; s++) {
    const inquiry = inquiries[s % inquiryCount]!;
    const number = inquiry.sessions.length + 1;
    const label = `${inquiry.label}: session ${number}`;
    const id = slug(label);
    const session: Session = {
      id,
      label,
      number,
      inquiry: s % inquiryCount,
      source: `${id}-transcript`,
      date: `${2019 + (s % 6)}-${String(1 + (s % 10)).padStart(2, "0")}-${String(1 + (s % 28)).padStart(2, "0")}`,
      recommendations: [],
      findings: [],
    };
    inquiry.sessions.push(session);
    sessions.push(session);
  }

  // Who speaks where: every speaker once in a session of their inquiry (dealt in turn), then more appearances by Zipf.
  const panels = sessions.map(() => new Set<Person>());
  const sessionsOf = (q: number) => inquiries[q]!.sessions;
  const sessionIndex = new Map(sessions.map((s, i) => [s, i]));
  const dealt = new Map<number, number>();
  for (const person of speakers) {
    const list = sessionsOf(person.inquiry);
    const turn = dealt.get(person.inquiry) ?? 0;
    dealt.set(person.inquiry, turn + 1);
    panels[sessionIndex.get(list[turn % list.length]!)!]!.add(person);
  }
  panels.forEach((panel, s) => {
    if (panel.size === 0) panel.add(speakerPools[sessions[s]!.inquiry]!.draw(random));
  });
  const extraAppearances = Math.round(speakers.length * 0.5);
  for (let k = 0; k < extraAppearances; k++) {
    const s = Math.floor(random() * sessions.length);
    const q = sessions[s]!.inquiry;
    panels[s]!.add(random() < 0.85 ? speakerPools[q]!.draw(random) : allSpeakers.draw(random));
  }

  // Every theme is covered somewhere: themes are dealt to the sessions of their inquiry, then more by Zipf.
  const covers = sessions.map(() => new Set<Theme>());
  const dealtThemes = new Map<number, number>();
  for (const theme of themes) {
    const list = sessionsOf(theme.inquiry);
    const turn = dealtThemes.get(theme.inquiry) ?? 0;
    dealtThemes.set(theme.inquiry, turn + 1);
    covers[sessionIndex.get(list[turn % list.length]!)!]!.add(theme);
  }
  sessions.forEach((session, s) => {
    while (covers[s]!.size < 6) covers[s]!.add(themePools[session.inquiry]!.draw(random));
  });

  // Recommendations and findings, three and two a session.
  const VERBS = ["Fund", "Devolve", "Measure", "Protect", "Join up", "Invest in"];
  const FINDINGS = [
    "lags behind the national average",
    "improved where councils pooled budgets",
    "depends on volunteers",
  ];
  for (const session of sessions) {
    const focus = [...covers[sessionIndex.get(session)!]!];
    for (let k = 1; k <= 3; k++) {
      const a = pick(focus, random);
      const b = themePools[session.inquiry]!.draw(random);
      const verb = VERBS[(session.number + k) % VERBS.length]!;
      const label = `${verb} ${a.label.toLowerCase()} (${session.label}, recommendation ${k})`;
      const text = `${verb} ${a.label.toLowerCase()} and link it to ${b.label.toLowerCase()} within ${k + 1} years.`;
      session.recommendations.push({ id: slug(`${session.id}-r${k}`), label, text, themes: a === b ? [a] : [a, b] });
    }
    for (let k = 1; k <= 2; k++) {
      const theme = pick(focus, random);
      const label = `${theme.label} ${FINDINGS[k % FINDINGS.length]} (${session.label}, finding ${k})`;
      const text = `We found that ${theme.label.toLowerCase()} ${FINDINGS[k % FINDINGS.length]}, according to ${k + 2} witnesses.`;
      session.findings.push({ id: slug(`${session.id}-f${k}`), label, text, theme });
    }
  }

  // ---- files ------------------------------------------------------------------------------------------------------
  mkdirSync(join(dir, "sources"), { recursive: true });
  mkdirSync(join(dir, "annotations"), { recursive: true });
  let bytes = 0;
  let claimCount = 0;
  let evidenceCount = 0;
  const write = (path: string, content: string) => {
    writeFileSync(join(dir, path), content);
    bytes += Buffer.byteLength(content);
  };
  const q = (text: string) => JSON.stringify(text);

  const mentionedProgrammes = new Set<Programme>();
  const mentionedNamed = new Set<Person>();
  // Programmes and named-only people are dealt out too, so each is mentioned at least once.
  const programmeTurn = sessions.map(() => [] as Programme[]);
  programmes.forEach((p, i) => programmeTurn[i % sessions.length]!.push(p));
  const namedTurn = sessions.map(() => [] as Person[]);
  named.forEach((p, i) => namedTurn[i % sessions.length]!.push(p));

  sessions.forEach((session, s) => {
    const inquiry = inquiries[session.inquiry]!;
    const panel = [...panels[s]!];
    const chair = panel[0]!;
    const lines: string[] = [];
    // One claim per (relation, from, to): a second passage for the same connection joins the first claim's evidence.
    type Kind = "direct-quote" | "reported" | "summary";
    const claims = new Map<
      string,
      { relation: string; from: string; to: string; role?: string; evidence: [string, Kind][] }
    >();
    let counter = 10 + (s % 7);
    const next = () => (counter += 1 + Math.floor(random() * 3));
    const claim = (relation: string, from: string, to: string, evidence: [string, Kind][], role?: string) => {
      const key = `${relation} ${from} ${to}`;
      const known = claims.get(key);
      if (known) known.evidence.push(...evidence.filter(([quote]) => !known.evidence.some(([k]) => k === quote)));
      else claims.set(key, { relation, from, to, evidence: [...evidence], ...(role === undefined ? {} : { role }) });
    };

    const [year, month, day] = session.date.split("-").map(Number) as [number, number, number];
    lines.push(`${session.label}`, "");
    const when = `The session took place on ${day} ${MONTHS[month - 1]} ${year}.`;
    const partOf = `${session.label} was held as part of the ${inquiry.label}.`;
    const runBy = `The ${inquiry.label} is run by the ${inquiry.organiser.label}.`;
    lines.push(`${partOf} ${when} ${runBy}`);
    claim("part-of", session.id, inquiry.id, [[partOf, "reported"]]);
    claim("reported-in", session.id, session.source, [[partOf, "reported"]]);
    claim("organised-by", session.id, inquiry.organiser.id, [[runBy, "reported"]]);
    claim("organised-by", inquiry.id, inquiry.organiser.id, [[runBy, "reported"]]);

    const introductions = new Map<Person, string>();
    const chaired = `${chair.label}, ${chair.role} at the ${chair.organisation!.label}, chaired the session.`;
    introductions.set(chair, chaired);
    lines.push(chaired);
    claim("chaired", chair.id, session.id, [[chaired, "reported"]]);
    for (const person of panel.slice(1)) {
      const intro = `${person.label}, ${person.role} at the ${person.organisation!.label}, gave evidence.`;
      introductions.set(person, intro);
      lines.push(intro);
    }
    for (const person of panel) {
      const intro = introductions.get(person)!;
      if (person !== chair) claim("panellist-in", person.id, session.id, [[intro, "reported"]]);
      claim("affiliated-with", person.id, person.organisation!.id, [[intro, "reported"]], person.role);
    }
    lines.push("");

    const focus = [...covers[s]!];
    const covered = `The session covered ${focus.map((t) => t.label.toLowerCase()).join(", ")}.`;
    lines.push(covered);
    for (const theme of focus) claim("covers", session.id, theme.id, [[covered, "summary"]]);
    lines.push("");

    // Testimony: each panellist on two to five themes, mostly the session's own, in their own words or reported.
    const raised = new Map<Theme, Person[]>();
    for (const person of panel) {
      const count = 2 + Math.floor(random() * 5);
      const spoken = new Set<Theme>();
      for (let k = 0; k < count; k++) {
        spoken.add(
          random() < 0.7
            ? pick(focus, random)
            : random() < 0.8
              ? themePools[session.inquiry]!.draw(random)
              : allThemes.draw(random),
        );
      }
      for (const theme of spoken) {
        const evidence: [string, Kind][] = [];
        const label = theme.label.toLowerCase();
        if (random() < 0.75) {
          const quote = pick(DIRECT_QUOTES, random)(label, next());
          lines.push(`${person.label} said: “${quote}”`);
          evidence.push([quote, "direct-quote"]);
        }
        if (evidence.length === 0 || random() < 0.3) {
          const sentence = pick(REPORTED, random)(person.label, label, next());
          lines.push(sentence);
          evidence.push([sentence, "reported"]);
        }
        claim("spoke-on", person.id, theme.id, evidence);
        raised.set(theme, [...(raised.get(theme) ?? []), person]);
      }
      // Mentions: an organisation, a programme, a person only named, a theme.
      const mentions: { id: string; label: string }[] = [];
      if (random() < 0.6) mentions.push(orgPools[session.inquiry]!.draw(random));
      if (random() < 0.5) {
        const programme = programmePools[session.inquiry]!.draw(random);
        mentions.push(programme);
        mentionedProgrammes.add(programme);
      }
      if (random() < 0.3) {
        const other = allNamed.draw(random);
        mentions.push(other);
        mentionedNamed.add(other);
      }
      for (const target of new Set(mentions)) {
        const sentence = `${person.label} pointed to the example of ${target.label} ${next()} times.`;
        lines.push(sentence);
        claim("mentions", person.id, target.id, [[sentence, "reported"]]);
      }
    }
    for (const programme of programmeTurn[s]!) {
      const sentence = `${chair.label} asked about the ${programme.label}, which ${next()} councils have joined.`;
      lines.push(sentence);
      claim("mentions", chair.id, programme.id, [[sentence, "reported"]]);
      mentionedProgrammes.add(programme);
      for (const theme of programme.themes) {
        const aim = `The ${programme.label} was set up to address ${theme.label.toLowerCase()}.`;
        lines.push(aim);
        claim("addresses", programme.id, theme.id, [[aim, "summary"]]);
      }
    }
    for (const person of namedTurn[s]!) {
      const sentence = `${chair.label} thanked ${person.label}, who could not attend, for ${next()} pages of notes.`;
      lines.push(sentence);
      claim("mentions", chair.id, person.id, [[sentence, "reported"]]);
    }
    // Summaries name several speakers at once: one passage behind several spoke-on claims.
    for (const [theme, who] of raised) {
      if (who.length < 2 || random() < 0.5) continue;
      const sentence = `The panellists ${who.map((p) => p.label).join(", ")} all raised ${theme.label.toLowerCase()}.`;
      lines.push(sentence);
      for (const person of who) claim("spoke-on", person.id, theme.id, [[sentence, "summary"]]);
    }
    lines.push("", "Findings");
    for (const finding of session.findings) {
      lines.push(finding.text);
      claim("states", session.source, finding.id, [[finding.text, "summary"]]);
      claim("states", session.id, finding.id, [[finding.text, "summary"]]);
      claim("addresses", finding.id, finding.theme.id, [[finding.text, "summary"]]);
    }
    lines.push("", "Recommendations");
    session.recommendations.forEach((rec, k) => {
      lines.push(`${k + 1}. ${rec.text}`);
      claim("recommends", session.id, rec.id, [[rec.text, "summary"]]);
      claim("recommends", session.source, rec.id, [[rec.text, "summary"]]);
      for (const theme of rec.themes) claim("addresses", rec.id, theme.id, [[rec.text, "summary"]]);
      const backer = panel[(k + 1) % panel.length]!;
      const backed = `${backer.label} proposed recommendation ${k + 1} of the session.`;
      lines.push(backed);
      claim("recommends", backer.id, rec.id, [[backed, "reported"]]);
    });

    const claimsYaml = [...claims.values()].map(({ relation, from, to, role, evidence }) => {
      let yaml = `  - relation: ${relation}\n    from: ${from}\n    to: ${to}\n`;
      if (role !== undefined) yaml += `    role: ${q(role)}\n`;
      yaml += "    evidence:\n";
      for (const [quote, kind] of evidence) yaml += `      - quote: ${q(quote)}\n        kind: ${kind}\n`;
      claimCount++;
      evidenceCount += evidence.length;
      return yaml;
    });
    const text = `${lines.join("\n")}\n`;
    write(`sources/${session.source}.txt`, text);
    write(
      `sources/${session.source}.yaml`,
      [
        `id: ${session.source}`,
        `title: ${q(`${session.label} (transcript)`)}`,
        `publisher: ${q(inquiry.organiser.label)}`,
        `date: ${q(session.date)}`,
        `dateEvidence: ${q(when)}`,
        "kind: transcript-report",
        `origin: ${q(`bench/generate.ts, seed ${options.seed}`)}`,
        `sha256: ${createHash("sha256").update(text).digest("hex")}`,
        "",
      ].join("\n"),
    );
    const attributes =
      `  - entity: ${session.id}\n    name: date\n    value: ${q(session.date)}\n` +
      `    evidence:\n      - quote: ${q(when)}\n        kind: reported\n`;
    const entities =
      "entities:\n  sessions:\n" +
      entry(
        [
          ["id", session.id],
          ["label", q(session.label)],
        ],
        4,
      ) +
      "  recommendations:\n" +
      session.recommendations
        .map((r) =>
          entry(
            [
              ["id", r.id],
              ["label", q(r.label)],
              ["text", q(r.text)],
            ],
            4,
          ),
        )
        .join("") +
      "  findings:\n" +
      session.findings
        .map((f) =>
          entry(
            [
              ["id", f.id],
              ["label", q(f.label)],
              ["text", q(f.text)],
            ],
            4,
          ),
        )
        .join("");
    write(
      `annotations/${session.source}.yaml`,
      `# Generated by bench/generate.ts (seed ${options.seed}).\nsource: ${session.source}\n${entities}` +
        `claims:\n${claimsYaml.join("")}attributes:\n${attributes}`,
    );
    evidenceCount++;
  });

  // ---- registry: what several sources share (sessions, recommendations and findings are declared by their source) --
  const registry: string[] = [`# Generated by bench/generate.ts (seed ${options.seed}, ${options.nodes} nodes).\n`];
  registry.push("people:\n");
  for (const p of people)
    registry.push(
      entry([
        ["id", p.id],
        ["label", q(p.label)],
        ["aliases", `[${q(p.alias)}]`],
      ]),
    );
  registry.push("organisations:\n");
  for (const o of organisations) {
    registry.push(
      entry([
        ["id", o.id],
        ["label", q(o.label)],
        ["aliases", `[${q(`the ${o.label}`)}]`],
        ["kind", o.kind],
      ]),
    );
  }
  registry.push("themes:\n");
  for (const t of themes) {
    registry.push(
      entry([
        ["id", t.id],
        ["label", q(t.label)],
        ["aliases", `[${q(t.alias)}]`],
        ["parent", t.parent?.id],
      ]),
    );
  }
  registry.push("programmes:\n");
  for (const p of programmes)
    registry.push(
      entry([
        ["id", p.id],
        ["label", q(p.label)],
        ["kind", p.kind],
      ]),
    );
  registry.push("events:\n");
  for (const i of inquiries)
    registry.push(
      entry([
        ["id", i.id],
        ["label", q(i.label)],
        ["kind", "inquiry"],
      ]),
    );
  write("registry.yaml", registry.join(""));

  return { dir, nodes: plan, claims: claimCount, evidence: evidenceCount, bytes };
}
