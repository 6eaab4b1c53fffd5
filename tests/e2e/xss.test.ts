// Labels, quotes and source text carrying HTML and script payloads render as text in the built viewer: no dialog
// opens, no element is made from the data, and what is shown is the exact characters of the data.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serializeGraph } from "../../src/graph/serialize.js";
import { openViewer, type OpenedViewer } from "../helpers/browser.js";
import { PAYLOADS, SOURCE_TEXT, xssGraph } from "../fixtures/xss/graph.js";

interface PageApi {
  ready: boolean;
  state: { selected: string | null };
  renderer: import("sigma").default;
  update(change: object): void;
  select(node: string | null): void;
}
declare const window: Window & { panelgraph: PageApi; created: string[] };

/** Elements that data must never turn into (the page's own markup has none of these after load, but the one script). */
const FORBIDDEN = ["IMG", "SCRIPT", "SVG", "IFRAME", "OBJECT", "EMBED", "B", "STYLE", "LINK", "META", "FORM", "BASE"];

/** Runs in the page before its scripts: records in `window.created` every element of a forbidden kind (or carrying a
 * handler or a javascript: URL) added once the HTML parser is done, with its tag and attributes. */
function recordCreated(forbidden: string[]): void {
  window.created = [];
  // Mutation records are delivered in batches, possibly after the parser is done: a flag set when the
  // document's own markup is complete tells the page's elements from later ones.
  let parsed = false;
  document.addEventListener("DOMContentLoaded", () => (parsed = true));
  new MutationObserver((records) => {
    if (!parsed) return;
    for (const record of records) {
      record.addedNodes.forEach((node) => {
        if (!(node instanceof Element)) return;
        for (const element of [node, ...node.querySelectorAll("*")]) {
          const tag = element.tagName.toUpperCase();
          const handler = [...element.attributes].some((a) => /^on/i.test(a.name));
          const scriptUrl = [...element.attributes].some((a) => /^\s*javascript:/i.test(a.value));
          const pageScript = tag === "SCRIPT" && element.getAttribute("src")?.startsWith("./assets/");
          if ((forbidden.includes(tag) && !pageScript) || handler || scriptUrl) {
            window.created.push(element.outerHTML.slice(0, 120));
          }
        }
      });
    }
  }).observe(document, { childList: true, subtree: true });
}

describe("the viewer renders HTML and script payloads as text", () => {
  const graph = xssGraph();
  let viewer: OpenedViewer;
  let page: Page;

  /** Nothing forbidden was added to the page since it loaded. */
  const expectNothingCreated = async () => expect(await page.evaluate(() => window.created)).toEqual([]);

  beforeAll(async () => {
    viewer = await openViewer(serializeGraph(graph), {
      viewport: { width: 1280, height: 800 },
      beforeLoad: (page) => page.addInitScript(recordCreated, FORBIDDEN),
    });
    page = viewer.page;
  });
  afterAll(async () => viewer?.close());

  it("shows every node's panel with its label, description, roles and quotes as the same characters", async () => {
    for (const id of graph.nodes()) {
      await page.evaluate((node) => window.panelgraph.select(node), id);
      expect(await page.textContent("#panel-title")).toBe(graph.getNodeAttribute(id, "label"));
    }
    await page.evaluate(() => window.panelgraph.select("payload-person"));
    const body = (await page.textContent("#panel-body"))!;
    expect(body).toContain(graph.getNodeAttribute("payload-person", "description"));
    expect(body).toContain("<script>alert(13)</script>");
    expect(body).toContain("<img src=x onerror=alert(14)>");
    expect(body).toContain(PAYLOADS.iframeOrg);
    expect(await page.locator("#panel-body button.quote q").allTextContents()).toContain(
      "<img src=x onerror=alert('quote')> said the panellist",
    );
    // Entities stay as typed: `&lt;` is four characters, not `<`.
    expect(body).toContain("&lt;b&gt;not bold&lt;/b&gt; &amp; <b>bold</b>");

    // A session's page: its fact, its panellist's title and its theme's row, as the same characters.
    await page.evaluate(() => window.panelgraph.select("payload-session"));
    const session = (await page.textContent("#panel-body .session-view"))!;
    expect(session).toContain("<script>alert(19)</script>");
    expect(session).toContain("<script>alert(13)</script>, " + PAYLOADS.iframeOrg);
    expect(await page.locator("#panel-body tr.theme-row .theme-toggle").allTextContents()).toEqual([PAYLOADS.svgTheme]);
    await page.click("#panel-body tr.theme-row");
    expect(await page.locator("#panel-body tr.theme-passages button.quote q").allTextContents()).toContain(
      "<img src=x onerror=alert('quote')> said the panellist",
    );

    await page.evaluate(() => window.panelgraph.select("xss-source"));
    expect(await page.textContent("#panel-body")).toContain("<b onmouseover=alert(6)>Publisher</b>");
    // A javascript: URL is not made a link.
    expect(await page.locator("#panel-body a").count()).toBe(0);
    await expectNothingCreated();
  });

  it("shows each connection's evidence drawer and the edge tooltip as text", async () => {
    for (const edge of graph.edges()) {
      await page.evaluate((key) => window.panelgraph.update({ edge: key }), edge);
      expect(await page.isVisible("#edge-drawer")).toBe(true);
      const [from, to] = graph.extremities(edge);
      expect(await page.textContent("#edge-title")).toBe(
        `${graph.getNodeAttribute(from, "label")} → ${graph.getNodeAttribute(to, "label")}`,
      );
      await page.evaluate((key) => window.panelgraph.renderer.emit("enterEdge", { edge: key } as never), edge);
      expect(await page.textContent("#tooltip")).toContain(graph.getNodeAttribute(to, "label"));
    }
    await page.evaluate(() => window.panelgraph.update({ edge: null }));
    await expectNothingCreated();
  });

  it("shows the source text in the reader as text, with the payload passage highlighted", async () => {
    const quote = "<img src=x onerror=alert('quote')> said the panellist";
    const start = SOURCE_TEXT.indexOf(quote);
    await page.evaluate((passage) => window.panelgraph.update({ passage }), {
      source: "xss-source",
      start,
      end: start + quote.length,
    });
    expect(await page.textContent("#reader-mark")).toBe(quote);
    expect(await page.textContent("#reader-body .source-text")).toBe(SOURCE_TEXT);
    expect(await page.textContent("#reader-title")).toBe(PAYLOADS.scriptSource);
    await page.keyboard.press("Escape");
    await expectNothingCreated();
  });

  it("search and who-spoke-on show payload names as text", async () => {
    await page.fill("#search", "<img");
    await page.locator("#search-options [role=option]").first().waitFor();
    expect(await page.locator("#search-options").textContent()).toContain(PAYLOADS.imgLabel);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => window.panelgraph.state.selected)).toBe("payload-person");

    await page.fill("#theme-input", "<img src=x onerror=alert(9)>");
    await page.keyboard.press("Enter");
    await page.locator("#who-result .speakers").waitFor();
    expect(await page.textContent("#who-result")).toContain(PAYLOADS.svgTheme);
    expect(await page.locator("#who-result .speakers .node-link").allTextContents()).toEqual([PAYLOADS.imgLabel]);

    await page.fill("#theme-input", "<script>alert('nope')</script>");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent("#who-result .problem")).toContain("<script>alert('nope')</script>");
    await expectNothingCreated();
  });

  it("the tools (data table, statistics, legends by attribute) show payload labels and values as text", async () => {
    await page.getByRole("tab", { name: "Data table" }).click();
    await page.fill("#table-search", "onerror");
    expect(await page.locator("#tool-table .grid-row").count()).toBeGreaterThan(0);
    expect(await page.textContent("#tool-table .grid-spacer")).toContain("onerror");
    await page.fill("#table-search", "");
    await page.check('#tool-table input[name="table-kind"][value="edges"]');
    await page.getByRole("tab", { name: "Statistics" }).click();
    await page.getByRole("tab", { name: "Appearance" }).click();
    for (const [field, value] of [
      ["colourBy", "kind"],
      ["colourBy", "source"],
      ["labelBy", "source"],
    ] as const) {
      await page.selectOption(`#appearance-${field}`, value);
    }
    await page.click("text=Back to the default look");
    await page.getByRole("tab", { name: "Appearance" }).click();
    await expectNothingCreated();
  });

  it("the URL carries a payload id and brings it back as text", async () => {
    await page.evaluate((id) => window.panelgraph.select(id), PAYLOADS.weirdId);
    await expectNothingCreated();
    await page.reload();
    await page.waitForFunction(() => window.panelgraph?.ready === true);
    expect(await page.evaluate(() => window.panelgraph.state.selected)).toBe(PAYLOADS.weirdId);
    expect(await page.textContent("#panel-title")).toBe(PAYLOADS.entities);
  });

  it("opened no dialog, created no element from the data, and logged no error", async () => {
    await expectNothingCreated();
    expect(await page.evaluate(() => document.title)).toBe("panelgraph");
    expect(viewer.dialogs).toEqual([]);
    expect(viewer.errors).toEqual([]);
  });
});
