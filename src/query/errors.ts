// Errors a query raises when a name does not pick out exactly one entity. Stable names, so callers can tell them apart;
// each carries the candidates or suggestions as data for the CLI to print.
import type { NodeType } from "../model/vocabulary.js";
import type { TypedEntityRef } from "./types.js";

/** Base class: a name that could not be turned into one entity. */
export class EntityLookupError extends Error {
  override readonly name: string = "EntityLookupError";
  constructor(
    message: string,
    readonly query: string,
    /** The entities the user may have meant: all matches when ambiguous, the nearest names when unknown. */
    readonly candidates: TypedEntityRef[],
    /** Entities of the wanted types on the passages that mention the name's words (ResolveEntityOptions.mentioned). */
    readonly mentioned: MentionedEntity[] = [],
  ) {
    super(message);
  }
}

/** An entity on passages that mention a name: how many passages. */
export interface MentionedEntity extends TypedEntityRef {
  passages: number;
}

/** The name matches several entities (e.g. the same alias on two themes). */
export class AmbiguousEntityError extends EntityLookupError {
  override readonly name = "AmbiguousEntityError";
}

/** No entity has this id, label or alias; `candidates` holds the nearest names. */
export class UnknownEntityError extends EntityLookupError {
  override readonly name = "UnknownEntityError";
}

/** The name is known but is the wrong kind of entity for the question (a person where a theme is needed). */
export class EntityTypeError extends EntityLookupError {
  override readonly name = "EntityTypeError";
  constructor(
    message: string,
    query: string,
    candidates: TypedEntityRef[],
    readonly expected: readonly NodeType[],
    /** The entities the name does pick out, of other types. */
    readonly found: TypedEntityRef[],
    mentioned: MentionedEntity[] = [],
  ) {
    super(message, query, candidates, mentioned);
  }
}
