// What rejecting an entity in review does to people's words: the claims that use the entity go, and with them their
// passages. A passage that is a person's speech (as `query said` reads it) is kept where it can be: a direct quote
// moves to the person's seat in the same file (their `panellist-in` or `chaired` claim), where it is still theirs.
// What cannot be kept is counted, by person, for the confirmation; so are the people left with no claim in the file.
// Pure and free of the YAML and node, so the write (src/review/edit.ts) and the page's confirmation plan alike.
import type { EvidenceKind, Relation } from "./vocabulary.js";

export interface RejectionPassage {
  quote: string;
  kind: EvidenceKind;
  occurrence?: number;
  /** Another source's id when the passage names one (none: the file's own source). */
  source?: string;
}

export interface RejectionClaim {
  relation: Relation;
  from: string;
  to: string;
  evidence: readonly RejectionPassage[];
}

/** Direct quotes of `person` that move from a claim being removed to the person's seat `to` (both claim indices). */
export interface PassageMove {
  person: string;
  /** The seat claim's index, which is kept. */
  to: number;
  /** The passages, as [claim index, evidence index], in the order of the file. */
  passages: [number, number][];
}

export interface RejectionPlan {
  /** The claims removed with the entity (indices, in the order of the file). */
  removed: number[];
  moves: PassageMove[];
  /** Passages of a person's speech that leave the graph (no claim of theirs left in the file to carry them). */
  lost: { person: string; passages: number }[];
  /** People the removed claims name who are left with no claim in the file. */
  orphans: string[];
}

/** A seat on a panel or in the chair: a direct quote there is still the person's words (`said`), reported speech not. */
const SEATS: ReadonlySet<Relation> = new Set(["panellist-in", "chaired"]);
/** Relations whose subject is always a person. */
const OF_A_PERSON: ReadonlySet<Relation> = new Set(["spoke-on", "panellist-in", "chaired", "affiliated-with"]);

/** Whether a passage of a claim is its subject's speech as `query said` lists it. */
export function isSpeech(relation: Relation, kind: EvidenceKind): boolean {
  if (relation === "affiliated-with" || kind === "summary") return false;
  // A linked-to passage the source reports is its statement of the link, not the person's speech (as a seat's).
  return kind === "direct-quote" || (!SEATS.has(relation) && relation !== "linked-to");
}

const keyOf = (p: RejectionPassage) => `${p.source ?? ""}\n${p.quote}\n${p.occurrence ?? 1}`;

/**
 * What rejecting entity `rejected` does: the claims naming it are removed; each passage of a person's speech on them
 * (the person not being the entity rejected) is kept when another kept claim of theirs already carries it, moved when it
 * is a direct quote and they have a seat in the file, and else counted as lost. `people`: the ids the file declares as
 * people (a claim's subject is a person too when its relation says so).
 */
export function planRejection(
  claims: readonly RejectionClaim[],
  rejected: string,
  people: ReadonlySet<string> = new Set(),
): RejectionPlan {
  const isPerson = (id: string) => people.has(id) || claims.some((c) => c.from === id && OF_A_PERSON.has(c.relation));
  const removed: number[] = [];
  claims.forEach((c, i) => (c.from === rejected || c.to === rejected) && removed.push(i));
  const gone = new Set(removed);
  const kept = claims.map((c, i) => ({ c, i })).filter(({ i }) => !gone.has(i));
  const moves = new Map<string, PassageMove>();
  const lost = new Map<string, number>();
  const counted = new Set<string>();
  for (const i of removed) {
    const claim = claims[i]!;
    const person = claim.from;
    if (person === rejected || !isPerson(person)) continue;
    claim.evidence.forEach((e, j) => {
      if (!isSpeech(claim.relation, e.kind)) return;
      const key = `${person}\n${keyOf(e)}`;
      if (counted.has(key)) return;
      counted.add(key);
      const carried = kept.some(
        ({ c }) => c.from === person && c.evidence.some((k) => keyOf(k) === keyOf(e) && isSpeech(c.relation, k.kind)),
      );
      if (carried) return;
      const seat =
        e.kind === "direct-quote"
          ? (kept.find(({ c }) => c.from === person && c.relation === "panellist-in") ??
            kept.find(({ c }) => c.from === person && c.relation === "chaired"))
          : undefined;
      if (!seat) return void lost.set(person, (lost.get(person) ?? 0) + 1);
      const move = moves.get(person) ?? { person, to: seat.i, passages: [] };
      move.passages.push([i, j]);
      moves.set(person, move);
    });
  }
  const ends = new Set(removed.flatMap((i) => [claims[i]!.from, claims[i]!.to]));
  const orphans = [...ends].filter(
    (id) => id !== rejected && isPerson(id) && !kept.some(({ c }) => c.from === id || c.to === id),
  );
  return {
    removed,
    moves: [...moves.values()],
    lost: [...lost].map(([person, passages]) => ({ person, passages })),
    orphans,
  };
}
