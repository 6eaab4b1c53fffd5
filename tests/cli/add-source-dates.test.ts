// add-source's date: taken from the text's opening where the file's metadata gives none (a PDF transcript's title
// block, a Markdown write-up's dated line), said where it came from; and when there is none, said so with how to give
// it. The PDF is tests/fixtures/sources/committee-transcript.pdf; the other texts are written here.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelgraph, panelgraphIn } from "../helpers/cli.js";
import { copyFixture, ROOT, tempDir } from "../helpers/corpus.js";

const emptyCorpus = () => copyFixture(join(ROOT, "tests/fixtures/unseen/corpus"));

describe("add-source: the source's date", () => {
  it("takes a PDF transcript's title block date, and says so", async () => {
    const dir = emptyCorpus();
    const pdf = join(ROOT, "tests/fixtures/sources/committee-transcript.pdf");
    const run = await panelgraph("add-source", pdf, "--id", "coastal-hearing", "--data", dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  date      "2024-03-12"  (the title block, line 5: "Tuesday 12 March 2024")');
    expect(readFileSync(join(dir, "sources/coastal-hearing.yaml"), "utf8")).toContain('date: "2024-03-12"\n');
    expect(run.stdout).not.toContain("No date");
  });

  it("takes a Markdown write-up's dated line, and says it is from the Markdown file", async () => {
    const dir = emptyCorpus();
    const md = join(tempDir(), "panel.md");
    writeFileSync(
      md,
      "# Getting there: a roundtable on rural buses\n\n*Write-up of a roundtable held by the Fenby Trust on 20 March 2024.*\n\n" +
        "Ann Bell chaired the roundtable.\n",
    );
    const run = await panelgraph("add-source", md, "--data", dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("From the Markdown file (a --title, --date, … option given to add-source wins):");
    expect(run.stdout).not.toContain("From the page");
    expect(run.stdout).toContain(
      '  date      "2024-03-20"  (a dated line near the top, line 3: "Write-up of a roundtable held by the Fenby Trust on 20 March 2024.")',
    );
  });

  it("ends the id of a title ending in a date with the date as YYYY-MM-DD, not cut at the day (w50 #2)", async () => {
    const dir = emptyCorpus();
    const ids: string[] = [];
    for (const [n, date] of [
      [1, "9 September 2026"],
      [2, "14 October 2026"],
      [3, "11 November 2026"],
    ] as const) {
      const title = `Minutes: Fenby Coast and Harbours Scrutiny Committee, ${date}`;
      const run = await panelgraphIn(["add-source", "-", "--title", title, "--data", dir], {
        stdin: `${title}\n\nAnn Bell chaired meeting ${n}.\n`,
      });
      expect(run.code).toBe(0);
      ids.push(/^Added source ([\w-]+):/mu.exec(run.stdout)![1]!);
      if (n === 1) {
        expect(run.stdout).toContain(
          "  id minutes-fenby-coast-and-harbours-scrutiny-2026-09-09: the title's words, then its date as YYYY-MM-DD, " +
            "so dated sources sort by it (--id chooses another)",
        );
      }
    }
    expect(ids).toEqual([
      "minutes-fenby-coast-and-harbours-scrutiny-2026-09-09",
      "minutes-fenby-coast-and-harbours-scrutiny-2026-10-14",
      "minutes-fenby-coast-and-harbours-scrutiny-2026-11-11",
    ]);
    // --id wins, and a title without a date at either end keeps the id from its words.
    const given = await panelgraphIn(
      ["add-source", "-", "--title", "Notes, 3 March 2025", "--id", "notes-x", "--data", dir],
      {
        stdin: "Notes\n\nCarl Dunn spoke.\n",
      },
    );
    expect(given.stdout).toContain("Added source notes-x");
    const plain = await panelgraphIn(["add-source", "-", "--title", "What 3 March 2025 left behind", "--data", dir], {
      stdin: "Other\n\nCarl Dunn spoke again.\n",
    });
    expect(plain.stdout).toContain("Added source what-3-march-2025-left-behind");
  });

  it("says when there is no date, and how to give it; --date wins", async () => {
    const dir = emptyCorpus();
    const txt = join(tempDir(), "notes.txt");
    writeFileSync(txt, "Notes of a meeting\n\nAnn Bell spoke about buses.\n");
    const run = await panelgraph("add-source", txt, "--title", "Fenby notes", "--data", dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("No date: its text does not state one at its opening.");
    expect(run.stdout).toContain('date: "YYYY-MM-DD" (or "YYYY-MM", "YYYY") in sources/fenby-notes.yaml, or --date');
    const dated = await panelgraphIn(
      ["add-source", "-", "--title", "Other notes", "--date", "2024-05", "--data", dir],
      {
        stdin: "Other notes\n\nCarl Dunn spoke about trains.\n",
      },
    );
    expect(dated.code).toBe(0);
    expect(dated.stdout).not.toContain("No date");
  });

  it("takes no date from a sentence of a news item, and says which line named one (w49 #2)", async () => {
    const dir = emptyCorpus();
    const txt = join(tempDir(), "news.txt");
    writeFileSync(
      txt,
      "Fenby council names new chief executive\n\nFenby Town Council has appointed Ann Bell as its Chief Executive " +
        "from 1 October 2026, after two months as acting head of the authority.\n\nCarl Dunn welcomed it.\n",
    );
    const run = await panelgraph("add-source", txt, "--data", dir);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/date {6}"2026/u);
    expect(run.stdout).toContain(
      "No date: its text does not state one at its opening (line 3 names 1 October 2026 in a sentence, not a " +
        "dateline or byline: a date a text speaks of is not the date it is of).",
    );
    expect(readFileSync(join(dir, "sources/fenby-council-names-new-chief-executive.yaml"), "utf8")).not.toContain(
      "date:",
    );
  });
});
