// A small corpus for `linked-to`, the links a source states between people and organisations ("Harrowgate Estates
// has retained Kestrel Public Affairs", "I have met the Mayor four times"). Written for the panelgraph tests: the
// developer, the firm, the people and the sentences are invented.
//
// Two sources. The news page says the developer retained the firm, and quotes the firm's director on meeting the Mayor;
// the release says the developer "appointed" the firm. The news page's last sentence has no claim yet (for Review). Nothing else joins the developer to the firm, so without
// linked-to they are not neighbours and no path runs between them.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildGraph } from "../../src/graph/build.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { tempDir, writeSource } from "./corpus.js";

export const NEWS_TEXT = [
  "Quayside scheme: who the developer hired",
  "Harrowgate Estates has retained Kestrel Public Affairs to advise on the Quayside scheme.",
  "Mira Tolland, a director of Kestrel Public Affairs, said: “I have met the Mayor four times.”",
  "The Mayor, Oren Vale, declined to comment.",
  "Kestrel Public Affairs arranged two meetings with the Mayor.",
].join("\n");

export const RELEASE_TEXT = [
  "Harrowgate Estates appoints advisers",
  "Harrowgate Estates has appointed Kestrel Public Affairs as its adviser on the Quayside scheme.",
].join("\n");

const REGISTRY = `people:
  - { id: mira-tolland, label: Mira Tolland }
  - { id: oren-vale, label: Oren Vale }
organisations:
  - { id: harrowgate-estates, label: Harrowgate Estates }
  - { id: kestrel-public-affairs, label: Kestrel Public Affairs }
themes:
  - { id: quayside, label: Quayside scheme }
`;

/** The news page's claims; a test may give its own (a broken claim) in their place. */
export const NEWS_CLAIMS = `  - relation: linked-to
    from: harrowgate-estates
    to: kestrel-public-affairs
    link: retained
    evidence:
      - { quote: "Harrowgate Estates has retained Kestrel Public Affairs", kind: reported }
  - relation: linked-to
    from: mira-tolland
    to: oren-vale
    link: met
    evidence:
      - { quote: "I have met the Mayor four times.", kind: direct-quote }
  - relation: affiliated-with
    from: mira-tolland
    to: kestrel-public-affairs
    role: director
    evidence:
      - { quote: "Mira Tolland, a director of Kestrel Public Affairs", kind: reported }
`;

const RELEASE_CLAIMS = `  - relation: linked-to
    from: harrowgate-estates
    to: kestrel-public-affairs
    link: appointed
    evidence:
      - { quote: "Harrowgate Estates has appointed Kestrel Public Affairs", kind: reported }
`;

/** Writes the corpus to a new temporary folder and returns the folder; `newsClaims` replaces the news page's claims. */
export function linkedCorpus({ newsClaims = NEWS_CLAIMS }: { newsClaims?: string } = {}): string {
  const dir = tempDir();
  mkdirSync(join(dir, "annotations"));
  writeFileSync(join(dir, "registry.yaml"), REGISTRY);
  writeSource(dir, { id: "news", title: "Who the developer hired", date: "2026-11-13", text: NEWS_TEXT });
  writeSource(dir, {
    id: "release",
    title: "Harrowgate Estates appoints advisers",
    date: "2026-11-16",
    text: RELEASE_TEXT,
  });
  writeFileSync(join(dir, "annotations", "news.yaml"), `source: news\nclaims:\n${newsClaims}`);
  writeFileSync(join(dir, "annotations", "release.yaml"), `source: release\nclaims:\n${RELEASE_CLAIMS}`);
  return dir;
}

/** The corpus's graph, built as `panelgraph build` builds it. */
export function linkedGraph(): PanelGraph {
  return buildGraph(loadValidCorpus(linkedCorpus()));
}

export const LINK_EDGE = "linked-to:harrowgate-estates->kestrel-public-affairs";
