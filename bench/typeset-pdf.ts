// A small typesetter for test and bench PDFs (pdf-lib, Helvetica): paragraphs wrapped to the page's width with a gap
// between them, headings in a larger size, a running header and footer and a page number on every page, and optional
// hyphenation at line ends. What it draws is known exactly, so the extractor's tests can say what must come back.
import { PDFDocument, StandardFonts, type PDFFont } from "pdf-lib";

export interface TypesetBlock {
  text: string;
  heading?: boolean;
}

export interface TypesetOptions {
  title?: string;
  author?: string;
  /** Drawn at the top of every page; `#` is replaced by the page number. */
  header?: string;
  /** Drawn at the bottom of every page; `#` is replaced by the page number, `##` by the page count. */
  footer?: string;
  /** A bare page number at the bottom centre of every page. */
  pageNumbers?: boolean;
  /** Break long words at a line end with a hyphen. */
  hyphenate?: boolean;
  /** Lines of body text a page holds (the page is A4; fewer lines end pages sooner). */
  linesPerPage?: number;
  /** Stop at the end of this page: what does not fit is left out. */
  maxPages?: number;
}

const WIDTH = 595;
const HEIGHT = 842;
const MARGIN = 60;
const SIZE = 11;
const LEADING = 14;

/** Greedy line breaking; with `hyphenate`, a word that does not fit is split where at least three letters fit. */
function wrap(text: string, font: PDFFont, size: number, hyphenate: boolean): string[] {
  const width = WIDTH - 2 * MARGIN;
  const measure = (s: string) => font.widthOfTextAtSize(s, size);
  const lines: string[] = [];
  let line = "";
  const words = text.split(/\s+/u).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (hyphenate && /^\p{Ll}{7,}[,.;:]?$/u.test(word) && line) {
      for (let cut = word.length - 3; cut >= 3; cut--) {
        const head = `${line} ${word.slice(0, cut)}-`;
        if (measure(head) <= width) {
          lines.push(head);
          line = "";
          words[i] = word.slice(cut);
          i--;
          break;
        }
      }
      if (line === "") continue;
    }
    if (line) lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface TypesetPdf {
  bytes: Uint8Array;
  /** The first line of body text drawn on each page. */
  firstLines: string[];
}

export async function typesetPdf(blocks: TypesetBlock[], options: TypesetOptions = {}): Promise<TypesetPdf> {
  const doc = await PDFDocument.create();
  // Fixed dates: the same blocks give the same bytes.
  doc.setCreationDate(new Date(Date.UTC(2024, 0, 1)));
  doc.setModificationDate(new Date(Date.UTC(2024, 0, 1)));
  doc.setProducer("panelgraph tests");
  doc.setCreator("panelgraph tests");
  if (options.title) doc.setTitle(options.title);
  if (options.author) doc.setAuthor(options.author);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const bottom = HEIGHT - MARGIN - (options.linesPerPage ?? 48) * LEADING;
  const pages: ReturnType<typeof doc.addPage>[] = [];
  const firstLines: string[] = [];
  let page = doc.addPage([WIDTH, HEIGHT]);
  pages.push(page);
  let y = HEIGHT - MARGIN;
  let full = false;
  const newPage = () => {
    if (pages.length === options.maxPages) return void (full = true);
    page = doc.addPage([WIDTH, HEIGHT]);
    pages.push(page);
    y = HEIGHT - MARGIN;
  };
  for (const block of blocks) {
    const size = block.heading ? 14 : SIZE;
    const face = block.heading ? bold : font;
    const lines = wrap(block.text, face, size, Boolean(options.hyphenate) && !block.heading);
    if (block.heading && y - 3 * LEADING < bottom) newPage();
    for (const line of lines) {
      if (y < bottom) newPage();
      if (full) break;
      if (firstLines.length < pages.length) firstLines.push(line);
      page.drawText(line, { x: MARGIN, y, size, font: face });
      y -= block.heading ? LEADING * 1.4 : LEADING;
    }
    y -= LEADING * 0.8; // the gap between paragraphs
  }
  pages.forEach((p, i) => {
    const fill = (s: string) => s.replace(/##/gu, String(pages.length)).replace(/#/gu, String(i + 1));
    if (options.header) p.drawText(fill(options.header), { x: MARGIN, y: HEIGHT - 30, size: 8, font });
    if (options.footer) p.drawText(fill(options.footer), { x: MARGIN, y: 24, size: 8, font });
    if (options.pageNumbers) p.drawText(String(i + 1), { x: WIDTH / 2 - 4, y: 40, size: 9, font });
  });
  return { bytes: await doc.save({ useObjectStreams: false }), firstLines };
}
