// `linked-to`: a link a source states between two actors, with its wording (`link`). Validation takes it between any
// people and organisations, and refuses it with a located error (file, line, field, value, hint) when its wording is
// missing, its ends are of other types, its ends are one entity, or another relation is given a `link`.
import { describe, expect, it } from "vitest";
import { readCorpusFiles } from "../../src/ingest/read.js";
import { validateCorpus } from "../../src/ingest/validate.js";
import type { Problem } from "../../src/model/problem.js";
import { said } from "../../src/query/said.js";
import { linkedCorpus, linkedGraph } from "../helpers/linked-corpus.js";

function errorsOf(newsClaims: string): Problem[] {
  return validateCorpus(readCorpusFiles(linkedCorpus({ newsClaims }))).problems.filter((p) => p.severity === "error");
}

const claim = (lines: string) => `  - relation: linked-to\n${lines}    evidence:
      - { quote: "Harrowgate Estates has retained Kestrel Public Affairs", kind: reported }
`;

describe("validate: linked-to", () => {
  it("takes links between organisations, between people, and from a person to an organisation", () => {
    const problems = validateCorpus(readCorpusFiles(linkedCorpus())).problems;
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    const person = claim("    from: mira-tolland\n    to: harrowgate-estates\n    link: advised\n");
    expect(errorsOf(person)).toEqual([]);
  });

  it("a linked-to claim without its wording is an error at the claim, with the fix", () => {
    const [error, ...others] = errorsOf(claim("    from: harrowgate-estates\n    to: kestrel-public-affairs\n"));
    expect(others).toEqual([]);
    expect(error).toMatchObject({
      file: "annotations/news.yaml",
      line: 3,
      field: "claims.0.link",
      message: "a linked-to claim needs `link`: the link in the source's words",
      value: "linked-to harrowgate-estates → kestrel-public-affairs",
    });
    expect(error!.hint).toContain("`link: retained`");
  });

  it("refuses a theme at either end, naming the types it takes", () => {
    const [error, ...others] = errorsOf(claim("    from: harrowgate-estates\n    to: quayside\n    link: funds\n"));
    expect(others).toEqual([]);
    expect(error).toMatchObject({
      file: "annotations/news.yaml",
      line: 5,
      field: "claims.0.to",
      message: "`linked-to` goes from person or organisation to person or organisation, but quayside is a theme",
      value: "quayside",
    });
    expect(error!.hint).toContain("linked-to joins people and organisations only");
  });

  it("refuses a link from an entity to itself", () => {
    const [error] = errorsOf(claim("    from: harrowgate-estates\n    to: harrowgate-estates\n    link: owns\n"));
    expect(error).toMatchObject({ field: "claims.0.to", value: "harrowgate-estates", line: 5 });
  });

  it("refuses `link` on another relation, and `role` in place of `link`", () => {
    const affiliated = `  - relation: affiliated-with
    from: mira-tolland
    to: kestrel-public-affairs
    link: director
    evidence:
      - { quote: "Mira Tolland, a director of Kestrel Public Affairs", kind: reported }
`;
    expect(errorsOf(affiliated)).toMatchObject([
      { field: "claims.0.link", message: "only linked-to claims take a link", value: "director", line: 6 },
    ]);
    const withRole = claim("    from: harrowgate-estates\n    to: kestrel-public-affairs\n    role: retained\n");
    expect(errorsOf(withRole)).toMatchObject([
      { field: "claims.0.role", message: "linked-to gives its wording as `link`, not `role`", value: "retained" },
    ]);
  });
});

describe("said: linked-to", () => {
  it("lists a person's own words on a link, and not the source's report of it", () => {
    const graph = linkedGraph();
    const quotes = said(graph, "Mira Tolland").passages.map((p) => p.quote);
    expect(quotes).toEqual(["I have met the Mayor four times."]);
  });
});
