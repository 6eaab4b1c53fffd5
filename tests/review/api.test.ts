// The review mode's write API (`npm start` only): who may write, what is refused, and that a refused request leaves the
// annotation file byte for byte as it was. Runs the same Vite dev server `panelgraph serve` runs, on a draft made in
// the test (tests/helpers/review.ts).
import { existsSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import type { ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { reviewApi, TOKEN_HEADER, type ReviewApi } from "../../src/cli/review-api.js";
import { createViewerServer, serveViewer } from "../../src/cli/serve.js";
import { freePort } from "../helpers/browser.js";
import { panelgraphIn } from "../helpers/cli.js";
import { tempDir } from "../helpers/corpus.js";
import { draftCorpus, REVIEW_SOURCE, type DraftCorpus } from "../helpers/review.js";

interface Sent {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

let port: number;
let api: ReviewApi;
let server: ViteDevServer;
let corpus: DraftCorpus;

function send({ method = "GET", path, headers = {}, body }: Sent): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** The headers the viewer's own page sends. */
const own = () => ({
  host: `127.0.0.1:${port}`,
  origin: `http://127.0.0.1:${port}`,
  [TOKEN_HEADER]: api.token,
  "content-type": "application/json",
});

const hashOf = async () => {
  const res = await send({ path: `/api/review/source?id=${REVIEW_SOURCE}`, headers: own() });
  expect(res.status).toBe(200);
  return (JSON.parse(res.body) as { files: { name: string; hash: string }[] }).files[0]!.hash;
};

/** A change to the draft's annotation file, at the hash the server gives for it now. */
const changeOf = async (change: object) => ({ file: `${REVIEW_SOURCE}.yaml`, hash: await hashOf(), change });
const ACCEPT_FIRST = { type: "accept", claim: 0 };
/** Adds the claim that Ada Park spoke on devolution, resting on `quote` as reported speech. */
const addSpokeOn = (quote: string) => ({
  type: "add-claim",
  claim: {
    relation: "spoke-on",
    from: "ada-park",
    to: "devolution",
    evidence: [{ quote, kind: "reported" }],
  },
});

const change = async (payload: object, headers: Record<string, string> = own()) =>
  send({ method: "POST", path: "/api/review/change", headers, body: JSON.stringify(payload) });

beforeAll(async () => {
  corpus = await draftCorpus();
  api = reviewApi(corpus.dir);
  port = await freePort();
  const graphFile = join(tempDir(), "graph.json");
  server = await createViewerServer({ graphFile, port, strictPort: true, plugins: [api.plugin] });
});
afterAll(async () => {
  await server?.close();
});

describe("the review API refuses, and writes nothing", () => {
  const bytes = () => readFileSync(corpus.file);

  const refusals: [string, () => Promise<{ status: number; body: string }>, number][] = [
    [
      "a write from another origin",
      async () => change(await changeOf(ACCEPT_FIRST), { ...own(), origin: "http://evil.example" }),
      403,
    ],
    [
      "a write with no Origin",
      async () => {
        const { origin: _, ...rest } = own();
        return change(await changeOf(ACCEPT_FIRST), rest);
      },
      403,
    ],
    [
      "a write without the token",
      async () => {
        const { [TOKEN_HEADER]: _, ...rest } = own();
        return change(await changeOf(ACCEPT_FIRST), rest);
      },
      403,
    ],
    [
      "a write with a wrong token",
      async () => change(await changeOf(ACCEPT_FIRST), { ...own(), [TOKEN_HEADER]: "x".repeat(43) }),
      403,
    ],
    [
      "a read without the token",
      async () => send({ path: `/api/review/source?id=${REVIEW_SOURCE}`, headers: { host: `127.0.0.1:${port}` } }),
      403,
    ],
    [
      "a wrong Host (DNS rebinding)",
      async () =>
        change(await changeOf(ACCEPT_FIRST), {
          ...own(),
          host: `evil.example:${port}`,
          origin: `http://evil.example:${port}`,
        }),
      403,
    ],
    [
      "a path that escapes the folder",
      async () => change({ file: "../registry.yaml", hash: await hashOf(), change: ACCEPT_FIRST }),
      400,
    ],
    ["an absolute path", async () => change({ file: "/etc/passwd", hash: await hashOf(), change: ACCEPT_FIRST }), 400],
    [
      "an encoded escape",
      async () => change({ file: "..%2fregistry.yaml", hash: await hashOf(), change: ACCEPT_FIRST }),
      400,
    ],
    [
      "a body that is not JSON",
      async () => send({ method: "POST", path: "/api/review/change", headers: own(), body: "status=accepted" }),
      400,
    ],
    [
      "a Content-Type that is not JSON",
      async () =>
        send({
          method: "POST",
          path: "/api/review/change",
          headers: { ...own(), "content-type": "text/plain" },
          body: JSON.stringify(await changeOf(ACCEPT_FIRST)),
        }),
      415,
    ],
    ["a body over the size cap", async () => change(await changeOf(addSpokeOn("x".repeat(70_000)))), 413],
    [
      "a body over the size cap sent without a length (chunked)",
      async () =>
        send({
          method: "POST",
          path: "/api/review/change",
          headers: { ...own(), "transfer-encoding": "chunked" },
          body: JSON.stringify({ file: `${REVIEW_SOURCE}.yaml`, hash: await hashOf(), pad: "x".repeat(100_000) }),
        }),
      413,
    ],
    ["an unknown relation", async () => change(await changeOf({ type: "edit", claim: 0, relation: "likes" })), 400],
    ["a claim index past the end", async () => change(await changeOf({ type: "accept", claim: 99 })), 422],
    [
      "a stale hash (the file changed since the page read it)",
      async () => change({ file: `${REVIEW_SOURCE}.yaml`, hash: "0".repeat(64), change: ACCEPT_FIRST }),
      409,
    ],
  ];
  for (const [what, attempt, status] of refusals) {
    it(`refuses ${what} (${status})`, async () => {
      const before = bytes();
      const res = await attempt();
      expect(res.status, res.body).toBe(status);
      // Vite itself answers a wrong Host, in text; the API answers in JSON.
      if (res.body.startsWith("{")) expect(JSON.parse(res.body).ok).toBe(false);
      expect(bytes().equals(before)).toBe(true);
    });
  }

  it("hands the token to its own page only: index.html carries it, and is refused under another Host", async () => {
    const page = await send({ path: "/", headers: { host: `127.0.0.1:${port}` } });
    expect(page.body).toContain(`<meta name="panelgraph-review-token" content="${api.token}">`);
    const rebound = await send({ path: "/", headers: { host: `evil.example:${port}` } });
    expect(rebound.status).toBe(403);
    expect(rebound.body).not.toContain(api.token);
    for (const path of ["/api/review/sources", `/api/review/source?id=${REVIEW_SOURCE}`]) {
      const read = await send({ path, headers: own() });
      expect(read.status).toBe(200);
      expect(read.body).not.toContain(api.token);
    }
  });

  it("refuses a claim whose quote is not in the source, with validate's message", async () => {
    const before = bytes();
    const res = await change(await changeOf(addSpokeOn("Words nobody said.")));
    expect(res.status).toBe(422);
    const body = JSON.parse(res.body) as { problems: string[] };
    // The new claim goes after the draft's own: its index is how many the file held.
    const index = (parse(before.toString("utf8")) as { claims: unknown[] }).claims.length;
    expect(body.problems.join("\n")).toMatch(
      new RegExp(
        `annotations/harbour-panel\\.yaml:\\d+ {2}claims\\.${index}\\.evidence\\.0\\.quote {2}quote not found`,
      ),
    );
    expect(bytes().equals(before)).toBe(true);
  });

  it("refuses a claim whose ends have the wrong types (person → person spoke-on)", async () => {
    const before = bytes();
    const res = await change(await changeOf({ type: "edit", claim: 8, to: "ben-ode" }));
    expect(res.status, res.body).toBe(422);
    expect(bytes().equals(before)).toBe(true);
  });

  it("refuses an annotation file that is a link", async () => {
    symlinkSync(join(corpus.dir, "registry.yaml"), join(corpus.dir, "annotations", `${REVIEW_SOURCE}.link.yaml`));
    const registry = readFileSync(join(corpus.dir, "registry.yaml"));
    const res = await change({
      file: `${REVIEW_SOURCE}.link.yaml`,
      hash: await hashOf(),
      change: { type: "accept", claim: 0 },
    });
    expect(res.status, res.body).toBe(400);
    expect(JSON.parse(res.body).error).toMatch(/is a link/);
    expect(readFileSync(join(corpus.dir, "registry.yaml")).equals(registry)).toBe(true);
  });

  it("answers a GET to a write endpoint with 405 and an unknown one with 404", async () => {
    expect((await send({ path: "/api/review/change", headers: own() })).status).toBe(405);
    expect((await send({ path: "/api/review/../../registry.yaml", headers: own() })).status).toBe(404);
  });
});

describe("the review API writes what the reviewer decided, keeping the rest of the file", () => {
  it("accepts a claim (and the suggested entities it stands on), keeping every other line; undo puts the bytes back", async () => {
    const before = readFileSync(corpus.file, "utf8");
    const res = await change(await changeOf({ type: "accept", claim: 4 }));
    expect(res.status, res.body).toBe(200);
    expect(JSON.parse(res.body).acceptedEntities).toEqual(["sam-reyes", "porthaven-council"]);
    const after = readFileSync(corpus.file, "utf8");
    const [a, b] = [before.split("\n"), after.split("\n")];
    expect(b.length).toBe(a.length);
    const changed = a.flatMap((line, i) => (line === b[i] ? [] : [[line, b[i]]]));
    // Three lines changed, each only from suggested to accepted (its comment, such as the draft's "# new person: …",
    // kept): the person's, the organisation's and the claim's.
    expect(changed.map(([was, now]) => [was!.replace("status: suggested", "status: accepted"), now])).toEqual(
      changed.map(([, now]) => [now, now]),
    );
    expect(changed.map(([was]) => was!.trim().replace(/ #.*/u, ""))).toEqual(Array(3).fill("status: suggested"));
    expect(changed[0]![0]).toMatch(/^ {6}status: suggested # new person: /);
    expect(changed.map(([was]) => was!.search(/\S/u))).toEqual([6, 6, 4]);
    const data = parse(after) as { claims: { status: string }[] };
    expect(data.claims[4]!.status).toBe("accepted");

    const undo = await send({ method: "POST", path: "/api/review/undo", headers: own(), body: "{}" });
    expect(undo.status, undo.body).toBe(200);
    expect(readFileSync(corpus.file, "utf8")).toBe(before);
  });

  it("lets a change through when the corpus's errors are all older than it (another file's bad quote)", async () => {
    const other = join(corpus.dir, "annotations", "panel-b.yaml");
    const original = readFileSync(other, "utf8");
    const broken = original.replace(/quote: "([^"]+)"/, 'quote: "$1 (not in the text)"');
    expect(broken).not.toBe(original);
    writeFileSync(other, broken);
    try {
      const res = await change(await changeOf({ type: "accept", claim: 1 }));
      expect(res.status, res.body).toBe(200);
      const undo = await send({ method: "POST", path: "/api/review/undo", headers: own(), body: "{}" });
      expect(undo.status, undo.body).toBe(200);
    } finally {
      writeFileSync(other, original);
    }
  });

  it("begins the annotation file of a source that has none with the first claim, and undo removes it again", async () => {
    const text = join(tempDir(), "quay.txt");
    writeFileSync(text, "Quay notes\n\nAda Park spoke about the harbour wall.\n");
    const added = await panelgraphIn([
      "add-source",
      text,
      "--title",
      "Quay notes",
      "--id",
      "quay-notes",
      "--data",
      corpus.dir,
    ]);
    expect(added.code, added.stderr).toBe(0);
    const made = join(corpus.dir, "annotations", "quay-notes.yaml");
    const claim = {
      relation: "mentions",
      from: "quay-notes",
      to: "ada-park",
      evidence: [{ quote: "Ada Park spoke about the harbour wall.", kind: "reported" }],
    };
    expect((await change({ file: "nosuch.yaml", hash: "", change: { type: "add-claim", claim } })).status).toBe(400);
    const res = await change({ file: "quay-notes.yaml", hash: "", change: { type: "add-claim", claim } });
    expect(res.status, res.body).toBe(200);
    expect(parse(readFileSync(made, "utf8"))).toEqual({ source: "quay-notes", claims: [claim] });
    // The file exists now: an empty hash (the page's "no file yet") is out of date.
    expect((await change({ file: "quay-notes.yaml", hash: "", change: { type: "add-claim", claim } })).status).toBe(
      409,
    );
    const undo = await send({ method: "POST", path: "/api/review/undo", headers: own(), body: "{}" });
    expect(undo.status, undo.body).toBe(200);
    expect(existsSync(made)).toBe(false);
  });

  it("adds a recommendation with its themes (one of them new) in one change, refusing a theme nobody declares", async () => {
    const before = readFileSync(corpus.file, "utf8");
    const evidence = [{ quote: "Every ferry should connect with a bus.", kind: "direct-quote" }];
    const claim = { relation: "recommends", from: "nia-holt", to: "ferries-meet-buses", evidence };
    const declare = [
      {
        section: "recommendations",
        entity: { id: "ferries-meet-buses", label: "Ferries meet buses", text: evidence[0]!.quote },
      },
      { section: "themes", entity: { id: "ferry-links", label: "Ferry links" } },
    ];
    const unknown = await change(
      await changeOf({ type: "add-claim", claim, declare, addresses: ["devolution", "no-such-theme"] }),
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body).toContain("no-such-theme");
    expect(readFileSync(corpus.file, "utf8")).toBe(before);

    const res = await change(
      await changeOf({ type: "add-claim", claim, declare, addresses: ["devolution", "ferry-links"] }),
    );
    expect(res.status, res.body).toBe(200);
    const data = parse(readFileSync(corpus.file, "utf8")) as { claims: object[]; entities: { themes: object[] } };
    expect(data.claims.slice(-3)).toEqual([
      claim,
      { relation: "addresses", from: "ferries-meet-buses", to: "devolution", evidence },
      { relation: "addresses", from: "ferries-meet-buses", to: "ferry-links", evidence },
    ]);
    expect(data.entities.themes).toContainEqual({ id: "ferry-links", label: "Ferry links" });
    const undo = await send({ method: "POST", path: "/api/review/undo", headers: own(), body: "{}" });
    expect(undo.status, undo.body).toBe(200);
    expect(readFileSync(corpus.file, "utf8")).toBe(before);
  });

  it("drops one passage of a claim, refuses to drop its last (422) or over a file edited on disk (409)", async () => {
    const before = readFileSync(corpus.file, "utf8");
    const claims = (parse(before) as { claims: { relation: string; evidence: { quote: string }[] }[] }).claims;
    const at = claims.findIndex((c) => c.relation === "spoke-on" && c.evidence.length === 2);
    expect(at).not.toBe(-1);
    const all = await change(await changeOf({ type: "edit", claim: at, drop: [0, 1] }));
    expect(all.status).toBe(422);
    expect(JSON.parse(all.body).error).toContain("would be left with no passage");
    expect(readFileSync(corpus.file, "utf8")).toBe(before);

    const stale = await changeOf({ type: "edit", claim: at, drop: [1] });
    writeFileSync(corpus.file, `${before}# edited in an editor\n`);
    expect((await change(stale)).status).toBe(409);
    writeFileSync(corpus.file, before);

    const res = await change(await changeOf({ type: "edit", claim: at, drop: [1] }));
    expect(res.status, res.body).toBe(200);
    const after = (parse(readFileSync(corpus.file, "utf8")) as { claims: typeof claims }).claims[at]!;
    expect(after.evidence).toEqual([claims[at]!.evidence[0]]);
    const undo = await send({ method: "POST", path: "/api/review/undo", headers: own(), body: "{}" });
    expect(undo.status, undo.body).toBe(200);
    expect(readFileSync(corpus.file, "utf8")).toBe(before);
  });

  it("moves a drafted session's claims to the registry's session, refusing an id the corpus does not have", async () => {
    const before = readFileSync(corpus.file, "utf8");
    const same = { type: "same-as", section: "sessions", id: "harbour-panel-panel" };
    const unknown = await change(await changeOf({ ...same, as: "no-such-session" }));
    expect(unknown.status).toBe(422);
    expect(unknown.body).toContain("no-such-session");
    expect(readFileSync(corpus.file, "utf8")).toBe(before);
    const res = await change(await changeOf({ ...same, as: "forum-meeting-1" }));
    expect(res.status, res.body).toBe(200);
    expect(JSON.parse(res.body).removedEntities).toEqual(["harbour-panel-panel"]);
    const after = readFileSync(corpus.file, "utf8");
    expect(after).not.toContain("harbour-panel-panel");
    expect(after).toContain("to: forum-meeting-1");
    const undo = await send({ method: "POST", path: "/api/review/undo", headers: own(), body: "{}" });
    expect(undo.status, undo.body).toBe(200);
    expect(readFileSync(corpus.file, "utf8")).toBe(before);
  });

  it("folds a moved claim into the same claim the session already has in the file, and undoes to the same bytes", async () => {
    const original = readFileSync(corpus.file, "utf8");
    const already = [
      "claims:",
      "  - relation: panellist-in",
      "    status: suggested",
      "    from: sam-reyes",
      "    to: forum-meeting-1",
      "    evidence:",
      '      - quote: "Councils must be able to run local buses themselves."',
      "        kind: direct-quote",
      '      - quote: "Local buses are the lifeline of a harbour town."',
      "        kind: direct-quote",
      "",
    ].join("\n");
    const before = original.replace("claims:\n", already);
    writeFileSync(corpus.file, before);
    try {
      const same = { type: "same-as", section: "sessions", id: "harbour-panel-panel", as: "forum-meeting-1" };
      const res = await change(await changeOf(same));
      expect(res.status, res.body).toBe(200);
      expect(JSON.parse(res.body).foldedClaims).toBe(1);
      const claims = (parse(readFileSync(corpus.file, "utf8")) as { claims: { from: string; relation: string }[] })
        .claims;
      const sat = claims.filter((c) => c.relation === "panellist-in" && c.from === "sam-reyes");
      expect(sat).toHaveLength(1);
      // The passages in the order of the text, found by the server in the source.
      expect(sat[0]).toMatchObject({
        status: "suggested",
        evidence: [
          { quote: "Sam Reyes, Director of Planning at Porthaven Council" },
          { quote: "Local buses are the lifeline of a harbour town." },
          { quote: "Councils must be able to run local buses themselves." },
        ],
      });
      const validated = await panelgraphIn(["validate", corpus.dir]);
      expect(validated.stdout + validated.stderr).not.toContain("repeats claim");
      const undo = await send({ method: "POST", path: "/api/review/undo", headers: own(), body: "{}" });
      expect(undo.status, undo.body).toBe(200);
      expect(readFileSync(corpus.file, "utf8")).toBe(before);
    } finally {
      writeFileSync(corpus.file, original);
    }
  });

  it("refuses to undo over a file edited on disk since", async () => {
    const res = await change(await changeOf(ACCEPT_FIRST));
    expect(res.status, res.body).toBe(200);
    const edited = `${readFileSync(corpus.file, "utf8")}# edited in an editor\n`;
    writeFileSync(corpus.file, edited);
    const undo = await send({ method: "POST", path: "/api/review/undo", headers: own(), body: "{}" });
    expect(undo.status).toBe(409);
    expect(readFileSync(corpus.file, "utf8")).toBe(edited);
  });
});

describe("the review API beyond this machine", () => {
  it("is not there when serve listens on every interface (--host 0.0.0.0): no token in the page, no endpoint", async () => {
    const other = await freePort();
    const served = await serveViewer({
      dataDir: corpus.dir,
      graphFile: join(tempDir(), "graph.json"),
      port: other,
      host: "0.0.0.0",
      write: () => {},
    });
    try {
      const get = (path: string) =>
        new Promise<{ status: number; body: string }>((resolve, reject) => {
          const req = request(
            { host: "127.0.0.1", port: other, path, headers: { host: `127.0.0.1:${other}` } },
            (res) => {
              let text = "";
              res.setEncoding("utf8");
              res.on("data", (chunk: string) => (text += chunk));
              res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
            },
          );
          req.on("error", reject);
          req.end();
        });
      expect((await get("/")).body).not.toContain("panelgraph-review-token");
      expect((await get("/api/review/sources")).body).not.toContain(REVIEW_SOURCE);
    } finally {
      await served.server.close();
    }
  });
});
