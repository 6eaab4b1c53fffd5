// The source text in review mode: every passage of the file's claims marked (suggested or accepted, its kind shown),
// the current claim's passages marked strongly; and a selection in it turned back into the exact quote a claim needs.
import type { ClaimView } from "../../src/model/review.ts";
import { h } from "../views/dom.ts";

export interface Passage {
  start: number;
  end: number;
  /** The claim's index in the file, or the possible recommendation's index among them (status "possible"). */
  claim: number;
  status: ClaimView["status"] | "possible";
  /** What the mark says: the relation and the evidence kind. */
  label: string;
}

/** The passages of possible recommendations, marked quietly and without a label at their end. */
export function possiblePassages(proposals: readonly { start: number; end: number; why: string }[]): Passage[] {
  return proposals.map((p, i) => ({
    start: p.start,
    end: p.end,
    claim: i,
    status: "possible",
    label: `possible recommendation, not drafted: ${p.why}`,
  }));
}

export function passagesOf(claims: readonly ClaimView[]): Passage[] {
  return claims.flatMap((claim) =>
    claim.evidence.flatMap((e) =>
      e.start === undefined || e.end === undefined
        ? []
        : [
            {
              start: e.start,
              end: e.end,
              claim: claim.index,
              status: claim.status,
              label: `${claim.relation} · ${e.kind.replace("-", " ")}`,
            },
          ],
    ),
  );
}

/**
 * The text as text nodes and marks; a run covered by several passages is one mark for all of them (`data-claims`).
 * The label of a passage shows at its end through CSS (`::after`), so it is never part of the text or a selection.
 */
export function renderSourceText(
  text: string,
  passages: readonly Passage[],
  current: number | null,
  currentPossible: number | null = null,
): HTMLElement {
  const cuts = new Set([0, text.length]);
  for (const p of passages) cuts.add(Math.max(0, Math.min(text.length, p.start))).add(Math.min(text.length, p.end));
  const points = [...cuts].sort((a, b) => a - b);
  const body = h("div", { className: "source-text review-text-body", attrs: { tabindex: "0" } });
  // The passages covering each run, swept in text order (a long source has thousands): those begun and not yet ended,
  // in the order given.
  const byStart = passages.map((p, index) => ({ p, index })).sort((a, b) => a.p.start - b.p.start);
  let begun = 0;
  let open: typeof byStart = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    while (begun < byStart.length && byStart[begun]!.p.start <= from) open.push(byStart[begun++]!);
    open = open.filter(({ p }) => p.end >= to);
    const covering = [...open].sort((a, b) => a.index - b.index).map(({ p }) => p);
    const run = text.slice(from, to);
    if (covering.length === 0) {
      body.append(document.createTextNode(run));
      continue;
    }
    // A claim's passage shows as the claim's; a possible recommendation alone is marked quietly.
    const claimed = covering.filter((p) => p.status !== "possible");
    const possible = covering.filter((p) => p.status === "possible");
    const suggested = claimed.some((p) => p.status === "suggested");
    const isCurrent =
      (current !== null && claimed.some((p) => p.claim === current)) ||
      (currentPossible !== null && possible.some((p) => p.claim === currentPossible));
    const status = claimed.length === 0 ? "possible" : suggested ? "suggested" : "accepted";
    const mark = h("mark", {
      className: [
        "review-passage",
        status,
        claimed.length && possible.length ? "possible-too" : "",
        isCurrent ? "current" : "",
      ]
        .filter(Boolean)
        .join(" "),
      text: run,
      attrs: {
        ...(claimed.length ? { "data-claims": [...new Set(claimed.map((p) => p.claim))].join(" ") } : {}),
        ...(possible.length ? { "data-possible": [...new Set(possible.map((p) => p.claim))].join(" ") } : {}),
        title: [...new Set(covering.map((p) => (p.status === "possible" ? p.label : `${p.label} (${p.status})`)))].join(
          "\n",
        ),
      },
    });
    // The label after the last run of a claim's passage.
    const ending = claimed.filter((p) => p.end === to);
    if (ending.length > 0) mark.dataset.kind = [...new Set(ending.map((p) => p.label))].join(" · ");
    body.append(mark);
  }
  return body;
}

/**
 * Outlines, in a text `renderSourceText` drew, the passages of the current claim or possible recommendation, as drawing
 * it again with them would: moving from one suggestion to the next changes only this, not the text.
 */
export function markCurrent(body: HTMLElement, current: number | null, currentPossible: number | null = null): void {
  for (const mark of body.querySelectorAll("mark.review-passage")) {
    const claims = mark.getAttribute("data-claims")?.split(" ") ?? [];
    const possible = mark.getAttribute("data-possible")?.split(" ") ?? [];
    const isCurrent =
      (current !== null && claims.includes(String(current))) ||
      (currentPossible !== null && possible.includes(String(currentPossible)));
    mark.classList.toggle("current", isCurrent);
  }
}

/** The offset in `container`'s text of a point in the DOM (a node and an offset in it, as a Range gives). */
function offsetOf(container: HTMLElement, node: Node, offset: number): number {
  if (node.nodeType !== Node.TEXT_NODE) {
    // A point between children: the text before the child at `offset`.
    const child = node.childNodes[offset];
    if (!child) return offsetOf(container, node, 0) + (node.textContent?.length ?? 0);
    return offsetOf(container, child, 0);
  }
  let total = 0;
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === node) return total + offset;
    total += n.textContent?.length ?? 0;
  }
  return total;
}

export type Selected =
  { ok: true; quote: string; start: number; end: number; occurrence?: number } | { ok: false; reason: string };

/** What the reader selected in the text, as a claim's quote: trimmed, within one paragraph, with its occurrence. */
export function selectedQuote(container: HTMLElement, text: string, selection: Selection | null): Selected {
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  if (!range || range.collapsed || !container.contains(range.commonAncestorContainer))
    return { ok: false, reason: "Select the words the claim rests on in the text first." };
  let start = offsetOf(container, range.startContainer, range.startOffset);
  let end = offsetOf(container, range.endContainer, range.endOffset);
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return { ok: false, reason: "The selection is only spaces: select the words the claim rests on." };
  const quote = text.slice(start, end);
  if (breakOf(text).test(quote))
    return {
      ok: false,
      reason:
        "The selection runs over a paragraph break: a claim's passage is one paragraph. Select within one paragraph, " +
        "and add the next one as another claim.",
    };
  let before = 0;
  let total = 0;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    total++;
    if (at < start) before++;
  }
  return { ok: true, quote, start, end, ...(total > 1 ? { occurrence: before + 1 } : {}) };
}

/**
 * What a paragraph is in this text: the lines between blank lines, or each line when the text has no blank lines
 * (as many pasted articles, one paragraph a line).
 */
const breakOf = (text: string) => (/\n[ \t]*\n/.test(text) ? /\n[ \t]*\n/ : /\n/);

/** The paragraph an offset is in. */
export function paragraphAt(text: string, offset: number): { start: number; end: number } {
  const rule = new RegExp(breakOf(text).source, "g");
  let start = 0;
  for (let m = rule.exec(text); m; m = rule.exec(text)) {
    if (m.index >= offset) return { start, end: m.index };
    start = m.index + m[0].length;
  }
  return { start, end: text.length };
}

/** Claims whose passages can be their subject's words; of the seats, only the direct quotes are. */
const SPEAKING: ReadonlySet<string> = new Set(["spoke-on", "recommends", "panellist-in", "chaired"]);
const SEATS: ReadonlySet<string> = new Set(["panellist-in", "chaired"]);

/** A turn's speaker label at the start of a paragraph: "Name:", "Q3 The Chair:", "Professor X:" (the label, or null). */
export function turnLabel(paragraph: string): string | null {
  const m = /^(?:Q\d+\s+)?(\p{Lu}[\p{L}\p{M}.'’ -]{1,60}?)\s*:\s/u.exec(paragraph);
  if (!m || m[1]!.trim().split(/\s+/).length > 6) return null;
  return m[1]!.trim();
}

/** Titles a speaker label or a name may carry ("Professor Marchbank", "Cllr Abernethy"). */
const TITLES =
  /^(?:(?:the|rt|hon|right|honourable|professor|prof|dr|doctor|mr|mrs|ms|miss|mx|cllr|councillor|sir|dame|lord|lady|baroness|baron)\.?\s+)+/i;
const CHAIR = /^(?:the\s+)?(?:madam\s+|mr\s+)?(?:chair|chairman|chairwoman|chairperson|chair of the committee)$/i;

const bare = (name: string) => name.replace(TITLES, "").replace(/\s+/g, " ").trim().toLowerCase();

/**
 * The known person a turn's speaker label names: "The Chair" is the file's chair (`chair`); else the one person whose
 * label, alias or surname is the label, titles aside. Undefined when no one, or more than one, is.
 */
export function personOfLabel(label: string, people: readonly NamedPerson[], chair?: string): string | undefined {
  if (CHAIR.test(label.trim())) return chair;
  const wanted = bare(label);
  if (wanted === "") return undefined;
  const matches = new Set(people.filter((p) => p.names.some((n) => bare(n) === wanted)).map((p) => p.id));
  return matches.size === 1 ? [...matches][0] : undefined;
}

/**
 * Who speaks at `offset` by the turn's label: the paragraph's own ("Gareth Pennock: …"), or in a transcript the last
 * labelled paragraph before it (a turn of several paragraphs), when the label names a known person.
 */
export function labelledSpeakerAt(
  text: string,
  offset: number,
  people: readonly NamedPerson[],
  transcript: boolean,
  chair?: string,
): string | undefined {
  let paragraph = paragraphAt(text, offset);
  for (;;) {
    const label = turnLabel(text.slice(paragraph.start, paragraph.end));
    // The words of the turn, not its label.
    if (label !== null)
      return offset > text.indexOf(":", paragraph.start) ? personOfLabel(label, people, chair) : undefined;
    if (!transcript) return undefined;
    let before = paragraph.start - 1;
    while (before > 0 && /\s/.test(text[before]!)) before--;
    if (before <= 0) return undefined;
    const previous = paragraphAt(text, before);
    if (previous.start >= paragraph.start) return undefined;
    paragraph = previous;
  }
}

/**
 * Who speaks at `offset`: the person whose words (a direct quote, else a reported statement: spoke-on, recommends) in
 * the same paragraph a claim attributes to them; in a transcript, else the last person quoted before it.
 */
export function speakerAt(
  claims: readonly ClaimView[],
  text: string,
  offset: number,
  transcript: boolean,
  isPerson: (id: string) => boolean,
): string | undefined {
  const paragraph = paragraphAt(text, offset);
  let before: { start: number; from: string } | undefined;
  const inParagraph: { rank: number; distance: number; from: string }[] = [];
  for (const claim of claims) {
    if (!isPerson(claim.from) || !SPEAKING.has(claim.relation)) continue;
    for (const e of claim.evidence) {
      if (e.start === undefined) continue;
      // A seat's reported passages name who sat ("X, Director of Y"); its direct quotes are what they said there.
      if (SEATS.has(claim.relation) && e.kind !== "direct-quote") continue;
      if (e.start >= paragraph.start && e.start < paragraph.end)
        inParagraph.push({
          rank: e.kind === "direct-quote" ? 0 : 1,
          // The passage the selection is in or follows first, then the one after it.
          distance: e.start <= offset ? offset - e.start : text.length + e.start - offset,
          from: claim.from,
        });
      if (e.kind === "direct-quote" && e.start <= offset && (!before || e.start > before.start))
        before = { start: e.start, from: claim.from };
    }
  }
  inParagraph.sort((a, b) => a.rank - b.rank || a.distance - b.distance);
  return inParagraph[0]?.from ?? (transcript ? before?.from : undefined);
}

/** A person the text may name: the id, and the names to look for (label, aliases, surname). */
export interface NamedPerson {
  id: string;
  names: readonly string[];
}

/**
 * Who says the quotation the selection `start`–`end` is in, by name: of the people the paragraph names outside the
 * quotation, the one whose name is nearest to it ("‘…,’ said Tom Reyes", "Ann Bell: “…”"), before or after; a name
 * inside the quotation is someone spoken of. Undefined when the selection is in no quotation or no one is named.
 */
export function namedSpeakerAt(
  text: string,
  start: number,
  end: number,
  people: readonly NamedPerson[],
): string | undefined {
  const paragraph = paragraphAt(text, start);
  const opens = text.slice(paragraph.start, start).search(/[“"][^“”"]*$/);
  if (opens === -1) return undefined;
  const open = paragraph.start + opens;
  const after = text.slice(end, paragraph.end).search(/[”"]/);
  const close = after === -1 ? paragraph.end : end + after + 1;
  let best: { distance: number; id: string } | undefined;
  for (const person of people) {
    for (const name of person.names) {
      if (name.length < 3) continue;
      const rule = new RegExp(
        `(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`,
        "gu",
      );
      const words = text.slice(paragraph.start, paragraph.end);
      for (const m of words.matchAll(rule)) {
        const at = paragraph.start + m.index;
        const distance = at + m[0].length <= open ? open - (at + m[0].length) : at >= close ? at - close : -1;
        if (distance < 0) continue;
        if (!best || distance < best.distance) best = { distance, id: person.id };
      }
    }
  }
  return best?.id;
}

/** The names a person goes by in a text: the label, the aliases, and the label's last word (a surname, capitalised). */
export function personNames(label: string, aliases: readonly string[] = []): string[] {
  const words = label.trim().split(/\s+/);
  const surname = words.length > 1 && /^\p{Lu}\p{L}{2,}$/u.test(words.at(-1)!) ? [words.at(-1)!] : [];
  return [...new Set([label, ...aliases, ...surname])];
}
