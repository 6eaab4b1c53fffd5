// Reading sources that are not plain text: a saved web page's main text and metadata, a Markdown file's text, a PDF's
// text layer in paragraphs with its page map, and the file that is not what its name says. Fixtures are ours
// (tests/fixtures/sources/README.md); PDFs of other shapes are typeset here with bench/typeset-pdf.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PDFDocument, StandardFonts, rgb } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { typesetPdf, type TypesetBlock } from "../../bench/typeset-pdf.js";
import { extractSource, formatOfName, sniff, type SourceFormat } from "../../src/ingest/extract/index.js";
import { isoDate } from "../../src/ingest/extract/found.js";
import { extractHtml } from "../../src/ingest/extract/html.js";
import { extractPdf, placeholderTitle } from "../../src/ingest/extract/pdf.js";
import type { Problem } from "../../src/model/problem.js";
import { ROOT } from "../helpers/corpus.js";

const FIXTURES = join(ROOT, "tests/fixtures/sources");
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const paragraphs = (text: string) => text.trimEnd().split("\n\n");

async function extract(bytes: Buffer, format: SourceFormat) {
  const problems: Problem[] = [];
  const source = await extractSource(bytes, `page.${format}`, format, problems);
  return { source, problems };
}

describe("a saved web page", () => {
  const page = extractHtml(fixture("blog-post.html").toString("utf8"));

  it("keeps the article's main text only: no cookie banner, navigation, share buttons, related posts or footer", () => {
    expect(page.text).toContain("The session was chaired by Dr Marcus Ellery, Medical Director of the Saltmarsh");
    for (const clutter of [
      "cookie",
      "Donate",
      "Share on",
      "Related posts",
      "newsletter",
      "Registered charity",
      "Privacy",
    ]) {
      expect(page.text).not.toContain(clutter);
    }
  });

  it("keeps paragraphs, headings, list items and block quotes as paragraphs of their own", () => {
    const text = paragraphs(page.text);
    expect(text[0]).toBe("Waiting lists and the coastal towns: what our roundtable heard");
    expect(text).toContain("Getting people seen sooner");
    expect(text).toContain(
      "“People here will not travel forty miles for a scan they were told could wait. If the scan comes to them, they turn up.”",
    );
    // A list item keeps its marker, as a plain text writes a list.
    expect(text).toContain("- locum costs have doubled in two years;");
    // White space inside a paragraph is collapsed as a browser shows it: one paragraph, one line.
    expect(text.every((p) => !p.includes("\n") && !/ {2}/u.test(p))).toBe(true);
    expect(page.text.endsWith("not only for each trust.\n")).toBe(true);
  });

  it("takes title, date, author, publisher and address from JSON-LD and Open Graph, saying where", () => {
    expect(page.found).toEqual({
      title: { value: "Waiting lists and the coastal towns: what our roundtable heard", from: "JSON-LD headline" },
      date: { value: "2024-03-14", from: "JSON-LD datePublished" },
      author: { value: "Imogen Varley", from: "JSON-LD author" },
      publisher: { value: "Harbourside Policy Institute", from: "JSON-LD publisher" },
      url: { value: "https://harbourside.example.org/blog/waiting-lists-coastal-towns", from: "og:url" },
    });
  });

  it("falls back to <meta>, <title> and the byline when the page has no JSON-LD", () => {
    const body = `<p>${"The panel heard from carers and nurses about the long wait for home adaptations. ".repeat(4)}</p>`;
    const html =
      `<!DOCTYPE html><html><head><title>Carers wait for adaptations</title><meta name="author" content="Sam Reed">` +
      `<meta property="article:published_time" content="2023-11-02T23:30:00-05:00">` +
      `<link rel="canonical" href="https://news.example.org/carers"></head><body><article>${body}</article></body></html>`;
    const found = extractHtml(html).found;
    expect(found.title).toEqual({ value: "Carers wait for adaptations", from: "<title>" });
    expect(found.author).toEqual({ value: "Sam Reed", from: '<meta name="author">' });
    expect(found.date).toEqual({ value: "2023-11-02", from: "article:published_time" }); // the publisher's own day
    expect(found.url).toEqual({ value: "https://news.example.org/carers", from: "canonical link" });
    expect(found.publisher).toBeUndefined();
  });

  describe("titled with its site's name, takes the name off the title and keeps it as the publisher", () => {
    // Pages invented for these tests: a title as a blog's template writes it, the article's own heading, some text.
    const page = (head: string, heading = "Funding health visitors") =>
      extractHtml(
        `<!DOCTYPE html><html><head>${head}</head><body><article><h1>${heading}</h1><p>` +
          "The forum heard from health visitors and parents about the visits a family with a newborn should have. ".repeat(
            3,
          ) +
          "</p></article></body></html>",
      ).found;

    it("named by og:site_name, after a bar (the reviewer's page)", () => {
      const found = page(
        "<title>River towns forum: funding health visitors | Riverside Policy Blog</title>" +
          '<meta property="og:site_name" content="Riverside Policy Blog">',
      );
      expect(found.title).toEqual({
        value: "River towns forum: funding health visitors",
        from: '<title>, without the site name "Riverside Policy Blog"',
      });
      expect(found.publisher).toEqual({ value: "Riverside Policy Blog", from: "og:site_name" });
    });

    it("named by the JSON-LD publisher, after a dash or before it, in og:title too", () => {
      const publisher =
        '<script type="application/ld+json">{"@type": "BlogPosting", "publisher": {"@type": "Organization", ' +
        '"name": "Riverside Trust"}}</script>';
      expect(page(`<title>Funding health visitors – Riverside Trust</title>${publisher}`).title?.value).toBe(
        "Funding health visitors",
      );
      expect(
        page(`<meta property="og:title" content="Riverside Trust - Funding health visitors">${publisher}`),
      ).toEqual({
        title: { value: "Funding health visitors", from: 'og:title, without the site name "Riverside Trust"' },
        publisher: { value: "Riverside Trust", from: "JSON-LD publisher" },
      });
    });

    it("named by nothing else: the last part after a bar, or after a dash when the page's heading is the rest", () => {
      expect(page("<title>Funding health visitors | Riverside Policy Blog</title>")).toEqual({
        title: { value: "Funding health visitors", from: '<title>, without the site name "Riverside Policy Blog"' },
        publisher: { value: "Riverside Policy Blog", from: "the site name in <title>" },
      });
      expect(page("<title>Funding health visitors – Riverside Policy Blog</title>").title?.value).toBe(
        "Funding health visitors",
      );
    });

    it("keeps a title whose dash is the headline's own", () => {
      const title = "Health visitors – a decade of cuts";
      expect(page(`<title>${title}</title>`, title).title).toEqual({ value: title, from: "<title>" });
      expect(page(`<title>${title}</title>`).title?.value).toBe(title);
      expect(page(`<title>${title}</title>`).publisher).toBeUndefined();
    });
  });

  describe("keeps what a reader of the page reads, once, and only the page's words", () => {
    // Pages invented for these tests, shaped as a parliament's debate page and a local paper's report are.
    const turns =
      "<p><strong>Nina Holt (Fenby East) (Lab)</strong>: Will the Minister give way on the question of the weirs?</p>" +
      "<p><strong>Owen Pike</strong>: I will give way to the hon. Lady, who has raised the weirs with me before.</p>" +
      "<p><strong>Nina Holt</strong>: I thank the Minister. The weirs at Fenby Mill have not been inspected since the " +
      "floods, and the villages below them want to know when they will be.</p>";
    const debate =
      "<!DOCTYPE html><html><head><title>Fen Weirs Bill - Debates - Fenland Assembly</title></head><body>" +
      '<div class="cookie-banner"><p>We use cookies on this site.</p></div><main><div class="debate-header">' +
      '<h1>Fen Weirs Bill</h1><p class="meta">Volume 90: debated on Tuesday 3 March 2026</p><p>Second Reading</p>' +
      '<p class="tools"><a href="/share">Share this debate</a></p><div>Advertisement</div>' +
      `</div><div class="debate-body"><p class="time">2.14 pm</p>${turns}</div></main></body></html>`;

    it("the heading and the lines under it that Readability drops, not the <title>'s site name", () => {
      const page = extractHtml(debate);
      expect(paragraphs(page.text).slice(0, 4)).toEqual([
        "Fen Weirs Bill",
        "Volume 90: debated on Tuesday 3 March 2026",
        "Second Reading",
        "2.14 pm",
      ]);
      expect(page.text).not.toContain("Debates");
      expect(page.text).not.toContain("cookies");
      expect(page.found.title).toEqual({
        value: "Fen Weirs Bill",
        from: '<title>, without the site name "Debates - Fenland Assembly"',
      });
      expect(page.found.publisher).toEqual({ value: "Fenland Assembly", from: "the site name in <title>" });
    });

    it("no heading line where the page has no heading of its own", () => {
      const page = extractHtml(debate.replace(/<h1>.*?<\/h1>/u, ""));
      expect(page.text).not.toContain("Fen Weirs Bill");
      expect(paragraphs(page.text)[0]).toBe("2.14 pm");
    });

    const news =
      "<!DOCTYPE html><html><head><title>Weirs to be inspected | Fenby Gazette</title></head><body>" +
      '<div class="cookie-consent">This website uses cookies. <button>OK</button></div><article>' +
      "<h1>Weirs to be inspected</h1><p>By Lena Marsh</p>" +
      "<p>The council will inspect the weirs at Fenby Mill this spring, after villagers asked for a survey.</p>" +
      '<p>"We have waited three winters for someone to look at them," said Rob Tilney, who chairs the Fenby Mill ' +
      'residents. "Now we will see what the floods did."</p>' +
      '<blockquote class="pull-quote"><p>"We have waited three winters for someone to look at them"</p></blockquote>' +
      "<blockquote><p>The weirs are sound and will be inspected in May.</p></blockquote>" +
      "<p>The council said the survey would be published in the summer, and that the weirs would stay open.</p>" +
      "</article></body></html>";

    it("no cookie notice Readability would keep, and a pull quote once: the body's sentence, with its speaker", () => {
      const text = paragraphs(extractHtml(news).text);
      expect(text.slice(0, 2)).toEqual(["Weirs to be inspected", "By Lena Marsh"]);
      expect(text.join("\n")).not.toContain("cookies");
      expect(text.filter((p) => p.includes("We have waited three winters"))).toHaveLength(1);
      expect(text.find((p) => p.includes("We have waited three winters"))).toContain("said Rob Tilney");
      // A quotation the body does not repeat is the text's own.
      expect(text).toContain("The weirs are sound and will be inspected in May.");
    });
  });

  it("reads a page saved in the encoding it declares, and keeps its bytes as they were", async () => {
    const html = fixture("blog-post.html")
      .toString("utf8")
      .replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">');
    const cp1252 = Buffer.from(
      [...html].map((c) => ({ "“": 0x93, "”": 0x94, "’": 0x92, "©": 0xa9, "·": 0xb7 })[c] ?? c.charCodeAt(0)),
    );
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(cp1252)).toThrow(); // not UTF-8
    const { source, problems } = await extract(cp1252, "html");
    expect(problems).toEqual([]);
    expect(source!.text).toContain("“People here will not travel forty miles");
    expect(source!.original).toEqual(cp1252);
  });

  it("refuses a page with no article text", async () => {
    const { source, problems } = await extract(fixture("cookie-wall.html"), "html");
    expect(source).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^no article text found: the page's main content has \d+ words/);
    expect(problems[0]!.hint).toMatch(/cookie wall/);
  });
});

it("reads dates as the metadata takes them", () => {
  expect(isoDate("2024-03-14T09:30:00+00:00")).toBe("2024-03-14");
  expect(isoDate("2024-03")).toBe("2024-03");
  expect(isoDate("14 March 2024")).toBe("2024-03-14");
  expect(isoDate("March 4th, 2024")).toBe("2024-03-04");
  expect(isoDate("D:20240102120000Z")).toBe("2024-01-02");
  expect(isoDate("last Tuesday")).toBeUndefined();
});

it("reads Markdown as its text without the markup, titled by its first heading", async () => {
  const { source, problems } = await extract(fixture("notes.md"), "md");
  expect(problems).toEqual([]);
  expect(paragraphs(source!.text)).toEqual([
    "Roundtable notes: coastal waiting lists",
    "Harbourside Policy Institute, notes taken on 14 March 2024.",
    "The roundtable was chaired by Dr Marcus Ellery, Medical Director of the Saltmarsh Hospitals Trust. Guests agreed " +
      "that waits in coastal towns are weeks longer than the national average.",
    "What was said",
    "People here will not travel forty miles for a scan they were told could wait.",
    "- Councillor Ruth Okafor described the diagnostic vans.",
    "- Dr Ellery said locum costs had doubled in two years.",
    "The roundtable called for a national coastal workforce fund.",
  ]);
  expect(source!.found.title?.value).toBe("Roundtable notes: coastal waiting lists");
  expect(source!.original).toEqual(fixture("notes.md"));
});

describe("a list's items keep their markers, as a plain text writes a list", () => {
  // A page and a Markdown file written for these tests, with the same lists: bullets, numbers from 3, an item of two
  // paragraphs, a list inside an item, and a numbered list inside that.
  const filler =
    "The panel heard from skippers, harbour masters and island councillors about the winter sailings. ".repeat(3);
  const html =
    `<!DOCTYPE html><html><head><title>Ferries panel</title></head><body><article><h1>Ferries panel</h1>` +
    `<p>${filler}</p><p>The panel recommended:</p>` +
    "<ul><li>A five-year contract for the winter sailings.</li>" +
    "<li><p>A cap on islanders' fares.</p><p>The cap would rise with prices.</p></li>" +
    "<li>New vessels:<ul><li>one for the north isles;</li><li>one for the south isles, built:" +
    '<ol start="2"><li>in the county;</li><li>by 2030.</li></ol></li></ul></li></ul>' +
    '<p>The panellists were:</p><ol start="3"><li>Ana Brisk, Harbour Master, Port of Wenn</li>' +
    "<li>Col Marrow, Skipper, Wenn Ferries</li></ol></article></body></html>";
  const markdown = [
    "# Ferries panel",
    "",
    filler,
    "",
    "The panel recommended:",
    "",
    "- A five-year contract for the winter sailings.",
    "- A cap on islanders' fares.",
    "",
    "  The cap would rise with prices.",
    "- New vessels:",
    "  - one for the north isles;",
    "  - one for the south isles, built:",
    "", // a list that does not start at 1 interrupts no paragraph (CommonMark)
    "    2. in the county;",
    "    3. by 2030.",
    "",
    "The panellists were:",
    "",
    "3. Ana Brisk, Harbour Master, Port of Wenn",
    "4. Col Marrow, Skipper, Wenn Ferries",
    "",
  ].join("\n");
  const lists = [
    "The panel recommended:",
    "- A five-year contract for the winter sailings.",
    "- A cap on islanders' fares.",
    "  The cap would rise with prices.",
    "- New vessels:",
    "  - one for the north isles;",
    "  - one for the south isles, built:",
    "    2. in the county;",
    "    3. by 2030.",
    "The panellists were:",
    "3. Ana Brisk, Harbour Master, Port of Wenn",
    "4. Col Marrow, Skipper, Wenn Ferries",
  ];

  it("in a web page: “- ” in a <ul>, the <ol>'s numbers from its start, a nested list indented under its item", () => {
    expect(paragraphs(extractHtml(html).text).slice(2)).toEqual(lists);
  });

  it("in Markdown, the same as in a web page", async () => {
    const { source, problems } = await extract(Buffer.from(markdown), "md");
    expect(problems).toEqual([]);
    expect(paragraphs(source!.text).slice(2)).toEqual(lists);
  });

  it("numbers an item as its value says, and a reversed list down to 1", () => {
    const text = extractHtml(
      `<!DOCTYPE html><html><body><article><p>${filler}</p>` +
        '<ol><li>first</li><li value="7">seventh</li><li>eighth</li></ol><ol reversed><li>two</li><li>one</li></ol>' +
        "</article></body></html>",
    ).text;
    expect(paragraphs(text).slice(1)).toEqual(["1. first", "7. seventh", "8. eighth", "2. two", "1. one"]);
  });

  it("finds the article after the page's heading block when it opens with a list, and keeps each item once", () => {
    const items = [
      "The panel met four times between January and March and heard from eleven witnesses.",
      "Fares for islanders rose by a fifth in two years, and young families were leaving the islands.",
      "The operator told the panel that two of its three vessels would need replacing within five years.",
    ];
    const text = extractHtml(
      "<!DOCTYPE html><html><head><title>Ferries panel: findings</title></head><body><header class='page-header'>" +
        "<h1>Ferries panel: findings</h1><p>Published on 3 March 2026</p></header><main><article>" +
        `<ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>` +
        "<p>The panel will report to the county in May, with its recommendations.</p></article></main></body></html>",
    ).text;
    expect(paragraphs(text)).toEqual([
      "Ferries panel: findings",
      "Published on 3 March 2026",
      ...items.map((i) => `- ${i}`),
      "The panel will report to the county in May, with its recommendations.",
    ]);
  });
});

describe("a Markdown file with front matter and a table", () => {
  it("takes title, date, author and publisher from the front matter, and leaves the block out of the text", async () => {
    const { source, problems } = await extract(fixture("annual-review.md"), "md");
    expect(problems).toEqual([]);
    expect(source!.found).toEqual({
      title: { value: "Mere Valley Partnership: annual review 2024", from: "front matter title" },
      date: { value: "2025-01-20", from: "front matter date" },
      author: { value: "Ann Bell and Carl Dunn", from: "front matter author" },
      publisher: { value: "Fenby Trust", from: "front matter publisher" },
    });
    expect(source!.text).not.toMatch(/tags|annual-review|---/u);
    expect(paragraphs(source!.text)[0]).toBe("Annual review 2024");
  });

  it("makes each row of a table a line of its own, its cells kept apart", async () => {
    const { source } = await extract(fixture("annual-review.md"), "md");
    expect(paragraphs(source!.text).slice(2, 5)).toEqual([
      "Workstream | Lead | Budget",
      "Flood storage | Edith Fane | £450,000",
      "Rural buses | Priya Quayle | £120,000",
    ]);
  });

  it("says where front matter that is not YAML goes wrong, and how to fix it", async () => {
    const bytes = Buffer.from("---\ntitle: Rivers: a review\ndate: 2025-01-20\n---\n\nThe panel met twice.\n");
    const { source, problems } = await extract(bytes, "md");
    expect(source).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe("page.md:2");
    expect(problems[0]!.message).toMatch(
      /^its front matter \(the block between the --- lines at the top\) is not YAML: /u,
    );
    expect(problems[0]!.hint).toMatch(/quote a value with a colon in it/u);
  });

  it("reads a thematic break at the top that holds no fields as the text's own", async () => {
    const { source } = await extract(Buffer.from("---\nThe panel met twice.\n---\n\nIt heard four witnesses.\n"), "md");
    expect(source!.text).toContain("The panel met twice.");
    expect(source!.found).toEqual({});
  });
});

describe("a Markdown file or a page not in UTF-8", () => {
  it("reads Markdown in UTF-16 by its byte-order mark, and a page in windows-1252 with the encoding asked for", async () => {
    const markdown = "# Rivers panel\r\n\r\nAnn Bell said the floodbank’s repair would cost £450,000.\r\n";
    const problems: Problem[] = [];
    const md = await extractSource(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(markdown, "utf16le")]),
      "notes.md",
      "md",
      problems,
    );
    expect(problems).toEqual([]);
    expect(md!.encoding).toBe("utf-16le");
    expect(md!.text).toBe("Rivers panel\n\nAnn Bell said the floodbank’s repair would cost £450,000.\n");
    expect(md!.found.title?.value).toBe("Rivers panel");

    const words = "Ann Bell said the floodbank’s repair would cost £450,000, and the panel agreed with her. ".repeat(3);
    const page = `<!DOCTYPE html><html><body><article><h1>Rivers panel</h1><p>${words}</p></article></body></html>`;
    const bytes = Buffer.from([...page].map((c) => (c === "’" ? 0x92 : c.charCodeAt(0))));
    const refused: Problem[] = [];
    expect(await extractSource(bytes, "page.html", "html", refused)).toBeUndefined();
    expect(refused[0]!.hint).toMatch(/byte 0x92 is "’" in it\): re-run add-source with `--encoding windows-1252`/u);
    const html = await extractSource(bytes, "page.html", "html", [], { encoding: "windows-1252" });
    expect(html!.encoding).toBe("windows-1252");
    expect(html!.text).toContain("the floodbank’s repair would cost £450,000");
  });
});

describe("a PDF", () => {
  const words = ["accountability", "transparency", "neighbourhood", "infrastructure", "intergenerational", "council"];
  // Paragraphs long enough to cross pages, in words the typesetter hyphenates at line ends.
  const blocks: TypesetBlock[] = [{ text: "Select Committee on Coastal Health", heading: true }];
  for (let i = 1; i <= 12; i++) {
    const body = Array.from({ length: 30 + (i % 4) * 9 }, (_, k) => words[(k * 7 + i) % words.length]).join(" ");
    blocks.push({ text: `Q${i} The Chair: paragraph ${i} speaks of ${body} and ends here.` });
  }
  const expected = `${blocks.map((b) => b.text).join("\n\n")}\n`;
  const typeset = typesetPdf(blocks, {
    title: "Coastal health",
    author: "Committee Office",
    header: "Coastal Health Committee — Oral evidence",
    footer: "Session 2023–24   Page # of ##",
    pageNumbers: true,
    hyphenate: true,
    linesPerPage: 9,
  });

  it("joins lines, hyphenated words and pages into the paragraphs that were typeset", async () => {
    const { bytes } = await typeset;
    const pdf = await extractPdf(bytes);
    expect(pdf.text).toBe(expected);
  });

  it("drops running headers, footers and page numbers", async () => {
    const pdf = await extractPdf((await typeset).bytes);
    expect(pdf.text).not.toMatch(/Oral evidence|Page \d+ of|Session 2023/u);
    expect(pdf.text).not.toMatch(/^\d+$/mu);
  });

  it("keeps where each page starts in the text", async () => {
    const { bytes, firstLines } = await typeset;
    const pdf = await extractPdf(bytes);
    expect(firstLines.length).toBeGreaterThan(4);
    expect(pdf.pages).toHaveLength(firstLines.length);
    expect(pdf.pages[0]).toBe(0);
    firstLines.forEach((line, i) => {
      // A page that begins with the rest of a hyphenated word starts inside that word.
      expect(pdf.text.slice(pdf.pages[i]!)).toMatch(new RegExp(`^${line.slice(0, 20).replace(/[()?.*+]/gu, "\\$&")}`));
    });
  });

  it("takes title and author from the document information", async () => {
    const pdf = await extractPdf((await typeset).bytes);
    expect(pdf.found).toEqual({
      title: { value: "Coastal health", from: "PDF Title" },
      author: { value: "Committee Office", from: "PDF Author" },
    });
  });

  it("reads a transcript printed by Chromium: turns as paragraphs, one turn across a page break", async () => {
    const pdf = await extractPdf(fixture("committee-transcript.pdf"));
    const text = paragraphs(pdf.text);
    expect(text.slice(0, 7)).toEqual([
      "Coastal Health Committee",
      "Oral evidence: Waiting lists in coastal towns, HC 412",
      "Tuesday 12 March 2024",
      "Members present: Dame Eleanor Pryce (Chair); Tom Haddow; Lord Ashcombe of Wrenfield; Priya Malhotra.",
      "Witnesses",
      "I: Dr Marcus Ellery, Medical Director, Saltmarsh Hospitals Trust; Councillor Ruth Okafor, Cabinet Member for " +
        "Health, Tidewater Borough Council.",
      "Examination of witnesses",
    ]);
    const turn = text.find((p) => p.startsWith("Councillor Okafor: It took us six months"));
    expect(turn).toBe(
      "Councillor Okafor: It took us six months to agree the wording of the consent form, which tells you something. " +
        "The law allows it; the difficulty was that nobody had done it before and everyone wanted someone else to go " +
        "first. A national template would save every other council that time.",
    );
    expect(pdf.pages).toHaveLength(3);
    const start = pdf.text.indexOf(turn!);
    expect(pdf.pages[2]).toBeGreaterThan(start);
    expect(pdf.pages[2]).toBeLessThan(start + turn!.length);
    expect(pdf.text).not.toContain("Oral evidence, 12 March 2024"); // the running header
    expect(pdf.text).not.toMatch(/^\d+$/mu);
    expect(text.at(-1)).toBe("The Chair: Thank you. That concludes this session.");
  });

  it("reads a page of two columns a column at a time, a paragraph running on from one column into the next", async () => {
    // Chromium's print of `column-count: 2`: the paragraphs of the page it was printed from, each whole, in order. The
    // paragraph of Councillor Tallis starts at the foot of the left column and ends at the top of the right one.
    const html = fixture("two-column-minutes.html").toString("utf8");
    const expected = [...html.matchAll(/<(?:h1|p)>(.*?)<\/(?:h1|p)>/gu)].map(([, inner]) => inner!);
    const pdf = await extractPdf(fixture("two-column-minutes.pdf"));
    expect(paragraphs(pdf.text)).toEqual(expected);
    expect(expected.find((p) => p.startsWith("Councillor Morwen Tallis said"))).toMatch(/We cannot promise the money/u);
  });

  it("drops Chromium's default header and footer on every page, page 1's too where its text runs down to the footer", async () => {
    // print-browser-pdf.ts: the date and title at the top of each page, "file:///… n/m" at the foot, in 8 pt; page 1
    // is full, its last line as near the footer as the text's lines are to each other (w49 #10). Three pages, and two
    // (where the footer of one full page and one short page is all there is to go by).
    for (const [name, pages] of [
      ["running-footer-transcript", 3],
      ["running-footer-note", 2],
    ] as const) {
      const html = fixture(`${name}.html`).toString("utf8");
      const expected = [...html.matchAll(/<(?:h1|p)>(.*?)<\/(?:h1|p)>/gu)].map(([, inner]) => inner!);
      const pdf = await extractPdf(fixture(`${name}.pdf`));
      expect(pdf.pages).toHaveLength(pages);
      expect(pdf.text).not.toMatch(/file:|10:15 AM/u);
      expect(paragraphs(pdf.text)).toEqual(expected);
    }
  });

  it("drops Chromium's header and footer from a one-page PDF by their form, and keeps body lines of the same form", async () => {
    // browser-print-one-page.pdf (print-browser-pdf.ts): one page, so no line recurs; its last two paragraphs, in the
    // text's type, begin with a date and time and end with an address and "1/1" (w50 #1).
    const pdf = await extractPdf(fixture("browser-print-one-page.pdf"));
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.text).not.toMatch(/10:15 AM|file:/u);
    expect(pdf.text).toMatch(/^Minutes: Fenby Harbour Panel, 9 September 2026\n/u);
    expect(pdf.text).toMatch(/12\/7\/26, 10:10 PM is when the meeting closed\./u);
    expect(pdf.text).toMatch(/Papers: https:\/\/fenby\.example\.org\/panel\/2026-09-09 1\/1\n*$/u);
  });

  it("joins a word hyphenated before -ment, keeps a name's, a prefix's and an unproven hyphen, and a two-line heading", async () => {
    // "up-"/"stream": the text never writes "upstream" whole, so the printed hyphen stays rather than risk a misquote.
    const pdf = await extractPdf(fixture("hyphenated-minutes.pdf"));
    expect(paragraphs(pdf.text)).toEqual([
      "Rivers Panel — 4 February 2025",
      "Carl Dunn said: “The Ashby Mere embankment is the weakest point on the whole river, and every year we wait " +
        "the cost of it rises.”",
      "Councillor Morwen Tallis-Rhys said the self-funded survey of the up-stream meadows would be finished by May.",
    ]);
  });

  it("takes a PDF Title that names no document for a placeholder, and a real one for a title", () => {
    for (const title of [
      "about:blank",
      "Untitled",
      "Untitled document",
      "Document1",
      "Microsoft Word - panel notes v3.docx",
      "panel notes.pdf",
      "https://fenby.example.org/minutes",
    ]) {
      expect(placeholderTitle(title), title).toBe(true);
    }
    for (const title of ["Fenby Trust — Minutes of the Rivers Panel", "Coastal health", "Notes on the Word debate"]) {
      expect(placeholderTitle(title), title).toBe(false);
    }
  });

  it("breaks paragraphs at a gap wider than the line spacing, also where the turns are of one or two lines", async () => {
    // A transcript of short turns, each line drawn where a word processor would put it: 16 pt from line to line, 28 pt
    // from one turn to the next. The wider gaps are as many as the narrow ones: neither is the line spacing by count.
    const turns = [
      [
        [
          "Chair: Good morning, and welcome to this session on ferry timetables. With us is Owen Tarrant,",
          "Operations Director at the Western Isles Ferry Company.",
        ],
        [
          "Owen Tarrant: Thank you. Sailings to the smaller islands have fallen by a fifth in five years, and",
          "the islanders without a car of their own are the ones who feel it.",
        ],
        ["Chair: What should the council ask of the operators?"],
      ],
      [
        [
          "Owen Tarrant: A timetable agreed a year ahead, so that a school or a surgery can plan around it",
          "and the islands are not left to guess.",
        ],
        ["Chair: Thank you. That concludes the session."],
      ],
    ];
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.TimesRoman);
    turns.forEach((page, i) => {
      const p = doc.addPage([595, 842]);
      p.drawText("Ferries Panel - Oral evidence", { x: 50, y: 800, size: 9, font });
      let y = 760;
      for (const turn of page) {
        for (const line of turn) {
          p.drawText(line, { x: 50, y, size: 12, font });
          y -= 16;
        }
        y -= 12;
      }
      p.drawText(String(i + 1), { x: 290, y: 40, size: 9, font });
    });
    const pdf = await extractPdf(await doc.save());
    expect(paragraphs(pdf.text)).toEqual(turns.flat().map((turn) => turn.join(" ")));
  });

  it("refuses a scan without a text layer", async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 2; i++) {
      doc.addPage([595, 842]).drawRectangle({ x: 60, y: 100, width: 400, height: 600, color: rgb(0.8, 0.8, 0.8) });
    }
    const bytes = Buffer.from(await doc.save());
    await expect(extractPdf(bytes)).rejects.toMatchObject({ name: "PdfProblem", kind: "no-text", pageCount: 2 });
    const { problems } = await extract(bytes, "pdf");
    expect(problems[0]).toMatchObject({ message: "the PDF has no text layer" });
    expect(problems[0]!.hint).toMatch(/looks like a scan \(2 pages of images\).*ocrmypdf/u);
  });

  it("refuses an encrypted PDF", async () => {
    const { source, problems } = await extract(fixture("encrypted.pdf"), "pdf");
    expect(source).toBeUndefined();
    expect(problems[0]).toMatchObject({ message: "the PDF is encrypted and needs a password to open" });
    expect(problems[0]!.hint).toMatch(/qpdf --decrypt/u);
  });
});

describe("a file that is not what its name says", () => {
  it("tells the formats apart by their first bytes", () => {
    expect(sniff(fixture("committee-transcript.pdf"))).toBe("pdf");
    expect(sniff(fixture("blog-post.html"))).toBe("html");
    expect(sniff(fixture("notes.md"))).toBe("other");
    expect(formatOfName("Page.HTM")).toBe("html");
    expect(formatOfName("notes")).toBe("txt");
  });

  it.each([
    ["a PDF named .html", "committee-transcript.pdf", "html", /^a PDF, not an HTML page/u, /rename it to \.pdf/u],
    ["a PDF named .txt", "committee-transcript.pdf", "txt", /^a PDF, not plain text/u, /rename it to \.pdf/u],
    ["an HTML page named .pdf", "blog-post.html", "pdf", /^not a PDF: .*"<!DOCTYPE html>/u, /rename it to \.html/u],
    ["an HTML page named .txt", "blog-post.html", "txt", /^an HTML page, not plain text/u, /rename it to \.html/u],
    ["Markdown named .html", "notes.md", "html", /^not an HTML page/u, /name a text file \.txt/u],
  ] as const)("%s", async (_, file, format, message, hint) => {
    const { source, problems } = await extract(fixture(file), format);
    expect(source).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(message);
    expect(problems[0]!.hint).toMatch(hint);
  });

  it("a binary file named .txt: what it is and the types add-source reads", async () => {
    const reads = "it reads plain text (.txt), Markdown (.md), a saved web page (.html) and PDF (.pdf)";
    const zip = await extract(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]), "txt");
    expect(zip.problems[0]!.message).toBe(
      `a ZIP archive (a .docx, .odt or .xlsx is one), not a file add-source reads: ${reads}`,
    );
    const binary = await extract(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]), "txt");
    expect(binary.problems[0]!.message).toBe(
      `a binary file (it contains NUL bytes), not a file add-source reads: ${reads}`,
    );
    expect(binary.problems[0]!.hint).toMatch(/save or export it as PDF or as a web page/u);
  });
});
