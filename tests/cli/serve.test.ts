// `panelgraph serve` as `npm start` runs it, on a copy of the mini fixture: editing the corpus rebuilds the graph; a
// broken edit is reported in the terminal and in build-status.json (the page's banner) while the last good graph stays.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "../helpers/browser.js";
import { PANELGRAPH } from "../helpers/cli.js";
import { copyFixture, edit, ROOT, tempDir } from "../helpers/corpus.js";

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill("SIGTERM");
});

async function until<T>(what: string, check: () => Promise<T | undefined> | T | undefined, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function serve(corpus: string) {
  const out = join(tempDir(), "graph.json");
  const port = await freePort();
  const child = spawn(process.execPath, [PANELGRAPH, "serve", corpus, "--port", String(port), "--out", out], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: "1" },
  });
  running.push(child);
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const url = await until("the Viewer: line", () => /Viewer: (\S+)/.exec(output)?.[1]);
  const get = async (path: string) => (await fetch(new URL(path, url))).json();
  return { url, out, get, output: () => output };
}

const label = (graph: { nodes: { key: string; attributes: { label: string } }[] }, id: string) =>
  graph.nodes.find((n) => n.key === id)?.attributes.label;

describe("panelgraph serve", () => {
  it("rebuilds when a corpus file changes, and keeps the last good graph when an edit breaks the corpus", async () => {
    const corpus = copyFixture();
    const { get, out, output } = await serve(corpus);
    expect(label(await get("graph.json"), "ada-park")).toBe("Ada Park");
    expect(await get("build-status.json")).toMatchObject({ ok: true, problems: [] });

    edit(corpus, "registry.yaml", "label: Ada Park", "label: Ada Parker");
    await until("the rebuilt graph", async () =>
      label(await get("graph.json"), "ada-park") === "Ada Parker" ? true : undefined,
    );
    expect(output()).toContain("registry.yaml changed: rebuilding");

    const good = readFileSync(out, "utf8");
    edit(corpus, "registry.yaml", "aliases: [Park]", "aliases: [Park");
    const status = await until("the failed build's status", async () => {
      const s = (await get("build-status.json")) as { ok: boolean; summary: string; problems: string[] };
      return s.ok ? undefined : s;
    });
    expect(status.summary).toContain("1 error in ");
    expect(status.summary).toContain("showing the last good graph");
    expect(status.problems[0]).toMatch(/^registry\.yaml:\d+ /);
    expect(output()).toContain(status.problems[0]);
    expect(readFileSync(out, "utf8")).toBe(good);

    edit(corpus, "registry.yaml", "aliases: [Park", "aliases: [Park]");
    await until("the repaired build", async () => ((await get("build-status.json")).ok ? true : undefined));
  });

  it("starts even when the corpus is broken, and says so on the page and in the terminal", async () => {
    const corpus = copyFixture();
    edit(corpus, "registry.yaml", "aliases: [Park]", "aliases: [Park");
    const { get, output } = await serve(corpus);
    expect(await get("build-status.json")).toMatchObject({ ok: false });
    expect(output()).toContain("Build failed: 1 error");
  });
});
