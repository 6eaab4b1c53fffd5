// When the viewer's own code does not load, the page says what happened and what to do instead of "Loading graph…"
// for ever: a module the server answers with an error (as Vite's dev server answers "504 Outdated Optimize Dep"), or one
// that throws before the viewer starts. Under `npm start` and in the static build (whose Content-Security-Policy lets
// the one inline script that says so run); with its code loaded, the page says nothing of the kind.
import type { Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAnalysedGraph } from "../../src/analysis/analysed-graph.js";
import { serializeGraph } from "../../src/graph/serialize.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { keepScreenshot, startViewer, type ViewerSite } from "../helpers/browser.js";
import { MINI_DIR } from "../helpers/paths.js";

const DID_NOT_LOAD = "The viewer's code did not load";
const ADVICE = {
  dev: "Reload the page; if it persists, stop `npm start` and run it again.",
  build: "Reload the page; if it persists, build the site again (`npm run build`) and copy all of dist/.",
};

for (const serving of ["dev", "build"] as const) {
  describe(`the viewer's start-up ${serving === "dev" ? "under npm start" : "in the static build"}`, () => {
    let site: ViewerSite;
    beforeAll(async () => {
      site = await startViewer(serializeGraph(buildAnalysedGraph(loadValidCorpus(MINI_DIR))), { serving });
    });
    afterAll(async () => site?.close());

    /** A module of the page: under `npm start` one that main.ts imports, in the build the one script it has. */
    const MODULE = serving === "dev" ? /\/views\/dom\.ts(\?.*)?$/ : /\/assets\/index-[\w-]+\.js$/;

    /** A new page on the site whose MODULE is answered by `answer`, once loaded; with its console errors. */
    async function loadWith(answer: (route: Route) => Promise<void>): Promise<{ page: Page; errors: string[] }> {
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors: string[] = [];
      page.on("console", (message) => void (message.type() === "error" && errors.push(message.text())));
      let answered = 0;
      await page.route(MODULE, async (route) => {
        answered++;
        await answer(route);
      });
      await page.goto(site.url);
      expect(answered).toBe(1);
      return { page, errors };
    }

    /** The banner's text, once it is shown, and that it is painted on the page: visible, inside the window. */
    async function shownMessage(page: Page, screenshot: string): Promise<string> {
      const banner = page.locator("#build-banner");
      await banner.waitFor({ state: "visible" });
      const box = (await banner.boundingBox())!;
      expect(box.width).toBeGreaterThan(300);
      expect(box.y + box.height).toBeLessThan(800);
      expect(await page.textContent("#status")).toBe(DID_NOT_LOAD);
      keepScreenshot(screenshot, await page.screenshot());
      return (await banner.textContent())!;
    }

    it("says nothing of the kind when its code loads", async () => {
      const { page, errors } = await site.open({ viewport: { width: 1280, height: 800 } });
      expect(await page.locator("#build-banner").isHidden()).toBe(true);
      expect(await page.innerText("body")).not.toContain(DID_NOT_LOAD);
      // No console error either: in the build, none from the policy refusing the inline script.
      expect(errors).toEqual([]);
      await page.close();
    });

    it("says what happened and what to do when a module of it answers 504", async () => {
      const { page, errors } = await loadWith((route) =>
        route.fulfill({ status: 504, contentType: "text/plain", body: "Outdated Optimize Dep" }),
      );
      expect(await shownMessage(page, `load-error-504-${serving}.png`)).toBe(
        `${DID_NOT_LOAD} (the server did not send one of its modules). ${ADVICE[serving]}`,
      );
      // Chromium names the module that failed in the console.
      expect(errors.join("\n")).toMatch(/504/);
      await page.close();
    });

    it("says what happened and what to do when a module of it throws before the viewer starts", async () => {
      const { page } = await loadWith(async (route) => {
        const response = await route.fetch();
        const code = await response.text();
        await route.fulfill({ response, body: `throw new Error("an invented start-up failure");\n${code}` });
      });
      expect(await shownMessage(page, `load-error-throw-${serving}.png`)).toBe(
        `${DID_NOT_LOAD} (a module stopped on an error: an invented start-up failure). ${ADVICE[serving]}`,
      );
      await page.close();
    });
  });
}
