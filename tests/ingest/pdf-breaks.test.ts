// A PDF's line-end hyphens and page breaks: which hyphen is a compound's and which the typesetter's, a paragraph that
// runs on over a page, a heading at the top of a page. The PDFs are drawn here line by line with pdf-lib (Times, 12 pt,
// 16 pt from line to line, 28 pt between paragraphs), as a word processor would place the lines; the words are ours.
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { extractPdf } from "../../src/ingest/extract/pdf.js";

/** A line of a page; `gap` puts a paragraph's space above it; `size` a heading's type. */
interface Drawn {
  text: string;
  gap?: boolean;
  size?: number;
  /** A footnote's mark set after the text, in 8 pt raised 4 pt, and words set after it on the line. */
  mark?: string;
  after?: string;
}

async function drawPdf(pages: Drawn[][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  pages.forEach((lines, i) => {
    const page = doc.addPage([595, 842]);
    page.drawText("Fenby Trust panel - transcript", { x: 50, y: 800, size: 9, font });
    let y = 760;
    for (const line of lines) {
      if (line.gap) y -= 12;
      page.drawText(line.text, { x: 50, y, size: line.size ?? 12, font });
      if (line.mark !== undefined) {
        const x = 50 + font.widthOfTextAtSize(line.text, line.size ?? 12);
        page.drawText(line.mark, { x, y: y + 4, size: 8, font });
        const after = x + font.widthOfTextAtSize(line.mark, 8);
        if (line.after !== undefined) page.drawText(line.after, { x: after, y, size: line.size ?? 12, font });
      }
      y -= 16;
    }
    page.drawText(String(i + 1), { x: 290, y: 40, size: 9, font });
  });
  return doc.save();
}

const paragraphs = (text: string) => text.trimEnd().split("\n\n");

describe("a hyphen at the end of a line", () => {
  // Every line but a paragraph's last runs to about 450 pt, as justified text would.
  const pdf = drawPdf([
    [
      { text: "Ann Bell: Demand-responsive buses work where trips are scattered, and the self-funded schemes" },
      { text: "of the Fenby Trust show it. What the villages ask for is a timetable they can plan around," },
      { text: "and the money for it. The evidence on demand-responsive services is mixed: they carry few people," },
      { text: "at a high cost, and their accountability for what they are worth to the villages is yet to be shown." },
      { text: "Carl Dunn: What does the evidence of the last two years say about the demand-", gap: true },
      { text: "responsive services of the other counties, and what does it say about the self-" },
      { text: "funded ones? I ask because the councils that pay for them have never asked for their account-" },
      {
        text: "ability to this panel has been questioned twice this year, once by the Fenby Trust itself, with knock-",
      },
      { text: "on effects for every scheme that the Trust funds." },
      { text: "Edith Fane: The Trust is proposing a thirty-", gap: true },
      { text: "two seat minibus for the hill routes, to be ordered within twenty-" },
      { text: "eight days of the grant. The hill villages lie up-" },
      { text: "stream of the ford; how-" },
      { text: "ever, the develop-" },
      { text: "ment of the routes will take a year." },
    ],
  ]);

  it("keeps a compound's hyphen and joins a word the typesetter broke that the text writes whole elsewhere", async () => {
    const text = paragraphs((await extractPdf(await pdf)).text);
    expect(text.find((p) => p.startsWith("Carl Dunn"))).toBe(
      "Carl Dunn: What does the evidence of the last two years say about the demand-responsive services of the " +
        "other counties, and what does it say about the self-funded ones? I ask because the councils that pay for " +
        "them have never asked for their accountability to this panel has been questioned twice this year, " +
        "once by the Fenby Trust itself, with knock-on effects for every scheme that the Trust funds.",
    );
  });

  it("keeps the hyphen of number words and of a word never written whole; drops it in a closed compound and before -ment", async () => {
    // "thirtytwo" would misquote the published "thirty-two": a hyphen goes only on evidence that the word is one.
    const text = paragraphs((await extractPdf(await pdf)).text);
    expect(text.find((p) => p.startsWith("Edith Fane"))).toBe(
      "Edith Fane: The Trust is proposing a thirty-two seat minibus for the hill routes, to be ordered within " +
        "twenty-eight days of the grant. The hill villages lie up-stream of the ford; however, the development of " +
        "the routes will take a year.",
    );
  });

  it("lists the words it joined and the hyphens it kept where the next line goes on in lower case", async () => {
    expect((await extractPdf(await pdf)).lineEndHyphens).toEqual({
      joined: ["accountability", "however", "development"],
      kept: ["demand-responsive", "self-funded", "knock-on", "thirty-two", "twenty-eight", "up-stream"],
    });
  });
});

describe("a page break", () => {
  const full = "but the grant they were promised in the spring has not come, and the volunteers have paid for fuel.";
  const pdf = drawPdf([
    [
      { text: "Ann Bell: This is the third session of the panel on rural transport, and the first to hear from" },
      { text: "the volunteer drivers. We are grateful to them for coming, and to the Fenby Trust for the room." },
      { text: "Members present: Ann Bell (Chair); Carl Dunn; Edith Fane.", gap: true },
      { text: "Questions 1 - 12", gap: true },
    ],
    [
      { text: "Witnesses", size: 14 },
      { text: "Gil Hart: The drivers in our scheme are volunteers, most of them over seventy, and they", gap: true },
      { text: full },
    ],
    [
      { text: "We have asked the council twice for an answer, and twice been told that the budget is not settled." },
      { text: "Carl Dunn: Thank you.", gap: true },
    ],
  ]);

  it("goes on with a paragraph whose page ended at the margin on a full stop, and keeps a heading apart", async () => {
    const { text, pages } = await extractPdf(await pdf);
    expect(paragraphs(text)).toEqual([
      "Ann Bell: This is the third session of the panel on rural transport, and the first to hear from the volunteer " +
        "drivers. We are grateful to them for coming, and to the Fenby Trust for the room.",
      "Members present: Ann Bell (Chair); Carl Dunn; Edith Fane.",
      "Questions 1 - 12",
      "Witnesses",
      "Gil Hart: The drivers in our scheme are volunteers, most of them over seventy, and they " +
        `${full} We have asked the council twice for an answer, and twice been told that the budget is not settled.`,
      "Carl Dunn: Thank you.",
    ]);
    expect(text.slice(pages[2]!)).toMatch(/^We have asked/u);
  });

  it("still breaks where the next page begins with a speaker's label", async () => {
    const { text } = await extractPdf(
      await drawPdf([
        [
          { text: "Gil Hart: The drivers in our scheme are volunteers, most of them over seventy, and they" },
          { text: full },
        ],
        [{ text: "Carl Dunn: And what has the council said about the grant it promised to the scheme?" }],
      ]),
    );
    expect(paragraphs(text)).toHaveLength(2);
  });
});

describe("a footnote's mark", () => {
  it("stays on the word it follows, in superscript, not a paragraph of its own; the footnotes stay at the foot", async () => {
    const { text } = await extractPdf(
      await drawPdf([
        [
          { text: "Ann Bell: The weir at Fenby Mill has not been inspected since the floods of the winter, and" },
          { text: "the villagers have asked the council for a survey.", mark: "1" },
          {
            text: "Carl Dunn: The council will publish the survey in May, after the inspection of 2025.",
            mark: "2",
            gap: true,
          },
          {
            text: "Edith Fane: The survey",
            mark: "3",
            after: " will be the first since the floods, she said.",
            gap: true,
          },
          { text: "1 Fenby Trust, note of 3 March", size: 9, gap: true },
          { text: "2 Council minutes, item 4", size: 9 },
          { text: "3 Fenby Gazette, 5 March", size: 9 },
        ],
      ]),
    );
    // Between the running header and the page number.
    expect(paragraphs(text).slice(1, -1)).toEqual([
      "Ann Bell: The weir at Fenby Mill has not been inspected since the floods of the winter, and the villagers " +
        "have asked the council for a survey.¹",
      "Carl Dunn: The council will publish the survey in May, after the inspection of 2025.²",
      "Edith Fane: The survey³ will be the first since the floods, she said.",
      "1 Fenby Trust, note of 3 March",
      "2 Council minutes, item 4",
      "3 Fenby Gazette, 5 March",
    ]);
  });
});
