// The docs tell the truth about the code: every block of command output in README.md and docs/*.md is what the command
// prints now (docs/generate.ts, `npm run docs`), and every relative link leads to a file and heading that exist.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { docFiles, findBlocks, readBlocks, renderBlocks, ROOT, splitWords, type Block } from "../docs/generate.js";

const FILES = docFiles();
const read = (file: string) => readFileSync(join(ROOT, file), "utf8");

describe("generated command output in the docs", () => {
  const blocks = readBlocks(FILES);
  let generated = new Map<Block, string>();

  beforeAll(async () => {
    // 3 commands at a time: about 30 s for the whole set on a quiet 2-core machine, most of it each process loading the
    // CLI. Beside the rest of the suite and other work it has taken over 120 s: the limit is for a hang, not a speed check.
    generated = await renderBlocks(blocks, 3);
  }, 400_000);

  it("has blocks in the README and the CLI reference", () => {
    expect(blocks.some((b) => b.file === "README.md")).toBe(true);
    expect(blocks.filter((b) => b.file === "docs/cli.md").length).toBeGreaterThan(10);
  });

  it.each(blocks.map((b) => [`${b.file}:${b.line}  ${b.command}`, b] as const))("%s is current", (_, block) => {
    expect(
      block.current,
      `${block.file}:${block.line} no longer matches \`${block.command}\`: run \`npm run docs\``,
    ).toBe(generated.get(block));
  });
});

describe("the generator's rules", () => {
  it("splits a command line as a shell would", () => {
    expect(splitWords(`panelgraph query themes-of "Sarah Reed" --data 'my corpus'`)).toEqual([
      "panelgraph",
      "query",
      "themes-of",
      "Sarah Reed",
      "--data",
      "my corpus",
    ]);
  });

  it("reads the command, a head and the given commands from the opening comment", () => {
    const text = [
      "<!-- output: panelgraph suggest x | head -n 3",
      "     given: panelgraph add-source a.txt --title T -->",
      "old",
      "<!-- /output -->",
      "",
    ].join("\n");
    const [block] = findBlocks("x.md", text);
    expect(block).toMatchObject({ argv: ["suggest", "x"], head: 3, current: "old\n" });
    expect(block!.given.map((g) => g.argv)).toEqual([["add-source", "a.txt", "--title", "T"]]);
  });

  it("leaves a marker inside a fenced code block alone: it is an example", () => {
    const text = "```\n<!-- output: panelgraph stats -->\n\n<!-- /output -->\n```\n";
    expect(findBlocks("x.md", text)).toEqual([]);
  });

  it("refuses a block without its closing comment, a command other than panelgraph, and serve", () => {
    expect(() => findBlocks("x.md", "<!-- output: panelgraph stats -->\n")).toThrow(/x.md:1: no <!-- \/output -->/);
    expect(() => findBlocks("x.md", "<!-- output: ls -->\n<!-- /output -->")).toThrow(/panelgraph commands only/);
    expect(() => findBlocks("x.md", "<!-- output: panelgraph serve -->\n<!-- /output -->")).toThrow(/runs until/);
  });
});

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens; repeats get -1, -2, … */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const [, text] of withoutFences(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const plain = text!.replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1");
    const slug = plain
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    result.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return result;
}

/** The Markdown without fenced code blocks and HTML comments, which hold no headings. */
function withoutFences(markdown: string): string {
  return markdown.replace(/^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2[^\n]*$/gm, "").replace(/<!--[\s\S]*?-->/g, "");
}

/** … and without inline code, which holds no links. */
const withoutCode = (markdown: string) => withoutFences(markdown).replace(/`+[^`\n]*`+/g, "");

describe("links in the docs", () => {
  const links = FILES.flatMap((file) =>
    [...withoutCode(read(file)).matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
      .map((m) => m[1]!)
      .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
      .map((target) => ({ file, target })),
  );

  it("finds the links", () => {
    expect(links.length).toBeGreaterThan(10);
  });

  it("every relative link points at a file that exists, and every #anchor at a heading", () => {
    const broken: string[] = [];
    for (const { file, target } of links) {
      const [path = "", anchor] = target.split("#");
      const resolved = path ? relative(ROOT, resolve(dirname(join(ROOT, file)), decodeURIComponent(path))) : file;
      if (!existsSync(join(ROOT, resolved))) {
        broken.push(`${file}: ${target} (no file ${resolved})`);
        continue;
      }
      if (anchor === undefined || !resolved.endsWith(".md") || statSync(join(ROOT, resolved)).isDirectory()) continue;
      if (!anchors(read(resolved)).has(anchor))
        broken.push(`${file}: ${target} (no heading #${anchor} in ${resolved})`);
    }
    expect(broken, "broken links in the docs").toEqual([]);
  });
});
