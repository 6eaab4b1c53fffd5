// Drafts of several sources before any review (w39 defect 1): each draft declares the entities it uses that the
// accepted corpus does not have, so rejecting, deleting or re-drafting one never breaks another, and a source drafted
// twice against the same accepted corpus gives the same draft. Two short texts written for this test (invented
// names), added to the mini fixture, drafted with `panelgraph suggest` and reviewed through the review API's session.
import { createHash } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { reviewApi } from "../../src/cli/review-api.js";
import { formatProblem } from "../../src/ingest/problems.js";
import { readCorpusFiles } from "../../src/ingest/read.js";
import { validateCorpus } from "../../src/ingest/validate.js";
import type { SourceView } from "../../src/model/review.js";
import type { Change } from "../../src/review/edit.js";
import { panelgraphIn } from "../helpers/cli.js";
import { copyFixture, writeSource } from "../helpers/corpus.js";

const HEARING = {
  id: "bus-hearing",
  title: "Rural buses hearing",
  text: `Rural buses hearing

The hearing was chaired by Dr Nia Holt, chair of the Coastal Transport Trust. Members asked about rural routes and fares.

Priya Vell, Director of the Quillfield Trust, said: “Rural routes need a guaranteed bus every hour.”

Tom Arden, Managing Director of Marsh Valley Coaches, said that rural routes were losing money and that fares had doubled.
`,
};
const POST = {
  id: "routes-post",
  title: "Why rural routes matter",
  text: `Why rural routes matter

Priya Vell, Director of the Quillfield Trust, told us: “Rural routes are lifelines for older people.”

Tom Arden of Marsh Valley Coaches disagreed. He said rural routes cost more than they earn.
`,
};
const HEARING_FILE = `${HEARING.id}.yaml`;
const POST_FILE = `${POST.id}.yaml`;

interface Draft {
  entities?: Record<string, { id: string; status?: string }[]>;
  claims: { relation: string; from: string; to: string; status?: string }[];
}

/** The mini corpus with both sources added and drafted, in the order given. */
async function drafted(order: (typeof HEARING)[] = [HEARING, POST]): Promise<string> {
  const dir = copyFixture();
  for (const source of [HEARING, POST]) writeSource(dir, source);
  for (const source of order) await suggest(dir, source.id);
  return dir;
}

async function suggest(dir: string, id: string, ...extra: string[]): Promise<string> {
  const run = await panelgraphIn(["suggest", id, "--data", dir, ...extra]);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout;
}

const text = (dir: string, file: string) => readFileSync(join(dir, "annotations", file), "utf8");
const draftOf = (dir: string, file: string) => parse(text(dir, file)) as Draft;
const declared = (dir: string, file: string) =>
  Object.values(draftOf(dir, file).entities ?? {})
    .flat()
    .map((e) => e.id);
const errors = (dir: string) =>
  validateCorpus(readCorpusFiles(dir))
    .problems.filter((p) => p.severity === "error")
    .map(formatProblem);

/** Sends one change to a file through the review API's session, at the file's current hash. */
function review(dir: string, file: string, change: Change) {
  const session = reviewApi(dir).session;
  const hash = createHash("sha256").update(text(dir, file)).digest("hex");
  return session.change(file, hash, change);
}

/** The index of the first claim of `file` that names `id` at either end (with `relation`, if given). */
function claimOn(dir: string, file: string, id: string, relation?: string): number {
  const index = draftOf(dir, file).claims.findIndex(
    (c) => (c.from === id || c.to === id) && (relation === undefined || c.relation === relation),
  );
  expect(index, `${file} has a claim on ${id}`).toBeGreaterThanOrEqual(0);
  return index;
}

describe("each draft declares what it uses, so drafts do not depend on each other", () => {
  it("the second draft declares the people, bodies and theme the first draft also suggests, and says so", async () => {
    const dir = copyFixture();
    for (const source of [HEARING, POST]) writeSource(dir, source);
    await suggest(dir, HEARING.id);
    const said = await suggest(dir, POST.id);
    for (const id of ["priya-vell", "tom-arden", "quillfield-trust", "rural-routes"]) {
      expect(declared(dir, HEARING_FILE)).toContain(id);
      expect(declared(dir, POST_FILE)).toContain(id);
    }
    expect(said).toContain("people          2 (0 already in the corpus, 2 new)");
    expect(said).toMatch(/^Also declared in annotations\/bus-hearing\.yaml: .*priya-vell.*rural-routes/mu);
    expect(errors(dir)).toEqual([]);
  });

  it("(a) a theme another draft also uses is rejected in one draft: the other keeps its own copy", async () => {
    const dir = await drafted();
    const answer = review(dir, HEARING_FILE, { type: "reject-entity", section: "themes", id: "rural-routes" });
    expect(answer.body.error).toBeUndefined();
    expect(answer.status).toBe(200);
    expect(declared(dir, HEARING_FILE)).not.toContain("rural-routes");
    expect(declared(dir, POST_FILE)).toContain("rural-routes");
    expect(errors(dir)).toEqual([]);
  });

  it("the review's view of a draft names, for each entity, the other drafts' copies and their status (fx40)", async () => {
    const dir = await drafted();
    const elsewhere = (source: string, id: string) => {
      const view = reviewApi(dir).session.source(source).body as unknown as SourceView;
      return view.files[0]!.entities.find((e) => e.id === id)?.elsewhere;
    };
    expect(elsewhere(POST.id, "priya-vell")).toEqual([
      { file: HEARING_FILE, source: HEARING.id, title: HEARING.title, status: "suggested" },
    ]);
    // An entity only this draft declares has none.
    const onlyHere = draftOf(dir, HEARING_FILE).entities!.sessions![0]!.id;
    expect(elsewhere(HEARING.id, onlyHere)).toBeUndefined();
    // Accepted in one draft: the other's view says so.
    const answer = review(dir, POST_FILE, { type: "accept-entity", section: "people", id: "priya-vell" });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(elsewhere(HEARING.id, "priya-vell")).toEqual([
      { file: POST_FILE, source: POST.id, title: POST.title, status: "accepted" },
    ]);
  });

  it("accepting the copies in both drafts gives one entity; rejecting one accepted copy leaves it accepted", async () => {
    const dir = await drafted();
    const warnings = () =>
      validateCorpus(readCorpusFiles(dir))
        .problems.filter((p) => p.file === `annotations/${HEARING_FILE}` && p.value === "priya-vell")
        .map((p) => p.message);
    for (const file of [POST_FILE, HEARING_FILE]) {
      const answer = review(dir, file, { type: "accept", claim: claimOn(dir, file, "priya-vell", "affiliated-with") });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(answer.body.acceptedEntities).toContain("priya-vell");
      // The hearing's copy, still suggested while the post's is accepted, says the entity is in the graph already.
      if (file === POST_FILE)
        expect(warnings()).toEqual([
          "suggested person, not reviewed yet in this file (another file's copy is accepted)",
        ]);
    }
    expect(warnings()).toEqual([]);
    const accepted = () => validateCorpus(readCorpusFiles(dir));
    expect(errors(dir)).toEqual([]);
    expect([...accepted().entities.values()].filter((e) => e.label === "Priya Vell").map((e) => e.id)).toEqual([
      "priya-vell",
    ]);
    // Both accepted claims stand (one affiliation, from two sources' passages).
    expect(accepted().claims.filter((c) => c.from === "priya-vell")).toHaveLength(2);
    const rejected = review(dir, POST_FILE, { type: "reject-entity", section: "people", id: "priya-vell" });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    expect(errors(dir)).toEqual([]);
    expect(accepted().entities.has("priya-vell")).toBe(true);
    expect(accepted().claims.filter((c) => c.from === "priya-vell")).toHaveLength(1);
  });

  it("an edit that names an entity only another draft declares copies it, so rejecting it there still works", async () => {
    const dir = await drafted();
    expect(declared(dir, POST_FILE)).not.toContain("nia-holt");
    const index = claimOn(dir, POST_FILE, "tom-arden", "spoke-on");
    const edited = review(dir, POST_FILE, { type: "edit", claim: index, from: "nia-holt", accept: true });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.copiedEntities).toEqual(["nia-holt"]);
    const copy = draftOf(dir, POST_FILE).entities!.people!.find((e) => e.id === "nia-holt");
    expect(copy).toMatchObject({ id: "nia-holt", label: "Nia Holt", status: "accepted" });
    const rejected = review(dir, HEARING_FILE, { type: "reject-entity", section: "people", id: "nia-holt" });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    expect(errors(dir)).toEqual([]);
    expect(validateCorpus(readCorpusFiles(dir)).entities.has("nia-holt")).toBe(true);
  });

  it("(b) deleting one draft leaves the other valid", async () => {
    const dir = await drafted();
    rmSync(join(dir, "annotations", HEARING_FILE));
    expect(errors(dir)).toEqual([]);
  });

  it("(c) a source drafted again, or after the other, gives the same draft, and the corpus stays valid", async () => {
    const first = await drafted([HEARING, POST]);
    const hearing = text(first, HEARING_FILE);
    await suggest(first, HEARING.id, "--force");
    expect(text(first, HEARING_FILE)).toBe(hearing);
    expect(errors(first)).toEqual([]);
    const other = await drafted([POST, HEARING]);
    expect(text(other, HEARING_FILE)).toBe(hearing);
    expect(text(other, POST_FILE)).toBe(text(first, POST_FILE));
  });

  it("a draft made again after part of it was accepted is the first draft, not one that names what it replaces", async () => {
    const dir = await drafted([HEARING]);
    const first = text(dir, HEARING_FILE);
    const answer = review(dir, HEARING_FILE, { type: "accept", claim: claimOn(dir, HEARING_FILE, "priya-vell") });
    expect(answer.status).toBe(200);
    await suggest(dir, HEARING.id, "--force");
    expect(text(dir, HEARING_FILE)).toBe(first);
  });

  it("remove-source leaves an entity another draft declares itself in that draft, not in the registry", async () => {
    const dir = await drafted();
    const registry = readFileSync(join(dir, "registry.yaml"), "utf8");
    const run = await panelgraphIn(["remove-source", HEARING.id, "--data", dir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("priya-vell (person) stays declared in annotations/routes-post.yaml, its own copy");
    expect(readFileSync(join(dir, "registry.yaml"), "utf8")).toBe(registry);
    expect(errors(dir)).toEqual([]);
  });
});

describe("the commands that change ids across files reach every copy", () => {
  it("rename-entity renames each draft's copy, merge-entity removes each copy of the id that goes", async () => {
    const dir = await drafted();
    const renamed = await panelgraphIn(["rename-entity", "priya-vell", "priya-vell-q", "--data", dir]);
    expect(renamed.code, renamed.stderr + renamed.stdout).toBe(0);
    expect(renamed.stdout).toContain(
      "Renaming priya-vell to priya-vell-q (annotations/bus-hearing.yaml, annotations/routes-post.yaml)",
    );
    for (const file of [HEARING_FILE, POST_FILE]) {
      expect(declared(dir, file)).toContain("priya-vell-q");
      expect(declared(dir, file)).not.toContain("priya-vell");
    }
    const merged = await panelgraphIn(["merge-entity", "tom-arden", "priya-vell-q", "--data", dir, "--force"]);
    expect(merged.code, merged.stderr + merged.stdout).toBe(0);
    expect(merged.stdout).toContain("tom-arden's entry in annotations/bus-hearing.yaml goes");
    expect(merged.stdout).toContain("tom-arden's entry in annotations/routes-post.yaml goes");
    for (const file of [HEARING_FILE, POST_FILE]) expect(declared(dir, file)).not.toContain("tom-arden");
    expect(errors(dir)).toEqual([]);
  });

  it("merge-entity gives every copy of the id that stays the names of every copy of the one that goes", async () => {
    const dir = await drafted();
    // Each draft's copy of tom-arden has names of its own: the post's was given another spelling by hand.
    writeFileSync(
      join(dir, "annotations", POST_FILE),
      text(dir, POST_FILE).replace(/( {4}- id: tom-arden\n {6}label: Tom Arden\n {6}aliases: \[)/u, "$1Mr T. Arden, "),
    );
    expect(text(dir, POST_FILE)).toContain("Mr T. Arden");
    const merged = await panelgraphIn(["merge-entity", "tom-arden", "priya-vell", "--data", dir, "--force"]);
    expect(merged.code, merged.stderr + merged.stdout).toBe(0);
    const namesIn = (file: string) => {
      const entities = draftOf(dir, file).entities as Record<
        string,
        { id: string; label: string; aliases?: string[] }[]
      >;
      const entry = entities.people!.find((e) => e.id === "priya-vell")!;
      return [entry.label, ...(entry.aliases ?? [])];
    };
    for (const file of [HEARING_FILE, POST_FILE]) {
      expect(namesIn(file), file).toEqual(expect.arrayContaining(["Priya Vell", "Tom Arden", "Mr T. Arden"]));
      expect(merged.stdout).toContain(`priya-vell in annotations/${file} takes the aliases`);
    }
    expect(namesIn(HEARING_FILE).sort()).toEqual(namesIn(POST_FILE).sort());
    expect(errors(dir)).toEqual([]);
  });

  it("a draft does not take an id another file gives another kind of entity", async () => {
    const dir = await drafted([POST]);
    // The post's rural-routes made an organisation by hand: the hearing's theme of that name takes another id.
    const post = text(dir, POST_FILE);
    writeFileSync(
      join(dir, "annotations", POST_FILE),
      post
        .replace(/ {2}themes:\n {4}- id: rural-routes\n(?: {6}.*\n)+/u, "")
        .replace(/ {4}to: rural-routes\n/gu, "    to: quillfield-trust\n")
        .replace(
          / {2}organisations:\n/u,
          "  organisations:\n    - id: rural-routes\n      label: Rural Routes Ltd\n      status: suggested\n",
        ),
    );
    await suggest(dir, HEARING.id);
    expect(declared(dir, HEARING_FILE)).toContain("rural-routes-2");
    expect(declared(dir, HEARING_FILE)).not.toContain("rural-routes");
  });
});

describe("a review change that would break another file", () => {
  it("is refused naming that file, the ids, and what to do", async () => {
    const dir = await drafted();
    // The post as drafts were written before each declared what it uses: it names priya-vell without declaring it.
    const post = text(dir, POST_FILE);
    const without = post.replace(/ {4}- id: priya-vell\n(?: {6}.*\n)+/u, "");
    expect(without).not.toBe(post);
    writeFileSync(join(dir, "annotations", POST_FILE), without);
    expect(errors(dir)).toEqual([]);
    const before = text(dir, HEARING_FILE);
    const answer = review(dir, HEARING_FILE, { type: "reject-entity", section: "people", id: "priya-vell" });
    expect(answer.status).toBe(422);
    expect(answer.body.error).toMatch(
      /^refused, nothing was written: annotations\/routes-post\.yaml names priya-vell \(2 places, the first at line \d+\), which only this file declares\. Review routes-post first \(reject or change the claims there that name it\), then do this here again; or keep it here for now$/u,
    );
    expect(text(dir, HEARING_FILE)).toBe(before);
  });
});

describe("validate: copies of one entity in several annotation files", () => {
  it("an accepted claim needs its own file's copy accepted, even when another file's copy is", async () => {
    const dir = await drafted();
    const index = claimOn(dir, POST_FILE, "priya-vell", "affiliated-with");
    expect(review(dir, HEARING_FILE, { type: "accept", claim: claimOn(dir, HEARING_FILE, "priya-vell") }).status).toBe(
      200,
    );
    // The post's claim accepted by hand, its copy of priya-vell left suggested.
    const doc = draftOf(dir, POST_FILE);
    expect(doc.claims[index]!.status).toBe("suggested");
    const lines = text(dir, POST_FILE).split("\n");
    const at = lines.findIndex(
      (l, i) => l === "  - relation: affiliated-with" && lines[i + 2] === "    from: priya-vell",
    );
    lines[at + 1] = "    status: accepted";
    writeFileSync(join(dir, "annotations", POST_FILE), lines.join("\n"));
    // Both ends: the hearing's accepted claim accepted its copies of priya-vell and quillfield-trust, not the post's.
    const own = (end: string, id: string) =>
      expect.stringMatching(
        new RegExp(
          `^annotations/routes-post\\.yaml:\\d+ {2}claims\\.0\\.${end} {2}an accepted claim needs accepted entities, but ${id} is still suggested .*accept ${id} too \\(annotations/routes-post\\.yaml:\\d+`,
          "u",
        ),
      );
    expect(errors(dir)).toEqual([own("from", "priya-vell"), own("to", "quillfield-trust")]);
  });

  it("the same id as two kinds of entity is still a duplicate", async () => {
    const dir = await drafted();
    const post = text(dir, POST_FILE);
    // The post's rural-routes made an organisation: the id is then a body here and a theme in the hearing's draft.
    const asBody = post
      .replace(/ {2}themes:\n {4}- id: rural-routes\n(?: {6}.*\n)+/u, "")
      .replace(
        / {2}organisations:\n/u,
        "  organisations:\n    - id: rural-routes\n      label: Rural Routes Ltd\n      status: suggested\n",
      );
    writeFileSync(join(dir, "annotations", POST_FILE), asBody);
    expect(errors(dir).some((e) => e.includes("duplicate id") && e.includes("rural-routes"))).toBe(true);
  });
});
