// The model's names: node types, relations, evidence kinds and the shape of resolved evidence, as plain constants and
// types. Kept free of zod (and of any import) so the viewer can use them without bundling the schemas; schema.ts builds
// its enums from these constants and checks that its inferred types equal the types declared here.

/** Node types, in the order a build lists them. */
export const NODE_TYPES = [
  "source",
  "event",
  "session",
  "person",
  "organisation",
  "theme",
  "programme",
  "recommendation",
  "finding",
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** `direct-quote`: the person's own words; `reported`: the source reports what they said or are; `summary`: a panel-level statement. */
export const EVIDENCE_KINDS = ["direct-quote", "reported", "summary"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** `transcript`: the words of a hearing or panel as spoken, turn by turn; `transcript-report`: a write-up of one. */
export const SOURCE_KINDS = ["transcript", "transcript-report", "article", "report-summary"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * Review state of a claim or entity drafted by `panelgraph suggest`: `suggested` until a person has checked it against
 * its evidence and set `accepted`. Absent means accepted (hand-made). Suggested records are validated but left out of
 * the graph, and reported as warnings.
 */
export const REVIEW_STATUSES = ["suggested", "accepted"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

// ---------------------------------------------------------------------------------------------------------------------
// Relations: each with the node types allowed at either end

type Any = readonly NodeType[];
export const RELATIONS = {
  /** person → organisation, with the role the source gives. */
  "affiliated-with": { from: ["person"], to: ["organisation"], description: "works for or represents" },
  /**
   * A link between two actors that the source states, with its wording (`link`: "retained", "met", "is funded by"):
   * person or organisation at either end, read "from <link> to".
   */
  "linked-to": {
    from: ["person", "organisation"],
    to: ["person", "organisation"],
    description: "is linked to, in the source's words",
  },
  /** A person's own words on a theme: a direct quote, or speech the source reports of that person. */
  "spoke-on": { from: ["person"], to: ["theme"], description: "spoke on the theme" },
  /** A statement about a whole panel ("the panellists agreed that …"): the session's, reaching its members through `panellist-in`. */
  "agreed-on": { from: ["session"], to: ["theme"], description: "agreed on the theme as a panel" },
  addresses: {
    from: ["recommendation", "finding", "programme"],
    to: ["theme"],
    description: "addresses the theme",
  },
  recommends: {
    from: ["person", "session", "organisation", "source"],
    to: ["recommendation"],
    description: "made or backed the recommendation",
  },
  chaired: { from: ["person"], to: ["session", "event"], description: "hosted or chaired" },
  "panellist-in": { from: ["person"], to: ["session"], description: "was a panellist in" },
  "part-of": { from: ["session", "event"], to: ["event"], description: "is part of" },
  "organised-by": { from: ["event", "session"], to: ["organisation"], description: "was organised by" },
  "reported-in": { from: ["session", "event"], to: ["source"], description: "is reported in" },
  covers: { from: ["session", "event", "source"], to: ["theme"], description: "has the theme as a topic" },
  states: { from: ["source", "session"], to: ["finding"], description: "states the finding" },
  mentions: {
    from: ["source", "person"],
    to: ["person", "organisation", "programme", "theme", "event"],
    description: "names or cites",
  },
  "sub-theme-of": { from: ["theme"], to: ["theme"], description: "is a narrower theme of" },
} as const satisfies Record<string, { from: Any; to: Any; description: string }>;
export type Relation = keyof typeof RELATIONS;
export const RELATION_NAMES = Object.keys(RELATIONS) as Relation[];

// ---------------------------------------------------------------------------------------------------------------------
// What validation resolves: evidence with its place in the text (schema.ts: EvidenceSchema)

export type Evidence = {
  source: string;
  quote: string;
  kind: EvidenceKind;
  /** UTF-16 offsets into the repaired text, end exclusive (JavaScript's `text.slice(start, end) === quote`). */
  start: number;
  end: number;
};
