// Changes to an annotation file's text (src/review/edit.ts): each touches only what it names, and the rest of the file
// (comments, order, blank lines, quoting) stays as it was. On a draft made in the test.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { isDraftNote } from "../../src/model/review.js";
import { applyChange, roundTrips } from "../../src/review/edit.js";
import { DATA_DIR } from "../helpers/corpus.js";
import { SourceQuotes } from "../../src/ingest/quotes.js";
import { draftCorpus, REVIEW_TEXT } from "../helpers/review.js";

let draft: string;
beforeAll(async () => {
  draft = (await draftCorpus()).draft;
});

interface Data {
  claims: { relation: string; from: string; to: string; role?: string; status?: string; evidence: object[] }[];
  entities: Record<string, { id: string; status?: string }[]>;
}
const data = (text: string) => parse(text) as Data;

/** The lines of `after` that are not in `before`, and those of `before` gone from `after` (a line diff by content). */
function diff(before: string, after: string) {
  const [a, b] = [before.split("\n"), after.split("\n")];
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return { removed: a.slice(start, a.length - end), added: b.slice(start, b.length - end) };
}

describe("review edits", () => {
  it("writes files back unchanged when nothing changes (the drafts and the shipped annotations)", () => {
    expect(roundTrips(draft)).toBe(true);
    for (const name of readdirSync(join(DATA_DIR, "annotations")))
      expect(roundTrips(readFileSync(join(DATA_DIR, "annotations", name), "utf8")), name).toBe(true);
  });

  it("keeps a file's own layout: lists not indented under their key, padded flow lists, single quotes", () => {
    const own = [
      "# written by hand",
      "source: harbour-panel",
      "entities:",
      "  people:",
      "  - id: nia-holt",
      "    label: Nia Holt",
      "    aliases: [ Dr Nia Holt, Holt ]",
      "    status: suggested",
      "claims:",
      "- relation: spoke-on",
      "  status: suggested",
      "  from: nia-holt",
      "  to: devolution",
      "  evidence:",
      "  - quote: 'Every ferry should connect with a bus.'",
      "    kind: direct-quote",
      "",
    ].join("\n");
    expect(roundTrips(own)).toBe(true);
    const { text } = applyChange(own, { type: "accept", claim: 0 });
    expect(text).toBe(own.replace(/status: suggested/g, "status: accepted"));
  });

  it("accepting a drafted theme drops suggest's note on why it was drafted, and keeps a description of its own", () => {
    // suggest's draft declares "Local bus" with the note "New candidate theme: a noun phrase this source uses 2 times."
    const theme = data(draft).entities.themes!.find((t) => isDraftNote((t as { description?: string }).description));
    expect(theme).toBeDefined();
    for (const change of [
      { type: "accept-entity", section: "themes", id: theme!.id } as const,
      { type: "accept-all-entities", section: "themes" } as const,
      { type: "accept", claim: data(draft).claims.findIndex((c) => c.to === theme!.id) } as const,
    ]) {
      const { text, acceptedEntities } = applyChange(draft, change);
      expect(acceptedEntities, change.type).toContain(theme!.id);
      const { removed, added } = diff(draft, text);
      expect(
        removed.filter((line) => line.includes("description:")),
        change.type,
      ).toEqual(['      description: "New candidate theme: a noun phrase this source uses 2 times."']);
      expect(
        added.some((line) => line.includes("New candidate theme")),
        change.type,
      ).toBe(false);
    }
    const own = [
      "source: harbour-panel",
      "entities:",
      "  themes:",
      "    - id: timed-connections",
      "      label: Timed connections",
      "      description: Ferries and buses timed to meet each other.",
      "      status: suggested",
      "claims: []",
      "",
    ].join("\n");
    expect(applyChange(own, { type: "accept-entity", section: "themes", id: "timed-connections" }).text).toBe(
      own.replace("status: suggested", "status: accepted"),
    );
  });

  it("rejecting the first claim under a heading keeps the heading on the next claim", () => {
    const { text } = applyChange(draft, { type: "reject", claim: 5 });
    const { removed, added } = diff(draft, text);
    expect(added).toEqual([]);
    // The claim's lines go; "# --- What Sam Reyes said" stays, now above the next claim.
    expect(removed).toHaveLength(9); // the claim's nine lines, nothing else
    expect(text).toContain("  # --- What Sam Reyes said");
    expect(text.indexOf("# --- What Sam Reyes said")).toBeLessThan(text.indexOf("    to: councils-must-be-able"));
    expect(data(text).claims).toHaveLength(data(draft).claims.length - 1);
  });

  it("rejecting a claim removes the suggested entity only it used, and keeps one still used", () => {
    const before = data(draft);
    const index = before.claims.findIndex((c) => c.to === "every-ferry-should-connect-with-a-bus");
    const edited = applyChange(draft, { type: "reject", claim: index });
    expect(edited.removedEntities).toEqual(["every-ferry-should-connect-with-a-bus"]);
    const after = data(edited.text);
    expect(after.entities.recommendations!.map((e) => e.id)).toEqual([
      "councils-must-be-able-to-run-local-buses-themselves",
    ]);
    expect(after.entities.people!.map((e) => e.id)).toContain("nia-holt");
  });

  it("rejecting a recommendation's only recommends claim takes the addresses claims drafted with it", () => {
    const recommends = (from: string, to: string, quote: string, status = "suggested") => [
      "  - relation: recommends",
      `    status: ${status}`,
      `    from: ${from}`,
      `    to: ${to}`,
      "    evidence:",
      `      - quote: "${quote}"`,
      "        kind: reported",
    ];
    const addresses = (from: string, to: string, quote: string, status = "suggested") =>
      recommends(from, to, quote, status).map((l) => l.replace("relation: recommends", "relation: addresses"));
    const item = "Marsh County Council should fund village buses on five-year terms.";
    const other = "Ferries should connect with buses.";
    const own = [
      "source: fenby-roundtable",
      "entities:",
      "  recommendations:",
      "    - id: ferries-should-connect-with-buses",
      "      label: Ferries should connect with buses",
      `      text: "${other}"`,
      "      status: suggested",
      "claims:",
      // A recommendation another file declares, drafted here with the themes its passage names.
      ...recommends("marsh-county-council", "guarantee-core-funding", item),
      ...addresses("guarantee-core-funding", "village-buses", item),
      ...addresses("guarantee-core-funding", "funding", item),
      // The same recommendation on a theme from another passage, and one a reviewer accepted: neither was drafted
      // with the rejected claim.
      ...addresses("guarantee-core-funding", "rural-transport", other),
      ...addresses("guarantee-core-funding", "timetables", item, "accepted"),
      // A recommendation declared here: once its only claims are gone, the entity goes too.
      ...recommends("fenby-roundtable", "ferries-should-connect-with-buses", other),
      ...addresses("ferries-should-connect-with-buses", "ferries", other),
      "",
    ].join("\n");
    const first = applyChange(own, { type: "reject", claim: 0 });
    expect(first.removedClaims).toBe(2);
    expect(data(first.text).claims.map((c) => `${c.relation} ${c.from} → ${c.to}`)).toEqual([
      "addresses guarantee-core-funding → rural-transport",
      "addresses guarantee-core-funding → timetables",
      "recommends fenby-roundtable → ferries-should-connect-with-buses",
      "addresses ferries-should-connect-with-buses → ferries",
    ]);
    const second = applyChange(first.text, { type: "reject", claim: 2 });
    expect(second.removedClaims).toBe(1);
    expect(second.removedEntities).toEqual(["ferries-should-connect-with-buses"]);
    // While another recommends claim of the file names the recommendation, its addresses claims stay.
    const twice = own
      .replace("from: fenby-roundtable", "from: marsh-county-council")
      .replace("to: ferries-should-connect-with-buses\n    evidence:", "to: guarantee-core-funding\n    evidence:");
    expect(applyChange(twice, { type: "reject", claim: 0 }).removedClaims).toBe(0);
  });

  it("accepts every suggested entry of one section, and every suggested claim of one relation, nothing else", () => {
    const people = applyChange(draft, { type: "accept-all-entities", section: "people" });
    expect(data(people.text).entities.people!.map((p) => p.status)).toEqual(["accepted", "accepted"]);
    const [before, after] = [draft.split("\n"), people.text.split("\n")];
    expect(after).toHaveLength(before.length);
    // Only the two people's status lines change, each keeping its comment (what suggest noted about the person).
    const changed = after.flatMap((line, i) => (line !== before[i] ? [[before[i]!, line]] : []));
    expect(changed).toHaveLength(2);
    for (const [was, now] of changed) {
      expect(was).toMatch(/^ {6}status: suggested # new person: /);
      expect(now).toBe(was!.replace("status: suggested", "status: accepted"));
    }
    expect(data(people.text).entities.organisations!.map((o) => o.status)).toEqual(["suggested", "suggested"]);
    const spoke = applyChange(draft, { type: "accept-all", relation: "spoke-on" });
    const claims = data(spoke.text).claims;
    expect(claims.filter((c) => c.relation === "spoke-on").every((c) => c.status === "accepted")).toBe(true);
    expect(claims.filter((c) => c.relation !== "spoke-on").every((c) => c.status === "suggested")).toBe(true);
    expect(() => applyChange(people.text, { type: "accept-all-entities", section: "people" })).toThrow(/no suggested/);
  });

  it("rejecting an entity removes the claims that use it", () => {
    const edited = applyChange(draft, { type: "reject-entity", section: "themes", id: "local-bus" });
    const after = data(edited.text);
    expect(edited.removedClaims).toBe(data(draft).claims.filter((c) => c.to === "local-bus").length);
    expect(after.claims.some((c) => c.to === "local-bus" || c.from === "local-bus")).toBe(false);
    expect(after.entities.themes).toEqual([]);
  });

  it("rejecting a drafted session, or the last claim on it, removes the date drafted with it", () => {
    const file = [
      "source: fenby-hearing",
      "entities:",
      "  sessions:",
      "    - id: fenby-hearing-session",
      '      label: "Fenby Coast Committee: Harbour walls, 9 June 2026"',
      "      status: suggested",
      "claims:",
      "  - relation: reported-in",
      "    status: suggested",
      "    from: fenby-hearing-session",
      "    to: fenby-hearing",
      "    evidence:",
      '      - quote: "Harbour walls"',
      "        kind: reported",
      "attributes:",
      "  - entity: fenby-hearing-session # drafted with it",
      "    name: date",
      '    value: "2026-06-09"',
      "    evidence:",
      '      - quote: "Tuesday 9 June 2026"',
      "        kind: reported",
      "",
    ].join("\n");
    const rejected = applyChange(file, { type: "reject-entity", section: "sessions", id: "fenby-hearing-session" });
    expect(parse(rejected.text).attributes).toEqual([]);
    const lastClaim = applyChange(file, { type: "reject", claim: 0 });
    expect(lastClaim.removedEntities).toEqual(["fenby-hearing-session"]);
    expect(parse(lastClaim.text).attributes).toEqual([]);
  });

  it("an edit changes the fields named, puts a new role after `to`, and accepts", () => {
    const edited = applyChange(draft, {
      type: "edit",
      claim: 3,
      to: "porthaven-council",
      role: "Chair",
      kinds: { "0": "summary" },
      accept: true,
    });
    const claim = data(edited.text).claims[3]!;
    expect(claim).toMatchObject({
      relation: "affiliated-with",
      from: "nia-holt",
      to: "porthaven-council",
      role: "Chair",
    });
    expect(claim.status).toBe("accepted");
    expect(edited.acceptedEntities).toEqual(["nia-holt", "porthaven-council"]);
    const roleless = applyChange(draft, { type: "edit", claim: 0, role: "Host" }).text;
    expect(roleless).toContain("    to: harbour-panel-panel\n    role: Host\n    evidence:");
  });

  it("an edit sets a role's since and until, quoted, after the role, and removes them with null", () => {
    // Claim 3: Nia Holt's drafted affiliation, with a role and no dates.
    const dated = applyChange(draft, { type: "edit", claim: 3, role: "Director", since: "2021-03", until: "2024" });
    expect(dated.text).toMatch(/ {4}role: Director\n {4}since: "2021-03"\n {4}until: "2024"\n/);
    const changed = applyChange(dated.text, { type: "edit", claim: 3, role: "Chair", since: null, until: "2024-01" });
    const claim = data(changed.text).claims[3] as Data["claims"][number] & { since?: string; until?: string };
    expect(claim).toMatchObject({ role: "Chair", until: "2024-01" });
    expect(claim.since).toBeUndefined();
    // A change that names no date keeps the dates: the page shows them, so the reviewer decides.
    expect(applyChange(dated.text, { type: "edit", claim: 3, role: "Chair" }).text).toContain('since: "2021-03"');
  });

  it("an edit drops one passage of a claim and keeps the claim on its others; dropping every passage is refused", () => {
    const claims = data(draft).claims;
    const at = claims.findIndex((c) => c.relation === "chaired");
    expect(claims[at]!.evidence.length).toBe(2);
    const edited = applyChange(draft, { type: "edit", claim: at, drop: [1], accept: true });
    const claim = data(edited.text).claims[at]!;
    expect(claim.evidence).toEqual([claims[at]!.evidence[0]]);
    expect(claim.status).toBe("accepted");
    // Without accepting, nothing else changes: the lines gone are the dropped passage's two.
    expect(diff(draft, applyChange(draft, { type: "edit", claim: at, drop: [1] }).text)).toEqual({
      removed: ['      - quote: "Every ferry should connect with a bus."', "        kind: direct-quote"],
      added: [],
    });
    expect(data(edited.text).claims.length).toBe(claims.length);
    expect(() => applyChange(draft, { type: "edit", claim: at, drop: [0, 1] })).toThrow(
      `claim ${at} would be left with no passage: a claim rests on at least one; reject the whole claim instead (r)`,
    );
    expect(() => applyChange(draft, { type: "edit", claim: at, drop: [2] })).toThrow(
      `claim ${at} has no evidence 2 (it has 2)`,
    );
  });

  it("a drafted session the corpus already has: its claims move to that id and the drafted entry goes", () => {
    const drafted = data(draft).claims.filter(
      (c) => c.from === "harbour-panel-panel" || c.to === "harbour-panel-panel",
    );
    expect(drafted.length).toBeGreaterThan(1);
    const edited = applyChange(draft, {
      type: "same-as",
      section: "sessions",
      id: "harbour-panel-panel",
      as: "forum-meeting-1",
    });
    expect(edited.removedEntities).toEqual(["harbour-panel-panel"]);
    const after = data(edited.text);
    expect(after.entities.sessions ?? []).toEqual([]);
    expect(edited.text).not.toContain("harbour-panel-panel");
    const moved = after.claims.filter((c) => c.from === "forum-meeting-1" || c.to === "forum-meeting-1");
    expect(moved).toEqual(
      drafted.map((c) => ({
        ...c,
        ...(c.from === "harbour-panel-panel" ? { from: "forum-meeting-1" } : {}),
        ...(c.to === "harbour-panel-panel" ? { to: "forum-meeting-1" } : {}),
      })),
    );
    expect(after.claims.length).toBe(data(draft).claims.length);
    const same = { type: "same-as", section: "sessions", id: "harbour-panel-panel" } as const;
    expect(() => applyChange(draft, { ...same, as: "harbour-panel-panel" })).toThrow("cannot be the same as itself");
    expect(() => applyChange(draft, { ...same, section: "people", as: "forum-meeting-1" })).toThrow(
      "this file declares no people entry harbour-panel-panel",
    );
  });

  it("same session: a moved claim the file already makes about that session is folded into it, passages joined", () => {
    // The reviewer had already said Sam Reyes sat on the registry's session, on two of his quotes (out of text order).
    const already = [
      "claims:",
      "  - relation: panellist-in",
      "    from: sam-reyes",
      "    to: forum-meeting-1",
      "    note: added in review",
      "    evidence:",
      '      - quote: "Councils must be able to run local buses themselves."',
      "        kind: direct-quote",
      '      - quote: "Local buses are the lifeline of a harbour town."',
      "        kind: direct-quote",
      "",
    ].join("\n");
    const text = draft.replace("claims:\n", already);
    const drafted = data(text).claims.find((c) => c.relation === "panellist-in" && c.to === "harbour-panel-panel")!;
    expect(drafted.evidence.map((e) => (e as { quote: string }).quote)).toEqual([
      "Sam Reyes, Director of Planning at Porthaven Council",
      "Local buses are the lifeline of a harbour town.",
    ]);
    const quotes = new SourceQuotes(REVIEW_TEXT);
    const locate = (quote: string, occurrence: number) => {
      const found = quotes.find(quote, occurrence);
      return found.found ? { start: found.start, end: found.end } : undefined;
    };
    const same = { type: "same-as", section: "sessions", id: "harbour-panel-panel", as: "forum-meeting-1" } as const;
    const edited = applyChange(text, same, { locate });
    expect(edited.foldedClaims).toBe(1);
    const after = data(edited.text);
    expect(after.claims.length).toBe(data(text).claims.length - 1);
    const sat = after.claims.filter((c) => c.relation === "panellist-in" && c.from === "sam-reyes");
    // One claim, where the first copy was; each passage once, in the order of the text; not accepted any more, since
    // one of its passages was only suggested; both notes kept.
    expect(sat).toEqual([
      {
        relation: "panellist-in",
        status: "suggested",
        from: "sam-reyes",
        to: "forum-meeting-1",
        note: "added in review",
        evidence: [
          { quote: "Sam Reyes, Director of Planning at Porthaven Council", kind: "reported" },
          { quote: "Local buses are the lifeline of a harbour town.", kind: "direct-quote" },
          { quote: "Councils must be able to run local buses themselves.", kind: "direct-quote" },
        ],
      },
    ]);
    expect(after.claims.indexOf(sat[0]!)).toBe(0);
    // The other moved claims had no copy: moved, not folded.
    expect(after.claims.filter((c) => c.to === "forum-meeting-1" || c.from === "forum-meeting-1")).toHaveLength(3);
    // Without a way to find the quotes, the passages keep the order they came in.
    const unordered = data(applyChange(text, same).text).claims[0]!.evidence.map((e) => (e as { quote: string }).quote);
    expect(unordered).toEqual([
      "Councils must be able to run local buses themselves.",
      "Local buses are the lifeline of a harbour town.",
      "Sam Reyes, Director of Planning at Porthaven Council",
    ]);
    // Nothing to fold: the count says so. A fact about the drafted session moves with its claims.
    const dated = `${draft}attributes:\n  - entity: harbour-panel-panel\n    name: place\n    value: Porthaven\n    evidence:\n      - quote: "harbour town"\n        kind: reported\n`;
    const moved = applyChange(dated, same);
    expect(moved.foldedClaims).toBe(0);
    expect((parse(moved.text) as { attributes: { entity: string }[] }).attributes[0]!.entity).toBe("forum-meeting-1");
  });

  it("adds a claim in the drafts' layout, with its quote in double quotes and its occurrence", () => {
    const edited = applyChange(draft, {
      type: "add-claim",
      claim: {
        relation: "spoke-on",
        from: "ada-park",
        to: "devolution",
        evidence: [{ quote: "local buses", kind: "reported", occurrence: 3 }],
      },
    });
    expect(diff(draft, edited.text).added).toEqual([
      "  - relation: spoke-on",
      "    from: ada-park",
      "    to: devolution",
      "    evidence:",
      '      - quote: "local buses"',
      "        kind: reported",
      "        occurrence: 3",
    ]);
  });

  it("adds an entity to its section, making the section if the file has none", () => {
    const edited = applyChange(draft, {
      type: "add-entity",
      section: "programmes",
      entity: { id: "bus-franchising", label: "Bus franchising", kind: "policy" },
    });
    expect(data(edited.text).entities.programmes).toEqual([
      { id: "bus-franchising", label: "Bus franchising", kind: "policy" },
    ]);
    expect(diff(draft, edited.text).removed).toEqual([]);
  });
});
