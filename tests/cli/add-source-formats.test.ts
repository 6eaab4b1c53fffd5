// `panelgraph add-source` with a saved web page, a PDF and a Markdown file: the extracted text as the source, the file
// kept byte for byte beside it, metadata from the page, pages a passage can be cited by, validate checking both files,
// and a clear refusal (nothing written, exit 1) of each file it cannot read. Fixtures: tests/fixtures/sources/.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelgraph, panelgraphIn, STACK_LINE } from "../helpers/cli.js";
import { copyFixture, ROOT, tempDir, writeSpokeOn } from "../helpers/corpus.js";

const FIXTURES = join(ROOT, "tests/fixtures/sources");
const PAGE = join(FIXTURES, "blog-post.html");
const TRANSCRIPT = join(FIXTURES, "committee-transcript.pdf");
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

const emptyCorpus = () => copyFixture(join(ROOT, "tests/fixtures/unseen/corpus"));

describe("panelgraph add-source page.html", () => {
  it("keeps the page's main text as the source and the page itself beside it, with its metadata", async () => {
    const dir = emptyCorpus();
    const run = await panelgraph("add-source", PAGE, "--id", "coastal-blog", "--data", dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const text = readFileSync(join(dir, "sources/coastal-blog.txt"));
    expect(readFileSync(join(dir, "sources/coastal-blog.original.html"))).toEqual(readFileSync(PAGE));
    expect(text.toString("utf8")).toContain("Councillor Ruth Okafor, Cabinet Member for Health at Tidewater");
    expect(text.toString("utf8")).not.toContain("cookie");
    expect(readFileSync(join(dir, "sources/coastal-blog.yaml"), "utf8")).toBe(
      [
        "# Added with `panelgraph add-source` from file blog-post.html.",
        "id: coastal-blog",
        'title: "Waiting lists and the coastal towns: what our roundtable heard"',
        "kind: article",
        'publisher: "Harbourside Policy Institute"',
        'date: "2024-03-14"',
        'origin: "file blog-post.html"',
        "url: https://harbourside.example.org/blog/waiting-lists-coastal-towns",
        `sha256: ${sha256(text)}`,
        'author: "Imogen Varley"',
        "original:",
        "  file: coastal-blog.original.html",
        "  format: html",
        `  sha256: ${sha256(readFileSync(PAGE))}`,
        "",
      ].join("\n"),
    );
    expect(run.stdout).toContain('  author    "Imogen Varley"  (JSON-LD author)');
    expect(run.stdout).toContain("  sources/coastal-blog.original.html  blog-post.html as it was given (4294 bytes)");
  });

  it("lets the options win over what the page says", async () => {
    const dir = emptyCorpus();
    const run = await panelgraph(
      "add-source",
      PAGE,
      ...["--title", "Coastal roundtable", "--date", "2024-03", "--author", "Staff writer", "--data", dir],
    );
    expect(run.code).toBe(0);
    const meta = readFileSync(join(dir, "sources/coastal-roundtable.yaml"), "utf8");
    expect(meta).toContain('title: "Coastal roundtable"\n');
    expect(meta).toContain('date: "2024-03"\n');
    expect(meta).toContain('author: "Staff writer"\n');
    expect(meta).toContain('publisher: "Harbourside Policy Institute"\n');
    expect(run.stdout).not.toMatch(/^ {2}(title|date|author) /mu);
  });

  it("takes the site's name off a page's title and its id, and keeps it as the publisher", async () => {
    // A page invented for this test, titled as a blog's template titles it.
    const file = join(tempDir(), "forum.html");
    const paragraph =
      "<p>The forum heard from health visitors and parents about the visits a newborn's family should have.</p>";
    writeFileSync(
      file,
      "<!DOCTYPE html><html><head><title>River towns forum: funding health visitors | Riverside Policy Blog</title>" +
        '<meta property="og:site_name" content="Riverside Policy Blog"></head><body><article>' +
        `<h1>River towns forum: funding health visitors</h1>${paragraph.repeat(3)}</article></body></html>`,
    );
    const dir = emptyCorpus();
    const run = await panelgraph("add-source", file, "--data", dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Added source river-towns-forum-funding-health-visitors:$/mu);
    expect(run.stdout).toContain(
      '  title     "River towns forum: funding health visitors"  (<title>, without the site name "Riverside Policy Blog")',
    );
    const meta = readFileSync(join(dir, "sources/river-towns-forum-funding-health-visitors.yaml"), "utf8");
    expect(meta).toContain('title: "River towns forum: funding health visitors"\n');
    expect(meta).toContain('publisher: "Riverside Policy Blog"\n');
  });

  it("records a debate's page as a transcript, its heading block as the text's opening, and says why", async () => {
    // A page invented for this test, shaped as a parliament's debate page is: its heading block in a "header" class.
    const turns = [
      "<strong>Nina Holt (Fenby East) (Lab)</strong>: Will the Minister give way on the question of the weirs?",
      "<strong>Owen Pike</strong>: I will give way to the hon. Lady, who has raised the weirs with me before.",
      "<strong>Nina Holt</strong>: I thank the Minister. The weirs at Fenby Mill have not been inspected since the floods.",
      "<strong>Owen Pike</strong>: They will be inspected this spring, and the survey will be published in the summer.",
    ];
    const page =
      "<!DOCTYPE html><html><head><title>Fen Weirs Bill - Debates - Fenland Assembly</title></head><body><main>" +
      '<div class="debate-header"><h1>Fen Weirs Bill</h1><p>Volume 90: debated on Tuesday 3 March 2026</p></div>' +
      `<div class="debate-body">${turns.map((t) => `<p>${t}</p>`).join("")}</div></main></body></html>`;
    const dir = emptyCorpus();
    const file = join(tempDir(), "weirs.html");
    writeFileSync(file, page);
    const run = await panelgraph("add-source", file, "--data", dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'kind      "transcript"  (the text reads as the transcript of a debate: 4 turns by 2 speakers; --kind says otherwise)',
    );
    expect(run.stdout).toContain(
      'date      "2026-03-03"  (a dated line near the top, line 3: "Volume 90: debated on Tuesday 3 March 2026")',
    );
    const yaml = readFileSync(join(dir, "sources/fen-weirs-bill.yaml"), "utf8");
    expect(yaml).toContain("kind: transcript\n");
    expect(readFileSync(join(dir, "sources/fen-weirs-bill.original.html"), "utf8")).toBe(page);
    const text = readFileSync(join(dir, "sources/fen-weirs-bill.txt"));
    expect(yaml).toContain(`sha256: ${sha256(text)}\n`);
    expect(text.toString("utf8")).toMatch(
      /^Fen Weirs Bill\n\nVolume 90: debated on Tuesday 3 March 2026\n\nNina Holt/u,
    );
    // --kind wins; and an article's page stays an article.
    const given = await panelgraph("add-source", file, "--kind", "article", "--id", "weirs-2", "--data", emptyCorpus());
    expect(given.stdout).not.toContain("kind ");
    expect((await panelgraph("add-source", PAGE, "--data", dir)).stdout).not.toContain('"transcript"');
  });

  it("refuses the same page twice, and a page whose text is already a source", async () => {
    const dir = emptyCorpus();
    expect((await panelgraph("add-source", PAGE, "--id", "coastal-blog", "--data", dir)).code).toBe(0);
    const again = await panelgraph("add-source", PAGE, "--id", "other", "--data", dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already in the corpus as source coastal-blog");
    const text = join(tempDir(), "copied.txt");
    writeFileSync(text, readFileSync(join(dir, "sources/coastal-blog.txt")));
    const copied = await panelgraph("add-source", text, "--title", "Copied", "--data", dir);
    expect(copied.code).toBe(1);
    expect(copied.stderr).toContain("already in the corpus as source coastal-blog");
  });
});

describe("panelgraph add-source transcript.pdf", () => {
  it("records where each page starts, and evidence says its page", async () => {
    const dir = emptyCorpus();
    const run = await panelgraph("add-source", TRANSCRIPT, "--id", "coastal-hearing", "--data", dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /sources\/coastal-hearing\.txt {2}the text, 27 paragraphs, \d+ bytes, from 3 pages of PDF/,
    );
    expect(readFileSync(join(dir, "sources/coastal-hearing.original.pdf"))).toEqual(readFileSync(TRANSCRIPT));
    const meta = readFileSync(join(dir, "sources/coastal-hearing.yaml"), "utf8");
    const pages = JSON.parse(/^pages: (\[[^\]]*\])$/mu.exec(meta)![1]!) as number[];
    const text = readFileSync(join(dir, "sources/coastal-hearing.txt"), "utf8");
    expect(pages).toHaveLength(3);
    expect(text.slice(pages[1]!)).toMatch(/^Councillor Okafor: People here/u);
    expect(text.slice(pages[2]!)).toMatch(/^was that nobody had done it before/u);

    writeSpokeOn(dir, {
      source: "coastal-hearing",
      person: { id: "ruth-okafor", label: "Ruth Okafor" },
      theme: "social-housing",
      quotes: [
        "hold back a small number of flats for health and care staff",
        "The law allows it; the difficulty was",
        "wanted someone else to go first",
      ],
    });
    const answer = await panelgraph("query", "who-spoke-on", "social-housing", "--all", "--data", dir);
    expect(answer.code).toBe(0);
    expect(answer.stdout).toMatch(/coastal-hearing:\d+ \(p\. 1\) +“hold back a small number/u);
    // The passage runs on to page 3 ("was" begins it): both pages are cited.
    expect(answer.stdout).toMatch(/coastal-hearing:\d+ \(pp\. 2–3\) +“The law allows it/u);
    expect(answer.stdout).toMatch(/coastal-hearing:\d+ \(p\. 3\) +“wanted someone else/u);
  });

  it("shows its progress through the pages on a terminal only", async () => {
    const dir = emptyCorpus();
    const tty = await panelgraphIn(["add-source", TRANSCRIPT, "--data", dir], { tty: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain("\rreading page 3 of 3…");
    const piped = await panelgraphIn(["add-source", TRANSCRIPT, "--id", "again", "--data", emptyCorpus()]);
    expect(piped.stderr).toBe("");
  });
});

describe("panelgraph add-source with a PDF printed from a page or a file without a title", () => {
  it("takes the first heading of page 1 for the title and the id when the PDF Title is a placeholder, and says so", async () => {
    const dir = emptyCorpus();
    const run = await panelgraph("add-source", join(FIXTURES, "two-column-minutes.pdf"), "--data", dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Added source fenby-trust-minutes-of-the-rivers-panel:");
    expect(run.stdout).toContain(
      '  title     "Fenby Trust — Minutes of the Rivers Panel"  (the first heading on page 1; the PDF Title "about:blank" is a placeholder)',
    );
    expect(run.stdout).not.toContain('about:blank"  (PDF Title)');
  });

  it("finds the date at the end of a heading set over two lines", async () => {
    const dir = emptyCorpus();
    const run = await panelgraph("add-source", join(FIXTURES, "hyphenated-minutes.pdf"), "--data", dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Added source rivers-panel-2025-02-04:");
    expect(run.stdout).toContain('the PDF Title "hyphenated-minutes.docx" is a placeholder');
    // Which line-end hyphens it dropped and which it kept, so a reader can check them against the PDF (w51 #2).
    expect(run.stdout).toContain(
      "from 1 page of PDF; 1 word broken at a line end joined (embankment), 2 line-end hyphens kept (self-funded, up-stream)\n",
    );
    expect(readFileSync(join(dir, "sources/rivers-panel-2025-02-04.yaml"), "utf8")).toContain('date: "2025-02-04"\n');
  });
});

it("add-source notes.md keeps the text without its markup, titled by its heading", async () => {
  const dir = emptyCorpus();
  const run = await panelgraph("add-source", join(FIXTURES, "notes.md"), "--data", dir);
  expect(run.code).toBe(0);
  const id = "roundtable-notes-coastal-waiting-lists";
  expect(readFileSync(join(dir, `sources/${id}.txt`), "utf8")).toContain(
    "The roundtable was chaired by Dr Marcus Ellery, Medical Director of the Saltmarsh Hospitals Trust.",
  );
  expect(readFileSync(join(dir, `sources/${id}.original.md`))).toEqual(readFileSync(join(FIXTURES, "notes.md")));
});

describe("validate, with sources from a web page and a PDF", () => {
  async function corpusWithBoth(): Promise<string> {
    const dir = emptyCorpus();
    expect((await panelgraph("add-source", PAGE, "--id", "coastal-blog", "--data", dir)).code).toBe(0);
    expect((await panelgraph("add-source", TRANSCRIPT, "--id", "coastal-hearing", "--data", dir)).code).toBe(0);
    return dir;
  }

  it("passes, and builds", async () => {
    const dir = await corpusWithBoth();
    const run = await panelgraph("validate", dir);
    expect(run.stdout).toMatch(/2 sources, .*0 errors/u);
    expect(run.code).toBe(0);
  });

  it("says when an original file has changed or gone, and when the page map is wrong", async () => {
    const dir = await corpusWithBoth();
    writeFileSync(join(dir, "sources/coastal-blog.original.html"), "<html>edited</html>");
    const changed = await panelgraph("validate", dir);
    expect(changed.code).toBe(1);
    expect(changed.stdout + changed.stderr).toMatch(
      /sources\/coastal-blog\.yaml:\d+ {2}original\.sha256 {2}the original file sources\/coastal-blog\.original\.html has changed since it was added \(its SHA-256 is [0-9a-f]{64}\)/u,
    );
    rmSync(join(dir, "sources/coastal-hearing.original.pdf"));
    const meta = join(dir, "sources/coastal-hearing.yaml");
    writeFileSync(meta, readFileSync(meta, "utf8").replace(/^pages: \[0, \d+/mu, "pages: [0, 99999999"));
    const gone = await panelgraph("validate", dir);
    const output = gone.stdout + gone.stderr;
    expect(output).toMatch(/original\.file {2}the original file sources\/coastal-hearing\.original\.pdf is missing/u);
    expect(output).toMatch(/pages\.1 {2}page 2 starts past the end of the text/u);
    // An original that no metadata names is pointed out, as a warning.
    writeFileSync(join(dir, "sources/stray.original.pdf"), readFileSync(TRANSCRIPT));
    const stray = await panelgraph("validate", dir);
    expect(stray.stdout + stray.stderr).toContain(
      "sources/stray.original.pdf  -  warning: an original file that no source's metadata names",
    );
  });
});

describe("add-source refuses what it cannot read, writing nothing", () => {
  const cases: [string, string, Buffer | (() => Buffer), RegExp][] = [
    ["a scan without a text layer", "scan.pdf", () => scanPdf, /scan\.pdf  -  the PDF has no text layer.*ocrmypdf/su],
    ["an encrypted PDF", "locked.pdf", readFileSync(join(FIXTURES, "encrypted.pdf")), /needs a password to open/u],
    ["a page with no article text", "wall.html", readFileSync(join(FIXTURES, "cookie-wall.html")), /no article text/u],
    ["a PDF named .html", "page.html", readFileSync(TRANSCRIPT), /page\.html  -  a PDF, not an HTML page/u],
    ["an HTML page named .pdf", "doc.pdf", readFileSync(PAGE), /doc\.pdf  -  not a PDF: .*rename it to \.html/su],
    ["a ZIP archive named .txt", "data.txt", Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 9]), /data\.txt  -  a ZIP archive/u],
    ["binary bytes named .txt", "data.txt", Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 9]), /contains NUL bytes/u],
  ];
  let scanPdf: Buffer;

  it.each(cases)("%s", async (_, name, content, message) => {
    if (!scanPdf) {
      const { PDFDocument } = await import("pdf-lib");
      const doc = await PDFDocument.create();
      doc.addPage().drawRectangle({ x: 50, y: 50, width: 300, height: 300 });
      scanPdf = Buffer.from(await doc.save());
    }
    const dir = emptyCorpus();
    const file = join(tempDir(), name);
    writeFileSync(file, typeof content === "function" ? content() : content);
    const run = await panelgraph("add-source", file, "--title", "T", "--data", dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(readdirSync(dir).sort()).toEqual(["registry.yaml"]);
  });

  it("shows the opening of an HTML page named .txt once quoted, as every value seen is", async () => {
    const dir = emptyCorpus();
    const file = join(tempDir(), "page.txt");
    writeFileSync(
      file,
      '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>T</title></head></html>\n',
    );
    const run = await panelgraph("add-source", file, "--data", dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      '(value seen: "<!DOCTYPE html>·<html lang=\\"en\\"><head><m"; rename it to .html so panelgraph takes',
    );
  });

  it("says first what a file of a type it does not read is, the types it reads, and how to convert it", async () => {
    // The start of a .docx (a ZIP archive whose first entry is [Content_Types].xml), as Word writes it.
    const docx = Buffer.concat([
      Buffer.from([0x50, 0x4b, 3, 4, 20, 0, 6, 0, 8, 0]),
      Buffer.from("[Content_Types].xml"),
    ]);
    const cases: [string, Buffer, RegExp][] = [
      ["notes.docx", docx, /notes\.docx  -  a Word document \(\.docx\), not a file add-source reads/u],
      [
        "scan.png",
        Buffer.from("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "latin1"),
        /scan\.png  -  an image, .*text recognition/su,
      ],
    ];
    for (const [name, content, message] of cases) {
      const dir = emptyCorpus();
      const file = join(tempDir(), name);
      writeFileSync(file, content);
      // No --title: the file's type is the problem, not its title.
      const run = await panelgraph("add-source", file, "--data", dir);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toContain("--title");
      expect(run.stderr).toContain("(.txt), Markdown (.md), a saved web page (.html) and PDF (.pdf)");
      if (name.endsWith(".docx")) expect(run.stderr).toMatch(/save or export it as PDF or as a web page/u);
      expect(readdirSync(dir).sort()).toEqual(["registry.yaml"]);
    }
  });

  it("asks for --title when neither the option nor the file gives one", async () => {
    const file = join(tempDir(), "untitled.html");
    const body = "<p>" + "Members of the panel spoke about buses and the cost of rural transport. ".repeat(5) + "</p>";
    writeFileSync(file, `<!DOCTYPE html><html><body><article>${body}</article></body></html>`);
    const run = await panelgraph("add-source", file, "--data", emptyCorpus());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("untitled.html does not give one (no <title>, og:title or JSON-LD headline)");
  });
});

describe("panelgraph suggest on a web page whose recommendations are a list", () => {
  it("reads the list's items, kept with their markers, as the session's recommendations", async () => {
    // A page invented for this test: the panel's recommendations a <ul> after the chair's summing up, written as a
    // page's list often is, without a verb.
    const items = [
      "Five-year funding guarantees for every village bus route.",
      "A cap on student ferry fares at the price of a bus ticket.",
      "Timetables published a month ahead by every operator.",
    ];
    const file = join(tempDir(), "valleys.html");
    writeFileSync(
      file,
      "<!DOCTYPE html><html><head><title>Moving the valleys: what our panel heard</title></head><body><article>" +
        "<h1>Moving the valleys: what our panel heard</h1><p>By Orla Penhallow, Events Officer · 9 June 2025</p>" +
        "<p>On 4 June 2025 the Tollard Trust hosted a panel discussion on rural transport in Marshshire. The event " +
        "was chaired by Nia Holloway, Senior Fellow at the Tollard Trust.</p><p>The panel heard from Ben Aske, " +
        "Director of Operations at Marsh Valley Coaches, and Ada Quill, Head of Policy at the Fenby Ferry Company.</p>" +
        "<p>The chair summarised the panel's recommendations:</p>" +
        `<ul>${items.map((item) => `<li>${item}</li>`).join("")}</ul>` +
        "<p>The next event in the series will look at community car schemes.</p></article></body></html>",
    );
    const dir = emptyCorpus();
    expect((await panelgraph("add-source", file, "--id", "valleys", "--data", dir)).code).toBe(0);
    const text = readFileSync(join(dir, "sources/valleys.txt"), "utf8");
    for (const item of items) expect(text).toContain(`\n\n- ${item}\n`);
    const out = join(tempDir(), "draft.yaml");
    expect((await panelgraph("suggest", "valleys", "--data", dir, "--out", out)).code).toBe(0);
    const held = readFileSync(out, "utf8")
      .split("\n")
      .filter((l) => /^# {3}line \d+, /u.test(l));
    expect(held).toHaveLength(items.length);
    for (const l of held)
      expect(l).toMatch(/Tollard Trust panel discussion, 4 June 2025 \(valleys-panel\), a list item/u);
  });
});

describe("panelgraph suggest on a transcript PDF", () => {
  it("drafts from the extracted text, showing its stages on a terminal and nothing in a pipe", async () => {
    const { transcriptPdf } = await import("../../bench/transcript-text.js");
    const dir = emptyCorpus();
    const file = join(tempDir(), "hearing.pdf");
    writeFileSync(file, await transcriptPdf(3, 7));
    expect((await panelgraph("add-source", file, "--id", "hearing", "--data", dir)).code).toBe(0);
    const text = readFileSync(join(dir, "sources/hearing.txt"), "utf8");
    expect(text).toMatch(/^Q1 The Chair: .*\?$/mu);
    expect(text).toMatch(/\n\nMembers present: Dame \w+ \w+ \(Chair\); /u);
    expect(text).not.toMatch(/Oral evidence\n|Page \d of 3/u); // the running header and footer

    const piped = await panelgraph("suggest", "hearing", "--data", dir, "--out", join(tempDir(), "draft.yaml"));
    expect(piped.code).toBe(0);
    expect(piped.stderr).toBe("");
    const tty = await panelgraphIn(["suggest", "hearing", "--data", dir], { tty: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain("\r\u001b[Kloading the language model…");
    expect(tty.stderr).toMatch(/\r\u001b\[Ksuggest hearing \(\d+ KB\): 1\/3 reading the text: sentences, names/u);
    expect(tty.stderr).toContain("3/3 drafting claims…");
    expect(tty.stderr).toContain("checking the draft against the corpus…");
    expect(tty.stderr.endsWith("\r\u001b[K")).toBe(true); // cleared before the summary
  });
});
