// `sessions-of` (src/query/sessions-of.ts): a person's sessions in the order they took place — a session's own date,
// else its earliest reporting source's — undated ones last, then by id.
import { expect, it } from "vitest";
import { sessionsOf } from "../../src/query/sessions-of.js";
import { syntheticGraph } from "./synthetic.js";

it("lists a person's sessions by date, not by id; undated last", () => {
  const graph = syntheticGraph(
    [
      ["ann-bell", "person", "Ann Bell"],
      ["a-final-hearing", "session", "Final hearing"],
      ["b-first-hearing", "session", "First hearing"],
      ["c-site-visit", "session", "Site visit"],
      ["d-second-hearing", "session", "Second hearing"],
    ],
    [
      [
        "panellist-in",
        "ann-bell",
        "a-final-hearing",
        [{ kind: "reported", quote: "Ann Bell gave evidence", source: "may" }],
      ],
      ["panellist-in", "ann-bell", "b-first-hearing", [{ kind: "reported", quote: "Ann Bell opened", source: "jan" }]],
      [
        "panellist-in",
        "ann-bell",
        "c-site-visit",
        [{ kind: "reported", quote: "Ann Bell showed us", source: "notes" }],
      ],
      ["chaired", "ann-bell", "d-second-hearing", [{ kind: "reported", quote: "Ann Bell chaired", source: "notes" }]],
    ],
  );
  graph.setNodeAttribute("may", "date", "2024-05-14");
  graph.setNodeAttribute("jan", "date", "2024-01-16");
  // The second hearing's own date, which no source's date gives.
  graph.setNodeAttribute("d-second-hearing", "facts", [
    { name: "date", value: "2024-03-05", source: "notes", evidence: [] },
  ]);
  const { sessions } = sessionsOf(graph, "ann-bell");
  expect(sessions.map((s) => [s.id, s.date])).toEqual([
    ["b-first-hearing", "2024-01-16"],
    ["d-second-hearing", "2024-03-05"],
    ["a-final-hearing", "2024-05-14"],
    ["c-site-visit", undefined],
  ]);
});
