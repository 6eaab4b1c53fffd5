// escapeXml against the plain definition of what it must do, on any string (lone and paired surrogates included).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeXml } from "../../src/export/xml.js";
import { parseXml } from "./xml.js";

/** The definition: characters XML 1.0 cannot carry become U+FFFD, then markup and line ends become references. */
function reference(value: string): string {
  const carried = value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "\uFFFD");
  const refs: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
  return carried.replace(/[&<>"\n\r\t\u0085\u2028\u2029]/g, (c) => refs[c] ?? `&#${c.charCodeAt(0)};`);
}

describe("escapeXml", () => {
  it("does what the definition says on any string", () => {
    const units = fc.constantFrom("a", "é", "<", "&", '"', ">", "\n", "\r", "\t", "\u0000", "\u001f", "\u0085");
    const awkward = fc.constantFrom("\u2028", "\u2029", "\uFFFE", "\uFFFF", "\uD83D", "\uDE00", "😀", "“", "\uFFFD");
    fc.assert(
      fc.property(fc.array(fc.oneof(units, awkward, fc.string({ unit: "binary" }))), (parts) => {
        const value = parts.join("");
        expect(escapeXml(value)).toBe(reference(value));
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps a surrogate pair and replaces lone halves, at either end of the value", () => {
    expect(escapeXml("😀")).toBe("😀");
    expect(escapeXml("\uD83Da")).toBe("\uFFFDa");
    expect(escapeXml("a\uDE00")).toBe("a\uFFFD");
    expect(escapeXml("\uDE00\uD83D")).toBe("\uFFFD\uFFFD");
    expect(escapeXml("<😀\uD83D>")).toBe("&lt;😀\uFFFD&gt;");
  });

  it("gives text that a strict parser reads back as the value, less what XML cannot carry", () => {
    const value = 'A & B <c> "d"\n\te\u2028😀\uD83D\u0001';
    const doc = parseXml(`<r a="${escapeXml(value)}">${escapeXml(value)}</r>`);
    const expected = 'A & B <c> "d"\n\te\u2028😀\uFFFD\uFFFD';
    expect(doc.documentElement!.getAttribute("a")).toBe(expected);
    expect(doc.documentElement!.textContent).toBe(expected);
  });
});
