// A source added from a PDF, in the built viewer: the reader opened at one of its passages says the PDF page the
// passage is on, from the page starts add-source recorded. The corpus is made here from our fixture transcript
// (tests/fixtures/sources/README.md) with one accepted claim.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraphFile } from "../../src/export/graph-file.js";
import { serializeGraph } from "../../src/graph/serialize.js";
import { keepScreenshot, type OpenedViewer, openViewer } from "../helpers/browser.js";
import { panelgraph } from "../helpers/cli.js";
import { copyFixture, ROOT, tempDir, writeSpokeOn } from "../helpers/corpus.js";

declare const window: Window & { panelgraph: { ready: boolean; select(node: string | null): void } };

describe("a PDF source in the viewer's reader", () => {
  let viewer: OpenedViewer;

  beforeAll(async () => {
    const dir = copyFixture(join(ROOT, "tests/fixtures/unseen/corpus"));
    const pdf = join(ROOT, "tests/fixtures/sources/committee-transcript.pdf");
    const added = await panelgraph("add-source", pdf, "--id", "coastal-hearing", "--data", dir);
    expect(added.code).toBe(0);
    writeSpokeOn(dir, {
      source: "coastal-hearing",
      person: { id: "ruth-okafor", label: "Ruth Okafor" },
      theme: "social-housing",
      quotes: ["wanted someone else to go first"],
    });
    const { graph } = buildGraphFile(dir, join(tempDir(), "graph.json"));
    viewer = await openViewer(serializeGraph(graph));
  }, 180_000);
  afterAll(async () => viewer?.close());

  it("says the page of the passage beside its line, in the evidence list and in the reader", async () => {
    const { page } = viewer;
    await page.evaluate(() => window.panelgraph.select("ruth-okafor"));
    const quote = page.locator("#panel-body button.quote", { hasText: "wanted someone else to go first" }).first();
    expect(await quote.locator(".meta").textContent()).toMatch(/ · line \d+ · p\. 3 · characters /u);
    await quote.click();
    await page.locator("#reader-mark").waitFor();
    expect(await page.textContent("#reader-mark")).toBe("wanted someone else to go first");
    // The answer runs from page 2 onto page 3; these words are after the break.
    expect(await page.textContent("#reader-meta")).toMatch(/Passage at line \d+ \(p\. 3\), characters \d+–\d+/u);
    keepScreenshot("viewer-reader-pdf.png", await page.screenshot());
  });
});
