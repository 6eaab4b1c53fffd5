// A plain text's first line as its title (w43 #14): taken only when it is plainly one, else add-source says why not.
// The texts are invented for this test.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openingTitle } from "../../src/ingest/extract/opening-title.js";
import { panelgraphIn } from "../helpers/cli.js";
import { tempDir } from "../helpers/corpus.js";

const BODY = "Ann Bell of the Fenby Trust said the towpath floods every winter.\n";

describe("a plain text's first line as its title", () => {
  it("is taken when it is a short line followed by a blank line (LF or CRLF, a BOM before it)", () => {
    expect(openingTitle(`River paths hearing\n\n${BODY}`)).toEqual({
      found: { value: "River paths hearing", from: "its first line, followed by a blank line" },
    });
    expect(openingTitle(`\uFEFFIs the towpath safe?\r\n\r\n${BODY}`)).toMatchObject({
      found: { value: "Is the towpath safe?" },
    });
  });

  it("is not when it is a sentence, a lead-in, runs on, is long, starts in lower case or is all the text", () => {
    const why = (text: string) => {
      const result = openingTitle(text);
      return "why" in result ? result.why : `taken: ${result.found.value}`;
    };
    expect(why(`${BODY}\nMore.\n`)).toMatch(/ends with "\."/u);
    expect(why(`Present:\n\nAnn Bell\n`)).toMatch(/ends with ":"/u);
    expect(why(`River paths hearing\n${BODY}`)).toMatch(/runs on into the next/u);
    expect(why(`${"Word ".repeat(25).trim()}\n\n${BODY}`)).toMatch(/a paragraph rather than a title/u);
    expect(why(`river paths\n\n${BODY}`)).toMatch(/does not begin with a capital/u);
    expect(why(`River paths hearing\n\n`)).toMatch(/all the text there is/u);
  });

  it("add-source takes it without --title and says so; when it is not plainly a title, the error says why", async () => {
    const cwd = tempDir();
    expect((await panelgraphIn(["init", "hearings"], { cwd })).code).toBe(0);
    writeFileSync(join(cwd, "paths.txt"), `River paths hearing\n\n${BODY}`);
    const added = await panelgraphIn(["add-source", "paths.txt", "--data", "hearings"], { cwd });
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain('  title     "River paths hearing"  (its first line, followed by a blank line)');
    expect(added.stdout).toContain("Added source river-paths-hearing:");

    writeFileSync(join(cwd, "notes.txt"), BODY + "Tom Reed agreed.\n");
    const refused = await panelgraphIn(["add-source", "notes.txt", "--data", "hearings"], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      "add-source needs --title: notes.txt does not give one (a plain text has no title of its own, and its first " +
        "line is not plainly one: its first line runs on into the next with no blank line after it)",
    );
  });
});
