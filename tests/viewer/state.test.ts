// The view state (viewer/core/state.ts): focus follows the selected node, so clearing the selection clears it too,
// and a shared link of the whole graph carries no stale `focus`.
import { describe, expect, it } from "vitest";
import { DEFAULT_STATE, ViewStore } from "../../viewer/core/state.js";

describe("the view state's focus", () => {
  it("goes off when the selection is cleared (Escape, ×, a click on the background, Back)", () => {
    const store = new ViewStore({ ...DEFAULT_STATE, selected: "ada-park", focus: 1 });
    const seen: number[] = [];
    store.subscribe((state) => seen.push(state.focus));
    store.update({ selected: null });
    expect(store.state).toEqual(DEFAULT_STATE);
    expect(seen).toEqual([0]);
  });

  it("stays while another node is selected, and is never on with nothing selected", () => {
    const store = new ViewStore({ ...DEFAULT_STATE, focus: 2 });
    expect(store.state.focus).toBe(0);
    store.update({ selected: "ada-park", focus: 2 });
    store.update({ selected: "ben-ode" });
    expect(store.state).toMatchObject({ selected: "ben-ode", focus: 2 });
  });
});
