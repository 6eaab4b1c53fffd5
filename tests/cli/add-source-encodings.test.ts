// `panelgraph add-source` with text files as Windows saves them: Notepad's "Unicode" (UTF-16 LE with its byte-order
// mark, CRLF line ends) and "Unicode big endian", and "ANSI" (windows-1252). A UTF-16 file with its mark is read; a
// file that is not UTF-8 is read only with --encoding, and refused without it with the option that reads it; the text
// is kept as UTF-8 and the file byte for byte beside it, the encoding in the metadata. The words are ours.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelgraph } from "../helpers/cli.js";
import { copyFixture, ROOT, tempDir } from "../helpers/corpus.js";

const emptyCorpus = () => copyFixture(join(ROOT, "tests/fixtures/unseen/corpus"));
const TEXT =
  "Rivers panel: notes\r\n\r\nAnn Bell said the floodbank’s repair would cost £450,000 — “a fair price”.\r\n";

/** The text saved in an encoding, as a file named `name` in a folder of its own. */
function saved(name: string, bytes: Buffer): string {
  const file = join(tempDir(), name);
  writeFileSync(file, bytes);
  return file;
}
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
const utf16be = (text: string) => Buffer.from(utf16le(text).swap16());
/** windows-1252: ’ “ ” — at 0x92–0x97, £ at 0xA3. */
const windows1252 = (text: string) =>
  Buffer.from([...text].map((c) => ({ "’": 0x92, "“": 0x93, "”": 0x94, "—": 0x97 })[c] ?? c.charCodeAt(0)));

describe("add-source with a text in UTF-16", () => {
  for (const [encoding, bytes] of [
    ["utf-16le", utf16le(TEXT)],
    ["utf-16be", utf16be(TEXT)],
  ] as const) {
    it(`reads ${encoding} by its byte-order mark, keeps the text as UTF-8 and the file byte for byte`, async () => {
      const dir = emptyCorpus();
      const file = saved("notes.txt", bytes);
      const run = await panelgraph("add-source", file, "--title", "Rivers notes", "--data", dir);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`the file's text read as ${encoding}, kept as UTF-8`);
      expect(readFileSync(join(dir, "sources/rivers-notes.txt"), "utf8")).toBe(TEXT);
      expect(readFileSync(join(dir, "sources/rivers-notes.original.txt"))).toEqual(bytes);
      const meta = readFileSync(join(dir, "sources/rivers-notes.yaml"), "utf8");
      expect(meta).toContain(`original:\n  file: rivers-notes.original.txt\n  format: txt\n`);
      expect(meta).toContain(`  encoding: ${encoding}\n`);
      const validate = await panelgraph("validate", "--data", dir);
      expect(validate.code).toBe(0);
      expect(validate.stdout).toContain("1 source");
    });
  }

  it("says a UTF-16 file without its mark is UTF-16, and how to read it", async () => {
    const file = saved("bare.txt", Buffer.from(TEXT, "utf16le"));
    const dir = emptyCorpus();
    const run = await panelgraph("add-source", file, "--title", "Bare", "--data", dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}:1  -  file is not UTF-8: every other byte is 0, as in UTF-16 saved`);
    expect(run.stderr).toContain("re-run add-source with `--encoding utf-16le`");
    const read = await panelgraph("add-source", file, "--title", "Bare", "--encoding", "utf-16le", "--data", dir);
    expect(read.code).toBe(0);
    expect(readFileSync(join(dir, "sources/bare.txt"), "utf8")).toBe(TEXT);
  });

  it("refuses --encoding utf-8 for a file whose mark says UTF-16", async () => {
    const run = await panelgraph(
      ...["add-source", saved("n.txt", utf16le(TEXT)), "--title", "N", "--encoding", "utf-8", "--data", emptyCorpus()],
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("file is not UTF-8: it is utf-16le, as the byte-order mark it begins with says");
    expect(run.stderr).toContain("leave out --encoding utf-8");
  });
});

describe("add-source with a text in windows-1252", () => {
  const bytes = windows1252(TEXT);

  it("refuses it without --encoding, naming the byte, what it is in windows-1252 and the option, writing nothing", async () => {
    const dir = emptyCorpus();
    const file = saved("ansi.txt", bytes);
    const run = await panelgraph("add-source", file, "--title", "Ansi", "--data", dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}:3  -  file is not valid UTF-8 (byte 0x92 at offset 50)`);
    expect(run.stderr).toContain('byte 0x92 is "’" in it): re-run add-source with `--encoding windows-1252`');
    expect(run.stderr).not.toContain("iconv");
    expect(readdirSync(dir).sort()).toEqual(["registry.yaml"]);
  });

  it("reads it with --encoding windows-1252 (or latin1, which means it), and records the encoding", async () => {
    for (const label of ["windows-1252", "latin1"]) {
      const dir = emptyCorpus();
      const file = saved("ansi.txt", bytes);
      const run = await panelgraph("add-source", file, "--title", "Ansi", "--encoding", label, "--data", dir);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(readFileSync(join(dir, "sources/ansi.txt"), "utf8")).toBe(TEXT);
      expect(readFileSync(join(dir, "sources/ansi.original.txt"))).toEqual(bytes);
      expect(readFileSync(join(dir, "sources/ansi.yaml"), "utf8")).toContain("  encoding: windows-1252\n");
    }
  });

  it("refuses --encoding windows-1252 for a file that is UTF-8, showing what it would misread", async () => {
    const dir = emptyCorpus();
    const file = saved("utf8.txt", Buffer.from(TEXT, "utf8"));
    const run = await panelgraph("add-source", file, "--title", "U", "--encoding", "windows-1252", "--data", dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("file is valid UTF-8, and --encoding windows-1252 would read its letters as others");
    expect(run.stderr).toContain('value seen: "windows-1252"; leave out --encoding');
    expect(existsSync(join(dir, "sources"))).toBe(false);
  });
});

describe("add-source --encoding, wrongly given", () => {
  it("refuses an encoding TextDecoder does not know, naming those it takes", async () => {
    const run = await panelgraph(
      ...["add-source", saved("a.txt", Buffer.from("Text.\n")), "--title", "A", "--encoding", "cp-1252x"],
      ...["--data", emptyCorpus()],
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'add-source: --encoding "cp-1252x" is not an encoding TextDecoder knows; give one of utf-8, utf-16le, utf-16be, windows-1252, latin1',
    );
  });

  it("refuses it for a PDF", async () => {
    const pdf = join(ROOT, "tests/fixtures/sources/hyphenated-minutes.pdf");
    const run = await panelgraph("add-source", pdf, "--encoding", "windows-1252", "--data", emptyCorpus());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--encoding is for a .txt, .md or .html file, not a PDF");
  });
});
