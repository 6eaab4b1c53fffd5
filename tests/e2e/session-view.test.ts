// A session's page in the viewer's node panel, on a corpus written for it (tests/helpers/session-corpus.ts): opened
// from a ?node= link and from a panellist's panel, its themes' table has the rows `panelgraph query session` answers
// (the same function, src/query/session.ts), a row opens the passages of each claim behind it, and a passage opens
// the source at its sentence. At a desktop width and a phone's (390 px: the panel is a sheet under the graph).
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCorpusGraph } from "../../src/export/graph-file.js";
import { serializeGraph } from "../../src/graph/serialize.js";
import type { SessionAnswer } from "../../src/query/session.js";
import { keepScreenshot, startViewer, type ViewerSite } from "../helpers/browser.js";
import { panelgraphIn } from "../helpers/cli.js";
import { SESSION, sessionCorpus } from "../helpers/session-corpus.js";

interface PageApi {
  state: { selected: string | null; passage: { source: string; start: number; end: number } | null };
  select(node: string | null): void;
}
declare const window: Window & { panelgraph: PageApi };

/** The table's rows as the page shows them: theme id, agreed/covered/raised, panellists, passages. */
const tableRows = (page: Page) =>
  page
    .locator("#panel-body .session-themes tr.theme-row")
    .evaluateAll((rows) =>
      rows.map((row) => [
        (row as HTMLElement).dataset.theme,
        ...[...(row as HTMLTableRowElement).cells].slice(1).map((c) => c.textContent),
      ]),
    );

describe("a session's page in the viewer", () => {
  const dir = sessionCorpus();
  const graph = buildCorpusGraph(dir).graph;
  let site: ViewerSite;
  let cli: SessionAnswer;

  beforeAll(async () => {
    const answer = await panelgraphIn(["query", "session", SESSION, "--json", "--data", dir], { cwd: dir });
    cli = JSON.parse(answer.stdout) as SessionAnswer;
    site = await startViewer(serializeGraph(graph));
  });
  afterAll(async () => site?.close());

  it("a ?node= link opens it: event, date, chair and panel with their titles, and the themes as the CLI ranks them", async () => {
    const { page, errors } = await site.open({ viewport: { width: 1440, height: 900 }, search: `?node=${SESSION}` });
    expect(await page.textContent("#panel-title")).toBe("Harbour Towns Review, second sitting");
    const view = page.locator("#panel-body .session-view");
    expect(await view.locator(".session-events").textContent()).toContain("Part of Harbour Towns Review 2025");
    expect(await view.locator(".session-fact").allTextContents()).toEqual([
      expect.stringMatching(/^Date: 2025-06-12 · this session · Harbour Towns Review: the second sitting1 passage$/),
    ]);
    // Chair first; each title with the source that gives it (Idris Vane has one from each of the two reports).
    const people = view.locator(".session-people > li");
    expect(await people.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.node))).toEqual(
      cli.people.map((p) => p.id),
    );
    expect(await people.nth(0).locator(".session-role").textContent()).toBe("chair");
    expect(await people.nth(1).locator(".roles").allTextContents()).toEqual([
      "Director of Ports, Eastmere Council (Harbour Towns Review: the second sitting)",
      "Head of Ports, Eastmere Council (Notes from the Harbour Towns Review)",
    ]);
    // The table's rows are the CLI's themes, in its order, with its counts; the blog's fishing quotas are not there.
    const rows = await tableRows(page);
    expect(rows).toEqual(
      cli.themes.map((t) => [
        t.id,
        [t.agreed && "agreed", t.covered && "covered", t.speakers.length > 0 && "raised"].filter(Boolean).join(", "),
        String(t.speakers.length),
        String(t.evidence.length),
      ]),
    );
    expect(rows).toEqual([
      ["ferry-links", "agreed, covered, raised", "1", "3"],
      ["harbour-dredging", "covered, raised", "1", "3"],
      ["housing", "raised", "2", "2"],
      ["skills", "raised", "1", "1"],
    ]);
    // The panel's conclusions: the finding it states and the theme it agreed on, each marked the panel's, with its
    // source; a finding's passage opens in the reader.
    const conclusions = view.locator(".session-conclusions > li");
    expect(await conclusions.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.node))).toEqual(
      cli.conclusions.map((c) => c.id),
    );
    expect(await conclusions.allTextContents()).toEqual([
      "FindingFerry timetable cut twice1 passageThe island ferry timetable was cut twice in one year." +
        "The panel's, a summary · Notes from the Harbour Towns Review",
      "Agreed on the themeFerry links1 passageThe panel's, a summary · Harbour Towns Review: the second sitting",
    ]);
    expect(await view.locator("h3").allTextContents()).toContain("The panel's conclusions 2");
    expect(await view.locator(".session-recommendations > li").count()).toBe(2);
    expect(await view.locator(".session-sources .node-link").allTextContents()).toEqual([
      "Notes from the Harbour Towns Review",
      "Harbour Towns Review: the second sitting",
    ]);
    keepScreenshot("session-view-wide.png", await page.screenshot());

    // `q` reaches the first quote: the page's passages are folded, so it opens the first theme's row for it.
    await page.keyboard.press("q");
    expect(
      await page.evaluate(() => document.activeElement?.closest("tr.theme-passages")?.getAttribute("data-theme")),
    ).toBe("ferry-links");
    await page.click('#panel-body tr.theme-row[data-theme="ferry-links"]');
    expect(await page.locator('#panel-body tr.theme-passages[data-theme="ferry-links"]').isVisible()).toBe(false);

    // A row opens each claim's passages; a passage opens the source at that sentence.
    const housing = page.locator('#panel-body tr.theme-passages[data-theme="housing"]');
    expect(await housing.isVisible()).toBe(false);
    await page.click('#panel-body tr.theme-row[data-theme="housing"] .theme-toggle');
    expect(await housing.isVisible()).toBe(true);
    expect(
      await page.getAttribute('#panel-body tr.theme-row[data-theme="housing"] .theme-toggle', "aria-expanded"),
    ).toBe("true");
    expect(await housing.locator(".claim").allTextContents()).toEqual(["Ona Pike raised it", "Teo Brand raised it"]);
    expect(await housing.locator("button.quote q").allTextContents()).toEqual([
      "Young people leave because there is nowhere to rent.",
      "Rents in the old town have doubled in five years.",
    ]);
    keepScreenshot("session-view-wide-row.png", await page.screenshot());
    const quote = housing.locator("button.quote").nth(1);
    await quote.click();
    const passage = await page.evaluate(() => window.panelgraph.state.passage);
    expect(passage).toEqual({
      source: "harbour-report",
      start: Number(await quote.getAttribute("data-start")),
      end: Number(await quote.getAttribute("data-end")),
    });
    expect(await page.textContent("#reader-mark")).toBe("Rents in the old town have doubled in five years.");
    await conclusions.nth(0).locator("button.passages").click();
    await view.locator(".session-conclusions").scrollIntoViewIfNeeded();
    keepScreenshot("session-view-conclusions.png", await page.screenshot());
    await conclusions.nth(0).locator("button.quote").click();
    expect(await page.textContent("#reader-mark")).toBe(
      "The panel found that the island ferry timetable had been cut twice in one year.",
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a click on the session in a panellist's panel opens it; at 390 px it is a sheet under the graph that fits", async () => {
    const { page, errors } = await site.open({ viewport: { width: 390, height: 844 }, search: "?node=ona-pike" });
    await page.click(`#panel-body .connection-list .node-link[data-node="${SESSION}"]`);
    await expect.poll(() => page.evaluate(() => window.panelgraph.state.selected)).toBe(SESSION);
    expect(await page.textContent("#panel-title")).toBe("Harbour Towns Review, second sitting");
    expect((await tableRows(page)).map((r) => r[0])).toEqual(cli.themes.map((t) => t.id));
    const panel = (await page.locator("#panel").boundingBox())!;
    const graphArea = (await page.locator("#graph").boundingBox())!;
    expect(panel.width).toBe(390);
    expect(panel.y).toBeGreaterThanOrEqual(graphArea.y + graphArea.height - 1);
    // The table fits the sheet: nothing to scroll sideways.
    const widths = await page
      .locator("#panel-body")
      .evaluate((body) => ({ scroll: body.scrollWidth, client: body.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await page.click('#panel-body tr.theme-row[data-theme="ferry-links"]');
    const ferry = page.locator('#panel-body tr.theme-passages[data-theme="ferry-links"]');
    expect(await ferry.locator(".claim").allTextContents()).toEqual([
      "The panel agreed on it",
      "The session covered it",
      "Idris Vane raised it",
    ]);
    await page.locator("#panel-body .session-themes").scrollIntoViewIfNeeded();
    keepScreenshot("session-view-390.png", await page.screenshot());
    expect(errors).toEqual([]);
    await page.close();
  });
});
