// The review API's possible recommendations (`GET /api/review/possible-recommendations?id=…`, src/review/proposals.ts):
// the passages the suggest rules read as proposals of a kind they do not draft, found from the source's text for a
// source annotated by hand, without the one a `recommends` claim already rests on; and the add-claim change that
// declares the new recommendation with its claim in one write. On a small corpus written in the test.
import { writeFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import type { ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { reviewApi, TOKEN_HEADER, type ReviewApi } from "../../src/cli/review-api.js";
import { createViewerServer } from "../../src/cli/serve.js";
import type { PossibleRecommendations } from "../../src/model/review.js";
import { applyChange, ChangeError } from "../../src/review/edit.js";
import { freePort } from "../helpers/browser.js";
import { panelgraphIn } from "../helpers/cli.js";
import { copyFixture, tempDir } from "../helpers/corpus.js";

const SOURCE = "quay-forum";
/** Written for this test. Ada Park is in the fixture's registry; the annotation file below claims the ticket passage. */
const TEXT = `Quay forum on ferries

“We need a five-year budget for every small ferry,” said Ada Park.

There should be one ticket for every ferry and bus in the county.

Ben Ode said the harbour had been quiet all winter.
`;
const CLAIMED = "There should be one ticket for every ferry and bus in the county.";
const ANNOTATIONS = `# Annotated by hand for this test.
source: ${SOURCE}
entities:
  recommendations:
    - id: one-county-ticket
      label: One ticket for every ferry and bus
      text: There should be one ticket for every ferry and bus in the county.
claims:
  - relation: recommends
    from: ${SOURCE}
    to: one-county-ticket
    evidence:
      - quote: "one ticket for every ferry and bus"
        kind: reported
`;

/** Written for this test: a narrative "should" whose words name the fixture's theme Local data. */
const DATA_SOURCE = "quay-data";
const DATA_TEXT = `Quay forum on data

There should be open local data for every ferry route in the county.
`;

let dir: string;
let port: number;
let api: ReviewApi;
let server: ViteDevServer;

function get(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const headers = { host: `127.0.0.1:${port}`, [TOKEN_HEADER]: api.token };
    const req = request({ host: "127.0.0.1", port, path, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Record<string, unknown> }));
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = copyFixture();
  const textFile = join(tempDir(), "quay.txt");
  writeFileSync(textFile, TEXT);
  const added = await panelgraphIn(["add-source", textFile, "--title", "Quay forum", "--id", SOURCE, "--data", dir]);
  expect(added.code, added.stderr).toBe(0);
  const dataFile = join(tempDir(), "quay-data.txt");
  writeFileSync(dataFile, DATA_TEXT);
  const data = await panelgraphIn(["add-source", dataFile, "--title", "Quay data", "--id", DATA_SOURCE, "--data", dir]);
  expect(data.code, data.stderr).toBe(0);
  api = reviewApi(dir);
  port = await freePort();
  server = await createViewerServer({
    graphFile: join(tempDir(), "graph.json"),
    port,
    strictPort: true,
    plugins: [api.plugin],
  });
});
afterAll(async () => {
  await server?.close();
});

describe("possible recommendations", () => {
  it("lists the passages of kinds not drafted, with whose they are and why, for a source with no annotations", async () => {
    const res = await get(`/api/review/possible-recommendations?id=${SOURCE}`);
    expect(res.status).toBe(200);
    const body = res.body as unknown as PossibleRecommendations;
    expect(body.source).toBe(SOURCE);
    expect(body.rightInTen).toMatch(/in ten$/);
    // Reported speech is drafted since stop 44 (recommendations.ts, KEPT); a speaker's own "we need" is listed.
    expect(body.proposals.map((p) => p.quote)).toEqual(["We need a five-year budget for every small ferry", CLAIMED]);
    const [ada, ticket] = body.proposals;
    expect(ada).toMatchObject({
      kind: "direct-quote",
      whose: { id: "ada-park", label: "Ada Park", type: "person", declared: true },
      label: "We need a five-year budget for every small ferry",
    });
    // Named by its own words (stop 47, w47 #11): "We need a …" has no "to".
    expect(ada!.why).toBe("a “we need” in a speaker's own words");
    expect(TEXT.slice(ada!.start, ada!.end)).toBe(ada!.quote);
    expect(ticket!.whose).toEqual({ id: SOURCE, label: "Quay forum", type: "source", declared: true });
    expect(ticket!.why).toBe("a “should” in the text's narrative");
  });

  it("leaves out a passage a recommends claim already rests on (a part of it quoted), in any file", async () => {
    writeFileSync(join(dir, "annotations", `${SOURCE}.yaml`), ANNOTATIONS);
    const res = await get(`/api/review/possible-recommendations?id=${SOURCE}`);
    expect(res.status).toBe(200);
    const quotes = (res.body as unknown as PossibleRecommendations).proposals.map((p) => p.quote);
    expect(quotes).toEqual(["We need a five-year budget for every small ferry"]);
  });

  it("gives each passage the themes its words name, as suggest finds them, and none when they name none", async () => {
    const res = await get(`/api/review/possible-recommendations?id=${DATA_SOURCE}`);
    expect(res.status).toBe(200);
    const [open] = (res.body as unknown as PossibleRecommendations).proposals;
    expect(open!.quote).toBe("There should be open local data for every ferry route in the county.");
    expect(open!.themes).toEqual([{ id: "local-data", label: "Local data", declared: true }]);
    const quay = (await get(`/api/review/possible-recommendations?id=${SOURCE}`))
      .body as unknown as PossibleRecommendations;
    expect(quay.proposals.map((p) => p.themes)).toEqual([undefined]);
  });

  it("answers an unknown source with 404 and says which, and a malformed id with 400", async () => {
    const unknown = await get("/api/review/possible-recommendations?id=no-such-source");
    expect(unknown).toEqual({ status: 404, body: { ok: false, error: "no source no-such-source in the corpus" } });
    const malformed = await get("/api/review/possible-recommendations?id=..%2Fsources");
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toBe('not a source id: "../sources"');
  });
});

describe("add-claim with the entities it declares", () => {
  const claim = {
    relation: "recommends" as const,
    from: "ada-park",
    to: "five-year-ferry-budget",
    evidence: [{ quote: "every small ferry should get a five-year ferry budget", kind: "reported" as const }],
  };
  const declare = [
    {
      section: "recommendations" as const,
      entity: { id: "five-year-ferry-budget", label: "Five-year ferry budget", text: "a five-year ferry budget" },
    },
  ];

  it("declares the new recommendation and adds the claim in one change, keeping the file's comments", () => {
    const { text } = applyChange(ANNOTATIONS, { type: "add-claim", claim, declare });
    expect(text.startsWith("# Annotated by hand for this test.\n")).toBe(true);
    const data = parse(text) as { entities: { recommendations: object[] }; claims: object[] };
    expect(data.entities.recommendations).toEqual([
      { id: "one-county-ticket", label: "One ticket for every ferry and bus", text: CLAIMED },
      { id: "five-year-ferry-budget", label: "Five-year ferry budget", text: "a five-year ferry budget" },
    ]);
    expect(data.claims.at(-1)).toEqual(claim);
  });

  it("adds an addresses claim to each theme given, on the same passage, in the same change", () => {
    const { text } = applyChange(ANNOTATIONS, {
      type: "add-claim",
      claim,
      declare,
      addresses: ["local-data", "devolution", "local-data"],
    });
    const data = parse(text) as { claims: object[] };
    expect(data.claims.slice(-3)).toEqual([
      claim,
      { relation: "addresses", from: "five-year-ferry-budget", to: "local-data", evidence: claim.evidence },
      { relation: "addresses", from: "five-year-ferry-budget", to: "devolution", evidence: claim.evidence },
    ]);
  });

  it("refuses themes on a claim other than recommends, saying why", () => {
    const spoke = { ...claim, relation: "spoke-on" as const, to: "local-data" };
    expect(() => applyChange(ANNOTATIONS, { type: "add-claim", claim: spoke, addresses: ["devolution"] })).toThrow(
      "themes come with a recommends claim only, not spoke-on",
    );
  });

  it("refuses to declare an entity the file already declares", () => {
    const again = [{ section: "recommendations" as const, entity: { id: "one-county-ticket", label: "Again" } }];
    expect(() => applyChange(ANNOTATIONS, { type: "add-claim", claim, declare: again })).toThrow(ChangeError);
  });
});
