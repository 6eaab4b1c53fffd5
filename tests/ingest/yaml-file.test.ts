// The YAML reader: js-yaml reads the data fast, `yaml` gives positions and every message. Both must read any file
// the same way, or a corpus would mean something different depending on whether it had a problem in it.
import fc from "fast-check";
import { parse, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import type { Problem } from "../../src/model/problem.js";
import { parseYamlFile } from "../../src/ingest/yaml-file.js";

/** JSON text of a value, with the numbers JSON cannot write (±Infinity, NaN, -0) spelled out. */
const shown = (value: unknown) =>
  JSON.stringify(value, (_, v: unknown) =>
    typeof v === "number" && (!Number.isFinite(v) || Object.is(v, -0))
      ? `number:${String(Object.is(v, -0) ? "-0" : v)}`
      : v,
  );

function read(text: string): { data: unknown; problems: Problem[] } {
  const problems: Problem[] = [];
  return { data: parseYamlFile("f.yaml", text, problems).data, problems };
}

describe("parseYamlFile", () => {
  // Plain scalars where YAML 1.1, js-yaml's own schema and YAML 1.2's core schema disagree.
  const scalars = [
    ...[
      "1_000",
      "1__0",
      "0b101",
      "-0x1",
      "+0x1",
      "0o17",
      "0o8",
      "0x1F",
      "0xG",
      "012",
      "00",
      "-0",
      "+1",
      "12345678901234567890",
    ],
    ...["1e3", "1E3", "0.1e+2", "+12.3", ".5", "+.5", "1.", "1.2.3", ".inf", "-.Inf", "+.INF", ".NaN", "nan", "inf"],
    ...[
      "~",
      "",
      "null",
      "Null",
      "NULL",
      "nULL",
      "true",
      "True",
      "TRUE",
      "tRUE",
      "false",
      "yes",
      "no",
      "on",
      "off",
      "y",
    ],
    ...["2023-01-05", "2023-01-05T10:00:00Z", "1:20", "12:30:45", "<<", "=", "!!str 12", "!!int 12", "!!float 1"],
  ];
  it.each(scalars)("reads the plain scalar %j as YAML 1.2's core schema does", (scalar) => {
    const text = `v: ${scalar}\n`;
    expect(shown(read(text).data)).toBe(shown(parse(text, { logLevel: "error" })));
  });

  it("reads any data the `yaml` package writes back as the `yaml` package reads it", () => {
    const value = fc.letrec((tie) => ({
      any: fc.oneof(
        { depthSize: "small" },
        fc.string({ unit: "binary" }),
        fc.stringMatching(/^[-+0-9._eExXoOabB:~]{0,8}$/),
        fc.integer(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie("any"), { maxLength: 4 }),
        fc.dictionary(fc.string(), tie("any"), { maxKeys: 4 }),
      ),
    }));
    fc.assert(
      fc.property(value.any, fc.constantFrom("PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE", "BLOCK_LITERAL"), (v, style) => {
        const text = stringify({ v }, { defaultStringType: style as "PLAIN" });
        expect(shown(read(text).data)).toBe(shown(parse(text, { logLevel: "error" })));
      }),
      { numRuns: 300 },
    );
  });

  it("reads hand-written plain scalars as the `yaml` package reads them", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[-+0-9._eExXoObBinfaNIFul~]{1,10}$/), (scalar) => {
        const text = `v: ${scalar}\n`;
        let expected: unknown;
        try {
          expected = parse(text, { logLevel: "error" });
        } catch {
          return; // not YAML at all; the syntax error path is tested below
        }
        expect(shown(read(text).data)).toBe(shown(expected));
      }),
      { numRuns: 500 },
    );
  });

  it("gives lines on demand, counting from 1", () => {
    const file = parseYamlFile("f.yaml", "source: a\nclaims:\n  - relation: spoke-on\n    from: x\n", []);
    expect(file.lineOf(["claims", 0, "from"])).toBe(4);
    expect(file.lineOf(["claims", 0, "missing"])).toBe(3); // the nearest ancestor that exists
    expect(file.lineOf([])).toBe(1);
  });

  it("reports a syntax error with `yaml`'s message and the line as written", () => {
    const { data, problems } = read("source: a\nclaims:\n  - from: x\n   to: y\n");
    expect(data).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: "error", file: "f.yaml", line: 4, value: "   to: y" });
    expect(problems[0]!.message).toMatch(/^YAML syntax error: /);
  });

  it("puts an indented block pasted among the header comments at its own line, not at the field below (w51 #12b)", () => {
    // `yaml` reports "Unexpected scalar at node end" at `source:`, lines below the block that caused it.
    const text = [
      "# Annotations for the Fenby hearing",
      "#",
      "    - relation: spoke-on",
      "      from: ann-bell",
      "      to: buses",
      "# drafted by hand",
      "#",
      "",
      "source: fenby-hearing",
      "claims: []",
      "",
    ].join("\n");
    const { data, problems } = read(text);
    expect(data).toBeUndefined();
    expect(problems).toEqual([
      {
        severity: "error",
        file: "f.yaml",
        line: 3,
        field: "",
        message:
          "lines 3–5 are indented (4 spaces) with no field above to belong to, so YAML cannot go on at `source:` on line 9",
        value: "    - relation: spoke-on",
        hint: "take the spaces off the start of those lines so they line up with the file's other top-level fields, or comment them out with #",
      },
    ]);
  });

  it("reports nesting deeper than the parser can follow as that, not as the parser's stack overflow", () => {
    for (const text of [
      `claims: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`,
      `claims:\n${Array.from({ length: 5_000 }, (_, i) => `${"  ".repeat(i)}- \n`).join("")}`,
    ]) {
      const { data, problems } = read(text);
      expect(data).toBeUndefined();
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({
        severity: "error",
        message: "YAML nested too deeply to read",
        hint: "an annotation needs a few levels: look for a bracket never closed, or lines indented further and further",
      });
    }
  });

  it("reports a duplicate key as an error, naming the key and both its lines", () => {
    const { data, problems } = read("id: a\nid: b\n");
    expect(data).toBeUndefined();
    expect(problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [2, "id", "`id` appears twice in the file: lines 1 and 2"],
    ]);
  });

  it("names the claim a key is repeated in, not the generic indentation hint", () => {
    const text = [
      "claims:",
      "  - relation: affiliated-with",
      "    from: ann-bell",
      "    to: fenby-trust",
      '    until: "2023"',
      "    role: Chair",
      '    until: "2024"',
      "    evidence:",
      "      - { quote: Ann Bell, kind: reported }",
      "",
    ].join("\n");
    const { problems } = read(text);
    expect(problems).toEqual([
      {
        severity: "error",
        file: expect.any(String),
        line: 7,
        field: "claims.0.until",
        message: "`until` appears twice in this claim: lines 5 and 7",
        hint: "keep one of the two lines and delete the other: a field is given once",
      },
    ]);
  });

  it("reads aliases with a bound on how far they expand", () => {
    expect(read("a: &x [1, 2]\nb: *x\n").data).toEqual({ a: [1, 2], b: [1, 2] });
    const laughs = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 10; i++) {
      const [prev, next] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
      laughs.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(", ")}]`);
    }
    const { data, problems } = read(laughs.join("\n"));
    expect(data).toBeUndefined();
    expect(problems[0]?.message).toMatch(/alias/i);
  });
});
