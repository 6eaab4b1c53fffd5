// The evidence drawer: every passage behind one connection, with its source, kind and place in the text.
import type { PanelGraph } from "../../src/model/graph.ts";
import { roleStory, titlesOf } from "../../src/model/roles.ts";
import type { ColourMode, PassageRef } from "../core/state.ts";
import { edgePhrase } from "../core/edge-phrase.ts";
import { inDates } from "../core/visible.ts";
import { outsideNote } from "./details.ts";
import { count, h } from "./dom.ts";
import { nodeButton } from "./node-button.ts";
import { evidenceList } from "./evidence-list.ts";
import { linkWordings, sourceDateIn, sourceTitle, titleSources } from "./words.ts";

export function renderEdgeEvidence(
  container: HTMLElement,
  title: HTMLElement,
  graph: PanelGraph,
  edge: string,
  mode: ColourMode,
  actions: { select(node: string): void; openPassage(passage: PassageRef): void },
  /** The passages are still on their way (a large graph's lean first load). */
  loading = false,
  /** The sources the date range hides (core/visible.ts sourcesOutsideDates): their passages and roles left out, counted. */
  outsideDates: ReadonlySet<string> = new Set(),
): void {
  const whole = graph.getEdgeAttributes(edge);
  const attributes = inDates(whole, outsideDates);
  const [from, to] = graph.extremities(edge);
  title.textContent = `${graph.getNodeAttribute(from, "label")} → ${graph.getNodeAttribute(to, "label")}`;
  const body: Node[] = [
    h(
      "p",
      { className: "edge-line" },
      nodeButton(graph, from, mode, actions.select),
      h("span", { className: "relation", text: ` ${edgePhrase(attributes)} ` }),
      nodeButton(graph, to, mode, actions.select),
    ),
  ];
  const sources = attributes.sources.map((s) => sourceTitle(graph, s)).join(", ");
  body.push(
    h(
      "p",
      { className: "meta" },
      attributes.origin === "registry"
        ? "From the registry (a theme's parent), not from a passage."
        : loading
          ? `Passages from ${count(attributes.sources.length, "source")}: ${sources}`
          : `${count(attributes.evidence.length, "passage")} from ${count(attributes.sources.length, "source")}: ${sources}`,
    ),
  );
  const note = loading ? null : outsideNote(whole.evidence.length - attributes.evidence.length);
  if (note) body.push(note);
  if (loading)
    body.push(h("p", { className: "meta loading", attrs: { role: "status" }, text: "Loading the passages…" }));
  const dateOf = sourceDateIn(graph);
  const roles = attributes.roles ?? [];
  // One line a title, as the person panel lists them (titlesOf): "chief executive" in one source and "Chief
  // Executive" in another are one title, cited with both sources.
  for (const title of titlesOf(roles, dateOf)) {
    body.push(
      h(
        "p",
        { className: "roles" },
        "Role: ",
        h("strong", title.role),
        title.period === undefined ? "" : `, ${title.period}`,
        ` (${titleSources(graph, title)})`,
      ),
    );
  }
  for (const { link, sources } of linkWordings(graph, attributes.links ?? []))
    body.push(h("p", { className: "links" }, "Link: ", h("strong", link), ` (${sources})`));
  const story = roleStory(roles, dateOf);
  if (story === "conflict") {
    body.push(
      h("p", { className: "conflict", text: "The sources disagree on the role; each is shown with its source." }),
    );
  } else if (story === "succession") {
    body.push(
      h("p", { className: "succession", text: "The roles' dates put them one after another: a change of post." }),
    );
  }
  for (const note of attributes.notes ?? [])
    body.push(h("p", { className: "note", text: `Annotator's note: ${note}` }));
  if (attributes.evidence.length > 0) body.push(evidenceList(graph, attributes.evidence, actions.openPassage));
  container.replaceChildren(...body);
}
