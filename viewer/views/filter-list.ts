// A filter list (node types, sources, communities): a checkbox a value with its full name on hover and a count, "All"
// and "None", a search box once the list is longer than a glance, and above COMPACT_FROM values a compact form that
// shows only what the search matches (and the values hidden now), so 400 sources are not 400 checkboxes.
import { count, h } from "./dom.ts";

export interface FilterItem {
  value: string;
  /** The full name, shown whole on hover. */
  label: string;
  count: number;
  /** What `count` counts, singular ("node", "edge"); the list's header names it over the counts, plural. */
  unit: string;
  colour?: string;
}

export interface FilterListOptions {
  box: HTMLElement;
  /** The list's name ("Sources"), its legend. */
  title: string;
  /** The checkboxes' `name` (tests and the URL code find them by it). */
  name: string;
  /** Singular and plural of one item ("source", "sources"), for the search box and the notes. */
  noun: [string, string];
  items: readonly FilterItem[];
  /** Called with every value to hide after a change (in the items' order). */
  setHidden(hidden: string[]): void;
  /**
   * Why another filter greys values (sync's `excluded`), in a few words for the list's header: "outside the dates".
   * The header counts them, so a compact list says how many there are before any is listed.
   */
  excludedAs?: string;
  signal: AbortSignal;
}

export interface FilterList {
  /**
   * Ticks the values not `hidden`. `excluded` are the values another filter hides (the date range hides sources), each
   * with why: shown unticked and greyed with the reason, their ticks left as they were, so that clearing that filter
   * brings them back as they stood.
   */
  sync(hidden: readonly string[], excluded?: ReadonlyMap<string, string>): void;
}

/** Lists this long get a search box. */
export const SEARCH_FROM = 12;
/** Lists longer than this show only the search's matches (and what is hidden). */
export const COMPACT_FROM = 51;
/** The compact form shows at most this many matches, and this many of the largest before anything is typed. */
const COMPACT_MATCHES = 50;
const COMPACT_PREVIEW = 8;

/** Names longer than this are cut in the middle (three lines of the list hold about this much). */
const NAME_LENGTH = 80;

/**
 * A long name with its middle cut out: titles of one series often differ only at the end ("… session 14 on
 * transport"), so the start and the end are kept. The whole name is in the row's title.
 */
export function shortName(name: string): string {
  if (name.length <= NAME_LENGTH) return name;
  const head = name.slice(0, 30).replace(/\s+\S*$/, "");
  const tail = name.slice(-(NAME_LENGTH - head.length - 3)).replace(/^\S*\s+/, "");
  return `${head} … ${tail}`;
}

/** Case, accents and punctuation do not matter when looking for a name in a filter list. */
export function foldForFilter(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function createFilterList(options: FilterListOptions): FilterList {
  const { box, items, name, signal } = options;
  const [one, many] = options.noun;
  const compact = items.length >= COMPACT_FROM;
  const searchable = items.length >= SEARCH_FROM;
  const folded = new Map(items.map((item) => [item.value, foldForFilter(`${item.label} ${item.value}`)]));
  const byValue = new Map(items.map((item) => [item.value, item]));
  let hidden = new Set<string>();
  let excluded: ReadonlyMap<string, string> = new Map();
  let query = "";

  const summary = h("span", { className: "filter-summary" });
  const legend = h("legend", {}, options.title, " ", summary);
  const search = h("input", {
    className: "filter-search",
    attrs: {
      type: "search",
      placeholder: `Find a ${one}…`,
      "aria-label": `Find a ${one} in the ${options.title.toLowerCase()} filter`,
      autocomplete: "off",
      spellcheck: "false",
    },
  });
  const list = h("div", { className: "filter-items" });
  const note = h("p", { className: "meta filter-note", attrs: { "aria-live": "polite" } });
  const matches = () => {
    const words = foldForFilter(query).split(" ").filter(Boolean);
    return items.filter((item) => words.every((w) => folded.get(item.value)!.includes(w)));
  };
  const change = (next: Set<string>) => options.setHidden(items.filter((i) => next.has(i.value)).map((i) => i.value));
  const setAll = (show: boolean) => {
    const next = new Set(hidden);
    for (const item of query ? matches() : items) {
      if (show) next.delete(item.value);
      else next.add(item.value);
    }
    change(next);
  };
  const all = h("button", { className: "link", text: "All", attrs: { type: "button" } });
  const none = h("button", { className: "link", text: "None", attrs: { type: "button" } });
  all.addEventListener("click", () => setAll(true), { signal });
  none.addEventListener("click", () => setAll(false), { signal });
  // What the counts count, over them (w48: a source's edges beside the node types' nodes read as the same thing).
  const units = [...new Set(items.map((i) => i.unit))];
  const unit =
    units.length === 1
      ? h("span", {
          className: "filter-unit",
          text: `${units[0]}s`,
          attrs: { title: `The number beside each ${one}: its ${units[0]}s` },
        })
      : null;
  const tools = h("div", { className: "filter-tools" }, searchable ? search : null, all, none, unit);

  const row = (item: FilterItem) => {
    const input = h("input", { attrs: { type: "checkbox", name, value: item.value } });
    input.addEventListener(
      "change",
      () => {
        const next = new Set(hidden);
        if (input.checked) next.delete(item.value);
        else next.add(item.value);
        change(next);
      },
      { signal },
    );
    const swatch = item.colour ? h("span", { className: "swatch", attrs: { "aria-hidden": "true" } }) : null;
    if (swatch && item.colour) swatch.style.background = item.colour;
    const label = h(
      "label",
      { className: "check" },
      input,
      swatch,
      h("span", { className: "name", text: shortName(item.label) }),
      h("span", {
        className: "count",
        text: item.count.toLocaleString("en-GB"),
        attrs: { "aria-label": count(item.count, item.unit) },
      }),
      h("span", { className: "reason" }),
    );
    label.dataset.value = item.value;
    mark(label, item);
    return label;
  };

  /** A row's tick, and whether another filter hides its value (greyed, the checkbox off and disabled, the reason). */
  const mark = (label: HTMLElement, item: FilterItem) => {
    const input = label.querySelector("input")!;
    const reason = excluded.get(item.value);
    input.checked = reason === undefined && !hidden.has(item.value);
    input.disabled = reason !== undefined;
    label.classList.toggle("excluded", reason !== undefined);
    label.querySelector(".reason")!.textContent = reason ?? "";
    const what = `${item.label} · ${count(item.count, item.unit)}`;
    label.title = reason === undefined ? what : `${what} · ${reason}`;
  };

  /** Which items the list shows now: all of a short list, matches of a long one. */
  const render = () => {
    const found = query ? matches() : items;
    if (!compact) {
      // Short enough to keep every checkbox: the search only hides the others.
      if (list.childElementCount === 0) list.replaceChildren(...items.map(row));
      const shown = new Set(found.map((i) => i.value));
      for (const label of list.children as HTMLCollectionOf<HTMLElement>) {
        label.hidden = !shown.has(label.dataset.value!);
        mark(label, byValue.get(label.dataset.value!)!);
      }
      note.textContent = query && found.length === 0 ? `No ${one} matches “${query}”.` : "";
      return;
    }
    let showing: FilterItem[];
    if (query) {
      showing = found.slice(0, COMPACT_MATCHES);
      note.textContent =
        found.length === 0
          ? `No ${one} matches “${query}”.`
          : found.length > showing.length
            ? `${showing.length} of ${count(found.length, `matching ${one}`, `matching ${many}`)}: type more to narrow.`
            : "";
    } else {
      // Before a search: the largest few, and every hidden one (so that it can be shown again).
      const largest = [...items].sort((a, b) => b.count - a.count).slice(0, COMPACT_PREVIEW);
      const keep = new Set([...largest, ...items.filter((i) => hidden.has(i.value))]);
      showing = items.filter((i) => keep.has(i));
      note.textContent = `The largest ${showing.length === items.length ? "" : `${COMPACT_PREVIEW} `}and the hidden; type to find any of the ${items.length.toLocaleString("en-GB")} ${many}.`;
    }
    list.replaceChildren(...showing.map(row));
  };

  search.addEventListener(
    "input",
    () => {
      query = search.value;
      all.textContent = query ? "All matching" : "All";
      none.textContent = query ? "None matching" : "None";
      all.disabled = !query && hidden.size === 0;
      none.disabled = !query && hidden.size === items.length;
      render();
    },
    { signal },
  );
  box.classList.add("filter-list");
  box.classList.toggle("compact", compact);
  box.replaceChildren(legend, tools, list, note);
  render();

  return {
    sync(next, nextExcluded = new Map()) {
      const same =
        next.length === hidden.size &&
        next.every((v) => hidden.has(v)) &&
        nextExcluded.size === excluded.size &&
        [...nextExcluded].every(([v, why]) => excluded.get(v) === why);
      hidden = new Set(next);
      excluded = nextExcluded;
      const shown = items.filter((i) => !hidden.has(i.value) && !excluded.has(i.value)).length;
      const greyed = items.filter((i) => excluded.has(i.value)).length;
      const why = greyed === 0 ? "" : `; ${greyed} greyed${options.excludedAs ? `: ${options.excludedAs}` : ""}`;
      summary.textContent = shown === items.length ? `(${items.length})` : `(${shown} of ${items.length} shown${why})`;
      all.disabled = !query && hidden.size === 0;
      none.disabled = !query && items.every((i) => hidden.has(i.value));
      if (!same || !compact) render();
    },
  };
}
