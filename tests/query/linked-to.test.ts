// `linked-to` in the queries: `neighbours` lists the linked actor with the link's wording, and `path` runs through it
// and says its wording. Without the link, the developer and the firm it retained have no path between them.
import { describe, expect, it } from "vitest";
import { printNeighbours, printPath } from "../../src/cli/print-answers.js";
import { neighbours } from "../../src/query/neighbours.js";
import { path } from "../../src/query/path.js";
import { linkedGraph } from "../helpers/linked-corpus.js";

const graph = linkedGraph();

describe("neighbours: linked-to", () => {
  it("lists the linked organisation, with each source's wording", () => {
    const found = neighbours(graph, "Harrowgate Estates").neighbours;
    expect(found).toMatchObject([
      {
        id: "kestrel-public-affairs",
        relation: "linked-to",
        direction: "out",
        links: [
          { link: "retained", source: "news" },
          { link: "appointed", source: "release" },
        ],
      },
    ]);
  });

  it("prints the wording in a Link column, and from the other end too", () => {
    const lines: string[] = [];
    printNeighbours(graph, neighbours(graph, "Kestrel Public Affairs"), (l) => lines.push(l), { all: false });
    expect(lines.find((l) => l.startsWith("Relation"))).toMatch(/Role\s+Link\s+Passages/);
    expect(lines.find((l) => l.includes("Harrowgate Estates"))).toMatch(
      /← linked-to\s+Harrowgate Estates.*retained; appointed/,
    );
  });
});

describe("path: linked-to", () => {
  it("runs from the Mayor to the developer through the people and firms the sources link", () => {
    const found = path(graph, "Oren Vale", "Harrowgate Estates");
    expect(
      found.hops.map((h) => [h.from.id, h.edges.map((e) => `${e.relation} ${e.links?.join("; ") ?? ""}`)]),
    ).toEqual([
      ["oren-vale", ["linked-to met"]],
      ["mira-tolland", ["affiliated-with "]],
      ["kestrel-public-affairs", ["linked-to retained; appointed"]],
    ]);
    const lines: string[] = [];
    printPath(graph, found, (l) => lines.push(l), { all: false });
    expect(lines).toContain(
      "Kestrel Public Affairs (organisation) ←linked-to (retained; appointed)— Harrowgate Estates (organisation)",
    );
  });
});
