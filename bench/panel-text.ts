// A long panel write-up, generated for the bench's large-source cases (`validate` with a near-miss quote, `suggest`):
// sessions one after another, each with a heading, a chair and panellists with their roles and organisations, quotes
// attributed before and after them, a quote opening its own paragraph, pronouns, views reported in narrative, a
// finding the panel agreed on, recommendations in narrative and in a list, and the shipped corpus's names (NHS
// England, the Nuffield Trust, health inequalities …) among new ones, so `suggest` links as well as declares. Every
// sentence is written here; the text grows by sessions, so a larger text is more of the same kinds of thing, with
// more people and organisations. Deterministic: the same bytes and seed give the same text.
import { mulberry32 } from "../src/analysis/random.js";

type Random = () => number;

const SYLLABLES = [
  "ka", "lo", "mer", "van", "del", "ri", "sto", "bel", "mon", "tar", "ven", "ash", "dun", "fal", "gor", "hal",
  "ing", "jas", "kel", "lin", "mar", "nor", "ost", "pen", "quin", "ros", "sel", "tun", "ul", "vor", "wes", "yar",
]; // prettier-ignore
const WOMEN = ["Amira", "Chloe", "Elena", "Farah", "Hana", "Laura", "Nadia", "Priya", "Rosa", "Zoe", "Grace", "Leah"];
const MEN = ["Ben", "Dev", "George", "Ian", "Kwame", "Marek", "Owen", "Tariq", "Victor", "Yusuf", "Bilal", "Jonah"];
const TITLES = ["Dr", "Cllr", "Professor"];
const ROLES = [
  "Director of Public Health",
  "Chief Executive",
  "Head of Policy",
  "Senior Fellow",
  "Cabinet Member for Health",
  "Programme Lead",
  "Chief Economist",
  "Research Director",
];
const ORG_KINDS = ["Council", "Trust", "Foundation", "Institute", "Partnership", "Network", "University"];
// Names the shipped corpus knows (graph-data/registry.yaml), so a draft links some of what it finds.
const KNOWN_ORGS = ["NHS England", "Nuffield Trust", "Health Foundation", "CIPFA"];
const KNOWN_THEMES = ["health inequalities", "prevention", "workforce", "digital exclusion", "general practice"];
const NEW_THEMES = [
  "community transport",
  "housing supply",
  "social prescribing",
  "workforce planning",
  "data sharing",
  "carer support",
  "hospital discharge",
  "fuel poverty",
  "school readiness",
  "healthy ageing",
  "air pollution",
  "youth services",
];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"];

interface Person {
  first: string;
  surname: string;
  full: string;
  /** How the text introduces them: with a title for some. */
  introduced: string;
  she: boolean;
  role: string;
  organisation: string;
}

const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)]!;
/** An organisation's name as a sentence has it: "the Nuffield Trust", "NHS England". */
const the = (organisation: string) => (/^(?:NHS|CIPFA)/u.test(organisation) ? organisation : `the ${organisation}`);
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A capitalised made-up word, distinct for each `index` (three syllables, then four). */
function codeWord(index: number): string {
  const length = index < SYLLABLES.length ** 3 ? 3 : 4;
  let code = (index * 7919 + 13) % SYLLABLES.length ** length;
  let word = "";
  for (let k = 0; k < length; k++) {
    word += SYLLABLES[code % SYLLABLES.length];
    code = Math.floor(code / SYLLABLES.length);
  }
  return capital(word);
}

class World {
  private people: Person[] = [];
  private organisations: string[] = [];
  private names = 0;

  constructor(private readonly random: Random) {}

  organisation(): string {
    // Mostly new organisations, some met before, sometimes one the corpus knows.
    const r = this.random();
    if (r < 0.15) return pick(KNOWN_ORGS, this.random);
    if (r < 0.45 && this.organisations.length > 0) return pick(this.organisations, this.random);
    const name = `${codeWord(this.names++)} ${pick(ORG_KINDS, this.random)}`;
    this.organisations.push(name);
    return name;
  }

  person(): Person {
    // One panellist in five has given evidence before.
    if (this.people.length > 10 && this.random() < 0.2) return pick(this.people, this.random);
    const she = this.random() < 0.5;
    const first = pick(she ? WOMEN : MEN, this.random);
    const surname = codeWord(this.names++);
    const full = `${first} ${surname}`;
    const person: Person = {
      first,
      surname,
      full,
      introduced: this.random() < 0.25 ? `${pick(TITLES, this.random)} ${full}` : full,
      she,
      role: pick(ROLES, this.random),
      organisation: this.organisation(),
    };
    this.people.push(person);
    return person;
  }
}

/** One session's write-up, some 2 KB. `n` numbers it, and varies its sentences. */
function session(world: World, random: Random, n: number): string {
  const chair = world.person();
  const panel = [world.person(), world.person(), world.person()];
  const [a, b, c] = panel as [Person, Person, Person];
  const theme = pick(NEW_THEMES, random);
  const other = NEW_THEMES[(NEW_THEMES.indexOf(theme) + 1 + Math.floor(random() * 5)) % NEW_THEMES.length]!;
  const known = pick(KNOWN_THEMES, random);
  const org = world.organisation();
  const pronoun = (p: Person) => (p.she ? "She" : "He");
  const year = 2020 + (n % 5);
  const lines = [
    `${capital(theme)} and ${known}: session ${n}`,
    `The session on ${theme} took place on ${1 + (n % 28)} ${MONTHS[n % MONTHS.length]} ${year}. It was chaired by ` +
      `${chair.introduced}, the ${chair.role} of ${the(chair.organisation)}.`,
    `${chair.first} was joined by ${a.introduced}, the ${a.role} at ${the(a.organisation)}, ${b.introduced}, a ` +
      `${b.role} at ${the(b.organisation)} and ${c.introduced}, ${c.role} of ${the(c.organisation)}.`,
    `${a.full} said: “Across ${n + 3} neighbourhoods we have seen what ${theme} does for ${known}. The money ` +
      `arrived ${2 + (n % 9)} months late, and families felt it.”`,
    `“We cannot fix ${other} without the ${n + 11} people who use it every week,” said ${b.surname}. “They ` +
      `know where ${theme} fails them.”`,
    `${c.full} argued that ${known} had been overlooked for ${2 + (n % 17)} years in ${the(org)} area.`,
    `${pronoun(c)} continued:`,
    `“Our members tell us that ${other} is the first thing to go when budgets tighten, and the last to come back ` +
      `after ${2 + (n % 12)} rounds of cuts.”`,
    `For ${a.full}, ${theme} should be funded for ten years rather than ${2 + (n % 7)} separate bids.`,
    `The panel agreed that ${known} and ${theme} cannot be separated in session ${n}.`,
    `${capital(the(org))} has suggested that councils should publish their ${other} figures every ${3 + (n % 4)} months.`,
    `${chair.surname} pointed to ${the(pick(KNOWN_ORGS, random))}, which had asked ${n + 20} areas about ${known}.`,
    "",
    "Recommendations",
    `- Councils should join up ${theme} and ${other} within ${1 + (n % 5)} years.`,
    `- The government must give ${the(a.organisation)} a ${n % 3 === 0 ? "rolling" : "three-year"} budget for ` +
      `${known}.`,
    "",
  ];
  return `${lines.join("\n")}\n`;
}

/** A generated panel write-up of about `bytes` UTF-8 bytes (whole sessions; cut at a session's end). */
export function panelText(bytes: number, seed: number): string {
  const random = mulberry32(seed);
  const world = new World(random);
  const sessions: string[] = [];
  let size = 0;
  for (let n = 1; size < bytes; n++) {
    const text = session(world, random, n);
    sessions.push(text);
    size += Buffer.byteLength(text);
  }
  return sessions.join("");
}

/**
 * A quote of `text` that differs from it only by straight quotes where the text has curly ones: the near-miss a
 * person typing a quote makes. The passage is the last quoted speech of the text, so finding it scans all of it.
 */
export function nearMissQuote(text: string): { quote: string; passage: string } {
  const open = text.lastIndexOf("“");
  const close = text.indexOf("”", open);
  const passage = text.slice(open, close + 1);
  return { quote: passage.replace(/[“”]/gu, '"').replace(/’/gu, "'"), passage };
}
