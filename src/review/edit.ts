// Changes to one annotation file, made on its YAML document (the `yaml` package's Document API) so that everything the
// change does not touch keeps its comments, key order, blank lines and quoting style. Pure: text in, text out; the
// server (src/review/session.ts) checks the result as `panelgraph validate` would before anything is written.
import { isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Document, type Node } from "yaml";
import { planRejection, type RejectionClaim } from "../model/rejection.js";
import { claimIdentity, type Registry } from "../model/schema.js";
import {
  ENTITY_SECTIONS,
  isDraftNote,
  type Change,
  type EntitySection,
  type NewClaim,
  type NewEntity,
} from "../model/review.js";

export type { Change, EntitySection, EvidenceEntry, NewClaim, NewEntity } from "../model/review.js";
export { ENTITY_SECTIONS } from "../model/review.js";

// The sections are the registry's: type-checking fails here if a section is added to one and not the other.
const SAME_SECTIONS: [EntitySection, keyof Registry] extends [keyof Registry, EntitySection] ? true : never = true;
void SAME_SECTIONS;

/** A change that does not fit the file (a claim index past the end, an entity it does not declare): a 4xx. */
export class ChangeError extends Error {
  override readonly name = "ChangeError";
}

/** What a change did, for the page: the new text and the ids of the entities it accepted or removed on the way. */
export interface Edited {
  text: string;
  acceptedEntities: string[];
  removedEntities: string[];
  /** Claims removed with a rejected entity, or with a rejected `recommends` claim (its `addresses` claims). */
  removedClaims: number;
  /** Claims a "same-as" folded into the same claim the file already had (their passages joined). */
  foldedClaims: number;
  /** Passages of a person's words a rejected entity's claims carried, moved to the person's seat (planRejection). */
  movedPassages: number;
}

/** How the file is written back: never folded, flow lists as the drafts write them (`[a, b]`). */
const TO_STRING = { lineWidth: 0, flowCollectionPadding: false, indentSeq: true, indent: 2 };
type Format = typeof TO_STRING;

/**
 * The way of writing that gives the file back unchanged, among the usual ones (lists indented under their key or
 * not, `[a, b]` or `[ a, b ]`, two or four spaces), so a change leaves the file's own layout everywhere else.
 */
export function formatOf(text: string, doc: Document): Format {
  for (const indent of [2, 4])
    for (const indentSeq of [true, false])
      for (const flowCollectionPadding of [false, true]) {
        const format = { ...TO_STRING, indent, indentSeq, flowCollectionPadding };
        if (doc.toString(format) === text) return format;
      }
  return TO_STRING;
}

export function parseAnnotationDocument(text: string): Document {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0)
    throw new ChangeError(`the file is not valid YAML: ${doc.errors[0]!.message.split("\n")[0]}`);
  if (!isMap(doc.contents)) throw new ChangeError("the file is not an annotation file (no `source:` / `claims:` map)");
  return doc;
}

function claims(doc: Document): YAMLSeq {
  const seq = doc.get("claims", true);
  if (isSeq(seq)) return seq;
  if (seq === undefined || (isScalar(seq) && seq.value === null)) {
    const fresh = new YAMLSeq();
    doc.set("claims", fresh);
    return doc.get("claims", true) as YAMLSeq;
  }
  throw new ChangeError("`claims:` is not a list");
}

function claimAt(doc: Document, index: number): YAMLMap {
  const item = claims(doc).items[index];
  if (!isMap(item))
    throw new ChangeError(`there is no claim ${index} in this file (it has ${claims(doc).items.length})`);
  return item;
}

function entitySection(doc: Document, section: EntitySection, create: boolean): YAMLSeq | undefined {
  let entities = doc.get("entities", true);
  if (!isMap(entities)) {
    if (!create) return undefined;
    doc.set("entities", new YAMLMap());
    entities = doc.get("entities", true) as YAMLMap;
  }
  const map = entities as YAMLMap;
  let seq = map.get(section, true);
  if (!isSeq(seq)) {
    if (!create) return undefined;
    map.set(section, new YAMLSeq());
    seq = map.get(section, true);
  }
  return seq as unknown as YAMLSeq;
}

/** Where the file declares entity `id`: its section and index, or undefined. */
function findEntity(doc: Document, id: string): { section: EntitySection; seq: YAMLSeq; index: number } | undefined {
  for (const section of ENTITY_SECTIONS) {
    const seq = entitySection(doc, section, false);
    const index = seq?.items.findIndex((item) => isMap(item) && item.get("id") === id) ?? -1;
    if (seq && index !== -1) return { section, seq, index };
  }
  return undefined;
}

const str = (map: YAMLMap, key: string) => {
  const value = map.get(key);
  return typeof value === "string" ? value : undefined;
};

/**
 * Sets `status: accepted` where the record says `suggested`, keeping the line (and its comment). A drafted theme's
 * description that is only suggest's note on why it was proposed (isDraftNote) goes: accepted, it would be the
 * theme's description in every export.
 */
function accept(map: YAMLMap): boolean {
  if (map.get("status") !== "suggested") return false;
  map.set("status", "accepted");
  if (isDraftNote(map.get("description"))) map.delete("description");
  return true;
}

/** Accepts the entities a claim stands on that this file declares as suggested (an accepted claim needs them). */
function acceptEnds(doc: Document, claim: YAMLMap, accepted: string[]): void {
  for (const id of [str(claim, "from"), str(claim, "to")]) {
    if (id === undefined) continue;
    const found = findEntity(doc, id);
    const entity = found?.seq.items[found.index];
    if (isMap(entity) && accept(entity) && !accepted.includes(id)) accepted.push(id);
  }
}

/**
 * Removes item `index` of `seq`; the comment above it (a section heading such as "# --- What Tom Achebe said ---")
 * moves to the next item when that has none, since it heads the group, not the one record.
 */
export function removeItem(seq: YAMLSeq, index: number): void {
  const [removed] = seq.items.splice(index, 1) as Node[];
  const next = seq.items[index] as Node | undefined;
  if (!removed) return;
  if (removed.commentBefore && next && !next.commentBefore) {
    next.commentBefore = removed.commentBefore;
    next.spaceBefore = removed.spaceBefore || next.spaceBefore;
  }
}

/** Deletes the facts the file gives about an entity it no longer declares (a drafted session's date goes with it). */
function removeAttributesOf(doc: Document, id: string): void {
  const attributes = doc.get("attributes", true);
  if (!isSeq(attributes)) return;
  for (let i = attributes.items.length - 1; i >= 0; i--) {
    const item = attributes.items[i];
    if (isMap(item) && item.get("entity") === id) removeItem(attributes, i);
  }
}

/** Whether a claim of `doc` names `id` at either end. */
function usedInFile(doc: Document, id: string): boolean {
  return claims(doc).items.some((item) => isMap(item) && (item.get("from") === id || item.get("to") === id));
}

function quoted(value: string): Scalar {
  const node = new Scalar(value);
  node.type = Scalar.QUOTE_DOUBLE;
  return node;
}

/** A new claim's node, in the drafts' layout: relation, from, to, role or link, evidence (quotes double-quoted). */
function claimNode(doc: Document, claim: NewClaim): YAMLMap {
  const map = new YAMLMap();
  map.set("relation", claim.relation);
  map.set("from", claim.from);
  map.set("to", claim.to);
  if (claim.role !== undefined) map.set("role", claim.role);
  if (claim.link !== undefined) map.set("link", claim.link);
  const evidence = new YAMLSeq();
  for (const e of claim.evidence) {
    const item = new YAMLMap();
    item.set("quote", quoted(e.quote));
    item.set("kind", e.kind);
    if (e.occurrence !== undefined) item.set("occurrence", e.occurrence);
    evidence.items.push(item);
  }
  map.set("evidence", evidence);
  return doc.createNode(map) as YAMLMap;
}

function entityNode(doc: Document, entity: NewEntity): YAMLMap {
  const map = new YAMLMap();
  map.set("id", entity.id);
  map.set("label", entity.label);
  if (entity.kind !== undefined) map.set("kind", entity.kind);
  if (entity.parent !== undefined) map.set("parent", entity.parent);
  if (entity.text !== undefined) map.set("text", quoted(entity.text));
  return doc.createNode(map) as YAMLMap;
}

/** Where a quote of the file's own source is (the `occurrence`-th match), or undefined when it is not found. */
export type Locate = (quote: string, occurrence: number) => { start: number; end: number } | undefined;

export interface ChangeOptions {
  /** Puts a folded claim's passages in the order of the text (without it they keep the order they came in). */
  locate?: Locate;
}

/** Applies one change to an annotation file's text. Throws ChangeError when the change does not fit the file. */
export function applyChange(text: string, change: Change, options: ChangeOptions = {}): Edited {
  const doc = parseAnnotationDocument(text);
  const format = formatOf(text, doc);
  const acceptedEntities: string[] = [];
  const removedEntities: string[] = [];
  let removedClaims = 0;
  let foldedClaims = 0;
  let movedPassages = 0;
  switch (change.type) {
    case "accept": {
      const claim = claimAt(doc, change.claim);
      accept(claim);
      acceptEnds(doc, claim, acceptedEntities);
      break;
    }
    case "accept-all": {
      let any = false;
      for (const item of claims(doc).items) {
        if (!isMap(item) || item.get("relation") !== change.relation || !accept(item)) continue;
        any = true;
        acceptEnds(doc, item, acceptedEntities);
      }
      if (!any) throw new ChangeError(`no suggested ${change.relation} claim is left in this file`);
      break;
    }
    case "accept-all-entities": {
      const seq = entitySection(doc, change.section, false);
      for (const item of seq?.items ?? [])
        if (isMap(item) && accept(item)) acceptedEntities.push(String(item.get("id")));
      if (acceptedEntities.length === 0)
        throw new ChangeError(`no suggested ${change.section} entry is left in this file`);
      break;
    }
    case "accept-entity": {
      const found = findEntity(doc, change.id);
      if (!found || found.section !== change.section)
        throw new ChangeError(`this file declares no ${change.section} entry ${change.id}`);
      if (accept(found.seq.items[found.index] as YAMLMap)) acceptedEntities.push(change.id);
      break;
    }
    case "reject": {
      const claim = claimAt(doc, change.claim);
      removeItem(claims(doc), change.claim);
      removedClaims += removeDraftedWith(doc, claim);
      // The claim's ends go too when this file drafted them (still suggested) and nothing here uses them any more;
      // a use in another file is caught by the validation, which then refuses the change.
      for (const id of new Set([str(claim, "from"), str(claim, "to")])) {
        if (id === undefined || usedInFile(doc, id)) continue;
        const found = findEntity(doc, id);
        const entity = found?.seq.items[found.index];
        if (!found || !isMap(entity) || entity.get("status") !== "suggested") continue;
        if (usedAsParent(doc, id)) continue;
        removeItem(found.seq, found.index);
        removeAttributesOf(doc, id);
        removedEntities.push(id);
      }
      break;
    }
    case "reject-entity": {
      const found = findEntity(doc, change.id);
      if (!found || found.section !== change.section)
        throw new ChangeError(`this file declares no ${change.section} entry ${change.id}`);
      removeItem(found.seq, found.index);
      removeAttributesOf(doc, change.id);
      removedEntities.push(change.id);
      const list = claims(doc);
      // People's words on the claims that go stay theirs where the file has a seat of theirs to carry them.
      const plan = planRejection(list.items.map(rejectionClaim), change.id, declaredPeople(doc));
      for (const move of plan.moves) {
        const seat = list.items[move.to] as YAMLMap;
        const had = seat.get("evidence", true);
        const evidence = isSeq(had) ? had : new YAMLSeq();
        // The passage's own node (its quoting, its comment): the claim it was on goes.
        for (const [claim, at] of move.passages) evidence.items.push(evidenceOf(list.items[claim] as YAMLMap)[at]);
        if (!isSeq(had)) seat.set("evidence", evidence);
        sortByText(evidence, str(doc.contents as YAMLMap, "source") ?? "", options.locate);
        movedPassages += move.passages.length;
      }
      for (const i of [...plan.removed].reverse()) {
        removeItem(list, i);
        removedClaims++;
      }
      break;
    }
    case "edit": {
      const claim = claimAt(doc, change.claim);
      for (const key of ["relation", "from", "to"] as const) {
        const value = change[key];
        if (value !== undefined) claim.set(key, value);
      }
      // A claim made another relation than affiliated-with loses the dates of its role with the role itself.
      if (change.relation !== undefined && change.relation !== "affiliated-with") {
        claim.delete("since");
        claim.delete("until");
      }
      if (change.role === null) claim.delete("role");
      else if (change.role !== undefined) {
        if (claim.has("role")) claim.set("role", change.role);
        else insertAfter(claim, "to", "role", change.role);
      }
      if (change.link === null) claim.delete("link");
      else if (change.link !== undefined) {
        if (claim.has("link")) claim.set("link", change.link);
        else insertAfter(claim, "to", "link", change.link);
      }
      // Dates as the drafts write them (`since: "2023-05"`, quoted: a bare 2023 would be read as a number).
      for (const key of ["since", "until"] as const) {
        const value = change[key];
        if (value === null) claim.delete(key);
        else if (value !== undefined) {
          if (claim.has(key)) claim.set(key, quoted(value));
          else
            insertAfter(
              claim,
              key === "until" && claim.has("since") ? "since" : claim.has("role") ? "role" : "to",
              key,
              quoted(value),
            );
        }
      }
      const evidence = claim.get("evidence", true);
      for (const [index, kind] of Object.entries(change.kinds ?? {})) {
        const item = isSeq(evidence) ? evidence.items[Number(index)] : undefined;
        if (!isMap(item)) throw new ChangeError(`claim ${change.claim} has no evidence ${index}`);
        item.set("kind", kind);
      }
      if (change.drop?.length) dropPassages(claim, change.claim, change.drop);
      if (change.accept) {
        accept(claim);
        acceptEnds(doc, claim, acceptedEntities);
      }
      break;
    }
    case "add-claim": {
      for (const { section, entity } of change.declare ?? []) {
        if (findEntity(doc, entity.id)) throw new ChangeError(`this file already declares ${entity.id}`);
        entitySection(doc, section, true)!.items.push(entityNode(doc, entity));
      }
      const claim = claimNode(doc, change.claim);
      claims(doc).items.push(claim);
      acceptEnds(doc, claim, acceptedEntities);
      const themes = change.addresses ?? [];
      if (themes.length && change.claim.relation !== "recommends")
        throw new ChangeError(`themes come with a recommends claim only, not ${change.claim.relation}`);
      // The recommendation's themes, on the passages it rests on: what puts it under `recommendations-on`.
      for (const theme of new Set(themes)) {
        const addresses = claimNode(doc, {
          relation: "addresses",
          from: change.claim.to,
          to: theme,
          evidence: change.claim.evidence,
        });
        claims(doc).items.push(addresses);
        acceptEnds(doc, addresses, acceptedEntities);
      }
      break;
    }
    case "same-as": {
      const found = findEntity(doc, change.id);
      if (!found || found.section !== change.section)
        throw new ChangeError(`this file declares no ${change.section} entry ${change.id}`);
      if (change.as === change.id) throw new ChangeError(`${change.id} cannot be the same as itself: choose another`);
      if (findEntity(doc, change.as))
        throw new ChangeError(
          `${change.as} is declared in this file too: accept or reject one of the two here rather than merge them`,
        );
      const moved = new Set<YAMLMap>();
      for (const item of claims(doc).items) {
        if (!isMap(item)) continue;
        for (const end of ["from", "to"] as const)
          if (item.get(end) === change.id) {
            item.set(end, change.as);
            moved.add(item);
          }
      }
      for (const item of entitySection(doc, "themes", false)?.items ?? [])
        if (isMap(item) && item.get("parent") === change.id) item.set("parent", change.as);
      const attributes = doc.get("attributes", true);
      for (const item of isSeq(attributes) ? attributes.items : [])
        if (isMap(item) && item.get("entity") === change.id) item.set("entity", change.as);
      foldedClaims = foldRepeats(doc, moved, options.locate).length;
      removeItem(found.seq, found.index);
      removedEntities.push(change.id);
      break;
    }
    case "add-entity": {
      const seq = entitySection(doc, change.section, true)!;
      seq.items.push(entityNode(doc, change.entity));
      break;
    }
  }
  return { text: doc.toString(format), acceptedEntities, removedEntities, removedClaims, foldedClaims, movedPassages };
}

/** A claim folded into an earlier copy of it (both as they were in the file). */
export interface FoldedClaim {
  kept: YAMLMap;
  repeat: YAMLMap;
  /** One copy was accepted and the other only suggested: the claim is suggested now, and waits for review. */
  waits: boolean;
}

/**
 * Folds each moved claim that is now the same claim as another of the file (claimIdentity: what `validate` calls a
 * repeat) into the first of them: one claim with the passages of both, each passage once, in the order of the text,
 * and both notes. The claim stays accepted only when every copy was: a passage nobody accepted does not enter the
 * graph unseen. The review's "same as" and `panelgraph merge-entity` both fold this way. Returns the claims folded
 * away, in the order of the file; a repeat no moved claim is part of is left (validate warns of it).
 */
export function foldRepeats(doc: Document, moved: ReadonlySet<YAMLMap>, locate?: Locate): FoldedClaim[] {
  const list = claims(doc);
  const own = doc.get("source");
  const first = new Map<string, YAMLMap>();
  const folded: { index: number; claim: FoldedClaim }[] = [];
  list.items.forEach((item, index) => {
    if (!isMap(item)) return;
    const [relation, from, to] = [str(item, "relation"), str(item, "from"), str(item, "to")];
    if (relation === undefined || from === undefined || to === undefined) return;
    const key = claimIdentity({
      relation,
      from,
      to,
      role: str(item, "role"),
      since: str(item, "since"),
      until: str(item, "until"),
      link: str(item, "link"),
    });
    const kept = first.get(key);
    if (!kept) return void first.set(key, item);
    if (!moved.has(item) && !moved.has(kept)) return; // a repeat the file had before: validate's warning, not ours
    const waits = (kept.get("status") === "suggested") !== (item.get("status") === "suggested");
    foldInto(kept, item, typeof own === "string" ? own : "", locate);
    folded.push({ index, claim: { kept, repeat: item, waits } });
  });
  for (const { index } of [...folded].reverse()) removeItem(list, index);
  return folded.map(({ claim }) => claim);
}

function foldInto(kept: YAMLMap, repeat: YAMLMap, own: string, locate: Locate | undefined): void {
  // A passage without `source:` quotes the file's own source; one that names it does too.
  const source = (item: YAMLMap) => str(item, "source") ?? own;
  const at = (item: YAMLMap) => {
    const quote = str(item, "quote") ?? "";
    const occurrence = Number(item.get("occurrence") ?? 1);
    return source(item) === own ? locate?.(quote, occurrence) : undefined;
  };
  // A passage is its place in the text when it is found there (two spellings of one quote are one passage), else its
  // words and occurrence.
  const passageOf = (item: YAMLMap) => {
    const found = at(item);
    return found
      ? `${found.start}:${found.end}`
      : `${source(item)}\n${str(item, "quote")}\n${String(item.get("occurrence") ?? 1)}`;
  };
  const found = kept.get("evidence", true);
  const evidence = isSeq(found) ? found : new YAMLSeq();
  const seen = new Set(evidence.items.filter(isMap).map(passageOf));
  const other = repeat.get("evidence", true);
  let added = false;
  for (const item of isSeq(other) ? other.items : []) {
    if (!isMap(item) || seen.has(passageOf(item))) continue;
    seen.add(passageOf(item));
    evidence.items.push(item);
    added = true;
  }
  if (added) {
    const start = (item: unknown) => (isMap(item) ? (at(item)?.start ?? Infinity) : Infinity);
    evidence.items.sort((a, b) => start(a) - start(b)); // stable: passages not found keep their order, last
  }
  if (!isSeq(found)) kept.set("evidence", evidence);
  const note = str(repeat, "note");
  const keptNote = str(kept, "note");
  if (note !== undefined && note !== keptNote) kept.set("note", keptNote === undefined ? note : `${keptNote}; ${note}`);
  if (repeat.get("status") === "suggested" && kept.get("status") !== "suggested") {
    if (kept.has("status")) kept.set("status", "suggested");
    else insertAfter(kept, "relation", "status", "suggested");
  }
}

/**
 * Removes passages from a claim by their indices (as the page read them: the last first, so each index still names
 * the passage meant). A claim keeps at least one passage; one the reviewer wants with none is rejected instead.
 */
function dropPassages(claim: YAMLMap, index: number, drop: number[]): void {
  const found = claim.get("evidence", true);
  const evidence = isSeq(found) ? found : new YAMLSeq();
  const passages = evidence.items.length;
  for (const at of drop)
    if (!isMap(evidence.items[at])) throw new ChangeError(`claim ${index} has no evidence ${at} (it has ${passages})`);
  const unique = [...new Set(drop)].sort((a, b) => b - a);
  if (unique.length >= passages)
    throw new ChangeError(
      `claim ${index} would be left with no passage: a claim rests on at least one; reject the whole claim instead (r)`,
    );
  for (const at of unique) removeItem(evidence, at);
}

/** A passage of evidence as a key: its source (none for the file's own), words and occurrence. */
const passageKey = (item: unknown) =>
  isMap(item) ? `${str(item, "source") ?? ""}\n${str(item, "quote")}\n${String(item.get("occurrence") ?? 1)}` : "";

/**
 * The claims a rejected `recommends` claim was drafted with: when no `recommends` claim of this file names its
 * recommendation any more, the still-suggested `addresses` claims from that recommendation resting only on the
 * rejected claim's passages go too, or the passage would stay in the graph as someone else's proposal on a theme.
 * Returns how many were removed.
 */
function removeDraftedWith(doc: Document, rejected: YAMLMap): number {
  const recommendation = str(rejected, "to");
  if (str(rejected, "relation") !== "recommends" || recommendation === undefined) return 0;
  const list = claims(doc);
  const stillRecommended = list.items.some(
    (item) => isMap(item) && item.get("relation") === "recommends" && item.get("to") === recommendation,
  );
  if (stillRecommended) return 0;
  const passages = new Set(evidenceOf(rejected).map(passageKey));
  let removed = 0;
  for (let i = list.items.length - 1; i >= 0; i--) {
    const item = list.items[i];
    if (!isMap(item) || item.get("relation") !== "addresses" || item.get("from") !== recommendation) continue;
    if (item.get("status") !== "suggested") continue;
    const evidence = evidenceOf(item);
    if (evidence.length === 0 || !evidence.every((e) => passages.has(passageKey(e)))) continue;
    removeItem(list, i);
    removed++;
  }
  return removed;
}

function evidenceOf(claim: YAMLMap): unknown[] {
  const evidence = claim.get("evidence", true);
  return isSeq(evidence) ? evidence.items : [];
}

/** A claim as planRejection reads it. */
function rejectionClaim(item: unknown): RejectionClaim {
  const claim = isMap(item) ? item : new YAMLMap();
  return {
    relation: (str(claim, "relation") ?? "mentions") as RejectionClaim["relation"],
    from: str(claim, "from") ?? "",
    to: str(claim, "to") ?? "",
    evidence: evidenceOf(claim)
      .filter(isMap)
      .map((e) => ({
        quote: str(e, "quote") ?? "",
        kind: (str(e, "kind") ?? "reported") as RejectionClaim["evidence"][number]["kind"],
        ...(e.get("occurrence") !== undefined ? { occurrence: Number(e.get("occurrence")) } : {}),
        ...(str(e, "source") !== undefined ? { source: str(e, "source")! } : {}),
      })),
  };
}

function declaredPeople(doc: Document): Set<string> {
  const seq = entitySection(doc, "people", false);
  return new Set((seq?.items ?? []).filter(isMap).map((item) => String(item.get("id"))));
}

/** Puts a claim's passages in the order of the text (stable: passages not found keep their order, last). */
function sortByText(evidence: YAMLSeq, own: string, locate: Locate | undefined): void {
  if (!locate) return;
  const start = (item: unknown) => {
    if (!isMap(item) || (str(item, "source") ?? own) !== own) return Infinity;
    return locate(str(item, "quote") ?? "", Number(item.get("occurrence") ?? 1))?.start ?? Infinity;
  };
  evidence.items.sort((a, b) => start(a) - start(b));
}

/** Whether an entity of the file takes `id` as its theme parent. */
function usedAsParent(doc: Document, id: string): boolean {
  const themes = entitySection(doc, "themes", false);
  return themes?.items.some((item) => isMap(item) && item.get("parent") === id) ?? false;
}

/** Puts `key: value` right after `after` in a map (a role reads best beside the organisation it is at). */
function insertAfter(map: YAMLMap, after: string, key: string, value: string | Scalar): void {
  map.set(key, value);
  const pair = map.items.pop()!;
  // A key set in this change is a plain string, one read from the file a Scalar.
  const at = map.items.findIndex((p) => (isScalar(p.key) ? p.key.value : p.key) === after);
  map.items.splice(at === -1 ? map.items.length : at + 1, 0, pair);
}

/** Whether the file round-trips through the Document API unchanged (else a write would reformat parts of it). */
export function roundTrips(text: string): boolean {
  const doc = parseAnnotationDocument(text);
  return doc.toString(formatOf(text, doc)) === text;
}

/** An entity another annotation file declares, as its entry there: what a file copies when it names the entity. */
export interface DeclarationElsewhere {
  section: EntitySection;
  entry: Record<string, unknown>;
}

/** The fields of a copied entry, in the drafts' order (its review status is this file's own). */
const COPIED_FIELDS = ["id", "label", "aliases", "kind", "parent", "text", "description"] as const;

/**
 * Declares in the file each entity its claims and attributes name that it does not declare itself and that
 * `elsewhere` gives (an entity another draft only suggests): a copy of that entry, suggested, and accepted when an
 * accepted claim of the file names it. So a change made here (an end edited, a "same as", a claim added) never makes
 * this file depend on another draft, whose rejection or deletion would then break it. `elsewhere` is asked only for
 * ids the file does not declare. Returns the text (unchanged when nothing is copied) and the ids copied.
 */
export function declareCopies(
  text: string,
  elsewhere: (id: string) => DeclarationElsewhere | undefined,
): { text: string; copied: string[] } {
  const doc = parseAnnotationDocument(text);
  const named: string[] = [];
  for (const item of claims(doc).items)
    if (isMap(item)) for (const end of ["from", "to"]) named.push(str(item, end) ?? "");
  const attributes = doc.get("attributes", true);
  for (const item of isSeq(attributes) ? attributes.items : []) if (isMap(item)) named.push(str(item, "entity") ?? "");
  const copied: string[] = [];
  for (const id of new Set(named)) {
    if (id === "" || findEntity(doc, id)) continue;
    const found = elsewhere(id);
    if (!found) continue;
    const map = new YAMLMap();
    for (const key of COPIED_FIELDS) {
      const value = found.entry[key];
      if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
      map.set(key, key === "aliases" ? doc.createNode(value, { flow: true }) : value);
    }
    map.set("status", "suggested");
    entitySection(doc, found.section, true)!.items.push(doc.createNode(map));
    copied.push(id);
  }
  if (copied.length === 0) return { text, copied };
  // An accepted claim needs its file's copy accepted.
  for (const item of claims(doc).items)
    if (isMap(item) && item.get("status") !== "suggested") acceptEnds(doc, item, []);
  return { text: doc.toString(formatOf(text, parseAnnotationDocument(text))), copied };
}
