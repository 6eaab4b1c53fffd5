// A new person whose name is a known person's spelt a little differently ("Bartolomew Quig" for a known "Bartholomew
// Quigg"): the draft says who it may be, for the reviewer to decide, as it says which known bodies a short name may be.
import { namesSlipped } from "../model/near-spellings.js";
import type { KnownEntities, KnownEntity } from "./known.js";

/** The known people a new person's name may be a misspelling of (their label or an alias, by `namesSlipped`). */
export function knownPeopleSpeltAlike(label: string, known: KnownEntities): KnownEntity[] {
  return known
    .ofType("person")
    .filter((p) => [p.label, ...p.aliases].some((name) => namesSlipped(label, name)))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** What the draft's remark on a new person spelt like known ones opens with: Review shows a remark that does. */
export const SPELT_ALIKE = "possibly the same person as ";

/** The draft's remark on a new person spelt like known ones, for the reviewer. */
export function speltAlikeRemark(alike: KnownEntity[]): string {
  return `${SPELT_ALIKE}${alike.map((p) => `${p.label} (${p.id})`).join(" or ")}: each word of the names is the same or a letter apart; if so, use that id instead`;
}
