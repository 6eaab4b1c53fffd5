// Review mode in Chromium, under `panelgraph serve` as `npm start` runs it, on a draft made in the test (a short
// transcript written for it, drafted by `panelgraph suggest`): a whole review from the keyboard (accept, reject, edit,
// add by selecting text, undo) ends in exactly the YAML and the graph expected; a file edited on disk mid-review is
// never overwritten; the static build has no review controls and no token.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { parse, parseDocument, type YAMLMap, type YAMLSeq } from "yaml";
import { buildAnalysedGraph } from "../../src/analysis/analysed-graph.js";
import { serializeGraph } from "../../src/graph/serialize.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { buildViewer, openPage, serveBuilt, wordsBox } from "../helpers/browser.js";
import { ROOT } from "../helpers/paths.js";
import { serveDraftedCorpus } from "../helpers/review-served.js";

interface Data {
  source: string;
  entities: Record<string, { id: string; status?: string; [key: string]: unknown }[]>;
  claims: { relation: string; from: string; to: string; role?: string; status?: string; evidence: object[] }[];
}

const OUT = join(ROOT, "test-output");
/** A whole review is a few dozen writes, each validated and rebuilt: on a loaded 2-core machine, minutes. */
const SLOW = 180_000;

const site = serveDraftedCorpus();
beforeAll(() => {
  mkdirSync(OUT, { recursive: true });
});

async function openReview(width = 1600): Promise<Page> {
  const { page, pageErrors } = await openPage(site.browser, site.served.url, {
    viewport: { width, height: 900 },
  });
  // From the keyboard: the Review button is in the top bar.
  await page.focus("#review-open");
  await page.keyboard.press("Enter");
  await page.waitForSelector(".review-item[aria-current]");
  expect(pageErrors).toEqual([]);
  return page;
}

/** The current item: its key (claim:relation:from->to#quote, entity:id) and status. */
const current = (page: Page) =>
  page.evaluate(() => {
    const review = (window as unknown as { panelgraph: { review: { items: { key: string }[]; current: number } } })
      .panelgraph.review;
    return review.items[review.current]!.key;
  });

/** Presses j or k until the current item's key starts with `prefix`. */
async function goTo(page: Page, prefix: string): Promise<void> {
  const keys = await page.evaluate(() =>
    (window as unknown as { panelgraph: { review: { items: { key: string }[] } } }).panelgraph.review.items.map(
      (i) => i.key,
    ),
  );
  const target = keys.findIndex((k) => k.startsWith(prefix));
  expect(target, `${prefix} in ${keys.join(", ")}`).not.toBe(-1);
  const from = keys.indexOf(await current(page));
  for (let i = from; i !== target; i += Math.sign(target - from)) await page.keyboard.press(target > from ? "j" : "k");
  expect(await current(page)).toMatch(new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
}

/** Presses `key` and waits until the write it starts is answered and the file read again. */
async function press(page: Page, key: string): Promise<string> {
  await page.keyboard.press(key);
  return settled(page);
}

async function settled(page: Page): Promise<string> {
  await page.waitForFunction(
    () => !(window as unknown as { panelgraph: { review: { busy: boolean } } }).panelgraph.review.busy,
  );
  return (await page.textContent("#review-message")) ?? "";
}

/** Selects `words` in the source text as a reader would, and lets go of the mouse. */
async function selectWords(page: Page, words: string, occurrence = 1): Promise<void> {
  const box = await wordsBox(page, words, occurrence);
  expect(box, words).not.toBeNull();
  await page.mouse.move(box!.x1, box!.y1);
  await page.mouse.down();
  await page.mouse.move(box!.x2, box!.y2, { steps: 5 });
  await page.mouse.up();
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(words);
}

const comments = (text: string) => text.split("\n").filter((line) => line.trim().startsWith("#"));

describe("review mode", () => {
  it(
    "a whole review from the keyboard ends in exactly the YAML and the graph expected",
    async () => {
      const page = await openReview();
      await page.screenshot({ path: join(OUT, "review.png") });
      const draft = parse(site.corpus.draft) as Data;
      const reviewedAtStart = await page.textContent("#review-progress");
      expect(reviewedAtStart).toMatch(/^0 of \d+ reviewed$/);

      // 1. The first suggestion in reading order is the new theme from the heading: accept it.
      expect(await current(page)).toBe("entity:local-bus");
      expect(await press(page, "a")).toBe("Accepted theme Local buses");
      // 2. The heading's covers claim.
      await goTo(page, "claim:covers:harbour-panel->local-bus");
      expect(await press(page, "a")).toMatch(/^Accepted covers/);
      // 3. Reject reported-in.
      await goTo(page, "claim:reported-in:");
      expect(await press(page, "r")).toMatch(/^Rejected reported-in/);
      // 4. Edit Nia Holt's affiliation: the role becomes "Chair" (Tab to the role field, Enter saves and accepts).
      await goTo(page, "claim:affiliated-with:nia-holt->coastal-transport-trust");
      await page.keyboard.press("e");
      await page.waitForSelector(".review-form");
      for (let i = 0; i < 3; i++) await page.keyboard.press("Tab");
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe("role");
      await page.keyboard.press("ControlOrMeta+a");
      await page.keyboard.type("Chair");
      await page.keyboard.press("Enter");
      expect(await settled(page)).toMatch(/^Saved and accepted affiliated-with Nia Holt → Coastal Transport Trust/);
      // 5. Reject the recommendation drafted from Nia Holt's quote, and with it the claim that uses it.
      await goTo(page, "entity:every-ferry-should-connect-with-a-bus");
      expect(await press(page, "r")).toMatch(/^Rejected recommendation/);
      // 6. Add a claim by selecting words: Ada Park (the speaker of that paragraph) spoke on devolution.
      await selectWords(page, "devolution had stalled");
      await page.waitForSelector(".review-form");
      expect(await page.inputValue('.review-form input[name="from"]')).toBe("Ada Park");
      expect(await page.inputValue('.review-form select[name="relation"]')).toBe("spoke-on");
      await page.screenshot({ path: join(OUT, "review-add.png") });
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      await page.keyboard.type("Devolution");
      await page.keyboard.press("Enter"); // chooses the first match
      expect(await page.inputValue('.review-form input[name="to"]')).toBe("Devolution");
      await page.keyboard.press("Enter"); // submits
      expect(await settled(page)).toBe("Added spoke-on Ada Park → Devolution");
      // 7. Reject the addresses claim, then undo that.
      await page.keyboard.press("Escape");
      await goTo(page, "claim:addresses:");
      expect(await press(page, "r")).toMatch(/^Rejected addresses/);
      expect(await press(page, "u")).toBe("Undone: reject");
      expect(await current(page)).toMatch(/^claim:addresses:/);

      // The file, as data: exactly the review's decisions.
      const expected = structuredClone(draft);
      const entity = (section: string, id: string) => expected.entities[section]!.find((e) => e.id === id)!;
      const claim = (relation: string, from: string, to: string) =>
        expected.claims.find((c) => c.relation === relation && c.from === from && c.to === to)!;
      entity("themes", "local-bus").status = "accepted";
      // Accepted, the drafted theme loses suggest's note on why it was drafted ("New candidate theme: …").
      expect(entity("themes", "local-bus").description).toMatch(/^New candidate theme: /);
      delete entity("themes", "local-bus").description;
      claim("covers", "harbour-panel", "local-bus").status = "accepted";
      expected.claims.splice(expected.claims.indexOf(claim("reported-in", "harbour-panel-panel", "harbour-panel")), 1);
      Object.assign(claim("affiliated-with", "nia-holt", "coastal-transport-trust"), {
        status: "accepted",
        role: "Chair",
      });
      entity("people", "nia-holt").status = "accepted";
      entity("organisations", "coastal-transport-trust").status = "accepted";
      expected.entities.recommendations!.splice(
        expected.entities.recommendations!.indexOf(entity("recommendations", "every-ferry-should-connect-with-a-bus")),
        1,
      );
      expected.claims.splice(
        expected.claims.indexOf(claim("recommends", "nia-holt", "every-ferry-should-connect-with-a-bus")),
        1,
      );
      expected.claims.push({
        relation: "spoke-on",
        from: "ada-park",
        to: "devolution",
        evidence: [{ quote: "devolution had stalled", kind: "reported" }],
      });
      const text = readFileSync(site.corpus.file, "utf8");
      expect(parse(text)).toEqual(expected);

      // As text: every comment kept in order, but the heading of the group that is gone; the rest line for line.
      expect(comments(text)).toEqual(comments(site.corpus.draft).filter((c) => !c.includes("What Nia Holt said")));
      const appended = [
        "  - relation: spoke-on",
        "    from: ada-park",
        "    to: devolution",
        "    evidence:",
        '      - quote: "devolution had stalled"',
        "        kind: reported",
        "",
      ].join("\n");
      expect(text.endsWith(appended)).toBe(true);
      // Before the new claim: the draft's lines in the draft's order, with only the status and role values changed and
      // the rejected records gone (reported-in 7 lines, the recommendation 4, its claim 7 and its group's heading 1)
      // and the accepted theme's drafting note (1).
      const kept = text
        .slice(0, -appended.length)
        .trimEnd()
        .replace(/^(\s+)status: accepted/gm, "$1status: suggested")
        .replace("role: Chair", "role: chair")
        .split("\n");
      const draftLines = site.corpus.draft.trimEnd().split("\n");
      let at = 0;
      for (const line of kept) {
        const found = draftLines.indexOf(line, at);
        expect(found, `line kept in order: ${line}`).not.toBe(-1);
        at = found + 1;
      }
      expect(draftLines.length - kept.length).toBe(7 + 4 + 7 + 1 + 1); // and the theme's note
      expect(text.match(/^\s+status: accepted/gm)).toHaveLength(5);

      // The graph on the page is the graph the corpus builds, with the review's claims in it.
      const want = buildAnalysedGraph(loadValidCorpus(site.corpus.dir));
      const edges = want.edges().sort();
      expect(edges).toContain("spoke-on:ada-park->devolution");
      expect(edges).toContain("covers:harbour-panel->local-bus");
      expect(edges).not.toContain("reported-in:harbour-panel-panel->harbour-panel");
      await page.waitForFunction(
        (keys) => {
          const graph = (window as unknown as { panelgraph: { graph?: { edges(): string[] } } }).panelgraph.graph;
          return JSON.stringify(graph?.edges().sort()) === JSON.stringify(keys);
        },
        edges,
        { timeout: 20_000 },
      );
      const role = await page.evaluate(
        () =>
          (
            window as unknown as {
              panelgraph: { graph: { getEdgeAttribute(e: string, a: string): { role: string }[] } };
            }
          ).panelgraph.graph.getEdgeAttribute("affiliated-with:nia-holt->coastal-transport-trust", "roles")[0]!.role,
      );
      expect(role).toBe("Chair");
      // The last claim accepted is shown in the network: its node selected, its connection open.
      await page.waitForFunction(
        () =>
          (window as unknown as { panelgraph: { state: { edge: string | null } } }).panelgraph.state.edge ===
          "spoke-on:ada-park->devolution",
      );
      await page.screenshot({ path: join(OUT, "review-accepted.png") });
      expect(await page.textContent("#review-progress")).toMatch(/^\d+ of \d+ reviewed$/);
      await page.close();
    },
    SLOW,
  );

  it(
    "in a laptop-sized window the graph's tool tabs stay inside its narrowed area, clear of the review panel",
    async () => {
      const page = await openReview(1280);
      const boxes = await page.evaluate(() => {
        const box = (selector: string) => {
          const r = document.querySelector(selector)!.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        };
        return { stage: box("#stage"), tabs: box(".tool-tabs"), review: box("#review"), zoom: box("#zoom") };
      });
      const { tabs, zoom } = boxes;
      const overlapsZoom =
        tabs.left < zoom.right && zoom.left < tabs.right && tabs.top < zoom.bottom && zoom.top < tabs.bottom;
      expect(overlapsZoom).toBe(false);
      expect(boxes.tabs.left).toBeGreaterThanOrEqual(boxes.stage.left);
      expect(boxes.tabs.right).toBeLessThanOrEqual(boxes.stage.right);
      expect(boxes.tabs.left).toBeGreaterThanOrEqual(boxes.review.right);
      await page.close();
    },
    SLOW,
  );

  it(
    "refuses a change to a file edited on disk since the page read it, says so, and reloads it",
    async () => {
      const page = await openReview();
      const first = await current(page);
      const edited = `${readFileSync(site.corpus.file, "utf8")}# edited in an editor meanwhile\n`;
      writeFileSync(site.corpus.file, edited);
      const said = await press(page, "a");
      expect(said).toMatch(/changed on disk since this page read it/);
      expect(readFileSync(site.corpus.file, "utf8")).toBe(edited);
      // Reloaded: the same suggestion is still there, and accepting it now works, keeping the editor's line.
      expect(await current(page)).toBe(first);
      expect(await press(page, "a")).toMatch(/^Accepted/);
      expect(readFileSync(site.corpus.file, "utf8")).toContain("# edited in an editor meanwhile\n");
      await page.close();
    },
    SLOW,
  );

  it(
    "creates a theme inline while editing a claim, and accepts all remaining claims of one relation",
    async () => {
      const page = await openReview();
      await goTo(page, "claim:spoke-on:sam-reyes->local-bus");
      await page.keyboard.press("e");
      await page.waitForSelector(".review-form");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe("to");
      await page.keyboard.press("ControlOrMeta+a");
      await page.keyboard.type("Harbour economy");
      await page.waitForSelector('.review-form .options li:has-text("New theme “Harbour economy”")');
      await page.keyboard.press("Enter"); // the only option: create it
      expect(await settled(page)).toBe("Added theme Harbour economy");
      await page.waitForFunction(
        () =>
          document.querySelector<HTMLInputElement>('.review-form input[name="to"]')?.dataset.entity ===
          "harbour-economy",
      );
      await page.keyboard.press("Enter"); // saves and accepts
      expect(await settled(page)).toBe("Saved and accepted spoke-on Sam Reyes → Harbour economy");
      let data = parse(readFileSync(site.corpus.file, "utf8")) as Data;
      expect(data.entities.themes!.find((t) => t.id === "harbour-economy")).toEqual({
        id: "harbour-economy",
        label: "Harbour economy",
      });
      const edited = data.claims.find((c) => c.relation === "spoke-on" && c.from === "sam-reyes")!;
      expect(edited).toMatchObject({ to: "harbour-economy", status: "accepted" });

      const suggested = data.claims.filter((c) => c.relation === "panellist-in" && c.status === "suggested").length;
      expect(suggested).toBeGreaterThan(0);
      await page.click('#review-bulk button[data-relation="panellist-in"]');
      expect(await settled(page)).toBe(`Accepted ${suggested} panellist-in claim${suggested === 1 ? "" : "s"}`);
      data = parse(readFileSync(site.corpus.file, "utf8")) as Data;
      expect(data.claims.filter((c) => c.relation === "panellist-in").map((c) => c.status)).not.toContain("suggested");
      expect(await page.$('#review-bulk button[data-relation="panellist-in"]')).toBeNull();
      await page.close();
    },
    SLOW,
  );

  it(
    "writes the occurrence of a selected passage whose words appear more than once",
    async () => {
      const page = await openReview();
      // "local buses" is in the heading, in Sam Reyes's quote and in Ada Park's paragraph: select the third.
      await selectWords(page, "local buses", 3);
      await page.waitForSelector(".review-form");
      expect(await page.textContent(".review-quote")).toBe("“local buses” (occurrence 3)");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      await page.keyboard.type("Local buses");
      await page.keyboard.press("Enter");
      await page.keyboard.press("Enter");
      expect(await settled(page)).toBe("Added spoke-on Ada Park → Local buses");
      const data = parse(readFileSync(site.corpus.file, "utf8")) as Data;
      expect(data.claims.at(-1)).toEqual({
        relation: "spoke-on",
        from: "ada-park",
        to: "local-bus",
        evidence: [{ quote: "local buses", kind: "reported", occurrence: 3 }],
      });
      await page.close();
    },
    SLOW,
  );

  it(
    "says why a selection cannot be a claim's passage",
    async () => {
      const page = await openReview();
      await page.keyboard.press("n");
      expect(await page.textContent("#review-message")).toBe("Select the words the claim rests on in the text first.");
      await selectWords(page, "for local buses\n\nThe panel was");
      expect(await page.textContent("#review-message")).toMatch(/runs over a paragraph break/);
      expect(await page.$(".review-form")).toBeNull();
      await page.close();
    },
    SLOW,
  );

  it(
    "drops one passage of a claim from the keyboard, keeping the claim on its others; not the last one",
    async () => {
      const page = await openReview();
      // The chair's claim rests on the sentence naming her chair and on a quote of hers that does not show it.
      await goTo(page, "claim:chaired:nia-holt->harbour-panel-panel");
      const before = parse(readFileSync(site.corpus.file, "utf8")) as Data;
      const chaired = before.claims.find((c) => c.relation === "chaired")!;
      expect(chaired.evidence).toHaveLength(2);
      const tabTo = async (name: string) => {
        for (let i = 0; i < 12; i++) {
          if ((await page.evaluate(() => (document.activeElement as HTMLInputElement).name)) === name) return;
          await page.keyboard.press("Tab");
        }
        throw new Error(`no field ${name} reached with Tab`);
      };
      // Both passages dropped: refused on the page, nothing written.
      await page.keyboard.press("e");
      await page.waitForSelector(".review-form");
      await tabTo("drop-0");
      await page.keyboard.press("Space");
      await tabTo("drop-1");
      await page.keyboard.press("Space");
      await page.keyboard.press("Enter");
      expect(await page.textContent("#review-message")).toBe(
        "A claim rests on at least one passage: keep one, or reject the whole claim (r).",
      );
      expect(parse(readFileSync(site.corpus.file, "utf8"))).toEqual(before);
      // The second only: the claim stays, accepted, on the first.
      await page.keyboard.press("Shift+Tab");
      await page.keyboard.press("Shift+Tab");
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe("drop-0");
      await page.keyboard.press("Space");
      await page.keyboard.press("Enter");
      expect(await settled(page)).toBe(
        "Saved and accepted chaired Nia Holt → Panel: Harbour towns panel (1 passage dropped)",
      );
      const after = parse(readFileSync(site.corpus.file, "utf8")) as Data;
      expect(after.claims.find((c) => c.relation === "chaired")).toEqual({
        ...chaired,
        status: "accepted",
        evidence: [chaired.evidence[0]],
      });
      expect(after.claims).toHaveLength(before.claims.length);
      await page.close();
    },
    SLOW,
  );

  it(
    "says from the keyboard that a drafted session is one the registry has: its claims move there, the draft goes",
    async () => {
      // One of the drafted claims the file already makes about the registry's session, on its first passage: after
      // the move it is the same claim twice, which the review folds into one.
      const on = (id: string, data: Data) => data.claims.filter((c) => c.from === id || c.to === id);
      const text = readFileSync(site.corpus.file, "utf8");
      const copied = on("harbour-panel-panel", parse(text) as Data)[0]!;
      const ends = (c: Data["claims"][number]) =>
        [c.from, c.to].map((id) => (id === "harbour-panel-panel" ? "forum-meeting-1" : id));
      const [from, to] = ends(copied);
      const already = [
        "claims:",
        `  - relation: ${copied.relation}`,
        `    status: ${copied.status ?? "accepted"}`,
        `    from: ${from}`,
        `    to: ${to}`,
        ...(copied.role === undefined ? [] : [`    role: ${JSON.stringify(copied.role)}`]),
        "    evidence:",
        `      - ${JSON.stringify(copied.evidence[0])}`,
        "",
      ].join("\n");
      writeFileSync(site.corpus.file, text.replace("claims:\n", already));
      const page = await openReview();
      await goTo(page, "entity:harbour-panel-panel");
      const before = parse(readFileSync(site.corpus.file, "utf8")) as Data;
      const drafted = on("harbour-panel-panel", before);
      expect(drafted.length).toBeGreaterThan(0);
      await page.keyboard.press("s");
      await page.waitForSelector(".review-form");
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe("same-as");
      await page.keyboard.type("Example Forum, meeting");
      await page.waitForSelector('.review-form .options li:has-text("Example Forum, meeting 1")');
      await page.keyboard.press("Enter"); // picks it
      await page.keyboard.press("Enter"); // submits
      expect(await settled(page)).toBe(
        `“Panel: Harbour towns panel” is Example Forum, meeting 1: ${drafted.length} claim${drafted.length === 1 ? "" : "s"} moved; ` +
          "1 of them was already there, folded into one with the passages of both",
      );
      const after = parse(readFileSync(site.corpus.file, "utf8")) as Data;
      expect(after.entities.sessions ?? []).toEqual([]);
      expect(on("harbour-panel-panel", after)).toEqual([]);
      // The copy and the moved claim are one: as many claims on the session as were moved, the copy's first.
      expect(on("forum-meeting-1", after)).toHaveLength(drafted.length);
      const folded = after.claims.filter((c) => c.relation === copied.relation && ends(c).join() === [from, to].join());
      expect(folded).toEqual([{ ...copied, from, to }]);
      // The graph on the page: one session, the registry's, with the panel's people on it.
      await page.waitForFunction(
        () => {
          const graph = (window as unknown as { panelgraph: { graph?: { hasNode(id: string): boolean } } }).panelgraph
            .graph;
          return graph !== undefined && !graph.hasNode("harbour-panel-panel");
        },
        undefined,
        { timeout: 20_000 },
      );
      await page.close();
    },
    SLOW,
  );

  it(
    "shows a role's since and until in the edit form, checks them, and writes what the reviewer leaves (w38)",
    async () => {
      // Nia Holt's affiliation, dated on disk as an annotator might have: since March 2021.
      const doc = parseDocument(readFileSync(site.corpus.file, "utf8"));
      const claims = doc.get("claims") as YAMLSeq<YAMLMap>;
      const at = claims.items.findIndex((c) => c.get("relation") === "affiliated-with" && c.get("from") === "nia-holt");
      claims.items[at]!.set("since", "2021-03");
      writeFileSync(site.corpus.file, doc.toString());
      const page = await openReview();
      await goTo(page, "claim:affiliated-with:nia-holt->coastal-transport-trust");
      await page.keyboard.press("e");
      await page.waitForSelector(".review-form");
      expect(await page.inputValue('.review-form input[name="since"]')).toBe("2021-03");
      expect(await page.inputValue('.review-form input[name="until"]')).toBe("");
      // A new title: the old date stays in sight, and the form says it stays unless changed.
      await page.fill('.review-form input[name="role"]', "Director");
      expect(await page.isVisible('.review-form [data-field="dates-note"]')).toBe(true);
      // A date not in the format is refused on the page, nothing written.
      const before = readFileSync(site.corpus.file, "utf8");
      await page.fill('.review-form input[name="until"]', "2024-1");
      await page.focus('.review-form input[name="until"]');
      await page.keyboard.press("Enter");
      expect(await page.textContent("#review-message")).toBe(
        "Until: “2024-1” must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD; give the date the text states, or only what it states: YYYY-MM or YYYY.",
      );
      await page.fill('.review-form input[name="until"]', "2020");
      await page.keyboard.press("Enter");
      expect(await page.textContent("#review-message")).toMatch(/^Until \(2020\) is before since \(2021-03\)/);
      expect(readFileSync(site.corpus.file, "utf8")).toBe(before);
      // The reviewer clears the old title's since and gives the until the text states.
      await page.fill('.review-form input[name="since"]', "");
      await page.fill('.review-form input[name="until"]', "2024-01");
      await page.keyboard.press("Enter");
      expect(await settled(page)).toMatch(/^Saved and accepted affiliated-with Nia Holt → Coastal Transport Trust/);
      const text = readFileSync(site.corpus.file, "utf8");
      const claim = (parse(text) as { claims: Record<string, unknown>[] }).claims[at]!;
      expect(claim).toMatchObject({ role: "Director", until: "2024-01", status: "accepted" });
      expect(claim).not.toHaveProperty("since");
      expect(text).toContain('    role: Director\n    until: "2024-01"\n');
      await page.close();
    },
    SLOW,
  );

  it(
    "shows no review controls and carries no token in the static build",
    async () => {
      const outDir = await buildViewer(serializeGraph(buildAnalysedGraph(loadValidCorpus(site.corpus.dir))));
      const html = readFileSync(join(outDir, "index.html"), "utf8");
      expect(html).not.toContain("panelgraph-review-token");
      // Not even the code: the review mode is left out of the static build.
      for (const name of readdirSync(join(outDir, "assets")))
        expect(readFileSync(join(outDir, "assets", name), "utf8"), name).not.toContain("api/review");
      const { server, url } = await serveBuilt(outDir);
      try {
        const { page } = await openPage(site.browser, url);
        expect(await page.$("#review-open")).toBeNull();
        expect(await page.$("#review")).toBeNull();
        const api = await page.evaluate(async () => (await fetch("./api/review/sources")).status);
        expect(api).not.toBe(200);
        await page.close();
      } finally {
        await server.close();
        rmSync(outDir, { recursive: true, force: true });
      }
    },
    SLOW,
  );
});
