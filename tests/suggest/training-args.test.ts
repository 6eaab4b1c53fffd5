// The training scripts' arguments (scripts/folders.ts trainingArgs): a mistyped option or folder is refused with a
// message, never read as a folder of nothing (which trained an empty model and wrote it over the shipped one).
import { describe, expect, it } from "vitest";
import { type TrainingArgs, trainingArgs } from "../../scripts/folders.js";
import { tempDir } from "../helpers/corpus.js";

const USAGE = "usage: npm run train:x -- <annotated folder> … [--out <file>]";
const parse = (...argv: string[]) => trainingArgs(argv, "/tmp/model.json", USAGE, ["--cv"]);

describe("trainingArgs", () => {
  it("gives the usage for --help and for no folder", () => {
    expect(parse("--help")).toBe(USAGE);
    expect(parse("dev", "-h")).toBe(USAGE);
    expect(parse()).toBe(USAGE);
  });

  it("refuses an option it does not know and a folder that does not exist", () => {
    expect(parse("dev", "--bogus")).toBe(
      "--bogus: not an option of this script (npm run train:x -- <annotated folder> … [--out <file>])",
    );
    expect(parse("/no/such/folder")).toMatch(/^\/no\/such\/folder: no such folder; give an annotated folder/u);
  });

  it("takes folders that exist, the named sets, its own flags and --out", () => {
    const folder = tempDir();
    const args = parse(folder, "dev", "shipped", "--cv", "--out", "/tmp/m.json");
    expect(args).toMatchObject({ folders: [folder, "dev", "shipped"], out: "/tmp/m.json" });
    expect(typeof args === "string" ? [] : [...args.flags]).toEqual(["--cv"]);
  });

  it("takes the training options as numbers, and refuses one that is not a number", () => {
    const args = parse("dev", "--l2", "0.03", "--min-count", "3", "--threshold", "0.6");
    expect(typeof args === "string" ? args : args.train).toEqual({ l2: 0.03, minCount: 3, threshold: 0.6 });
    expect((parse("dev") as TrainingArgs).train).toEqual({});
    expect(parse("dev", "--l2", "high")).toBe('--l2: "high" is not a number (e.g. --l2 0.05)');
    expect(parse("dev", "--min-count")).toBe('--min-count: "" is not a number (e.g. --min-count 3)');
  });
});
