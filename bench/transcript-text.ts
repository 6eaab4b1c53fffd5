// A long select-committee hearing, generated for the bench's "suggest on a 100-page transcript PDF" case and its test:
// a title block (committee, inquiry, date, members present with the chair), then panel after panel of witnesses
// ("I: Name, Role, Organisation; …", "Examination of witnesses"), numbered questions from the chair and members
// ("Q12 The Chair: …", "Q13 Lord X of Place: …") and the witnesses' answers as turns ("Dr Surname: …"). Every
// sentence is written here; names are made up from syllables. Deterministic: the same size and seed give the same text.
import { mulberry32 } from "../src/analysis/random.js";
import type { TypesetBlock } from "./typeset-pdf.js";

type Random = () => number;

const SYLLABLES = [
  "ash", "bel", "cor", "dun", "el", "fen", "gar", "hol", "ing", "jor", "kel", "lan", "mor", "nor", "ost", "pen",
  "quil", "ros", "sal", "tor", "ul", "ver", "wen", "yat",
]; // prettier-ignore
const FIRST = [
  "Amira",
  "Chloe",
  "Elena",
  "Farah",
  "Grace",
  "Leah",
  "Nadia",
  "Ben",
  "Dev",
  "Ian",
  "Kwame",
  "Owen",
  "Tariq",
];
const ROLES = ["Chief Executive", "Director of Public Health", "Head of Policy", "Medical Director", "Chief Nurse"];
const KINDS = ["Hospitals Trust", "Borough Council", "Foundation", "Institute", "Care Partnership", "University"];
const THEMES = [
  "waiting lists", "community transport", "social prescribing", "workforce planning", "data sharing",
  "hospital discharge", "carer support", "housing for staff", "diagnostic capacity", "health inequalities",
]; // prettier-ignore
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "October", "November"];

const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)]!;

function word(random: Random, syllables = 2): string {
  let w = "";
  for (let i = 0; i < syllables; i++) w += pick(SYLLABLES, random);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

interface Witness {
  full: string;
  /** How the transcript names them in a turn: "Dr Surname", "Surname". */
  speaker: string;
  role: string;
  organisation: string;
}

function witness(random: Random): Witness {
  const surname = word(random, 3);
  const title = pick(["Dr", "Professor", "", "", "Councillor"], random);
  const full = `${title ? `${title} ` : ""}${pick(FIRST, random)} ${surname}`;
  const organisation = `${word(random)} ${pick(KINDS, random)}`;
  return { full, speaker: title ? `${title} ${surname}` : `${full}`, role: pick(ROLES, random), organisation };
}

function question(random: Random, theme: string, n: number): string {
  return pick(
    [
      `Could you tell us how ${theme} has changed in your area over the last ${2 + (n % 6)} years?`,
      `What would make the biggest difference to ${theme} for the people you serve?`,
      `Is the problem with ${theme} money, or the number of people you can recruit?`,
      `How do you share information about ${theme} with the other bodies in your area?`,
      `What have you learned from the pilot on ${theme} that you described in your written evidence?`,
    ],
    random,
  );
}

function answer(random: Random, theme: string, other: string, n: number): string {
  const sentences = [
    `Thank you. In our area ${theme} has got worse for ${2 + (n % 5)} years in a row, and the gap is widest in the towns furthest from a hospital.`,
    `We have tried to link ${theme} with ${other}, because the same families turn up in both, and the results after ${3 + (n % 9)} months are encouraging.`,
    `The money arrives late and in short bursts, so we cannot keep the people we train; ${10 + (n % 40)} posts were vacant at the end of the year.`,
    `We would urge the Department to fund ${theme} for three years rather than one, so that we can plan properly.`,
    `Our staff know which households are struggling with ${other}, but the systems we use cannot talk to each other.`,
    `I should say that the picture is not the same everywhere: in the larger towns ${theme} is close to the national average.`,
    `We recommend that integrated care boards publish figures on ${theme} for each town every quarter.`,
    `If I may add to that, the voluntary sector carries much of the load on ${other} and is rarely asked what it needs.`,
  ];
  const count = 2 + Math.floor(random() * 4);
  const chosen: string[] = [];
  for (let i = 0; i < count; i++) chosen.push(sentences[(n + i * 3 + Math.floor(random() * 3)) % sentences.length]!);
  return chosen.join(" ");
}

/**
 * A hearing of about `bytes` bytes of text, as blocks to typeset (headings and paragraphs); join the blocks' texts with
 * blank lines for the text alone.
 */
export function transcriptBlocks(bytes: number, seed: number): TypesetBlock[] {
  const random = mulberry32(seed);
  const committee = `${word(random)} ${word(random)} Committee`;
  const chair = `Dame ${pick(FIRST.slice(0, 6), random)} ${word(random, 3)}`;
  const members = [`${pick(FIRST, random)} ${word(random, 3)}`, `Lord ${word(random)} of ${word(random)}`];
  members.push(`${pick(FIRST, random)} ${word(random, 3)}`);
  const blocks: TypesetBlock[] = [
    { text: committee, heading: true },
    {
      text: `Oral evidence: ${pick(THEMES, random)} in coastal and rural areas, HC ${100 + Math.floor(random() * 800)}`,
    },
    { text: `${pick(DAYS, random)} ${1 + Math.floor(random() * 27)} ${pick(MONTHS, random)} 2024` },
    { text: `Members present: ${chair} (Chair); ${members.join("; ")}.` },
  ];
  let size = blocks.reduce((sum, b) => sum + b.text.length + 2, 0);
  let q = 1;
  const numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
  for (let panel = 0; size < bytes; panel++) {
    const witnesses = [witness(random), witness(random), witness(random)].slice(0, 2 + (panel % 2));
    const list = witnesses.map((w) => `${w.full}, ${w.role}, ${w.organisation}`).join("; ");
    const opening: TypesetBlock[] = [
      { text: "Witnesses", heading: true },
      { text: `${numerals[panel % numerals.length]}: ${list}.` },
      { text: "Examination of witnesses", heading: true },
      {
        text: `Witnesses: ${witnesses
          .map((w) => w.full)
          .join(", ")
          .replace(/, ([^,]*)$/u, " and $1")}.`,
      },
    ];
    blocks.push(...opening);
    size += opening.reduce((sum, b) => sum + b.text.length + 2, 0);
    for (let k = 0; k < 14 && size < bytes; k++, q++) {
      const theme = pick(THEMES, random);
      const other = pick(THEMES, random);
      const asker = k === 0 || random() < 0.3 ? "The Chair" : pick(members, random);
      const turns = [`Q${q} ${asker}: ${question(random, theme, q)}`];
      for (const w of witnesses.filter((_, i) => i === k % witnesses.length || random() < 0.3)) {
        turns.push(`${w.speaker}: ${answer(random, theme, other, q)}`);
      }
      for (const text of turns) {
        blocks.push({ text });
        size += text.length + 2;
      }
    }
  }
  return blocks;
}

/** Text a typeset page of the hearing holds, about: enough blocks for `pages` pages are some 3.3 KB a page. */
export const TRANSCRIPT_BYTES_PER_PAGE = 3_600;

/** A hearing typeset as a PDF of exactly `pages` pages, with a running header and "Page n of m" footers. */
export async function transcriptPdf(pages: number, seed: number): Promise<Uint8Array> {
  const { typesetPdf } = await import("./typeset-pdf.js");
  const blocks = transcriptBlocks(pages * TRANSCRIPT_BYTES_PER_PAGE, seed);
  const title = `${blocks[0]!.text}: oral evidence`;
  const typeset = await typesetPdf(blocks, {
    title,
    header: `${blocks[0]!.text} — Oral evidence`,
    footer: "Page # of ##",
    maxPages: pages,
  });
  if (typeset.firstLines.length < pages) throw new Error(`the hearing filled only ${typeset.firstLines.length} pages`);
  return typeset.bytes;
}
