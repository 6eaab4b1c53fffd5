// Appearance: size, colour and label nodes by any attribute (core/appearance-mapping.ts). The choices live in the
// view state, so the URL keeps them (`size=`, `colour=`, `label=`).
import { COLOUR_MODES, LABEL_MODES, SIZE_MODES } from "../core/appearance-mapping.ts";
import { DEFAULT_STATE, type ViewState } from "../core/state.ts";
import { h } from "./dom.ts";
import type { ToolContext } from "./tools.ts";

type Choice = "sizeBy" | "colourBy" | "labelBy";

export function createAppearancePanel({ store, graph, signal }: ToolContext, body: HTMLElement): void {
  const hasCommunities = graph.someNode((_, a) => a.community !== undefined);
  const selects = new Map<Choice, HTMLSelectElement>();
  const field = (key: Choice, name: string, modes: { value: string; name: string }[]) => {
    const select = h("select", { attrs: { id: `appearance-${key}`, name: key } });
    for (const mode of modes) {
      const option = h("option", { text: mode.name, attrs: { value: mode.value } });
      option.disabled = mode.value === "community" && !hasCommunities;
      select.append(option);
    }
    select.addEventListener("change", () => store.update({ [key]: select.value } as Partial<ViewState>), { signal });
    selects.set(key, select);
    return h("label", { className: "field", attrs: { for: select.id } }, h("span", { text: name }), select);
  };
  const reset = h("button", { text: "Back to the default look", className: "link", attrs: { type: "button" } });
  reset.addEventListener(
    "click",
    () =>
      store.update({ sizeBy: DEFAULT_STATE.sizeBy, colourBy: DEFAULT_STATE.colourBy, labelBy: DEFAULT_STATE.labelBy }),
    { signal },
  );
  body.append(
    h("h2", { text: "Appearance" }),
    field("sizeBy", "Size by", SIZE_MODES),
    field("colourBy", "Colour by", COLOUR_MODES),
    field("labelBy", "Label by", LABEL_MODES),
    h("p", {
      className: "meta",
      text:
        "Categories get a colour each (the 12 largest; the rest share one grey), numbers a ramp from light to dark. " +
        "The legend follows; the graph itself is not changed.",
    }),
    reset,
  );
  const sync = (state: ViewState) => {
    for (const [key, select] of selects) if (select.value !== state[key]) select.value = state[key];
  };
  sync(store.state);
  store.subscribe(sync);
}
