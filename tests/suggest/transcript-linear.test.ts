// Reading a transcript stays linear when a page has many one-word labels ("Alder:", "Birch:", …), each asked whether
// it is part of a name the text writes in full; counted with the regular expressions' own work (tests/helpers/work.ts),
// in a file of its own because that count slows every regular expression after it. Every line is invented.
import { describe, expect, it } from "vitest";
import { paragraphsOf } from "../../src/suggest/text.js";
import { readTranscript } from "../../src/suggest/transcript.js";
import { measureWork } from "../helpers/work.js";

/** `labels` one-word labels, none a given name, each speaking twice. */
function page(labels: number): string {
  const out = ["The harbour page"];
  for (let i = 0; i < labels; i++) {
    const word = `Zx${i.toString(26).replace(/[0-9]/gu, (d) => "qrstuvwxyz"[Number(d)]!)}`;
    out.push(`${word}: The tide came in early.`, `${word}: The boats stayed out.`);
  }
  return `${out.join("\n")}\n`;
}

describe("one-word labels, each asked whether a name has it", () => {
  it("are read with work that grows linearly with the page: 4× the labels cost < 4.8× the steps", () => {
    const measure = (labels: number) => {
      const text = page(labels);
      return measureWork(() => readTranscript(text, paragraphsOf(text)), { regexps: true });
    };
    const small = measure(100);
    const large = measure(400);
    expect(large.characters / small.characters).toBeLessThan(4.8);
    expect(large.elements / small.elements).toBeLessThan(4.8);
  });
});

/** A Hansard page: `speakers` members, each labelled once with seat and party, then by name alone above each speech. */
function hansard(speakers: number): string {
  const name = (i: number) => `Ann Zx${i.toString(26).replace(/[0-9]/gu, (d) => "qrstuvwxyz"[Number(d)]!)}`;
  const out = ["Harbour Dues"];
  for (let i = 0; i < speakers; i++) out.push(`${name(i)} (Fenby North) (Lab)`, "The tide came in early today.");
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < speakers; i++) out.push(name(i), "The boats stayed out all night.");
  }
  return `${out.join("\n\n")}\n`;
}

describe("Hansard's name-only labels, each looked up among the speakers labelled in full", () => {
  it("are read with work that grows linearly with the page: 4× the speakers cost < 4.8× the steps", () => {
    const measure = (speakers: number) => {
      const text = hansard(speakers);
      const transcript = readTranscript(text, paragraphsOf(text));
      expect(transcript?.turns.length).toBe(speakers * 4);
      return measureWork(() => readTranscript(text, paragraphsOf(text)), { regexps: true });
    };
    const small = measure(50);
    const large = measure(200);
    expect(large.characters / small.characters).toBeLessThan(4.8);
    expect(large.elements / small.elements).toBeLessThan(4.8);
  });
});
