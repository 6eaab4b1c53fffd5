// `export --format csv` on a source whose damaged punctuation the loader repaired (tests/helpers/towpath-corpus.ts):
// evidence.csv's offsets point into the repaired text, which differs from the file in sources/ only at the repaired
// characters (one for one, so the offsets are the same); `quote_in_file` is the quote as the file has it, so that a
// fact-checker can check every passage against the file as published.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { panelgraph } from "../helpers/cli.js";
import { tempDir } from "../helpers/corpus.js";
import { TOWPATH_FILE, towpathCorpus } from "../helpers/towpath-corpus.js";

describe("evidence.csv for a source with repaired characters", () => {
  it("gives each quote as the published file has it, which start–end slice from that file, and how many were repaired", async () => {
    const dir = towpathCorpus({ bom: true });
    const out = join(tempDir(), "csv");
    const run = await panelgraph("export", "--data", dir, "--format", "csv", "--out", out);
    expect(run.code).toBe(0);
    const rows: Record<string, string>[] = parseCsv(readFileSync(join(out, "evidence.csv"), "utf8"), {
      columns: true,
    });
    expect(Object.keys(rows[0]!).slice(11, 14)).toEqual(["quote", "quote_in_file", "repaired"]);
    // The file read as UTF-8 without its byte-order mark, as docs/export-formats.md says.
    const file = readFileSync(join(dir, "sources", "hearing.txt"), "utf8").replace(/^\uFEFF/, "");
    expect(file).toBe(TOWPATH_FILE);
    for (const row of rows) {
      expect(file.slice(Number(row.start), Number(row.end)), row.quote).toBe(row.quote_in_file);
    }
    const byQuote = Object.fromEntries(rows.map((r) => [r.quote, [r.quote_in_file, r.repaired]]));
    expect(byQuote).toEqual({
      "Ann Bell, the Vice Chair of the Fenby Trust": ["Ann Bell, the Vice Chair of the Fenby Trust", "0"],
      "River care needs a plan for every season.": ["River care needs a plan for every season.", "0"],
      "River care is everyone’s job.": ["River care is everyone\u0e42s job.", "1"],
      "Towpath repairs are overdue, a think tank found.": ["Towpath repairs are overdue, a think tank found.", "0"],
    });
  });
});
