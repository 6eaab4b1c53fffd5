import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { AmbiguousEntityError, EntityTypeError, UnknownEntityError } from "../../src/query/errors.js";
import { findEntity, resolveEntity } from "../../src/query/resolve-entity.js";
import { copyFixture, edit } from "../helpers/corpus.js";
import { thrown } from "../helpers/thrown.js";
import { syntheticGraph } from "./synthetic.js";

/** A few entities with the kinds of names the corpora have: aliases, an apostrophe, a plural abbreviation. */
const graph = syntheticGraph(
  [
    ["gail-lyle", "person", "Gail Lyle", ["Lyle"]],
    ["delegation", "theme", "Delegation of power", ["delegated powers"]],
    ["devolution", "theme", "Devolution"],
    ["care-systems", "theme", "Integrated care systems (ICSs)", ["ICSs"]],
    ["health-test", "programme", "Mayor of Town’s Health Test"],
  ],
  [],
);

describe("resolveEntity", () => {
  it("finds an entity by id, label or alias, in any case", () => {
    for (const name of ["gail-lyle", "Gail Lyle", "GAIL LYLE", "lyle"]) {
      expect(resolveEntity(graph, name).id, name).toBe("gail-lyle");
    }
    expect(resolveEntity(graph, "delegated powers")).toEqual({
      id: "delegation",
      label: "Delegation of power",
      type: "theme",
    });
    expect(resolveEntity(graph, "icss").id).toBe("care-systems");
  });

  it("treats curly and straight apostrophes and extra spaces as the same", () => {
    expect(resolveEntity(graph, "Mayor of Town's   Health Test").id).toBe("health-test");
  });

  it("says a name is unknown and suggests the nearest names", () => {
    const error = thrown(() => resolveEntity(graph, "devolushun", { types: ["theme"] }));
    expect(error).toBeInstanceOf(UnknownEntityError);
    expect((error as UnknownEntityError).name).toBe("UnknownEntityError");
    expect((error as UnknownEntityError).message).toBe('no theme is called "devolushun"');
    expect((error as UnknownEntityError).candidates[0]).toEqual({
      id: "devolution",
      label: "Devolution",
      type: "theme",
    });
  });

  it("refuses an entity of the wrong type, saying what it is, instead of guessing", () => {
    const error = thrown(() => resolveEntity(graph, "Gail Lyle", { types: ["theme"] })) as EntityTypeError;
    expect(error).toBeInstanceOf(EntityTypeError);
    expect(error.message).toBe('"Gail Lyle" is a person (Gail Lyle); this needs a theme');
    expect(error.found.map((f) => f.id)).toEqual(["gail-lyle"]);
    expect(error.candidates.every((c) => c.type === "theme")).toBe(true);
  });
});

describe("resolveEntity with names shared by two entities", () => {
  it("lists every candidate when a name fits several entities", () => {
    const dir = copyFixture();
    edit(dir, "registry.yaml", "    label: Ben Ode\n", "    label: Ben Ode\n    aliases: [Park]\n");
    const mini = buildGraph(loadValidCorpus(dir));
    const error = thrown(() => resolveEntity(mini, "park")) as AmbiguousEntityError;
    expect(error).toBeInstanceOf(AmbiguousEntityError);
    expect(error.name).toBe("AmbiguousEntityError");
    expect(error.candidates.map((c) => c.id)).toEqual(["ada-park", "ben-ode"]);
    expect(error.message).toContain("give the id of the one you mean");
    // Each candidate's id still picks it out.
    expect(resolveEntity(mini, "ben-ode").id).toBe("ben-ode");
  });

  it("lets an exact id win over another entity's alias, and a type filter settle the rest", () => {
    const dir = copyFixture();
    edit(dir, "registry.yaml", "    label: Ben Ode\n", "    label: Ben Ode\n    aliases: [lee-moss, Local data]\n");
    const mini = buildGraph(loadValidCorpus(dir));
    expect(resolveEntity(mini, "lee-moss").id).toBe("lee-moss");
    expect(thrown(() => resolveEntity(mini, "local data"))).toBeInstanceOf(AmbiguousEntityError);
    expect(resolveEntity(mini, "local data", { types: ["theme"] }).id).toBe("local-data");
  });
});

describe("resolveEntity on a graph that changes", () => {
  it("follows nodes added, renamed and dropped after the first lookup (the name index is rebuilt)", () => {
    const mini = buildGraph(loadValidCorpus(copyFixture()));
    expect(resolveEntity(mini, "ada park").id).toBe("ada-park");
    expect(thrown(() => resolveEntity(mini, "Chair of Nothing"))).toBeInstanceOf(UnknownEntityError);

    mini.addNode("nobody", { type: "person", label: "Chair of Nothing", aliases: ["C. Nothing"], facts: [] });
    expect(resolveEntity(mini, "c. nothing").id).toBe("nobody");

    mini.setNodeAttribute("ada-park", "aliases", ["The Chair of Nothing"]);
    expect(resolveEntity(mini, "the chair of nothing").id).toBe("ada-park");

    mini.dropNode("nobody");
    // Only Ada Park's alias is left, which has the typed words but is not the name itself.
    expect(findEntity(mini, "Chair of Nothing").match).toMatchObject({ id: "ada-park", tier: "word" });
    mini.dropNode("ada-park");
    expect(thrown(() => resolveEntity(mini, "Chair of Nothing"))).toBeInstanceOf(UnknownEntityError);
  });
});
