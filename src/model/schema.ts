// The annotation format, declared once. Every TypeScript type of the data model is inferred from these schemas; the
// names they are built from (node types, relations, evidence kinds) live in vocabulary.ts, which the viewer imports
// without zod, and are re-exported here so the rest of src/ reads the whole model from one place.
import { z } from "zod";
import { ISO_DATE, dateHint, dateProblem } from "./dates.js";
import { SECTION_TYPES } from "./review.js";
import {
  EVIDENCE_KINDS,
  NODE_TYPES,
  RELATION_NAMES,
  REVIEW_STATUSES,
  SOURCE_KINDS,
  type Evidence,
  type EvidenceKind,
  type NodeType,
  type Relation,
  type ReviewStatus,
  type SourceKind,
} from "./vocabulary.js";

export * from "./vocabulary.js";

/** What an id that is not one is told (src/ingest/validate.ts adds the id meant, when a name was written instead). */
export const ID_FORM_MESSAGE = "must be lowercase letters and digits joined by hyphens, e.g. `janet-budd`";

/** Stable ids: lowercase words joined by hyphens, e.g. `janet-budd`, `health-and-care-act-2022`. */
export const IdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, ID_FORM_MESSAGE);

const NonEmpty = z.string().trim().min(1, "must not be empty");

/** A problem the schema reports with the hint that fixes it (read.ts passes `params.hint` on). */
function problem(ctx: z.core.$RefinementCtx, message: string, hint: string, path?: PropertyKey[]): void {
  ctx.addIssue({ code: "custom", message, params: { hint }, ...(path ? { path } : {}) });
}

/** A date the calendar has, in one of the three ISO forms (model/dates.ts); read.ts knows a date field by it. */
export const CalendarDateSchema = z.string().superRefine((value, ctx) => {
  const wrong = dateProblem(value);
  if (wrong) problem(ctx, wrong, dateHint(value));
});

/** What to do about an address that is not a web address. */
export const WEB_ADDRESS_HINT = "give the address the text was published at, e.g. https://example.org/article";

/**
 * A web address a reader can open: http or https, a host, no spaces. Others (`javascript:`, `file:`, `data:`) are
 * refused here rather than each place that shows or writes one having to (the viewer's link, the Turtle export).
 */
export function webAddressProblem(value: string): string | undefined {
  if (!/^https?:/i.test(value)) return "must be a web address starting with http:// or https://";
  if (/\s/.test(value)) return "must be a web address without spaces (write a space as %20)";
  if (!/^https?:\/\/(?:[^@/?#]*@)?(?:[\p{L}\p{N}.-]+|\[[0-9A-Fa-f:.]+\])(?::\d+)?(?:[/?#]|$)/iu.test(value)) {
    return "must be a web address: http(s):// and then the site's name, e.g. https://example.org/article";
  }
  return undefined;
}

const WebAddress = z.string().superRefine((value, ctx) => {
  const wrong = webAddressProblem(value);
  if (wrong) problem(ctx, wrong, `${WEB_ADDRESS_HINT}; where a copy came from goes in origin`);
});

export const NodeTypeSchema = z.enum(NODE_TYPES);

export const EvidenceKindSchema = z.enum(EVIDENCE_KINDS);

// ---------------------------------------------------------------------------------------------------------------------
// Sources: graph-data/sources/<id>.txt (the text, verbatim) + graph-data/sources/<id>.yaml (this metadata)

export const SourceMetaSchema = z.strictObject({
  id: IdSchema,
  title: NonEmpty,
  publisher: NonEmpty.optional(),
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) that the calendar has, only where the text gives it. */
  date: CalendarDateSchema.optional(),
  /** What in the text the date rests on. */
  dateEvidence: NonEmpty.optional(),
  kind: z.enum(SOURCE_KINDS),
  /** Where the text came from: a URL, or the file it was copied from. */
  origin: NonEmpty,
  /** Where it was published: an http(s) address. */
  url: WebAddress.optional(),
  /** SHA-256 of the .txt bytes: the loader refuses a text that was changed after it was annotated. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits (the file's SHA-256)"),
  /** A character that stands in for ’ “ ” and – (spelled `U+0E42` or as itself); the loader repairs it from context. */
  damagedCharacter: z
    .string()
    .regex(/^(U\+[0-9A-Fa-f]{4}|.)$/u, "must be one character or its code point, e.g. U+0E42")
    .optional(),
  notes: NonEmpty.optional(),
  /** Who wrote it, where the page or document names them. */
  author: NonEmpty.optional(),
  /**
   * The file the text was extracted from (an HTML page, a PDF, a Markdown file, a text in another encoding than UTF-8),
   * kept byte for byte beside it as sources/<id>.original.<format>; evidence offsets point into the .txt, never into
   * this file.
   */
  original: z
    .strictObject({
      file: z
        .string()
        .regex(
          /^[^/\\]+\.original\.(html|pdf|md|txt)$/u,
          "must be a file name in sources/, <id>.original.<html|pdf|md|txt>",
        ),
      format: z.enum(["html", "pdf", "md", "txt"]),
      /** The encoding the file was read in, when not UTF-8 (a .txt saved as UTF-16 or windows-1252). */
      encoding: z.string().min(1).optional(),
      /** SHA-256 of the original file's bytes: validate refuses a file changed since it was added. */
      sha256: z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits (the file's SHA-256)"),
    })
    .optional(),
  /** PDF sources: the offset in the .txt at which each page starts (page n at pages[n - 1]), so evidence can say "p. 7". */
  pages: z.array(z.number().int().nonnegative()).min(1).optional(),
});
export type SourceMeta = z.infer<typeof SourceMetaSchema>;

// ---------------------------------------------------------------------------------------------------------------------
// Registry: graph-data/registry.yaml, the canonical entities

const EntityBase = {
  id: IdSchema,
  label: NonEmpty,
  aliases: z.array(NonEmpty).default([]),
  description: NonEmpty.optional(),
  /** Ids it had before (`rename-entity` writes them): a viewer link made with one still opens it. */
  formerIds: z.array(IdSchema).optional(),
};

export const PersonSchema = z.strictObject({ ...EntityBase });
/**
 * A registry person may name people spelt like them who are someone else (`distinctFrom`): `validate` no longer asks
 * whether the two are one, nor does `suggest` of a draft that declares one of them again.
 */
export const RegistryPersonSchema = z.strictObject({ ...EntityBase, distinctFrom: z.array(IdSchema).optional() });
export const OrganisationSchema = z.strictObject({
  ...EntityBase,
  kind: z
    .enum([
      "government",
      "public-body",
      "local-authority",
      "nhs",
      "think-tank",
      "charity",
      "professional-body",
      "network",
      "commission",
      "publisher",
      "parliament",
      "party",
      "other",
    ])
    .default("other"),
});
export const ThemeSchema = z.strictObject({ ...EntityBase, parent: IdSchema.optional() });
export const ProgrammeSchema = z.strictObject({
  ...EntityBase,
  kind: z.enum(["programme", "policy", "legislation", "structure", "plan"]),
});
export const RecommendationSchema = z.strictObject({
  ...EntityBase,
  /** The recommendation in full, as a sentence a reader can act on. */
  text: NonEmpty,
});
export const FindingSchema = z.strictObject({ ...EntityBase, text: NonEmpty });
export const EventSchema = z.strictObject({
  ...EntityBase,
  kind: z.enum(["inquiry", "event"]),
});
export const SessionSchema = z.strictObject({ ...EntityBase });

/** A section left empty (`themes:` with nothing under it, so YAML reads null), as a reviewer's deletions leave it. */
const emptied = <T extends z.ZodType>(schema: T, empty: unknown) =>
  z.preprocess((value) => (value === null ? empty : value), schema);

/** An entity section; left empty (`themes:` with nothing under it) once a reviewer has deleted its entries. */
const section = <T extends z.ZodType>(entry: T) => emptied(z.array(entry).default([]), []);

export const RegistrySchema = z.strictObject({
  people: section(RegistryPersonSchema),
  organisations: section(OrganisationSchema),
  themes: section(ThemeSchema),
  programmes: section(ProgrammeSchema),
  recommendations: section(RecommendationSchema),
  findings: section(FindingSchema),
  events: section(EventSchema),
  sessions: section(SessionSchema),
});
export type Registry = z.infer<typeof RegistrySchema>;

/** Registry section name → node type: one table, shared with the viewer's review code (src/model/review.ts). */
export const REGISTRY_SECTIONS = SECTION_TYPES satisfies Record<keyof Registry, NodeType>;

// ---------------------------------------------------------------------------------------------------------------------
// Relations (the names and the node types allowed at either end: vocabulary.ts)

export const RelationSchema = z.enum(RELATION_NAMES as [Relation, ...Relation[]]);

// ---------------------------------------------------------------------------------------------------------------------
// Annotations: graph-data/annotations/<source-id>.yaml, the claims one source makes

export const EvidenceInputSchema = z.strictObject({
  /** Defaults to the annotation file's source. */
  source: IdSchema.optional(),
  /** An exact substring of the (repaired) source text. */
  quote: NonEmpty,
  kind: EvidenceKindSchema,
  /** Which occurrence when the quote appears more than once (1 = first). */
  occurrence: z.number().int().min(1).optional(),
});
export type EvidenceInput = z.infer<typeof EvidenceInputSchema>;

/** Review state of a record drafted by `panelgraph suggest` (see REVIEW_STATUSES). */
export const ReviewStatusSchema = z.enum(REVIEW_STATUSES);

export const ClaimSchema = z.strictObject({
  relation: RelationSchema,
  from: IdSchema,
  to: IdSchema,
  /** affiliated-with: the role as this source states it. */
  role: NonEmpty.optional(),
  /** affiliated-with: when the role began and ended, as the source states it ("since 2019", "until March 2024"). */
  since: CalendarDateSchema.optional(),
  until: CalendarDateSchema.optional(),
  /** linked-to: the link in the source's words, read "from <link> to" ("retained", "met", "is a member of"). */
  link: NonEmpty.optional(),
  evidence: z.array(EvidenceInputSchema).min(1, "every claim needs at least one evidence item"),
  note: NonEmpty.optional(),
  status: ReviewStatusSchema.optional(),
});
export type Claim = z.infer<typeof ClaimSchema>;

/**
 * What makes two claims of one annotation file the same claim: relation, ends, role and its dates (a role is what a
 * source says of an affiliation, so two roles, or one role in two periods, are two claims), and a link's wording.
 * `validate` warns for a repeat; the review folds one it would make.
 */
export function claimIdentity(claim: {
  relation: string;
  from: string;
  to: string;
  role?: string | undefined;
  since?: string | undefined;
  until?: string | undefined;
  link?: string | undefined;
}): string {
  const dated = claim.since !== undefined || claim.until !== undefined;
  const link = claim.link === undefined ? "" : ` link:${claim.link}`;
  return `${claim.relation} ${claim.from} ${claim.to} ${claim.role ?? ""}${dated ? ` ${claim.since ?? ""}/${claim.until ?? ""}` : ""}${link}`;
}

/** A fact about one entity (a session's date, a format) with the passage it rests on. */
export const AttributeClaimSchema = z
  .strictObject({
    entity: IdSchema,
    name: z.enum(["date", "format", "place"]),
    value: NonEmpty,
    evidence: z.array(EvidenceInputSchema).min(1, "every attribute needs at least one evidence item"),
  })
  .superRefine((attribute, ctx) => {
    // A date may be written as the text words it; one written as an ISO date must be a real one.
    if (attribute.name !== "date" || !ISO_DATE.test(attribute.value)) return;
    const wrong = dateProblem(attribute.value);
    if (wrong) problem(ctx, wrong, dateHint(attribute.value), ["value"]);
  });
export type AttributeClaim = z.infer<typeof AttributeClaimSchema>;

const Reviewed = { status: ReviewStatusSchema.optional() };

/**
 * Entities a source introduces, declared in its annotation file in the registry's shape (each with an optional review
 * `status`), so a draft from `panelgraph suggest` is one file. Ids share one namespace with the registry; a theme here
 * may take a registry theme or a theme of the same file as `parent`.
 */

export const SourceEntitiesSchema = z.strictObject({
  people: section(PersonSchema.extend(Reviewed)),
  organisations: section(OrganisationSchema.extend(Reviewed)),
  themes: section(ThemeSchema.extend(Reviewed)),
  programmes: section(ProgrammeSchema.extend(Reviewed)),
  recommendations: section(RecommendationSchema.extend(Reviewed)),
  findings: section(FindingSchema.extend(Reviewed)),
  events: section(EventSchema.extend(Reviewed)),
  sessions: section(SessionSchema.extend(Reviewed)),
});
export type SourceEntities = z.infer<typeof SourceEntitiesSchema>;

export const AnnotationFileSchema = z.strictObject({
  source: IdSchema,
  // Emptied like a section: `entities:` with nothing under it once its last entry is deleted.
  entities: emptied(SourceEntitiesSchema, {}).optional(),
  claims: section(ClaimSchema),
  attributes: section(AttributeClaimSchema),
});
export type AnnotationFile = z.infer<typeof AnnotationFileSchema>;

// ---------------------------------------------------------------------------------------------------------------------
// What validation resolves: evidence with its place in the text

export const EvidenceSchema = z.strictObject({
  source: IdSchema,
  quote: z.string(),
  kind: EvidenceKindSchema,
  /** UTF-16 offsets into the repaired text, end exclusive (JavaScript's `text.slice(start, end) === quote`). */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

// ---------------------------------------------------------------------------------------------------------------------
// vocabulary.ts declares these types without zod; type-checking fails here if a schema stops inferring exactly them.

/** True when A and B are the same type (not merely assignable one way). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<Check extends true> = Check;
export type SchemasInferVocabulary = [
  Assert<Equal<z.infer<typeof NodeTypeSchema>, NodeType>>,
  Assert<Equal<z.infer<typeof EvidenceKindSchema>, EvidenceKind>>,
  Assert<Equal<SourceMeta["kind"], SourceKind>>,
  Assert<Equal<z.infer<typeof RelationSchema>, Relation>>,
  Assert<Equal<z.infer<typeof ReviewStatusSchema>, ReviewStatus>>,
  Assert<Equal<z.infer<typeof EvidenceSchema>, Evidence>>,
];
