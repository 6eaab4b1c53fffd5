// The person panel's titles: a title two sources agree on is shown once with both sources (u36: "Director of Policy"
// was listed twice beside the third source's "Chief Executive"); the evidence drawer's Role lines the same way.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serializeGraph } from "../../src/graph/serialize.js";
import { startViewer, type ViewerSite } from "../helpers/browser.js";
import { threeTitlesGraph } from "../helpers/title-conflict.js";
import { syntheticGraph } from "../query/synthetic.js";

describe("a person's titles in the panel", () => {
  const graph = threeTitlesGraph([
    ["a", "source", "Source A"],
    ["b", "source", "Source B"],
    ["c", "source", "Source C"],
  ]);
  let site: ViewerSite;
  beforeAll(async () => {
    site = await startViewer(serializeGraph(graph));
  });
  afterAll(async () => site?.close());

  it("shows a title two sources give once, with both sources, and still says the sources disagree", async () => {
    const { page } = await site.open({ viewport: { width: 1440, height: 900 }, search: "?node=ivo" });
    const roles = await page.textContent("#panel-body .roles");
    expect(roles).toBe("Clerk (Source A, Source C); Director (Source B) sources disagree");
  });
});

describe("a person's titles with dates in the panel", () => {
  // Ann Bell of the Fenby Trust (invented): Vice Chair until 2023 in a 2022 source, Chair since May 2023 in another.
  const graph = syntheticGraph(
    [
      ["ann", "person", "Ann Bell"],
      ["trust", "organisation", "Fenby Trust"],
      ["a", "source", "Source A"],
      ["b", "source", "Source B"],
    ],
    [
      [
        "affiliated-with",
        "ann",
        "trust",
        [
          { kind: "reported", quote: "Ann Bell, Vice Chair of the Fenby Trust until 2023", source: "a" },
          { kind: "reported", quote: "Ann Bell, Chair of the Fenby Trust since May 2023", source: "b" },
        ],
      ],
    ],
  );
  graph.setNodeAttribute("a", "date", "2022-06");
  const evidence = graph.getEdgeAttribute("affiliated-with:ann->trust", "evidence");
  graph.setEdgeAttribute("affiliated-with:ann->trust", "roles", [
    { role: "Chair", source: "b", since: "2023-05", evidence: [evidence[1]!] },
    { role: "Vice Chair", source: "a", until: "2023", evidence: [evidence[0]!] },
  ]);
  let site: ViewerSite;
  beforeAll(async () => {
    site = await startViewer(serializeGraph(graph));
  });
  afterAll(async () => site?.close());

  it("shows each title's dates in words, earliest first, as a change of post rather than a disagreement", async () => {
    const { page } = await site.open({ viewport: { width: 1440, height: 900 }, search: "?node=ann" });
    const roles = await page.textContent("#panel-body .roles");
    expect(roles).toBe("Vice Chair, until 2023 (Source A); Chair, since May 2023 (Source B) current a change of post");
    expect(await page.locator("#panel-body .roles .conflict").count()).toBe(0);
  });
});

describe("a person's titles beside their sources' dates in the panel (w38)", () => {
  // Ann Bell (invented): Vice Chair of the Fenby Trust in a source of 14 October 2022 (no dates of its own), Chair
  // since May 2023 in a 2024 source; Chief Executive of Marsh Council in the 2022 source, "until January 2024" in the
  // 2024 one: one post, ended.
  const graph = syntheticGraph(
    [
      ["ann", "person", "Ann Bell"],
      ["trust", "organisation", "Fenby Trust"],
      ["council", "organisation", "Marsh Council"],
      ["a", "source", "Source A"],
      ["b", "source", "Source B"],
    ],
    [
      [
        "affiliated-with",
        "ann",
        "trust",
        [
          { kind: "reported", quote: "Ann Bell, Vice Chair of the Fenby Trust", source: "a" },
          { kind: "reported", quote: "Ann Bell, Chair of the Fenby Trust since May 2023", source: "b" },
        ],
      ],
      [
        "affiliated-with",
        "ann",
        "council",
        [
          { kind: "reported", quote: "Ann Bell, Chief Executive of Marsh Council", source: "a" },
          { kind: "reported", quote: "Chief Executive of Marsh Council until January 2024", source: "b" },
        ],
      ],
    ],
  );
  graph.setNodeAttribute("a", "date", "2022-10-14");
  graph.setNodeAttribute("b", "date", "2024-03");
  const trust = graph.getEdgeAttribute("affiliated-with:ann->trust", "evidence");
  graph.setEdgeAttribute("affiliated-with:ann->trust", "roles", [
    { role: "Chair", source: "b", since: "2023-05", evidence: [trust[1]!] },
    { role: "Vice Chair", source: "a", evidence: [trust[0]!] },
  ]);
  const council = graph.getEdgeAttribute("affiliated-with:ann->council", "evidence");
  graph.setEdgeAttribute("affiliated-with:ann->council", "roles", [
    { role: "Chief Executive", source: "b", until: "2024-01", evidence: [council[1]!] },
    { role: "Chief Executive", source: "a", evidence: [council[0]!] },
  ]);
  let site: ViewerSite;
  beforeAll(async () => {
    site = await startViewer(serializeGraph(graph));
  });
  afterAll(async () => site?.close());

  it("gives an undated title its source's date, orders titles in time and marks the current one", async () => {
    const { page } = await site.open({ viewport: { width: 1440, height: 900 }, search: "?node=ann" });
    const lines = await page.locator("#panel-body .roles").allTextContents();
    expect(lines).toContain(
      "Vice Chair (source of 14 October 2022: Source A); Chair, since May 2023 (Source B) current a change of post",
    );
    // One post the later source ends: earliest first, and no title is current.
    expect(lines).toContain(
      "Chief Executive (source of 14 October 2022: Source A); Chief Executive, until January 2024 (Source B)",
    );
    expect(await page.locator("#panel-body .role-current").count()).toBe(1);
  });
});

describe("one title written in two cases", () => {
  // Ann Bell (invented): "Chief Executive" in one source's list, "chief executive" in another's running text.
  const graph = syntheticGraph(
    [
      ["ann", "person", "Ann Bell"],
      ["trust", "organisation", "Fenby Trust"],
      ["a", "source", "Source A"],
      ["b", "source", "Source B"],
      ["c", "source", "Source C"],
    ],
    [
      [
        "affiliated-with",
        "ann",
        "trust",
        [
          { kind: "reported", quote: "Ann Bell, the chief executive of the Fenby Trust", source: "a" },
          { kind: "reported", quote: "Ann Bell, Chief Executive since January 2025", source: "b" },
          { kind: "reported", quote: "Ann Bell, Chief Executive, Fenby Trust", source: "c" },
        ],
      ],
    ],
  );
  graph.setNodeAttribute("a", "date", "2025-02-06");
  graph.setNodeAttribute("b", "date", "2025-02-05");
  graph.setNodeAttribute("c", "date", "2025-03-01");
  const evidence = graph.getEdgeAttribute("affiliated-with:ann->trust", "evidence");
  graph.setEdgeAttribute("affiliated-with:ann->trust", "roles", [
    { role: "chief executive", source: "a", evidence: [evidence[0]!] },
    { role: "Chief Executive", source: "b", since: "2025-01", evidence: [evidence[1]!] },
    { role: "Chief Executive", source: "c", evidence: [evidence[2]!] },
  ]);
  let site: ViewerSite;
  beforeAll(async () => {
    site = await startViewer(serializeGraph(graph));
  });
  afterAll(async () => site?.close());

  it("writes it one way, with capitals, not as two titles told apart by case", async () => {
    const { page } = await site.open({ viewport: { width: 1440, height: 900 }, search: "?node=ann" });
    const roles = await page.textContent("#panel-body .roles");
    expect(roles).toBe(
      "Chief Executive, since January 2025 (Source B); " +
        "Chief Executive (source of 6 February 2025: Source A; source of 1 March 2025: Source C) current",
    );
  });

  it("the evidence drawer gives one Role line a title too, as the panel writes it, citing every source", async () => {
    const { page } = await site.open({ viewport: { width: 1440, height: 900 }, search: "?node=ann" });
    await page.locator('#panel-body .connection[data-edge="affiliated-with:ann->trust"] button.passages').click();
    await page.waitForSelector("#edge-body .roles");
    expect(await page.locator("#edge-body .roles").allTextContents()).toEqual([
      "Role: Chief Executive, since January 2025 (Source B)",
      "Role: Chief Executive (source of 6 February 2025: Source A; source of 1 March 2025: Source C)",
    ]);
  });
});

describe("an affiliation ended without a role in the panel (w50)", () => {
  // Cllr Tam Roper (invented) of the Green Vale Party: "Roper (Green Vale)" in a source of 9 September 2026, "having
  // left the Green Vale group on 2 November 2026" in one of 11 November: claims without a role, the second `until`.
  const graph = syntheticGraph(
    [
      ["tam", "person", "Tam Roper"],
      ["party", "organisation", "Green Vale Party"],
      ["a", "source", "Source A"],
      ["b", "source", "Source B"],
    ],
    [
      [
        "affiliated-with",
        "tam",
        "party",
        [
          { kind: "reported", quote: "Councillor Roper (Green Vale)", source: "a" },
          { kind: "reported", quote: "having left the Green Vale group on 2 November 2026", source: "b" },
        ],
      ],
    ],
  );
  graph.setNodeAttribute("a", "date", "2026-09-09");
  graph.setNodeAttribute("b", "date", "2026-11-11");
  graph.setEdgeAttribute("affiliated-with:tam->party", "periods", [
    { source: "a" },
    { source: "b", until: "2026-11-02" },
  ]);
  let site: ViewerSite;
  beforeAll(async () => {
    site = await startViewer(serializeGraph(graph));
  });
  afterAll(async () => site?.close());

  it("shows the end of the affiliation under the organisation", async () => {
    const { page } = await site.open({ viewport: { width: 1440, height: 900 }, search: "?node=tam" });
    await page.waitForSelector("#panel-body .connection");
    const item = page.locator('#panel-body .connection[data-edge="affiliated-with:tam->party"]');
    expect(await item.locator(".roles").textContent()).toBe("until 2 November 2026 (Source B) ended");
  });
});
