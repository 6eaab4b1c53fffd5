// A small corpus about one session, for the session page's tests (`query session` and the viewer's session view).
// Written for the panelgraph tests: the people, bodies, places and sentences are invented.
//
// The second sitting of the Harbour Towns Review is reported by a report and by a reporter's notes (which name a
// panellist in it, with another title); a later blog quotes two of its panellists without naming the sitting. Its
// themes, in the order of its agenda: ferry links (agreed on, covered, raised by one), harbour dredging (covered,
// raised by one), housing (raised by two), skills (raised by one). Fishing quotas come only from the blog: not its.
// The notes give the panel's finding (a summary): with the agreement on ferry links, the panel's conclusions.
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "./corpus.js";

export const SESSION = "harbour-sitting-2";

const SOURCES: Record<string, { title: string; kind: string; date?: string; text: string[] }> = {
  "harbour-report": {
    title: "Harbour Towns Review: the second sitting",
    kind: "transcript-report",
    date: "2025-06-13",
    text: [
      "The Harbour Towns Review held its second sitting on 12 June 2025.",
      "The sitting was chaired by Maren Holt, Chair of the Coastal Renewal Trust.",
      "The panel were Idris Vane, Director of Ports at Eastmere Council, Ona Pike, Senior Fellow at the Tidewater Institute, and Teo Brand.",
      "The sitting covered ferry links and harbour dredging.",
      "Idris Vane said: “Without a ferry every hour, the islands empty out.”",
      "Ona Pike said: “Young people leave because there is nowhere to rent.”",
      "Teo Brand said: “Rents in the old town have doubled in five years.”",
      "Ona Pike added that colleges should teach marine engineering.",
      "The panellists agreed that ferry links decide whether the towns survive.",
      "The panel recommended that councils and the ferry operator fund the links jointly.",
      "Idris Vane said: “Every harbour should publish its dredging plan.”",
    ],
  },
  "harbour-notes": {
    title: "Notes from the Harbour Towns Review",
    kind: "article",
    text: [
      "Notes from the second sitting of the Harbour Towns Review.",
      "Idris Vane, Head of Ports at Eastmere Council, sat on the panel.",
      "He said: “Dredging has been put off for a decade.”",
      "The panel found that the island ferry timetable had been cut twice in one year.",
    ],
  },
  "harbour-blog": {
    title: "A blog on the coast",
    kind: "article",
    date: "2025-07-01",
    text: [
      "A week later, Idris Vane told this blog: “Fishing quotas are the real problem.”",
      "Ona Pike wrote that rents keep rising.",
    ],
  },
};

const REGISTRY = `people:
  - { id: maren-holt, label: Maren Holt }
  - { id: idris-vane, label: Idris Vane }
  - { id: ona-pike, label: Ona Pike }
  - { id: teo-brand, label: Teo Brand }
organisations:
  - { id: coastal-renewal-trust, label: Coastal Renewal Trust, kind: charity }
  - { id: eastmere-council, label: Eastmere Council, kind: local-authority }
  - { id: tidewater-institute, label: Tidewater Institute, kind: think-tank }
themes:
  - { id: ferry-links, label: Ferry links }
  - { id: harbour-dredging, label: Harbour dredging }
  - { id: housing, label: Housing and rents }
  - { id: skills, label: Marine skills }
  - { id: fishing-quotas, label: Fishing quotas }
recommendations:
  - id: fund-ferries-jointly
    label: Fund ferry links jointly
    text: Councils and the ferry operator should fund the ferry links jointly.
  - id: publish-dredging-plans
    label: Publish dredging plans
    text: Every harbour should publish its dredging plan.
findings:
  - id: ferry-timetable-cut
    label: Ferry timetable cut twice
    text: The island ferry timetable was cut twice in one year.
events:
  - { id: harbour-towns-review, label: Harbour Towns Review 2025, kind: inquiry }
sessions:
  - { id: ${SESSION}, label: "Harbour Towns Review, second sitting" }
`;

type Claim = [relation: string, from: string, to: string, quote: string, kind: string, role?: string];

const claim = ([relation, from, to, quote, kind, role]: Claim) =>
  [
    `  - relation: ${relation}`,
    `    from: ${from}`,
    `    to: ${to}`,
    ...(role ? [`    role: ${role}`] : []),
    "    evidence:",
    `      - { quote: ${JSON.stringify(quote)}, kind: ${kind} }`,
  ].join("\n");

const PANEL = "Idris Vane, Director of Ports at Eastmere Council, Ona Pike, Senior Fellow at the Tidewater Institute";
const ANNOTATIONS: Record<string, { claims: Claim[]; attributes?: string }> = {
  "harbour-report": {
    claims: [
      ["reported-in", SESSION, "harbour-report", "The Harbour Towns Review held its second sitting", "reported"],
      ["part-of", SESSION, "harbour-towns-review", "The Harbour Towns Review held its second sitting", "reported"],
      ["chaired", "maren-holt", SESSION, "The sitting was chaired by Maren Holt", "reported"],
      [
        "affiliated-with",
        "maren-holt",
        "coastal-renewal-trust",
        "Maren Holt, Chair of the Coastal Renewal Trust",
        "reported",
        "Chair",
      ],
      ["panellist-in", "idris-vane", SESSION, PANEL, "reported"],
      ["panellist-in", "ona-pike", SESSION, PANEL, "reported"],
      ["panellist-in", "teo-brand", SESSION, "and Teo Brand", "reported"],
      [
        "affiliated-with",
        "idris-vane",
        "eastmere-council",
        "Idris Vane, Director of Ports at Eastmere Council",
        "reported",
        "Director of Ports",
      ],
      [
        "affiliated-with",
        "ona-pike",
        "tidewater-institute",
        "Ona Pike, Senior Fellow at the Tidewater Institute",
        "reported",
        "Senior Fellow",
      ],
      ["covers", SESSION, "ferry-links", "The sitting covered ferry links and harbour dredging.", "reported"],
      ["covers", SESSION, "harbour-dredging", "The sitting covered ferry links and harbour dredging.", "reported"],
      [
        "agreed-on",
        SESSION,
        "ferry-links",
        "The panellists agreed that ferry links decide whether the towns survive.",
        "summary",
      ],
      ["spoke-on", "idris-vane", "ferry-links", "Without a ferry every hour, the islands empty out.", "direct-quote"],
      ["spoke-on", "ona-pike", "housing", "Young people leave because there is nowhere to rent.", "direct-quote"],
      ["spoke-on", "teo-brand", "housing", "Rents in the old town have doubled in five years.", "direct-quote"],
      ["spoke-on", "ona-pike", "skills", "colleges should teach marine engineering", "reported"],
      ["spoke-on", "idris-vane", "harbour-dredging", "Every harbour should publish its dredging plan.", "direct-quote"],
      [
        "recommends",
        SESSION,
        "fund-ferries-jointly",
        "The panel recommended that councils and the ferry operator fund the links jointly.",
        "summary",
      ],
      [
        "recommends",
        "idris-vane",
        "publish-dredging-plans",
        "Every harbour should publish its dredging plan.",
        "direct-quote",
      ],
    ],
    attributes: [
      "attributes:",
      `  - entity: ${SESSION}`,
      "    name: date",
      '    value: "2025-06-12"',
      "    evidence:",
      '      - { quote: "held its second sitting on 12 June 2025", kind: reported }',
    ].join("\n"),
  },
  "harbour-notes": {
    claims: [
      [
        "panellist-in",
        "idris-vane",
        SESSION,
        "Idris Vane, Head of Ports at Eastmere Council, sat on the panel.",
        "reported",
      ],
      [
        "affiliated-with",
        "idris-vane",
        "eastmere-council",
        "Idris Vane, Head of Ports at Eastmere Council",
        "reported",
        "Head of Ports",
      ],
      ["spoke-on", "idris-vane", "harbour-dredging", "Dredging has been put off for a decade.", "direct-quote"],
      [
        "states",
        SESSION,
        "ferry-timetable-cut",
        "The panel found that the island ferry timetable had been cut twice in one year.",
        "summary",
      ],
    ],
  },
  "harbour-blog": {
    claims: [
      ["spoke-on", "idris-vane", "fishing-quotas", "Fishing quotas are the real problem.", "direct-quote"],
      ["spoke-on", "ona-pike", "housing", "Ona Pike wrote that rents keep rising.", "reported"],
    ],
  },
};

/** Writes the corpus to a new temporary folder and returns the folder. */
export function sessionCorpus(): string {
  const dir = tempDir();
  mkdirSync(join(dir, "sources"));
  mkdirSync(join(dir, "annotations"));
  writeFileSync(join(dir, "registry.yaml"), REGISTRY);
  for (const [id, { title, kind, date, text }] of Object.entries(SOURCES)) {
    const body = text.join("\n");
    writeFileSync(join(dir, "sources", `${id}.txt`), body);
    const sha256 = createHash("sha256").update(body).digest("hex");
    writeFileSync(
      join(dir, "sources", `${id}.yaml`),
      [
        `id: ${id}`,
        `title: ${JSON.stringify(title)}`,
        `kind: ${kind}`,
        ...(date ? [`date: "${date}"`] : []),
        "origin: written for the panelgraph tests",
        `sha256: ${sha256}`,
        "",
      ].join("\n"),
    );
    const { claims, attributes } = ANNOTATIONS[id]!;
    writeFileSync(
      join(dir, "annotations", `${id}.yaml`),
      [`source: ${id}`, "claims:", ...claims.map(claim), ...(attributes ? [attributes] : []), ""].join("\n"),
    );
  }
  return dir;
}
