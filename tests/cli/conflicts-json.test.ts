// conflicts --json groups a conflict's values as the text output does: "Director of Health" and "director of health"
// (the same after normalising case and spacing) are one reading with two sources, beside the per-source `values`.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelgraph } from "../helpers/cli.js";
import { copyFixture, writeSource } from "../helpers/corpus.js";

describe("conflicts --json", () => {
  it("groups values that differ only in case into one reading, as the text output does", async () => {
    const dir = copyFixture();
    writeSource(dir, {
      id: "panel-c",
      title: "Panel C",
      text: "Ada Park, director of health at Northtown Council, spoke.\n",
    });
    writeFileSync(
      join(dir, "annotations", "panel-c.yaml"),
      [
        "source: panel-c",
        "claims:",
        "  - relation: affiliated-with",
        "    from: ada-park",
        "    to: northtown-council",
        "    role: director of health",
        "    evidence:",
        '      - { quote: "Ada Park, director of health at Northtown Council", kind: reported }',
        "",
      ].join("\n"),
    );
    const run = await panelgraph("conflicts", "--json", "--data", dir);
    expect(run.code).toBe(0);
    const [conflict] = JSON.parse(run.stdout).conflicts as {
      values: { value: string; source: string }[];
      readings: { value: string; reports: { source: string }[] }[];
    }[];
    expect(conflict!.values.map((v) => v.source).sort()).toEqual(["panel-a", "panel-b", "panel-c"]);
    expect(conflict!.readings.map((r) => [r.value, r.reports.map((v) => v.source).sort()])).toEqual([
      ["Director of Health", ["panel-a", "panel-c"]],
      ["Deputy Director of Health", ["panel-b"]],
    ]);
    // The text output lists the same two values.
    const text = await panelgraph("conflicts", "--data", dir);
    expect(text.stdout.match(/^ {2}"[^"]+"/gm)).toEqual(['  "Director of Health"', '  "Deputy Director of Health"']);
  });
});
