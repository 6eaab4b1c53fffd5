// What the review mode's page and the write API behind `npm start` exchange (src/review/, src/cli/review-api.ts,
// viewer/review/): a source's annotation files as the page shows them, and the changes a reviewer makes. Declared here,
// without zod or node, so the viewer uses the same types.
import type { EvidenceKind, NodeType, Relation } from "./vocabulary.js";

/**
 * How `suggest` opens the description of a theme it drafts ("New candidate theme: a noun phrase this source uses 2
 * times."): a note to the reviewer on why the theme was proposed, not what the theme is. Review's accept deletes it,
 * and the build leaves it out of the graph when a theme was accepted by hand with the note kept.
 */
export const DRAFT_THEME_NOTE = "New candidate theme: ";

/** Whether `description` is suggest's note on a drafted theme (DRAFT_THEME_NOTE), not a description of it. */
export const isDraftNote = (description: unknown): boolean =>
  typeof description === "string" && description.startsWith(DRAFT_THEME_NOTE);

/** The registry's sections, which an annotation file's `entities:` repeats. */
export const ENTITY_SECTIONS = [
  "people",
  "organisations",
  "themes",
  "programmes",
  "recommendations",
  "findings",
  "events",
  "sessions",
] as const;
export type EntitySection = (typeof ENTITY_SECTIONS)[number];

/** Registry section name → node type (the registry schema's `REGISTRY_SECTIONS` is this table). */
export const SECTION_TYPES = {
  people: "person",
  organisations: "organisation",
  themes: "theme",
  programmes: "programme",
  recommendations: "recommendation",
  findings: "finding",
  events: "event",
  sessions: "session",
} as const satisfies Record<EntitySection, NodeType>;

export interface EvidenceEntry {
  quote: string;
  kind: EvidenceKind;
  /** Which occurrence (1 = first) when the quote appears more than once. */
  occurrence?: number;
}

export interface NewClaim {
  relation: Relation;
  from: string;
  to: string;
  role?: string;
  /** linked-to: the link in the source's words. */
  link?: string;
  evidence: EvidenceEntry[];
}

export interface NewEntity {
  id: string;
  label: string;
  kind?: string;
  parent?: string;
  text?: string;
}

export interface NewDeclaration {
  section: EntitySection;
  entity: NewEntity;
}

/** One change a reviewer makes; claims are named by their index in `claims:` (the file's hash pins which file). */
export type Change =
  | { type: "accept"; claim: number }
  | { type: "accept-entity"; section: EntitySection; id: string }
  | { type: "accept-all"; relation: Relation }
  | { type: "accept-all-entities"; section: EntitySection }
  | { type: "reject"; claim: number }
  | { type: "reject-entity"; section: EntitySection; id: string }
  | {
      type: "edit";
      claim: number;
      relation?: Relation;
      from?: string;
      to?: string;
      /** null removes the role. */
      role?: string | null;
      /** affiliated-with: when the role began and ended (ISO dates, as `since`/`until` in the file); null removes. */
      since?: string | null;
      until?: string | null;
      /** linked-to: the link in the source's words; null removes it. */
      link?: string | null;
      /** Evidence kinds by the evidence's index. */
      kinds?: Record<string, EvidenceKind>;
      /** Passages (the evidence's indices, as read) to remove from the claim; at least one passage must stay. */
      drop?: number[];
      accept?: boolean;
    }
  | {
      type: "add-claim";
      claim: NewClaim;
      /** Entities the claim needs that nothing declares yet, declared in the same write (a new recommendation). */
      declare?: NewDeclaration[];
      /**
       * A `recommends` claim's themes: an `addresses` claim from its recommendation to each, on the same passages, in
       * the same write (without one, `recommendations-on` never lists it).
       */
      addresses?: string[];
    }
  | { type: "add-entity"; section: EntitySection; entity: NewEntity }
  /**
   * The file's drafted entity `id` is `as`, which the corpus already has (the same hearing reported by another source):
   * the file's claims move to `as` and the drafted entry is deleted.
   */
  | { type: "same-as"; section: EntitySection; id: string; as: string };

export type ReviewStatus = "suggested" | "accepted";

export interface EvidenceView {
  quote: string;
  kind: EvidenceKind;
  occurrence?: number;
  /** Offsets into the repaired source text, when the quote is found there. */
  start?: number;
  end?: number;
}

export interface ClaimView {
  index: number;
  line?: number;
  relation: Relation;
  from: string;
  to: string;
  role?: string;
  /** affiliated-with: when the role held, as the claim gives it. */
  since?: string;
  until?: string;
  /** linked-to: the link in the source's words. */
  link?: string;
  note?: string;
  status: ReviewStatus;
  evidence: EvidenceView[];
}

export interface EntityView {
  section: EntitySection;
  type: NodeType;
  line?: number;
  id: string;
  label: string;
  status: ReviewStatus;
  kind?: string;
  parent?: string;
  text?: string;
  aliases: string[];
  /** The draft's remark that a new person may be a known one spelt differently ("possibly the same person as …"). */
  speltAlike?: string;
  /**
   * The other annotation files that declare this id as the same kind of entity (one entity, each file with its own
   * copy: accepted as soon as one copy is; rejecting one copy removes that file's copy and claims only).
   */
  elsewhere?: EntityElsewhere[];
}

/** Another annotation file's copy of an entity: the file, its source and the copy's status there. */
export interface EntityElsewhere {
  /** The file's name in annotations/. */
  file: string;
  source: string;
  /** The source's title, as the reviewer knows it. */
  title: string;
  status: ReviewStatus;
}

export interface FileView {
  /** The file's name in annotations/. */
  name: string;
  /** SHA-256 of its bytes: sent back with every change, which is refused if the file no longer has it. */
  hash: string;
  claims: ClaimView[];
  entities: EntityView[];
}

export interface SourceView {
  source: { id: string; title: string; kind: string; text: string };
  files: FileView[];
}

export interface SourceSummary {
  id: string;
  title: string;
  /** Claims and entities still suggested, of `total`. */
  suggested: number;
  /** Of `suggested`, the claims. */
  suggestedClaims: number;
  /**
   * The ids of the entities still suggested in the source's drafts and accepted in no draft (as `build` counts those
   * left out of the graph): one id declared in several drafts is one entity (a copy in each), so counts over sources
   * take the distinct ids.
   */
  suggestedEntities: string[];
  total: number;
}

/** The answer to a change or an undo. */
export interface ChangeAnswer {
  ok: boolean;
  error?: string;
  /** validate's lines for the errors the change would have made. */
  problems?: string[];
  file?: string;
  source?: string;
  hash?: string;
  acceptedEntities?: string[];
  removedEntities?: string[];
  /** Claims removed with a rejected entity, or with a rejected `recommends` claim (its drafted `addresses` claims). */
  removedClaims?: number;
  /** Claims a "same-as" folded into the same claim the file already had. */
  foldedClaims?: number;
  /** Passages of people's words a rejected entity's claims carried, moved to the person's seat (src/model/rejection.ts). */
  movedPassages?: number;
  undone?: string;
  undoable?: number;
}

/** Who a possible recommendation is of, as the rules read it: a person, an organisation, the session, the source. */
export interface ProposerView {
  id: string;
  label: string;
  type: "person" | "organisation" | "session" | "source";
  /** False when the corpus and the source's files do not declare it yet: adding the claim declares it. */
  declared: boolean;
  /** An organisation's kind, as the draft would declare it. */
  kind?: string;
}

/**
 * A passage the suggest rules read as a proposal, of a kind they do not draft (right too seldom on unseen texts), that
 * no `recommends` claim rests on yet: offered to the reviewer to add in one step.
 */
export interface PossibleRecommendation {
  /** The passage, exactly as in the source text, and its offsets there. */
  quote: string;
  start: number;
  end: number;
  /** Which occurrence (1 = first) when the passage appears more than once. */
  occurrence?: number;
  /** The evidence kind the draft would give it. */
  kind: EvidenceKind;
  whose?: ProposerView;
  /** Why it was not drafted: its kind, in a reviewer's words. */
  why: string;
  /** A label for the new recommendation, drafted from the passage. */
  label: string;
  /** A recommendation the corpus knows that says much the same, if the rules found one. */
  known?: { id: string; label: string };
  /** The themes the passage's words name, as `suggest` finds them (a new theme of the source's draft: not declared). */
  themes?: ThemeView[];
}

/** A theme a possible recommendation addresses; `declared` false when adding it would declare it (a new theme). */
export interface ThemeView {
  id: string;
  label: string;
  declared: boolean;
}

export interface PossibleRecommendations {
  source: string;
  proposals: PossibleRecommendation[];
  /** How often the kinds not drafted were right on texts the rules had not seen, in words ("five times in ten"). */
  rightInTen: string;
}
