// A source added from a PDF, in the built viewer: the reader opened at one of its passages says the PDF page the
// passage is on, from the page starts add-source recorded. The corpus is made here from our fixture transcript
// (tests/fixtures/sources/README.md) with one accepted claim.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import type { PreviewServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraphFile } from "../../src/export/graph-file.js";
import { serializeGraph } from "../../src/graph/serialize.js";
import { buildViewer, launchChromium, serveBuilt } from "../helpers/browser.js";
import { panelgraph } from "../helpers/cli.js";
import { ROOT, tempDir } from "../helpers/corpus.js";

declare const window: Window & { panelgraph: { ready: boolean; select(node: string | null): void } };

describe("a PDF source in the viewer's reader", () => {
  let outDir: string;
  let server: PreviewServer;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    const dir = tempDir();
    cpSync(join(ROOT, "tests/fixtures/unseen/corpus"), dir, { recursive: true });
    const pdf = join(ROOT, "tests/fixtures/sources/committee-transcript.pdf");
    const added = await panelgraph("add-source", pdf, "--id", "coastal-hearing", "--data", dir);
    expect(added.code).toBe(0);
    mkdirSync(join(dir, "annotations"));
    writeFileSync(
      join(dir, "annotations/coastal-hearing.yaml"),
      [
        "source: coastal-hearing",
        "entities:",
        "  people:",
        "    - { id: ruth-okafor, label: Ruth Okafor }",
        "claims:",
        "  - relation: spoke-on",
        "    from: ruth-okafor",
        "    to: social-housing",
        "    evidence:",
        '      - { quote: "wanted someone else to go first", kind: direct-quote }',
        "",
      ].join("\n"),
    );
    const { graph } = buildGraphFile(dir, join(tempDir(), "graph.json"));
    outDir = await buildViewer(serializeGraph(graph));
    ({ server, url } = await serveBuilt(outDir));
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it("says the page of the passage beside its line, in the evidence list and in the reader", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(url);
    await page.waitForFunction(() => window.panelgraph?.ready === true, null, { timeout: 30_000 });
    await page.evaluate(() => window.panelgraph.select("ruth-okafor"));
    const quote = page.locator("#panel-body button.quote", { hasText: "wanted someone else to go first" }).first();
    expect(await quote.locator(".meta").textContent()).toMatch(/ · line \d+ · p\. 3 · characters /u);
    await quote.click();
    await page.locator("#reader-mark").waitFor();
    expect(await page.textContent("#reader-mark")).toBe("wanted someone else to go first");
    // The answer runs from page 2 onto page 3; these words are after the break.
    expect(await page.textContent("#reader-meta")).toMatch(/Passage at line \d+ \(p\. 3\), characters \d+–\d+/u);
    mkdirSync(join(ROOT, "test-output"), { recursive: true });
    writeFileSync(join(ROOT, "test-output/viewer-reader-pdf.png"), await page.screenshot());
    await page.close();
  });
});
