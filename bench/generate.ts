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

/** A name and the name with each one letter dropped: two names a letter apart (one changed, added or dropped) share one. */
function oneLetterVariants(name: string): string[] {
  const lower = name.toLowerCase();
  return [
    lower,
    ...Array.from(lower, (_, i) => `${lower.slice(0, i)}\u0000${lower.slice(i + 1)}`),
    ...Array.from(lower, (_, i) => lower.slice(0, i) + lower.slice(i + 1)),
  ];
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
  const world = generateWorld(plan, options.seed, random);
  const writer = new CorpusWriter(dir, options.seed);
  writeSessions(writer, world, random);
  writeRegistry(writer, world, options.nodes);
  return { dir, nodes: plan, claims: writer.claims, evidence: writer.evidence, bytes: writer.bytes };
}

// ---- the world: entities and who meets where (every draw from `random` in a fixed order, for the same bytes) ----

/** Per inquiry, its items most active first; and pools over all inquiries for the draws that cross over. */
interface Pools {
  themes: Pool<Theme>[];
  speakers: Pool<Person>[];
  organisations: Pool<Organisation>[];
  programmes: Pool<Programme>[];
  allThemes: Pool<Theme>;
  allSpeakers: Pool<Person>;
  allNamed: Pool<Person>;
}

interface World {
  themes: Theme[];
  organisations: Organisation[];
  people: Person[];
  /** Four in five people give evidence; the rest are only named by others. */
  speakers: Person[];
  named: Person[];
  programmes: Programme[];
  inquiries: Inquiry[];
  sessions: Session[];
  pools: Pools;
  /** Per session (same index): who sits on its panel, the chair first. */
  panels: Set<Person>[];
  /** Per session: the themes it covers. */
  covers: Set<Theme>[];
}

function generateWorld(plan: Record<string, number>, seed: number, random: Random): World {
  const inquiryCount = plan.event!;
  const themes = makeThemes(plan.theme!, inquiryCount, seed, random);
  const organisations = makeOrganisations(plan.organisation!, inquiryCount, seed);
  const people = makePeople(plan.person!, inquiryCount, seed, random);
  const speakers = people.filter((_, i) => i % 5 !== 4);
  const named = people.filter((_, i) => i % 5 === 4);
  const programmes = makeProgrammes(plan.programme!, inquiryCount, seed);
  const pools = makePools(inquiryCount, themes, speakers, organisations, programmes, named.length ? named : people);
  joinOrganisations(speakers, organisations, pools, random);
  for (const programme of programmes) {
    programme.themes = [pools.themes[programme.inquiry]!.draw(random)];
    const other = pools.themes[programme.inquiry]!.draw(random);
    if (other !== programme.themes[0]) programme.themes.push(other);
  }
  const inquiries = makeInquiries(inquiryCount, seed, pools, organisations);
  const sessions = makeSessions(plan.session!, inquiries);
  const world = { themes, organisations, people, speakers, named, programmes, inquiries, sessions, pools };
  const panels = seatPanels(world, random);
  const covers = dealThemes(world, random);
  addOutcomes(sessions, covers, pools, random);
  return { ...world, panels, covers };
}

/** Themes: a forest, a fifth of them roots; each root belongs to an inquiry, children follow their parent. */
function makeThemes(count: number, inquiryCount: number, seed: number, random: Random): Theme[] {
  const themeCodes = codeWords(count, seed % 997);
  const themes: Theme[] = [];
  const roots = Math.max(1, Math.ceil(count * 0.2));
  const children = new Map<Theme, number>();
  for (let i = 0; i < count; i++) {
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
    themes.push(childTheme(parent, count));
  }
  return themes;
}

/** The `count`-th child of `parent`: an aspect of a root, or a further aspect of an aspect. */
function childTheme(parent: Theme, count: number): Theme {
  if (parent.parent === undefined) {
    // "Funding of Kelvaro housing"
    const aspect = ASPECTS[count]!;
    return {
      id: slug(`${aspect} of ${parent.label}`),
      label: `${aspect} of ${parent.label}`,
      alias: `${ASPECT_SYNONYMS[aspect]} ${parent.alias}`,
      parent,
      aspect: count,
      inquiry: parent.inquiry,
    };
  }
  // "Funding of Kelvaro housing: workforce", never the parent's own aspect again.
  const aspect = ASPECTS[(parent.aspect! + 1 + count) % ASPECTS.length]!.toLowerCase();
  return {
    id: slug(`${parent.label} ${aspect}`),
    label: `${parent.label}: ${aspect}`,
    alias: `${parent.alias} (${aspect})`,
    parent,
    inquiry: parent.inquiry,
  };
}

function makeOrganisations(count: number, inquiryCount: number, seed: number): Organisation[] {
  return codeWords(count, (seed + 11) % 997).map((code, i) => {
    const [form, kind] = ORG_FORMS[i % ORG_FORMS.length]!;
    const label = `${code} ${form}`;
    // A tenth are national bodies that give evidence to every inquiry.
    return { id: slug(label), label, kind, inquiry: i % 10 === 9 ? -1 : i % inquiryCount };
  });
}

function makePeople(count: number, inquiryCount: number, seed: number, random: Random): Person[] {
  const taken = new Set<string>();
  return codeWords(count, (seed + 23) % 997).map((surname, i) => {
    // Distinct people, as a real corpus has them: no name a letter from another's ("Leah Linbel", "Leah Linkel"),
    // which `validate` would take for one person written two ways.
    const names = (first: string) => [`${first} ${surname}`, `${first[0]}. ${surname}`].flatMap(oneLetterVariants);
    const firsts = FIRST_NAMES.map((_, t) => FIRST_NAMES[(i * 7 + t) % FIRST_NAMES.length]!);
    // At the largest sizes every first name may clash: then the first is kept.
    const first = firsts.find((f) => !names(f).some((v) => taken.has(v))) ?? firsts[0]!;
    const label = `${first} ${surname}`;
    for (const v of names(first)) taken.add(v);
    return {
      id: slug(label),
      label,
      alias: `${first[0]}. ${surname}`,
      role: ROLES[i % ROLES.length]!,
      inquiry: Math.floor(random() * inquiryCount),
    };
  });
}

function makeProgrammes(count: number, inquiryCount: number, seed: number): Programme[] {
  return codeWords(count, (seed + 37) % 997).map((code, i) => {
    const [form, kind] = PROGRAMME_FORMS[i % PROGRAMME_FORMS.length]!;
    const label = `${code} ${form}`;
    return { id: slug(label), label, kind, inquiry: i % inquiryCount, themes: [] };
  });
}

function makePools(
  inquiryCount: number,
  themes: Theme[],
  speakers: Person[],
  organisations: Organisation[],
  programmes: Programme[],
  named: Person[],
): Pools {
  const byInquiry = <T extends { inquiry: number }>(items: T[]) =>
    Array.from({ length: inquiryCount }, (_, q) => items.filter((item) => item.inquiry === q));
  const national = organisations.filter((o) => o.inquiry === -1);
  return {
    themes: byInquiry(themes).map((list) => new Pool(list.length ? list : themes)),
    speakers: byInquiry(speakers).map((list) => new Pool(list.length ? list : speakers)),
    organisations: byInquiry(organisations).map((list) => new Pool([...list, ...national])),
    programmes: byInquiry(programmes).map((list) => new Pool(list.length ? list : programmes)),
    allThemes: new Pool(themes),
    allSpeakers: new Pool(speakers),
    allNamed: new Pool(named),
  };
}

/** Every organisation has at least one member; the rest join organisations of their inquiry, big ones most often. */
function joinOrganisations(speakers: Person[], organisations: Organisation[], pools: Pools, random: Random) {
  speakers.forEach((person, i) => {
    person.organisation =
      i < organisations.length
        ? organisations[i]!
        : (pools.organisations[person.inquiry]!.draw(random) ?? organisations[0]!);
  });
}

function makeInquiries(count: number, seed: number, pools: Pools, organisations: Organisation[]): Inquiry[] {
  return codeWords(count, (seed + 41) % 997).map((code, q) => {
    const label = `${code} Inquiry into ${TOPICS[q % TOPICS.length]}`;
    return {
      id: slug(label),
      label,
      organiser: pools.organisations[q]!.items[0] ?? organisations[0]!,
      sessions: [],
    };
  });
}

/** Sessions are dealt out to inquiries in turn. */
function makeSessions(count: number, inquiries: Inquiry[]): Session[] {
  const sessions: Session[] = [];
  for (let s = 0; s < count; s++) {
    const inquiry = inquiries[s % inquiries.length]!;
    const number = inquiry.sessions.length + 1;
    const label = `${inquiry.label}: session ${number}`;
    const id = slug(label);
    const session: Session = {
      id,
      label,
      number,
      inquiry: s % inquiries.length,
      source: `${id}-transcript`,
      date: `${2019 + (s % 6)}-${String(1 + (s % 10)).padStart(2, "0")}-${String(1 + (s % 28)).padStart(2, "0")}`,
      recommendations: [],
      findings: [],
    };
    inquiry.sessions.push(session);
    sessions.push(session);
  }
  return sessions;
}

/** Deals `items` to the sessions of their inquiry in turn (into `into`, by session index): each gets one. */
function dealToSessions<T extends { inquiry: number }>(
  items: T[],
  world: Omit<World, "panels" | "covers">,
  into: Set<T>[],
) {
  const sessionIndex = new Map(world.sessions.map((s, i) => [s, i]));
  const dealt = new Map<number, number>();
  for (const item of items) {
    const list = world.inquiries[item.inquiry]!.sessions;
    const turn = dealt.get(item.inquiry) ?? 0;
    dealt.set(item.inquiry, turn + 1);
    into[sessionIndex.get(list[turn % list.length]!)!]!.add(item);
  }
}

/** Who speaks where: every speaker once in a session of their inquiry (dealt in turn), then more by Zipf. */
function seatPanels(world: Omit<World, "panels" | "covers">, random: Random): Set<Person>[] {
  const { sessions, speakers, pools } = world;
  const panels = sessions.map(() => new Set<Person>());
  dealToSessions(speakers, world, panels);
  panels.forEach((panel, s) => {
    if (panel.size === 0) panel.add(pools.speakers[sessions[s]!.inquiry]!.draw(random));
  });
  const extraAppearances = Math.round(speakers.length * 0.5);
  for (let k = 0; k < extraAppearances; k++) {
    const s = Math.floor(random() * sessions.length);
    const q = sessions[s]!.inquiry;
    panels[s]!.add(random() < 0.85 ? pools.speakers[q]!.draw(random) : pools.allSpeakers.draw(random));
  }
  return panels;
}

/** Every theme is covered somewhere: themes are dealt to the sessions of their inquiry, then more by Zipf. */
function dealThemes(world: Omit<World, "panels" | "covers">, random: Random): Set<Theme>[] {
  const covers = world.sessions.map(() => new Set<Theme>());
  dealToSessions(world.themes, world, covers);
  world.sessions.forEach((session, s) => {
    while (covers[s]!.size < 6) covers[s]!.add(world.pools.themes[session.inquiry]!.draw(random));
  });
  return covers;
}

const VERBS = ["Fund", "Devolve", "Measure", "Protect", "Join up", "Invest in"];
const FINDINGS = [
  "lags behind the national average",
  "improved where councils pooled budgets",
  "depends on volunteers",
];

/** Recommendations and findings, three and two a session, on the themes it covers. */
function addOutcomes(sessions: Session[], covers: Set<Theme>[], pools: Pools, random: Random) {
  sessions.forEach((session, s) => {
    const focus = [...covers[s]!];
    for (let k = 1; k <= 3; k++) {
      const a = pick(focus, random);
      const b = pools.themes[session.inquiry]!.draw(random);
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
  });
}

// ---- files ------------------------------------------------------------------------------------------------------

const q = (text: string) => JSON.stringify(text);

/** Writes the corpus's files, counting their bytes and the claims and passages in them. */
class CorpusWriter {
  bytes = 0;
  claims = 0;
  evidence = 0;

  constructor(
    readonly dir: string,
    readonly seed: number,
  ) {
    mkdirSync(join(dir, "sources"), { recursive: true });
    mkdirSync(join(dir, "annotations"), { recursive: true });
  }

  write(path: string, content: string) {
    writeFileSync(join(this.dir, path), content);
    this.bytes += Buffer.byteLength(content);
  }
}

type Kind = "direct-quote" | "reported" | "summary";

interface GeneratedClaim {
  relation: string;
  from: string;
  to: string;
  role?: string;
  evidence: [string, Kind][];
}

/** One session's transcript as it is written, and the claims its sentences are the evidence of. */
class Transcript {
  readonly lines: string[] = [];
  /** One claim per (relation, from, to): a second passage for the same connection joins the first claim's evidence. */
  readonly claims = new Map<string, GeneratedClaim>();
  #counter: number;

  constructor(
    index: number,
    private readonly random: Random,
  ) {
    this.#counter = 10 + (index % 7);
  }

  /** A growing number for the next sentence, so that sentences differ. */
  next(): number {
    return (this.#counter += 1 + Math.floor(this.random() * 3));
  }

  claim(relation: string, from: string, to: string, evidence: [string, Kind][], role?: string) {
    const key = `${relation} ${from} ${to}`;
    const known = this.claims.get(key);
    if (known) known.evidence.push(...evidence.filter(([quote]) => !known.evidence.some(([k]) => k === quote)));
    else this.claims.set(key, { relation, from, to, evidence: [...evidence], ...(role === undefined ? {} : { role }) });
  }
}

/** Each session's transcript, metadata and annotation file. */
function writeSessions(writer: CorpusWriter, world: World, random: Random) {
  // Programmes and named-only people are dealt out too, so each is mentioned at least once.
  const programmeTurn = world.sessions.map(() => [] as Programme[]);
  world.programmes.forEach((p, i) => programmeTurn[i % world.sessions.length]!.push(p));
  const namedTurn = world.sessions.map(() => [] as Person[]);
  world.named.forEach((p, i) => namedTurn[i % world.sessions.length]!.push(p));

  world.sessions.forEach((session, s) => {
    const inquiry = world.inquiries[session.inquiry]!;
    const panel = [...world.panels[s]!];
    const focus = [...world.covers[s]!];
    const t = new Transcript(s, random);
    const when = writeOpening(t, session, inquiry);
    introducePanel(t, session, panel);
    const covered = `The session covered ${focus.map((theme) => theme.label.toLowerCase()).join(", ")}.`;
    t.lines.push(covered);
    for (const theme of focus) t.claim("covers", session.id, theme.id, [[covered, "summary"]]);
    t.lines.push("");
    // Testimony: each panellist on two to five themes, mostly the session's own, in their own words or reported.
    const raised = new Map<Theme, Person[]>();
    for (const person of panel) {
      speakOnThemes(t, person, session, focus, world.pools, raised, random);
      mentionOthers(t, person, session, world.pools, random);
    }
    writeChairAsides(t, panel[0]!, programmeTurn[s]!, namedTurn[s]!);
    writeSummaries(t, session, raised, random);
    writeOutcomes(t, session, panel);
    writeSessionFiles(writer, t, session, inquiry, when);
  });
}

/** The session's heading and where it belongs; returns the sentence that dates it. */
function writeOpening(t: Transcript, session: Session, inquiry: Inquiry): string {
  const [year, month, day] = session.date.split("-").map(Number) as [number, number, number];
  t.lines.push(`${session.label}`, "");
  const when = `The session took place on ${day} ${MONTHS[month - 1]} ${year}.`;
  const partOf = `${session.label} was held as part of the ${inquiry.label}.`;
  const runBy = `The ${inquiry.label} is run by the ${inquiry.organiser.label}.`;
  t.lines.push(`${partOf} ${when} ${runBy}`);
  t.claim("part-of", session.id, inquiry.id, [[partOf, "reported"]]);
  t.claim("reported-in", session.id, session.source, [[partOf, "reported"]]);
  t.claim("organised-by", session.id, inquiry.organiser.id, [[runBy, "reported"]]);
  t.claim("organised-by", inquiry.id, inquiry.organiser.id, [[runBy, "reported"]]);
  return when;
}

/** The chair and the panellists, each with their role and organisation. */
function introducePanel(t: Transcript, session: Session, panel: Person[]) {
  const chair = panel[0]!;
  const introductions = new Map<Person, string>();
  const chaired = `${chair.label}, ${chair.role} at the ${chair.organisation!.label}, chaired the session.`;
  introductions.set(chair, chaired);
  t.lines.push(chaired);
  t.claim("chaired", chair.id, session.id, [[chaired, "reported"]]);
  for (const person of panel.slice(1)) {
    const intro = `${person.label}, ${person.role} at the ${person.organisation!.label}, gave evidence.`;
    introductions.set(person, intro);
    t.lines.push(intro);
  }
  for (const person of panel) {
    const intro = introductions.get(person)!;
    if (person !== chair) t.claim("panellist-in", person.id, session.id, [[intro, "reported"]]);
    t.claim("affiliated-with", person.id, person.organisation!.id, [[intro, "reported"]], person.role);
  }
  t.lines.push("");
}

/** One panellist on two to five themes, quoted or reported; `raised` records who raised each theme. */
function speakOnThemes(
  t: Transcript,
  person: Person,
  session: Session,
  focus: Theme[],
  pools: Pools,
  raised: Map<Theme, Person[]>,
  random: Random,
) {
  const count = 2 + Math.floor(random() * 5);
  const spoken = new Set<Theme>();
  for (let k = 0; k < count; k++) {
    spoken.add(
      random() < 0.7
        ? pick(focus, random)
        : random() < 0.8
          ? pools.themes[session.inquiry]!.draw(random)
          : pools.allThemes.draw(random),
    );
  }
  for (const theme of spoken) {
    const evidence: [string, Kind][] = [];
    const label = theme.label.toLowerCase();
    if (random() < 0.75) {
      const quote = pick(DIRECT_QUOTES, random)(label, t.next());
      t.lines.push(`${person.label} said: “${quote}”`);
      evidence.push([quote, "direct-quote"]);
    }
    if (evidence.length === 0 || random() < 0.3) {
      const sentence = pick(REPORTED, random)(person.label, label, t.next());
      t.lines.push(sentence);
      evidence.push([sentence, "reported"]);
    }
    t.claim("spoke-on", person.id, theme.id, evidence);
    raised.set(theme, [...(raised.get(theme) ?? []), person]);
  }
}

/** Mentions by one panellist: an organisation, a programme, a person only named, each by chance. */
function mentionOthers(t: Transcript, person: Person, session: Session, pools: Pools, random: Random) {
  const mentions: { id: string; label: string }[] = [];
  if (random() < 0.6) mentions.push(pools.organisations[session.inquiry]!.draw(random));
  if (random() < 0.5) mentions.push(pools.programmes[session.inquiry]!.draw(random));
  if (random() < 0.3) mentions.push(pools.allNamed.draw(random));
  for (const target of new Set(mentions)) {
    const sentence = `${person.label} pointed to the example of ${target.label} ${t.next()} times.`;
    t.lines.push(sentence);
    t.claim("mentions", person.id, target.id, [[sentence, "reported"]]);
  }
}

/** The chair on the programmes and named-only people dealt to this session, so each is mentioned somewhere. */
function writeChairAsides(t: Transcript, chair: Person, programmes: Programme[], named: Person[]) {
  for (const programme of programmes) {
    const sentence = `${chair.label} asked about the ${programme.label}, which ${t.next()} councils have joined.`;
    t.lines.push(sentence);
    t.claim("mentions", chair.id, programme.id, [[sentence, "reported"]]);
    for (const theme of programme.themes) {
      const aim = `The ${programme.label} was set up to address ${theme.label.toLowerCase()}.`;
      t.lines.push(aim);
      t.claim("addresses", programme.id, theme.id, [[aim, "summary"]]);
    }
  }
  for (const person of named) {
    const sentence = `${chair.label} thanked ${person.label}, who could not attend, for ${t.next()} pages of notes.`;
    t.lines.push(sentence);
    t.claim("mentions", chair.id, person.id, [[sentence, "reported"]]);
  }
}

/**
 * Summaries of what the panel agreed on, for themes several panellists raised: a statement about the whole panel, so
 * the session's `agreed-on` claim, never a spoke-on of each member.
 */
function writeSummaries(t: Transcript, session: Session, raised: Map<Theme, Person[]>, random: Random) {
  for (const [theme, who] of raised) {
    if (who.length < 2 || random() < 0.5) continue;
    const sentence = `The panellists agreed that ${theme.label.toLowerCase()} needs more attention.`;
    t.lines.push(sentence);
    t.claim("agreed-on", session.id, theme.id, [[sentence, "summary"]]);
  }
}

/** The session's findings, then its recommendations, each backed by a panellist. */
function writeOutcomes(t: Transcript, session: Session, panel: Person[]) {
  t.lines.push("", "Findings");
  for (const finding of session.findings) {
    t.lines.push(finding.text);
    t.claim("states", session.source, finding.id, [[finding.text, "summary"]]);
    t.claim("states", session.id, finding.id, [[finding.text, "summary"]]);
    t.claim("addresses", finding.id, finding.theme.id, [[finding.text, "summary"]]);
  }
  t.lines.push("", "Recommendations");
  session.recommendations.forEach((rec, k) => {
    t.lines.push(`${k + 1}. ${rec.text}`);
    t.claim("recommends", session.id, rec.id, [[rec.text, "summary"]]);
    t.claim("recommends", session.source, rec.id, [[rec.text, "summary"]]);
    for (const theme of rec.themes) t.claim("addresses", rec.id, theme.id, [[rec.text, "summary"]]);
    const backer = panel[(k + 1) % panel.length]!;
    const backed = `${backer.label} proposed recommendation ${k + 1} of the session.`;
    t.lines.push(backed);
    t.claim("recommends", backer.id, rec.id, [[backed, "reported"]]);
  });
}

/** The session's three files: the transcript, its metadata, and its annotations (claims, the date, its entities). */
function writeSessionFiles(writer: CorpusWriter, t: Transcript, session: Session, inquiry: Inquiry, when: string) {
  const claimsYaml = [...t.claims.values()].map(({ relation, from, to, role, evidence }) => {
    let yaml = `  - relation: ${relation}\n    from: ${from}\n    to: ${to}\n`;
    if (role !== undefined) yaml += `    role: ${q(role)}\n`;
    yaml += "    evidence:\n";
    for (const [quote, kind] of evidence) yaml += `      - quote: ${q(quote)}\n        kind: ${kind}\n`;
    writer.claims++;
    writer.evidence += evidence.length;
    return yaml;
  });
  const text = `${t.lines.join("\n")}\n`;
  writer.write(`sources/${session.source}.txt`, text);
  writer.write(
    `sources/${session.source}.yaml`,
    [
      `id: ${session.source}`,
      `title: ${q(`${session.label} (transcript)`)}`,
      `publisher: ${q(inquiry.organiser.label)}`,
      `date: ${q(session.date)}`,
      `dateEvidence: ${q(when)}`,
      "kind: transcript-report",
      `origin: ${q(`bench/generate.ts, seed ${writer.seed}`)}`,
      `sha256: ${createHash("sha256").update(text).digest("hex")}`,
      "",
    ].join("\n"),
  );
  const attributes =
    `  - entity: ${session.id}\n    name: date\n    value: ${q(session.date)}\n` +
    `    evidence:\n      - quote: ${q(when)}\n        kind: reported\n`;
  writer.write(
    `annotations/${session.source}.yaml`,
    `# Generated by bench/generate.ts (seed ${writer.seed}).\nsource: ${session.source}\n${sessionEntities(session)}` +
      `claims:\n${claimsYaml.join("")}attributes:\n${attributes}`,
  );
  writer.evidence++; // the date's passage
}

/** The `entities:` a session's annotation file declares: the session, its recommendations and findings. */
function sessionEntities(session: Session): string {
  const withText = (e: { id: string; label: string; text: string }) =>
    entry(
      [
        ["id", e.id],
        ["label", q(e.label)],
        ["text", q(e.text)],
      ],
      4,
    );
  return (
    "entities:\n  sessions:\n" +
    entry(
      [
        ["id", session.id],
        ["label", q(session.label)],
      ],
      4,
    ) +
    "  recommendations:\n" +
    session.recommendations.map(withText).join("") +
    "  findings:\n" +
    session.findings.map(withText).join("")
  );
}

/** The registry: what several sources share (sessions, recommendations and findings are declared by their source). */
function writeRegistry(writer: CorpusWriter, world: World, nodes: number) {
  const registry: string[] = [`# Generated by bench/generate.ts (seed ${writer.seed}, ${nodes} nodes).\n`];
  registry.push("people:\n");
  for (const p of world.people) {
    registry.push(
      entry([
        ["id", p.id],
        ["label", q(p.label)],
        ["aliases", `[${q(p.alias)}]`],
      ]),
    );
  }
  registry.push("organisations:\n");
  for (const o of world.organisations) {
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
  for (const t of world.themes) {
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
  for (const p of world.programmes) {
    registry.push(
      entry([
        ["id", p.id],
        ["label", q(p.label)],
        ["kind", p.kind],
      ]),
    );
  }
  registry.push("events:\n");
  for (const i of world.inquiries) {
    registry.push(
      entry([
        ["id", i.id],
        ["label", q(i.label)],
        ["kind", "inquiry"],
      ]),
    );
  }
  writer.write("registry.yaml", registry.join(""));
}
