// What the user is looking at, as one plain object: the URL holds it (controllers/url.ts), views render from it, and
// nothing else keeps state of its own. The graph itself is never part of it and never changed by it.
import type { NodeType } from "../../src/model/vocabulary.ts";

/**
 * What node colours show: the type, the community, or any other node attribute the appearance tools offer
 * (core/appearance-attributes.ts: a category such as the main source, or a number drawn as a ramp).
 */
export type ColourMode = "type" | "community" | "source" | "evidence" | "kind" | NumericAttribute;
/** Node attributes that can size or colour nodes: the build's centrality and what the viewer counts per node. */
export type NumericAttribute = "centrality" | "degree" | "passages" | "sources";
/** What node sizes show: a numeric attribute, or the same size for every node. */
export type SizeMode = NumericAttribute | "uniform";
/** What node labels show. */
export type LabelMode = "label" | "id" | "type" | "community" | "kind" | "source" | NumericAttribute;
/** Focus mode: 0 shows the whole (filtered) graph; 1 or 2 only the selected node's neighbourhood to that depth. */
export type FocusDepth = 0 | 1 | 2;

/** A passage of a source text, by UTF-16 offsets (end exclusive), as evidence gives it. */
export interface PassageRef {
  source: string;
  start: number;
  end: number;
}

export interface ViewState {
  /** The selected node (detail panel), or null. */
  selected: string | null;
  /** The selected edge (evidence drawer), or null. */
  edge: string | null;
  colourBy: ColourMode;
  /** Node sizes (centrality by default, as the exports size them). */
  sizeBy: SizeMode;
  /** Node labels (the label by default). */
  labelBy: LabelMode;
  /** Filters: what is hidden, so that the default (everything shown) is the empty state. Sorted. */
  hiddenTypes: NodeType[];
  hiddenSources: string[];
  hiddenCommunities: number[];
  /**
   * Sources dated before `dateFrom` or after `dateTo` (ISO dates, "" for no bound) are hidden as unticked sources are;
   * a source with no date stays.
   */
  dateFrom: string;
  dateTo: string;
  /** Nodes with fewer connections than this are hidden. */
  minDegree: number;
  focus: FocusDepth;
  /** The "who spoke on" theme as the user typed it (an id, label or alias), or "". */
  theme: string;
  /** The passage open in the reader, or null. */
  passage: PassageRef | null;
  /** "Changed since …": what the last build changed is marked and listed (only when the build recorded it). */
  changes: boolean;
}

export const DEFAULT_STATE: ViewState = {
  selected: null,
  edge: null,
  colourBy: "type",
  sizeBy: "centrality",
  labelBy: "label",
  hiddenTypes: [],
  hiddenSources: [],
  hiddenCommunities: [],
  dateFrom: "",
  dateTo: "",
  minDegree: 0,
  focus: 0,
  theme: "",
  passage: null,
  changes: false,
};

export type StateListener = (state: ViewState, previous: ViewState) => void;

/** Holds the state; `update` merges a change and tells every listener, once, with the state before it. */
export class ViewStore {
  #state: ViewState;
  readonly #listeners: StateListener[] = [];

  constructor(initial: ViewState) {
    this.#state = consistent(initial);
  }

  get state(): ViewState {
    return this.#state;
  }

  update(change: Partial<ViewState>): void {
    const previous = this.#state;
    const next = consistent({ ...previous, ...change });
    if (sameState(previous, next)) return;
    this.#state = next;
    for (const listener of this.#listeners) listener(next, previous);
  }

  subscribe(listener: StateListener): void {
    this.#listeners.push(listener);
  }
}

/**
 * Focus follows the selected node: with nothing selected it is off (its controls are disabled then), so that clearing
 * the selection (Escape, ×, a click on the background, Back) also clears it, in the view and in the URL.
 */
function consistent(state: ViewState): ViewState {
  return state.selected === null && state.focus !== 0 ? { ...state, focus: 0 } : state;
}

export function sameState(a: ViewState, b: ViewState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * True when a change between two states can change the visible graph: the filters, focus, or the selection (focus
 * follows it, and the selected node is always shown, even where a filter would hide it).
 */
export function filtersChanged(a: ViewState, b: ViewState): boolean {
  return (
    a.hiddenTypes.join() !== b.hiddenTypes.join() ||
    a.hiddenSources.join() !== b.hiddenSources.join() ||
    a.hiddenCommunities.join() !== b.hiddenCommunities.join() ||
    a.dateFrom !== b.dateFrom ||
    a.dateTo !== b.dateTo ||
    a.minDegree !== b.minDegree ||
    a.focus !== b.focus ||
    a.selected !== b.selected
  );
}
