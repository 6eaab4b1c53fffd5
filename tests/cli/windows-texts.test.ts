// Texts as Windows writes them, through add-source, suggest and build: a text with CRLF line ends drafts the claims the
// same text with LF ends does, and the evidence offsets the build writes slice a source kept with its UTF-8 byte-order
// mark and CRLF line ends as docs/annotation-format.md says (UTF-16 code units, the mark removed, CRLF kept), in Node
// and in Python. The dev text is the evaluation set's (tests/fixtures/eval/dev); the other words are ours.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelgraph } from "../helpers/cli.js";
import { copyFixture, ROOT, tempDir } from "../helpers/corpus.js";

const DEV = join(ROOT, "tests/fixtures/eval/dev");
const ID = "rural-buses-committee-2025";

/** A corpus with the dev set's registry and the dev text added from `bytes`; its add-source output and draft. */
async function drafted(bytes: Buffer): Promise<{ added: string; draft: string }> {
  const dir = tempDir();
  cpSync(join(DEV, "registry.yaml"), join(dir, "registry.yaml"));
  const file = join(tempDir(), `${ID}.txt`);
  writeFileSync(file, bytes);
  const add = await panelgraph("add-source", file, "--title", "Rural buses", "--id", ID, "--data", dir);
  expect(add.code).toBe(0);
  const suggest = await panelgraph("suggest", ID, "--data", dir);
  expect(suggest.code).toBe(0);
  return { added: add.stdout, draft: readFileSync(join(dir, `annotations/${ID}.yaml`), "utf8") };
}

describe("a text with CRLF line ends", () => {
  it("finds the same date and kind, and drafts the same claims, as with LF ends", async () => {
    const lf = readFileSync(join(DEV, `sources/${ID}.txt`), "utf8");
    expect(lf).not.toContain("\r");
    const [unix, windows] = [await drafted(Buffer.from(lf)), await drafted(Buffer.from(lf.replace(/\n/gu, "\r\n")))];
    const found = (out: string) => out.split("\n").filter((l) => /^ {2}(date|kind) /u.test(l));
    expect(found(unix.added)).toHaveLength(2);
    expect(found(windows.added)).toEqual(found(unix.added));
    expect(windows.draft.replace(/\r/gu, "")).toBe(unix.draft);
  });
});

describe("evidence offsets into a source with a byte-order mark and CRLF line ends", () => {
  it("slice the text read as the docs say, in Node and in Python", async () => {
    const dir = copyFixture(join(ROOT, "tests/fixtures/unseen/corpus"));
    const text =
      "Fenby notes\r\n\r\nAnn Bell said: “Council housing\r\nmust come first.”\r\n\r\nShe said waits are long.\r\n";
    const file = join(tempDir(), "fenby-notes.txt");
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect((await panelgraph("add-source", file, "--title", "Fenby notes", "--data", dir)).code).toBe(0);
    mkdirSync(join(dir, "annotations"), { recursive: true });
    writeFileSync(
      join(dir, "annotations/fenby-notes.yaml"),
      [
        "source: fenby-notes",
        "entities:",
        "  people:",
        "    - { id: ann-bell, label: Ann Bell }",
        "claims:",
        "  - relation: spoke-on",
        "    from: ann-bell",
        "    to: social-housing",
        "    evidence:",
        '      - { quote: "Council housing\\r\\nmust come first.", kind: direct-quote }',
        '      - { quote: "waits are long", kind: reported }',
        "",
      ].join("\n"),
    );
    const out = join(tempDir(), "graph.json");
    expect((await panelgraph("build", "--data", dir, "--out", out)).code).toBe(0);
    const graph = JSON.parse(readFileSync(out, "utf8")) as {
      edges: { attributes: { evidence?: { source: string; start: number; end: number; quote: string }[] } }[];
    };
    const evidence = graph.edges.flatMap((e) => e.attributes.evidence ?? []);
    expect(evidence.map((e) => e.quote)).toEqual(["Council housing\r\nmust come first.", "waits are long"]);
    const source = join(dir, "sources/fenby-notes.txt");
    expect(readFileSync(source).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf])); // kept byte for byte

    // Node: readFileSync keeps U+FEFF; strip it.
    let read = readFileSync(source, "utf8");
    if (read.startsWith("\uFEFF")) read = read.slice(1);
    for (const e of evidence) expect(read.slice(e.start, e.end)).toBe(e.quote);

    // Python: utf-8-sig drops the mark, newline="" keeps CRLF; UTF-16 code units via utf-16-le.
    const python = [
      "import json, sys",
      'text = open(sys.argv[1], encoding="utf-8-sig", newline="").read()',
      'units = text.encode("utf-16-le")',
      'print(json.dumps([units[2 * s:2 * e].decode("utf-16-le") for s, e in json.loads(sys.argv[2])]))',
    ].join("\n");
    const spans = JSON.stringify(evidence.map((e) => [e.start, e.end]));
    const run = spawnSync("python3", ["-c", python, source, spans], { encoding: "utf8" });
    if (run.error === undefined) {
      expect(run.stderr).toBe("");
      expect(JSON.parse(run.stdout)).toEqual(evidence.map((e) => e.quote));
    }
  });
});
