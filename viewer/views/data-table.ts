// The data table: every node (or edge) with its attributes (core/appearance-attributes.ts), sortable by any column,
// filtered by type or relation and by what the graph shows, searched by text. Clicking a row selects the node (or opens
// the edge's evidence); selecting in the graph marks the row and scrolls to it. Only the rows in view are in the page
// (a fixed row height and a spacer as tall as all of them), so 10,000 nodes scroll as smoothly as 100.
import type { PanelGraph } from "../../src/model/graph.ts";
import { edgeColumns, nodeColumns, type AttributeValue, type Column } from "../core/appearance-attributes.ts";
import type { ViewState } from "../core/state.ts";
import { count, h } from "./dom.ts";
import type { ToolContext } from "./tools.ts";

export const ROW_HEIGHT = 28;
/** Rows drawn above and below the visible ones, so a fast scroll does not show blank space. */
const OVERSCAN = 8;

type Kind = "nodes" | "edges";

interface TableData {
  ids: string[];
  columns: Column[];
  /** values[c][r]: column c of row r, read once. */
  values: AttributeValue[][];
  /** Each row's values as one lower-case string, for the search. */
  text: string[];
  /** The column the category filter reads (type for nodes, relation for edges). */
  categoryColumn: number;
}

function tableData(graph: PanelGraph, kind: Kind): TableData {
  const ids = kind === "nodes" ? graph.nodes() : graph.edges();
  const columns = kind === "nodes" ? nodeColumns(graph) : edgeColumns(graph);
  const values = columns.map((column) => ids.map((id) => column.value(id)));
  const text = ids.map((id, r) =>
    [id, ...values.map((column) => column[r])]
      .filter((v) => v !== undefined)
      .join("\u0000")
      .toLowerCase(),
  );
  const categoryColumn = columns.findIndex((c) => c.key === (kind === "nodes" ? "type" : "relation"));
  return { ids, columns, values, text, categoryColumn };
}

function compareValues(a: AttributeValue, b: AttributeValue): number {
  // Missing values last, whichever the direction (applied by the caller).
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), "en", { numeric: true, sensitivity: "base" });
}

/** A column's width in rem: names widest, numbers narrow. */
function columnWidth(column: Column): number {
  if (column.kind === "number") return 7.5;
  if (["label", "from", "to"].includes(column.key)) return 15;
  if (["source", "id"].includes(column.key)) return 12;
  return 8.5;
}

function formatValue(value: AttributeValue): string {
  if (value === undefined) return "";
  if (typeof value === "number") return Number.isInteger(value) ? value.toLocaleString("en-GB") : value.toFixed(3);
  return value;
}

export function createDataTable(
  { graph, store, look, signal, select }: ToolContext,
  body: HTMLElement,
  shown: () => boolean,
): void {
  const data = new Map<Kind, TableData>();
  const get = (kind: Kind) => data.get(kind) ?? data.set(kind, tableData(graph, kind)).get(kind)!;
  let kind: Kind = "nodes";
  let sortColumn = 0;
  let descending = false;
  let rows: number[] = [];

  const kindChoice = h(
    "fieldset",
    { className: "segmented" },
    h("legend", { className: "visually-hidden", text: "Show" }),
  );
  for (const k of ["nodes", "edges"] as const) {
    const input = h("input", { attrs: { type: "radio", name: "table-kind", value: k } });
    input.checked = k === kind;
    input.addEventListener("change", () => input.checked && setKind(k), { signal });
    kindChoice.append(h("label", {}, input, k === "nodes" ? " Nodes" : " Edges"));
  }
  const search = h("input", {
    attrs: { type: "search", id: "table-search", placeholder: "Search the table…", autocomplete: "off" },
  });
  const searchLabel = h("label", { className: "visually-hidden", text: "Search the table", attrs: { for: search.id } });
  const category = h("select", { attrs: { id: "table-category" } });
  const categoryLabel = h("label", {
    className: "visually-hidden",
    text: "Only this type",
    attrs: { for: category.id },
  });
  const visibleOnly = h("input", { attrs: { type: "checkbox", id: "table-visible" } });
  const shownCount = h("p", { className: "meta table-count", attrs: { "aria-live": "polite" } });
  const head = h("div", { className: "grid-head", attrs: { role: "row" } });
  const spacer = h("div", { className: "grid-spacer" });
  const scroller = h("div", { className: "grid-scroll", attrs: { tabindex: "0" } }, spacer);
  const grid = h("div", { className: "grid", attrs: { role: "grid", "aria-label": "Data table" } }, head, scroller);
  body.append(
    h("h2", { text: "Data table" }),
    h(
      "div",
      { className: "table-controls" },
      kindChoice,
      searchLabel,
      search,
      categoryLabel,
      category,
      h("label", { className: "check", attrs: { for: visibleOnly.id } }, visibleOnly, " Only what the graph shows"),
    ),
    shownCount,
    grid,
  );

  function setKind(next: Kind) {
    kind = next;
    // By the first column (the label a node shows, an edge's "from"), as the rows read: never by the ids behind them.
    sortColumn = 0;
    descending = false;
    const table = get(kind);
    const categories = [...new Set(table.values[table.categoryColumn]!.map(String))].sort();
    category.replaceChildren(
      h("option", { text: kind === "nodes" ? "All types" : "All relations", attrs: { value: "" } }),
      ...categories.map((c) => h("option", { text: c, attrs: { value: c } })),
    );
    // Fixed widths, the same for every row, so the cells line up whichever rows are drawn.
    const widths = table.columns.map(columnWidth);
    grid.style.setProperty("--columns", widths.map((w) => `${w}rem`).join(" "));
    grid.style.setProperty("--row-width", `${widths.reduce((a, b) => a + b, 0)}rem`);
    head.replaceChildren(
      ...table.columns.map((column, c) => {
        const button = h("button", { text: column.name, attrs: { type: "button", "data-column": column.key } });
        button.addEventListener("click", () => {
          descending = sortColumn === c ? !descending : column.kind === "number";
          sortColumn = c;
          update();
        });
        return h("div", { className: "grid-cell", attrs: { role: "columnheader", "aria-sort": "none" } }, button);
      }),
    );
    update();
  }

  /** Filters and sorts the rows again; keeps the scroll position unless `top`. */
  function update(top = true) {
    const table = get(kind);
    const query = search.value.trim().toLowerCase();
    const wanted = category.value;
    const categoryValues = table.values[table.categoryColumn]!;
    const members = kind === "nodes" ? look.visible.nodes : look.visible.edges;
    const onlyVisible = visibleOnly.checked && !look.visible.complete;
    rows = [];
    for (let r = 0; r < table.ids.length; r++) {
      if (wanted !== "" && String(categoryValues[r]) !== wanted) continue;
      if (onlyVisible && !members.has(table.ids[r]!)) continue;
      if (query !== "" && !table.text[r]!.includes(query)) continue;
      rows.push(r);
    }
    const values = table.values[sortColumn]!;
    const sign = descending ? -1 : 1;
    rows.sort((a, b) => {
      const [x, y] = [values[a], values[b]];
      if (x === undefined || y === undefined) return compareValues(x, y) || a - b;
      return sign * compareValues(x, y) || a - b;
    });
    head.querySelectorAll<HTMLElement>("[role=columnheader]").forEach((cell, c) => {
      cell.setAttribute("aria-sort", c !== sortColumn ? "none" : descending ? "descending" : "ascending");
    });
    grid.setAttribute("aria-rowcount", String(rows.length + 1));
    shownCount.textContent = `${rows.length.toLocaleString("en-GB")} of ${count(table.ids.length, kind === "nodes" ? "node" : "edge")}`;
    spacer.style.height = `${rows.length * ROW_HEIGHT}px`;
    if (top) scroller.scrollTop = 0;
    draw();
  }

  /** Puts in the page the rows in view, and no others. */
  function draw() {
    const table = get(kind);
    const first = Math.max(0, Math.floor(scroller.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(rows.length, Math.ceil((scroller.scrollTop + scroller.clientHeight) / ROW_HEIGHT) + OVERSCAN);
    const chosen = kind === "nodes" ? store.state.selected : store.state.edge;
    const elements: HTMLElement[] = [];
    for (let i = first; i < last; i++) {
      const r = rows[i]!;
      const id = table.ids[r]!;
      const row = h("div", {
        className: "grid-row",
        attrs: { role: "row", "data-id": id, "aria-rowindex": String(i + 2), "aria-selected": String(id === chosen) },
      });
      row.style.top = `${i * ROW_HEIGHT}px`;
      table.columns.forEach((column, c) => {
        const text = formatValue(table.values[c]![r]);
        const cell = h("div", {
          className: `grid-cell${column.kind === "number" ? " number" : ""}`,
          attrs: { role: "gridcell" },
        });
        if (c === 0) cell.append(h("button", { text: text || id, attrs: { type: "button", title: text || id } }));
        else cell.append(h("span", { text, attrs: { title: text } }));
        row.append(cell);
      });
      elements.push(row);
    }
    spacer.replaceChildren(...elements);
  }

  function choose(id: string) {
    if (kind === "nodes") select(id);
    else store.update({ edge: id });
  }

  spacer.addEventListener(
    "click",
    (event) => {
      const row = (event.target as HTMLElement).closest<HTMLElement>(".grid-row");
      if (row?.dataset.id) choose(row.dataset.id);
    },
    { signal },
  );
  scroller.addEventListener("scroll", () => requestAnimationFrame(draw), { signal, passive: true });
  search.addEventListener("input", () => update(), { signal });
  category.addEventListener("change", () => update(), { signal });
  visibleOnly.addEventListener("change", () => update(), { signal });

  /** Scrolls to the row of what the graph selected, and marks it. */
  const follow = (state: ViewState, previous: ViewState | null) => {
    if (!shown()) return;
    const filtersMoved =
      previous !== null &&
      (previous.hiddenTypes !== state.hiddenTypes ||
        previous.minDegree !== state.minDegree ||
        previous.hiddenSources !== state.hiddenSources ||
        previous.dateFrom !== state.dateFrom ||
        previous.dateTo !== state.dateTo ||
        previous.hiddenCommunities !== state.hiddenCommunities ||
        previous.focus !== state.focus);
    if (filtersMoved && visibleOnly.checked) update(false);
    const chosen = kind === "nodes" ? state.selected : state.edge;
    const before = previous === null ? null : kind === "nodes" ? previous.selected : previous.edge;
    if (chosen === before && previous !== null) return;
    const table = get(kind);
    const at = chosen === null ? -1 : rows.findIndex((r) => table.ids[r] === chosen);
    if (at >= 0) {
      const top = at * ROW_HEIGHT;
      if (top < scroller.scrollTop || top + ROW_HEIGHT > scroller.scrollTop + scroller.clientHeight) {
        scroller.scrollTop = Math.max(0, top - (scroller.clientHeight - ROW_HEIGHT) / 2);
      }
    }
    draw();
  };
  store.subscribe(follow);
  // Reopened: the graph may have changed the selection or the filters meanwhile.
  body.addEventListener(
    "toolshown",
    () => {
      update(false);
      follow(store.state, null);
    },
    { signal },
  );
  setKind("nodes");
  requestAnimationFrame(() => follow(store.state, null));
}
