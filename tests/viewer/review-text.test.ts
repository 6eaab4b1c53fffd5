// The review's source text as drawn (viewer/review/text.ts) on a DOM made by linkedom: every run of the text is marked
// with exactly the passages that cover it, whatever their overlaps, on seeded random passages over a text made here;
// and moving the outline changes only which marks are current.
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import type { Passage } from "../../viewer/review/text.ts";

let text: typeof import("../../viewer/review/text.ts");
beforeAll(async () => {
  const { document, Node, NodeFilter } = parseHTML("<!doctype html><html><body></body></html>");
  Object.assign(globalThis, { document, Node, NodeFilter });
  text = await import("../../viewer/review/text.ts");
});

/** A small seeded generator (mulberry32), so a failure is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SOURCE =
  "The harbour board met on Tuesday. Ann Frith said the ferries must run all winter, and Tom Reed agreed. ";

function passagesFor(seed: number, length: number): Passage[] {
  const next = random(seed);
  const statuses: Passage["status"][] = ["suggested", "accepted", "possible"];
  return Array.from({ length: 1 + Math.floor(next() * 12) }, (_, i) => {
    const start = Math.floor(next() * length);
    const end = Math.min(length, start + 1 + Math.floor(next() * 60));
    return { start, end, claim: i, status: statuses[Math.floor(next() * 3)]!, label: `claim ${i}` };
  });
}

describe("renderSourceText", () => {
  it("marks each run with exactly the passages covering it, and keeps the text whole", () => {
    const source = SOURCE.repeat(3);
    for (let seed = 1; seed <= 200; seed++) {
      const passages = passagesFor(seed, source.length);
      const body = text.renderSourceText(source, passages, null);
      expect(body.textContent, `seed ${seed}`).toBe(source);
      let at = 0;
      for (const node of [...body.childNodes]) {
        const run = node.textContent ?? "";
        const [from, to] = [at, at + run.length];
        at = to;
        const covering = passages.filter((p) => p.start <= from && p.end >= to);
        const claims = [...new Set(covering.filter((p) => p.status !== "possible").map((p) => String(p.claim)))];
        const possible = [...new Set(covering.filter((p) => p.status === "possible").map((p) => String(p.claim)))];
        const mark = node.nodeName === "MARK" ? (node as Element) : null;
        expect(mark !== null, `seed ${seed}, run ${from}–${to}`).toBe(covering.length > 0);
        if (!mark) continue;
        expect(mark.getAttribute("data-claims") ?? "", `seed ${seed}`).toBe(claims.join(" "));
        expect(mark.getAttribute("data-possible") ?? "", `seed ${seed}`).toBe(possible.join(" "));
      }
    }
  });

  it("outlines the current claim's passages as drawing them current would, without drawing again", () => {
    const source = SOURCE.repeat(2);
    for (let seed = 1; seed <= 50; seed++) {
      const passages = passagesFor(seed, source.length);
      const body = text.renderSourceText(source, passages, null);
      for (const current of [0, passages.length - 1]) {
        text.markCurrent(body, current, null);
        const drawn = text.renderSourceText(source, passages, current);
        const currentOf = (b: HTMLElement) =>
          [...b.querySelectorAll("mark")].map((m) => m.classList.contains("current"));
        expect(currentOf(body), `seed ${seed}, current ${current}`).toEqual(currentOf(drawn));
      }
    }
  });
});

describe("namedSpeakerAt: who says a quotation the paragraph attributes by name", () => {
  const people = () => [
    { id: "tom-rees", names: text.personNames("Tom Rees") },
    { id: "ann-frith", names: text.personNames("Ann Frith", ["Dr Frith"]) },
  ];
  const PARAGRAPHS =
    "The board met in March.\n\n" +
    "Ann Frith opened the meeting. “Councils cannot plan ferries on one-year money,” said Tom Rees, a fellow at the " +
    "Harbour Institute.\n\n" +
    "Dr Frith replied: “We asked Tom Rees for figures and none came.” The board noted it.\n\n" +
    "The ferries ran late all winter, Tom Rees wrote.";
  const at = (words: string) => {
    const start = PARAGRAPHS.indexOf(words);
    return text.namedSpeakerAt(PARAGRAPHS, start, start + words.length, people());
  };

  it("takes the person named nearest the quotation, after it or before it", () => {
    expect(at("cannot plan ferries")).toBe("tom-rees");
    // A name inside the quotation is someone spoken of; "Dr Frith" (an alias) introduces it.
    expect(at("none came")).toBe("ann-frith");
  });

  it("gives no one for words outside quotation marks, or a paragraph that names nobody", () => {
    expect(at("ran late all winter")).toBeUndefined();
    expect(text.namedSpeakerAt("“Nobody is named here.”", 1, 8, people())).toBeUndefined();
  });

  it("knows a person by label, alias and surname", () => {
    expect(text.personNames("Tom Rees", ["T. Rees"])).toEqual(["Tom Rees", "T. Rees", "Rees"]);
    expect(text.personNames("Cher")).toEqual(["Cher"]);
  });
});

describe("a transcript turn's speaker label", () => {
  const PEOPLE = [
    { id: "ada-quennell", names: ["Ada Quennell", "Professor Ada Quennell", "Quennell"] },
    { id: "bo-tarrant", names: ["Bo Tarrant", "Tarrant"] },
    { id: "cy-tarrant", names: ["Cy Tarrant", "Tarrant"] },
  ];
  const TURNS =
    "Members present: Ivo Stanmere (Chair).\n\nQ1 The Chair: Welcome.\n\nProfessor Quennell: Thank you. The gap is wide.\n\n" +
    "It is wider in winter.\n\nMr Bo Tarrant: Trusted intermediaries.\n\nTarrant: Who?";
  const at = (words: string) => TURNS.indexOf(words);

  it("names the labelled person, titles aside; the chair; a later paragraph of the turn in a transcript only", () => {
    const speaker = (words: string, transcript = true) =>
      text.labelledSpeakerAt(TURNS, at(words), PEOPLE, transcript, "ivo-stanmere");
    expect(speaker("Welcome.")).toBe("ivo-stanmere");
    expect(speaker("The gap is wide.")).toBe("ada-quennell");
    expect(speaker("It is wider in winter.")).toBe("ada-quennell");
    expect(speaker("It is wider in winter.", false)).toBeUndefined();
    expect(speaker("Trusted intermediaries.")).toBe("bo-tarrant");
    // A surname two people share names neither; a label that is no person ("Members present") names no one.
    expect(speaker("Who?")).toBeUndefined();
    expect(speaker("Ivo Stanmere (Chair)")).toBeUndefined();
  });
});
