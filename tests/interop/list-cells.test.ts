// The Python reader docs/export-formats.md gives for list cells, and its json.loads tip for GEXF liststring values
// (networkx keeps them as text), run by the machine's python3 on lists the writer escaped: the docs stay true.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listCell, PASSAGE_SEPARATOR } from "../../src/export/columns.js";
import { gexfList } from "../../src/export/gexf.js";
import { ROOT } from "../helpers/corpus.js";
import { requireTool, writeChunks } from "./tools.js";

const HARNESS = `
import json, sys
cases = json.load(open(sys.argv[1], encoding="utf-8"))
print(json.dumps([[split_cell(c["list"]), split_cell(c["lines"], lines=True), json.loads(c["gexf"], strict=False)] for c in cases]))
`;

describe("docs/export-formats.md's Python reads list cells back", () => {
  it("split_cell and json.loads(strict=False) give every list back, item for item", () => {
    requireTool("python3", ["--version"], "python3 must be on the PATH");
    const docs = readFileSync(join(ROOT, "docs/export-formats.md"), "utf8");
    const snippet = /```python\n([\s\S]*?)```/.exec(docs)?.[1];
    expect(snippet, "docs/export-formats.md has a python block").toContain("def split_cell(");
    const item = fc.oneof(
      fc.constant(""),
      fc.string({
        unit: fc.constantFrom(";", " ", "; ", "\\", "\\;", "\n", "\r\n", "\r", "\t", '"', "'", ",", "[", "]", "e", "n"),
        maxLength: 12,
      }),
      fc.string({ unit: "grapheme", maxLength: 12 }),
    );
    const lists = fc.sample(fc.array(item, { maxLength: 6 }), { seed: 20_261_123, numRuns: 2_000 });
    const cases = lists.map((items) => ({
      list: listCell(items) ?? "",
      lines: listCell(items, PASSAGE_SEPARATOR) ?? "",
      gexf: gexfList(items),
    }));
    const script = writeChunks("split.py", [snippet!, HARNESS]);
    const input = writeChunks("cases.json", [JSON.stringify(cases)]);
    const run = spawnSync("python3", [script, input], { encoding: "utf8", maxBuffer: 1 << 26 });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual(lists.map((items) => [items, items, items]));
  });
});
