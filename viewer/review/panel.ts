// The review panel: the source text with every passage marked on one side, the file's claims and entities in reading
// order on the other, each to accept, reject or edit; a new claim from a selection in the text; undo; progress; and
// "accept all remaining" for one relation. Every change goes through the write API; the page then reads the file
// again (its indices and hash change with every write) and, once the graph is rebuilt, shows the accepted claim in it.
import type { PanelGraph } from "../../src/model/graph.ts";
import { compareDatesAsPrecise, DATE_HINT, dateProblem } from "../../src/model/dates.ts";
import { periodText } from "../../src/model/roles.ts";
import type {
  Change,
  ChangeAnswer,
  ClaimView,
  EntityElsewhere,
  EntitySection,
  EntityView,
  FileView,
  NewDeclaration,
  PossibleRecommendation,
  SourceSummary,
  SourceView,
  ThemeView,
} from "../../src/model/review.ts";
import {
  EVIDENCE_KINDS,
  RELATIONS,
  type EvidenceKind,
  type NodeType,
  type Relation,
} from "../../src/model/vocabulary.ts";
import { planRejection } from "../../src/model/rejection.ts";
import type { App } from "../app.ts";
import { moveCamera, WHOLE_GRAPH } from "../core/renderer.ts";
import { combobox } from "../views/combobox.ts";
import { count, h } from "../views/dom.ts";
import type { ReviewApi } from "./api.ts";
import { entityPicker, idFromLabel, type EntityChoice, type EntityPicker } from "./entities.ts";
import {
  labelledSpeakerAt,
  markCurrent,
  namedSpeakerAt,
  passagesOf,
  personNames,
  possiblePassages,
  renderSourceText,
  selectedQuote,
  speakerAt,
  type NamedPerson,
} from "./text.ts";

/** `, since May 2023` after a claim's role when the claim dates it, else nothing. */
function datedAs(claim: { since?: string; until?: string }): string {
  const period = periodText(claim, true);
  return period === undefined ? "" : `, ${period}`;
}

export interface ReviewHooks {
  app(): App | null;
  reloadGraph(): Promise<void>;
}

interface Lifecycle {
  opened(source: string): void;
  closed(): void;
}

export interface ReviewPanel {
  element: HTMLElement;
  isOpen(): boolean;
  open(source: string | null): Promise<void>;
  close(): void;
  graphRebuilt(): Promise<void>;
  /** For tests: the source shown, its items in reading order, the current one, and whether a write is under way. */
  readonly source: string | null;
  readonly items: readonly Item[];
  readonly current: number;
  readonly busy: boolean;
}

type Item =
  | { kind: "claim"; key: string; at: number; claim: ClaimView }
  | { kind: "entity"; key: string; at: number; entity: EntityView }
  /** A passage that may propose something, of a kind `suggest` does not draft: `index` among the ones shown. */
  | { kind: "possible"; key: string; at: number; possible: PossibleRecommendation; index: number };

/** Relations a reviewer writes (sub-theme-of comes from the registry's `parent`). */
const WRITABLE = (Object.keys(RELATIONS) as Relation[]).filter((r) => r !== "sub-theme-of");

/** linked-to's wording field, in both claim forms: the verb or phrase the source uses, read "from <link> to". */
const LINK_LABEL = "Link (linked-to), in the source’s words";
const LINK_NEEDED = "Write the link in the source's words (e.g. “retained”, “met”): a linked-to claim needs one.";
function linkInput(value: string): HTMLInputElement {
  const input = h("input", {
    attrs: { type: "text", name: "link", "data-field": "link", placeholder: "e.g. retained", autocomplete: "off" },
  });
  input.value = value;
  return input;
}
/** The sections a new entity can be made in from a claim's end, by node type. */
const CREATABLE: Partial<Record<NodeType, EntitySection>> = { theme: "themes", organisation: "organisations" };
/** The section a new entity of a type is declared in, when a claim declares it as it is added. */
const SECTION_OF: Partial<Record<NodeType, EntitySection>> = {
  person: "people",
  organisation: "organisations",
  session: "sessions",
  recommendation: "recommendations",
  theme: "themes",
};

/** An entity a form's field will declare when the claim is added (nothing declares it yet). */
interface Fresh {
  type: NodeType;
  label: string;
  /** The id to give it while the label is as drafted (the server's, unique in the corpus). */
  id?: string;
  kind?: string;
  text?: string;
}

/** What a form's claim starts from: the passage, and what the fields are filled with. */
interface ClaimDraft {
  quote: string;
  start: number;
  occurrence?: number;
  relation: Relation;
  kind: EvidenceKind;
  from?: string;
  to?: string;
  freshFrom?: Fresh;
  freshTo?: Fresh;
  /** A `recommends` claim's themes to start from (suggest's, for a possible recommendation). */
  themes?: ThemeView[];
  heading: string;
  /** Focus on the submit button, so Enter adds the claim as drafted (a possible recommendation). */
  submitFirst?: boolean;
}

const possibleKey = (p: Pick<PossibleRecommendation, "start" | "end">) => `possible:${p.start}-${p.end}`;
const claimKey = (c: Pick<ClaimView, "relation" | "from" | "to">) => `claim:${c.relation}:${c.from}->${c.to}`;

let ids = 0;

/** What a recommendation without an `addresses` claim misses. */
const NO_THEME = "it will not show under recommendations-on";

export function createReviewPanel(api: ReviewApi, hooks: ReviewHooks, lifecycle: Lifecycle): ReviewPanel {
  const element = h("section", { attrs: { id: "review", "aria-labelledby": "review-title" } });
  element.hidden = true;
  const title = h("h2", { attrs: { id: "review-title" }, text: "Review" });
  const sourceSelect = h("select", { attrs: { id: "review-source", "aria-label": "Source to review" } });
  const progress = h("p", { className: "review-progress", attrs: { id: "review-progress", "aria-live": "polite" } });
  const undoButton = h("button", { text: "Undo (u)", attrs: { type: "button", id: "review-undo" } });
  const closeButton = h("button", {
    className: "close",
    text: "×",
    attrs: { type: "button", "aria-label": "Close the review" },
  });
  const message = h("div", { className: "review-message", attrs: { id: "review-message", role: "alert" } });
  message.hidden = true;
  const textHead = h(
    "p",
    { className: "meta review-hint" },
    "Select words in the text to add a claim on them (n).",
    " ",
    h("button", { text: "New claim from the selection", attrs: { type: "button", id: "review-new" } }),
  );
  const textBody = h("div", { className: "review-text-scroll" });
  const bulk = h("div", { className: "review-bulk", attrs: { id: "review-bulk" } });
  const form = h("div", { className: "review-form-slot" });
  const list = h("ol", { className: "review-items", attrs: { id: "review-items", "aria-label": "Suggestions" } });
  const possibleHead = h("div", { className: "review-possible-head", attrs: { id: "review-possible-head" } });
  const possibleList = h("ol", {
    className: "review-items review-possible",
    attrs: { id: "review-possible", "aria-labelledby": "review-possible-title" },
  });
  /** The items' rows, in the order of `items` (the suggestions' list, then the possible recommendations'). */
  let rows: HTMLElement[] = [];
  const keys = h("p", {
    className: "meta review-keys",
    text:
      "j / k next / previous · a accept · r reject · e edit · n new claim from the selection · u undo" +
      " · on a drafted session: s same session as one the corpus has" +
      " · on a possible recommendation: a add it as a claim, r dismiss",
  });
  element.append(
    h("header", { className: "review-head" }, title, sourceSelect, progress, undoButton, closeButton),
    message,
    h(
      "div",
      { className: "review-columns" },
      h("div", { className: "review-text" }, textHead, textBody),
      h("div", { className: "review-side" }, keys, bulk, form, list, possibleHead, possibleList),
    ),
  );

  let view: SourceView | null = null;
  let file: FileView | null = null;
  let items: Item[] = [];
  let current = 0;
  let picker: EntityPicker = entityPicker(undefined, []);
  let formOpen = false;
  /** A rejection waiting for its confirmation (openRejectConfirm): what it rejects, and how to confirm it. */
  let confirming: { what: string; confirm: () => void } | null = null;
  /** The source's possible recommendations, as last read (null until the server has answered for this source). */
  let possible: { source: string; list: PossibleRecommendation[]; rightInTen: string; failed?: string } | null = null;
  let possibleAsked = 0;
  /** The claim to show in the graph once it is rebuilt (the last one accepted or added). */
  let toShow: { relation: string; from: string; to: string } | null = null;
  let busy = false;
  /**
   * Per write of this session, how many of the source's records it removed (a rejection): undo takes the last one off.
   * Kept for the source, not its open file, as the header counts the whole source (render).
   */
  const removedKey = () => `panelgraph:review-removed:${view?.source.id}`;
  const removed = (): number[] => JSON.parse(sessionStorage.getItem(removedKey()) ?? "[]") as number[];
  const setRemoved = (list: number[]) => sessionStorage.setItem(removedKey(), JSON.stringify(list));
  /** Possible recommendations dismissed in this session (they are only the rules' guesses: nothing to write). */
  const dismissedKey = () => `panelgraph:review-dismissed:${view?.source.id}`;
  const dismissed = (): string[] => JSON.parse(sessionStorage.getItem(dismissedKey()) ?? "[]") as string[];
  /** Themes rejected in this session (ids and labels, lower case): a form does not offer them again as new themes. */
  const rejectedThemesKey = () => `panelgraph:review-rejected-themes:${view?.source.id}`;
  const rejectedThemes = (): string[] => JSON.parse(sessionStorage.getItem(rejectedThemesKey()) ?? "[]") as string[];
  const rememberRejectedTheme = (id: string, label: string) =>
    sessionStorage.setItem(
      rejectedThemesKey(),
      JSON.stringify([...new Set([...rejectedThemes(), id, label.trim().toLowerCase()])]),
    );

  // ---- reading ------------------------------------------------------------------------------------------------

  const graph = (): PanelGraph | undefined => hooks.app()?.graph;

  /** A source in the picker: its title and how many of its drafts' claims and entities are still suggested. */
  const sourceChoice = (title: string, suggested: number) =>
    `${title} · ${suggested ? `${suggested} left` : "reviewed"}`;
  let sourcesAsked = 0;

  async function loadSources(selected: string | null): Promise<string | null> {
    const asked = ++sourcesAsked;
    const sources = await api.sources();
    // An answer overtaken by a later one (fast changes while the server rebuilds) would show an old count.
    if (asked !== sourcesAsked) return selected ?? sourceSelect.value;
    sourceSelect.replaceChildren(
      ...sources.map((s: SourceSummary) =>
        h("option", {
          text: sourceChoice(s.title, s.suggested),
          attrs: { value: s.id },
        }),
      ),
    );
    const choice = selected ?? sources.find((s) => s.suggested > 0)?.id ?? sources[0]?.id ?? null;
    if (choice !== null) sourceSelect.value = choice;
    return choice;
  }

  /** Reads the source again; keeps the current item where it is (by its identity, else by position). */
  async function load(source: string, keep: string | null = items[current]?.key ?? null): Promise<void> {
    view = await api.source(source);
    // A source without an annotation file yet: the first claim added makes `<source-id>.yaml` (an empty hash says so).
    file = view.files.find((f) => [...f.claims, ...f.entities].some((r) => r.status === "suggested")) ??
      view.files[0] ?? { name: `${source}.yaml`, hash: "", claims: [], entities: [] };
    picker = entityPicker(graph(), file?.entities ?? []);
    if (possible?.source !== source) possible = null;
    items = itemsNow();
    const at = keep === null ? -1 : items.findIndex((i) => i.key === keep);
    current = at !== -1 ? at : Math.min(current, Math.max(0, items.length - 1));
    if (keep === null)
      current = Math.max(
        0,
        items.findIndex((i) => statusOf(i) === "suggested"),
      );
    render();
    void loadPossible(source);
  }

  /** The file's records in reading order, then the possible recommendations not dismissed. */
  function itemsNow(): Item[] {
    if (!view || !file) return [];
    const hidden = new Set(dismissed());
    const shown = (possible?.list ?? []).filter((p) => !hidden.has(possibleKey(p)));
    return [
      ...readingOrder(view.source.text, file),
      ...shown.map((p, index): Item => ({ kind: "possible", key: possibleKey(p), at: p.start, possible: p, index })),
    ];
  }

  /**
   * Asks the server for the source's possible recommendations (seconds on a long source the first time), then shows
   * them; the current item stays where it is. An answer for a source or a read no longer current is dropped.
   */
  async function loadPossible(source: string): Promise<void> {
    const asked = ++possibleAsked;
    let answer;
    try {
      answer = await api.possibleRecommendations(source);
    } catch (error) {
      if (asked !== possibleAsked) return;
      possible = { source, list: [], rightInTen: "", failed: (error as Error).message };
      return renderPossibleHead();
    }
    if (asked !== possibleAsked || view?.source.id !== source) return;
    possible = { source, list: answer.proposals, rightInTen: answer.rightInTen };
    // The answer comes when it comes: not while the reader is selecting words in the text, which a redraw would undo.
    if (selectingText()) refreshWaits = true;
    else refreshItems();
  }

  /** The mouse went down in the text and is not up yet. */
  let pressedInText = false;
  /** A late answer waits for the reader's selection to end before the text is drawn again. */
  let refreshWaits = false;
  function selectingText(): boolean {
    const selection = document.getSelection();
    return pressedInText || (selection !== null && !selection.isCollapsed && textBody.contains(selection.anchorNode));
  }
  function refreshIfWaiting(): void {
    if (!refreshWaits || selectingText()) return;
    refreshWaits = false;
    refreshItems();
  }
  textBody.addEventListener("mousedown", () => (pressedInText = true));
  document.addEventListener("mouseup", () => {
    pressedInText = false;
    refreshIfWaiting();
  });
  document.addEventListener("selectionchange", refreshIfWaiting);

  /** Rebuilds the items (after the possible recommendations changed), keeping the current one. */
  function refreshItems(): void {
    const keep = items[current]?.key ?? null;
    items = itemsNow();
    const at = keep === null ? -1 : items.findIndex((i) => i.key === keep);
    current = at !== -1 ? at : Math.min(current, Math.max(0, items.length - 1));
    render();
  }

  function statusOf(item: Item): ClaimView["status"] | "possible" {
    if (item.kind === "possible") return "possible";
    return item.kind === "claim" ? item.claim.status : item.entity.status;
  }

  // ---- drawing ------------------------------------------------------------------------------------------------

  function render(): void {
    if (!view) return;
    // The list is drawn anew (a late answer, a change): the keyboard, if it was on an item, stays on the current one.
    const hadFocus = [list, possibleList].some((l) => l.contains(document.activeElement));
    title.textContent = "Review";
    if (!file) {
      progress.textContent = "";
      list.replaceChildren(
        h("li", { className: "meta", text: "This source has no annotation file yet: run `panelgraph suggest` on it." }),
      );
      textBody.replaceChildren(renderSourceText(view.source.text, [], null));
      return;
    }
    // Reviewed: what is no longer suggested, counting what was rejected (gone from its file) in this session; over
    // every draft of the source, as the picker's "· N left" counts them, so the two agree (the list shows one file).
    const records = items.filter((i) => i.kind !== "possible");
    const suggested = suggestedIn(view);
    const total = recordsIn(view) + removed().reduce((a, b) => a + b, 0);
    progress.textContent = total === 0 ? "Nothing to review" : `${total - suggested} of ${total} reviewed`;
    // The picker says the same at once, not when the server's list comes back (seconds while it rebuilds the graph).
    const shownId = view.source.id;
    const choice = [...sourceSelect.options].find((o) => o.value === shownId);
    if (choice) choice.text = sourceChoice(view.source.title, suggestedIn(view));
    renderBulk();
    renderText();
    rows = items.map((item, i) => renderItem(item, i));
    list.replaceChildren(...rows.filter((_, i) => items[i]!.kind !== "possible"));
    possibleList.replaceChildren(...rows.filter((_, i) => items[i]!.kind === "possible"));
    if (records.length === 0)
      list.replaceChildren(
        h("li", { className: "meta", text: "Nothing annotated yet: select words in the text to add a claim on them." }),
      );
    renderPossibleHead();
    focusCurrent(hadFocus);
  }

  /** The heading of the possible recommendations: how many, and why they are offered rather than drafted. */
  function renderPossibleHead(): void {
    const shown = items.filter((i) => i.kind === "possible").length;
    if (possible?.failed)
      return possibleHead.replaceChildren(
        h("p", { className: "meta", text: `Possible recommendations could not be read: ${possible.failed}` }),
      );
    if (possible === null)
      return possibleHead.replaceChildren(h("p", { className: "meta", text: "Looking for possible recommendations…" }));
    if (shown === 0) return possibleHead.replaceChildren();
    possibleHead.replaceChildren(
      h("h3", { text: `Possible recommendations (${shown})`, attrs: { id: "review-possible-title" } }),
      h("p", {
        className: "meta",
        text:
          "Passages the rules read as proposals but do not draft: kinds like these were right only " +
          `${possible.rightInTen} on texts the rules had not seen. Add one that is a recommendation (a); dismiss the rest (r).`,
      }),
    );
  }

  function renderText(): void {
    if (!view || !file) return;
    const top = textBody.scrollTop;
    const item = items[current];
    const shown = items.flatMap((i) => (i.kind === "possible" ? [i.possible] : []));
    const body = renderSourceText(
      view.source.text,
      [...passagesOf(file.claims), ...possiblePassages(shown)],
      item?.kind === "claim" ? item.claim.index : null,
      item?.kind === "possible" ? item.index : null,
    );
    body.setAttribute("aria-label", `Text of ${view.source.title}`);
    body.addEventListener("click", (event) => {
      if (!document.getSelection()?.isCollapsed) return;
      const mark = (event.target as HTMLElement).closest("mark");
      const claims = mark?.getAttribute("data-claims");
      const index = claims ? Number(claims.split(" ")[0]) : NaN;
      const possibleAt = mark?.getAttribute("data-possible");
      const at = claims
        ? items.findIndex((i) => i.kind === "claim" && i.claim.index === index)
        : items.findIndex((i) => i.kind === "possible" && possibleAt?.split(" ")[0] === String(i.index));
      if (at !== -1) move(at);
    });
    body.addEventListener("mouseup", () => {
      const selection = document.getSelection();
      if (selection && !selection.isCollapsed) openAddForm();
    });
    textBody.replaceChildren(body);
    textBody.scrollTop = top;
  }

  function renderBulk(): void {
    if (!file) return bulk.replaceChildren();
    const remaining = new Map<Relation, number>();
    for (const c of file.claims)
      if (c.status === "suggested") remaining.set(c.relation, (remaining.get(c.relation) ?? 0) + 1);
    const entities = new Map<EntitySection, number>();
    for (const e of file.entities)
      if (e.status === "suggested") entities.set(e.section, (entities.get(e.section) ?? 0) + 1);
    if (remaining.size === 0 && entities.size === 0) return bulk.replaceChildren();
    bulk.replaceChildren(
      h("span", { className: "meta", text: "Accept all remaining:" }),
      ...[...entities].map(([section, n]) => {
        const b = h("button", {
          className: "link",
          text: `new ${section} (${n})`,
          attrs: { type: "button", "data-section": section },
        });
        b.addEventListener(
          "click",
          () => void act({ type: "accept-all-entities", section }, `Accepted ${n} ${section}`),
        );
        return b;
      }),
      ...[...remaining].map(([relation, n]) => {
        const b = h("button", {
          className: "link",
          text: `${relation} (${n})`,
          attrs: { type: "button", "data-relation": relation },
        });
        b.addEventListener(
          "click",
          () => void act({ type: "accept-all", relation }, `Accepted ${count(n, `${relation} claim`)}`),
        );
        return b;
      }),
    );
  }

  const labelOf = (id: string) => picker.get(id)?.label ?? id;

  function renderItem(item: Item, i: number): HTMLElement {
    const status = statusOf(item);
    const li = h("li", {
      className: `review-item ${status}`,
      attrs: { tabindex: "-1", "data-key": item.key, "data-status": status },
    });
    if (i === current) li.setAttribute("aria-current", "true");
    li.addEventListener("click", (event) => {
      if ((event.target as HTMLElement).closest("button")) return;
      move(i);
    });
    const badge = h("span", { className: `badge ${status}`, text: status === "possible" ? "possible" : status });
    const buttons = h("div", { className: "item-actions" });
    const add = (text: string, handler: () => void, name: string) => {
      const b = h("button", { text, attrs: { type: "button", "data-action": name } });
      b.addEventListener("click", () => {
        move(i, false);
        handler();
      });
      buttons.append(b);
    };
    if (item.kind === "possible") {
      const p = item.possible;
      const where = p.occurrence ? ` (occurrence ${p.occurrence})` : "";
      li.append(
        h("div", { className: "item-head" }, badge, h("strong", { text: "recommends" })),
        h(
          "p",
          { className: "item-ends" },
          h("span", { text: p.whose ? p.whose.label : "whose: not known" }),
          p.whose ? h("span", { className: "meta", text: ` (${p.whose.type})` }) : null,
          " → ",
          h("span", { text: p.known ? p.known.label : `new: ${truncate(p.label, 70)}` }),
        ),
        h("blockquote", {}, `“${p.quote}”${where}`),
        h("p", { className: "meta why", text: `Not drafted: ${p.why}.` }),
      );
      add("Add as a claim (a)", () => openPossibleForm(), "add-possible");
      add("Dismiss (r)", () => dismiss(), "dismiss");
    } else if (item.kind === "claim") {
      const c = item.claim;
      li.append(
        h("div", { className: "item-head" }, badge, h("strong", { text: c.relation })),
        h(
          "p",
          { className: "item-ends" },
          h("span", { text: labelOf(c.from) }),
          " → ",
          h("span", { text: labelOf(c.to) }),
          c.role ? h("span", { className: "meta", text: ` · ${c.role}${datedAs(c)}` }) : null,
          c.link ? h("span", { className: "meta", text: ` · ${c.link}` }) : null,
        ),
        ...c.evidence
          .slice(0, 3)
          .map((e) =>
            h(
              "blockquote",
              { className: e.start === undefined ? "not-found" : "" },
              `“${e.quote}”`,
              h("span", { className: "meta", text: ` ${e.kind.replace("-", " ")}` }),
            ),
          ),
        c.evidence.length > 3 ? h("p", { className: "meta", text: `and ${c.evidence.length - 3} more` }) : "",
      );
      if (c.status === "suggested") add("Accept (a)", () => void accept(), "accept");
      add("Reject (r)", () => void reject(), "reject");
      add("Edit (e)", () => openEditForm(), "edit");
    } else {
      const e = item.entity;
      const users = file?.claims.filter((c) => c.from === e.id || c.to === e.id).length ?? 0;
      li.append(
        h("div", { className: "item-head" }, badge, h("strong", { text: `new ${e.type}` })),
        h(
          "p",
          { className: "item-ends" },
          h("span", { text: e.label }),
          e.kind ? h("span", { className: "meta", text: ` · ${e.kind}` }) : null,
        ),
        e.aliases.length ? h("p", { className: "meta", text: `also: ${e.aliases.join(", ")}` }) : "",
        e.text ? h("blockquote", { text: e.text }) : "",
        e.speltAlike ? h("p", { className: "meta spelt-alike", text: e.speltAlike }) : "",
        h("p", { className: "meta", text: `used by ${count(users, "claim")} in this file` }),
        ...elsewhereNotes(e),
      );
      if (e.status === "suggested") add("Accept (a)", () => void accept(), "accept");
      add(users ? `Reject with its ${count(users, "claim")} (r)` : "Reject (r)", () => void reject(), "reject");
      if (e.section === "sessions") add("Same session as… (s)", () => openSameSessionForm(), "same-as");
    }
    li.append(buttons);
    return li;
  }

  /** Marks the current item, scrolls it and its first passage into view (the list and the text only). */
  function focusCurrent(takeFocus: boolean): void {
    rows.forEach((li, i) =>
      i === current ? li.setAttribute("aria-current", "true") : li.removeAttribute("aria-current"),
    );
    const li = rows[current];
    if (li) {
      const side = list.parentElement!;
      if (li.offsetTop < side.scrollTop || li.offsetTop + li.offsetHeight > side.scrollTop + side.clientHeight)
        side.scrollTop = Math.max(0, li.offsetTop - side.clientHeight / 3);
      if (takeFocus) li.focus({ preventScroll: true });
    }
    const mark = textBody.querySelector<HTMLElement>("mark.current");
    if (mark) textBody.scrollTop = Math.max(0, mark.offsetTop - textBody.clientHeight / 3);
  }

  function move(to: number, takeFocus = true): void {
    if (items.length === 0) return;
    current = Math.max(0, Math.min(items.length - 1, to));
    // The passages are the same: only which are outlined changes (drawing a long text again takes a tenth of a second).
    const body = textBody.querySelector<HTMLElement>(".review-text-body");
    const item = items[current];
    if (body && file)
      markCurrent(
        body,
        item?.kind === "claim" ? item.claim.index : null,
        item?.kind === "possible" ? item.index : null,
      );
    else renderText();
    focusCurrent(takeFocus);
  }

  function say(text: string, tone: "ok" | "error", problems: string[] = []): void {
    message.className = `review-message ${tone}`;
    message.replaceChildren(
      h("span", { text }),
      problems.length ? h("ul", {}, ...problems.map((p) => h("li", { text: p }))) : "",
    );
    message.hidden = false;
  }

  // ---- writing ------------------------------------------------------------------------------------------------

  /** Sends a change; on success reads the file again and moves on to the next suggestion. */
  /** `done`: what the page says once the change is written (from the server's answer when it needs it). */
  async function act(
    change: Change,
    done: string | ((answer: ChangeAnswer) => string),
    keepPlace = false,
  ): Promise<boolean> {
    if (!file || !view || busy) return false;
    busy = true;
    try {
      const { status, answer } = await api.change(file.name, file.hash, change);
      return await settle(status, answer, done, keepPlace);
    } finally {
      busy = false;
    }
  }

  async function settle(
    status: number,
    answer: ChangeAnswer,
    done: string | ((answer: ChangeAnswer) => string),
    keepPlace: boolean,
  ) {
    if (!view) return false;
    if (status === 409) {
      say(answer.error ?? "The file changed on disk: reloaded.", "error");
      closeForm();
      await load(view.source.id, null);
      return false;
    }
    if (!answer.ok) {
      say(answer.error ?? `Refused (HTTP ${status})`, "error", answer.problems ?? []);
      return false;
    }
    say(typeof done === "string" ? done : done(answer), "ok");
    const key = items[current]?.key ?? null;
    const position = current;
    // Counted over the source's files: the open file may change (its last suggestion accepted, the next file's open).
    const before = recordsIn(view);
    await load(view.source.id, key);
    setRemoved([...removed(), Math.max(0, before - recordsIn(view))]);
    render();
    void loadSources(view.source.id);
    // A theme or organisation made from a form's field: the form keeps the keyboard, the review its place.
    if (keepPlace) return true;
    // The item acted on is gone or accepted: go on to the next suggestion from where it was.
    const next = items.findIndex((item, i) => i >= Math.min(position, items.length) && statusOf(item) === "suggested");
    const any = items.findIndex((item) => statusOf(item) === "suggested");
    move(next !== -1 ? next : any !== -1 ? any : Math.min(position, items.length - 1));
    return true;
  }

  async function accept(): Promise<void> {
    const item = items[current];
    if (item?.kind === "possible") return openPossibleForm();
    if (!item || statusOf(item) !== "suggested") return;
    if (item.kind === "claim") {
      const c = item.claim;
      toShow = c;
      await act({ type: "accept", claim: c.index }, `Accepted ${c.relation} ${labelOf(c.from)} → ${labelOf(c.to)}`);
    } else {
      const e = item.entity;
      const open = (e.elsewhere ?? []).filter((c) => c.status === "suggested");
      await act(
        { type: "accept-entity", section: e.section, id: e.id },
        `Accepted ${e.type} ${e.label}${open.length ? ` (the copy in ${titles(open)} stays suggested: review it there)` : ""}`,
      );
    }
  }

  async function reject(): Promise<void> {
    const item = items[current];
    if (!item) return;
    if (item.kind === "possible") return dismiss();
    if (item.kind === "claim") {
      const c = item.claim;
      const what = `Rejected ${c.relation} ${labelOf(c.from)} → ${labelOf(c.to)}`;
      const themes = new Map(
        file!.entities.filter((x) => x.type === "theme" && x.status === "suggested").map((x) => [x.id, x.label]),
      );
      // A recommendation's addresses claims drafted with it go with its only recommends claim.
      await act({ type: "reject", claim: c.index }, (answer) => {
        // A drafted theme that went with the claim (nothing else used it) is rejected with it.
        for (const id of answer.removedEntities ?? []) if (themes.has(id)) rememberRejectedTheme(id, themes.get(id)!);
        return answer.removedClaims ? `${what}, with its ${count(answer.removedClaims, "addresses claim")}` : what;
      });
    } else {
      const e = item.entity;
      const effect = rejectionEffect(e);
      if (effect.warnings.length) return openRejectConfirm(e, effect);
      await rejectEntity(e, effect);
    }
  }

  /**
   * What rejecting entity `e` does to people in this file (planRejection): the passages of their words that move to
   * their seat, those that leave the graph, and the people it leaves with no claim (declared here and nowhere else).
   */
  function rejectionEffect(e: EntityView): { moved: string[]; warnings: string[] } {
    if (!file) return { moved: [], warnings: [] };
    const declared = new Set(file.entities.filter((x) => x.type === "person").map((x) => x.id));
    const plan = planRejection(file.claims, e.id, declared);
    const moved = plan.moves.map(
      (m) =>
        `${count(m.passages.length, "passage")} of ${labelOf(m.person)}’s words move to their ${file!.claims[m.to]!.relation} claim (${labelOf(file!.claims[m.to]!.to)})`,
    );
    const warnings = plan.lost.map(
      (l) =>
        `${count(l.passages, "passage")} of ${labelOf(l.person)}’s own words will leave the graph: no other claim of theirs in this file can carry ${l.passages === 1 ? "it" : "them"}, so \`query said\` will no longer list ${l.passages === 1 ? "it" : "them"}.`,
    );
    const alone = plan.orphans.filter((id) => {
      const entity = file!.entities.find((x) => x.id === id);
      return entity?.type === "person" && entity.id !== e.id && !(entity.elsewhere ?? []).length;
    });
    if (alone.length)
      warnings.push(
        `${alone.map(labelOf).join(", ")} will be left with no claim (validate warns of a person no claim refers to): reject ${alone.length === 1 ? "that person" : "them"} too, or add a claim.`,
      );
    return { moved, warnings };
  }

  async function rejectEntity(e: EntityView, effect: { moved: string[] }): Promise<boolean> {
    const others = e.elsewhere ?? [];
    const where = others.length ? ` in this file only (${titles(others)} still drafts it, with its claims)` : "";
    return act({ type: "reject-entity", section: e.section, id: e.id }, () => {
      if (e.type === "theme") rememberRejectedTheme(e.id, e.label);
      return `Rejected ${e.type} ${e.label}${where}${effect.moved.length ? `; ${effect.moved.join("; ")}` : ""}`;
    });
  }

  /** Asks before a rejection that takes people's words out of the graph or leaves someone with no claim. */
  function openRejectConfirm(e: EntityView, effect: { moved: string[]; warnings: string[] }): void {
    const users = file?.claims.filter((c) => c.from === e.id || c.to === e.id).length ?? 0;
    const el = showForm(
      `Reject ${e.type} ${e.label} with its ${count(users, "claim")}?`,
      [
        ...effect.warnings.map((text) => h("p", { className: "review-reject-warning", text })),
        ...effect.moved.map((text) => h("p", { className: "meta field-note", text: `${text}: kept.` })),
      ],
      "Reject anyway (r)",
      () => void rejectEntity(e, effect).then((ok) => ok && closeForm()),
    );
    el.querySelector<HTMLButtonElement>("button[type=submit]")?.focus();
    confirming = { what: `${e.type} ${e.label}`, confirm: () => el.requestSubmit() };
  }

  /** Hides the current possible recommendation for this session: it is only the rules' guess, in no file. */
  function dismiss(): void {
    const item = items[current];
    if (item?.kind !== "possible") return;
    sessionStorage.setItem(dismissedKey(), JSON.stringify([...dismissed(), item.key]));
    say(`Dismissed for this session: “${truncate(item.possible.quote)}”`, "ok");
    const position = current;
    items = itemsNow();
    render();
    const next = items.findIndex((i, n) => n >= position && i.kind === "possible");
    move(next !== -1 ? next : Math.min(position, items.length - 1));
  }

  async function undo(): Promise<void> {
    if (!view || busy) return;
    busy = true;
    try {
      const { status, answer } = await api.undo();
      if (status === 409 && answer.source) await load(answer.source, null);
      if (!answer.ok) return say(answer.error ?? "Nothing undone", "error", answer.problems ?? []);
      say(`Undone: ${answer.undone}`, "ok");
      setRemoved(removed().slice(0, -1));
      const before = new Map(items.map((i) => [i.key, statusOf(i)]));
      await load(view.source.id);
      // Go to what the undo brought back (or changed back).
      const back = items.findIndex((i) => before.get(i.key) !== statusOf(i));
      if (back !== -1) move(back);
      void loadSources(view.source.id);
    } finally {
      busy = false;
    }
  }

  // ---- forms --------------------------------------------------------------------------------------------------

  function closeForm(): void {
    formOpen = false;
    confirming = null;
    form.replaceChildren();
  }

  /**
   * An input that picks an entity of `types()`; offers to create a theme or organisation that does not exist. With
   * `fresh`, it starts as a new entity that nothing declares yet, declared with the claim when that is added (its label
   * is the text typed), until an existing entity is picked instead.
   */
  function entityField(
    labelText: string,
    name: string,
    initial: string | undefined,
    types: () => readonly NodeType[],
    fresh?: Fresh,
  ) {
    const id = `review-field-${++ids}`;
    const input = h("input", {
      attrs: { id, name, type: "text", autocomplete: "off", spellcheck: "false", "data-field": name },
    });
    const chosen = {
      get id() {
        return input.dataset.entity ?? "";
      },
      set id(value: string) {
        input.dataset.entity = value;
        input.dataset.chosen = String(value !== "");
      },
    };
    chosen.id = initial ?? "";
    input.value = initial ? labelOf(initial) : (fresh?.label ?? "");
    const note = h("p", { className: "meta field-note" });
    /** Whether the field stands for the new entity (no entity picked, its type one the relation takes, a label). */
    const isFresh = () =>
      fresh !== undefined && !chosen.id && types().includes(fresh.type) && input.value.trim() !== "";
    const showFresh = () => {
      const on = isFresh();
      input.dataset.new = String(on);
      if (on) input.dataset.chosen = "true";
      note.textContent = on ? `New ${fresh!.type}: declared in the file when the claim is added.` : "";
      note.hidden = !on;
    };
    const options = h("ul", { className: "options", attrs: { id: `${id}-options` } });
    type Option = EntityChoice | { create: EntitySection; label: string } | { fresh: NodeType; label: string };
    combobox<Option>({
      input,
      list: options,
      suggest: (query) => {
        const found: Option[] = picker.find(query, types());
        const text = query.trim();
        if (fresh && text && types().includes(fresh.type)) {
          // First, so that Enter takes it; after an entity of that very name, so that Enter takes that one instead.
          const same = found.some((o) => "id" in o && o.label.toLowerCase() === text.toLowerCase());
          found.splice(same ? found.length : 0, 0, { fresh: fresh.type, label: text });
        }
        for (const type of types()) {
          const section = CREATABLE[type];
          // A new entity the field declares with the claim is offered already: not made apart from it first.
          if (fresh?.type === type) continue;
          if (section && text && !found.some((o) => "id" in o && o.label.toLowerCase() === text.toLowerCase()))
            found.push({ create: section, label: text });
        }
        return { options: found, pick: found.length > 0 };
      },
      describe: (o) =>
        "fresh" in o
          ? { text: `New ${o.fresh} “${o.label}”`, detail: "with the claim" }
          : "create" in o
            ? { text: `New ${o.create === "themes" ? "theme" : "organisation"} “${o.label}”`, detail: "create" }
            : { text: o.label, detail: o.status ? `${o.type} · ${o.status}` : o.type },
      choose: (o) => {
        if ("fresh" in o) {
          chosen.id = "";
          input.value = o.label;
          return showFresh();
        }
        if (!("create" in o)) {
          chosen.id = o.id;
          input.value = o.label;
          return showFresh();
        }
        const entity = { id: idFromLabel(o.label), label: o.label };
        void act(
          { type: "add-entity", section: o.create, entity },
          `Added ${o.create === "themes" ? "theme" : "organisation"} ${o.label}`,
          true,
        ).then((ok) => {
          if (!ok) return;
          input.value = o.label;
          chosen.id = entity.id;
        });
      },
      onEnter: "first",
      signal: new AbortController().signal,
    });
    input.addEventListener("input", () => {
      chosen.id = "";
      showFresh();
    });
    showFresh();
    const field = h(
      "div",
      { className: "field combo" },
      h("label", { text: labelText, attrs: { for: id } }),
      input,
      options,
      note,
    );
    /** The new entity the field stands for, to declare with the claim: its id kept while the label is as drafted. */
    const declaration = (): NewDeclaration | null => {
      if (!fresh || !isFresh()) return null;
      const label = input.value.trim();
      const section = SECTION_OF[fresh.type];
      if (!section) return null;
      let id = label === fresh.label && fresh.id ? fresh.id : idFromLabel(label);
      for (let n = 2; picker.get(id); n++) id = `${idFromLabel(label)}-${n}`;
      return {
        section,
        entity: {
          id,
          label,
          ...(fresh.kind && label === fresh.label ? { kind: fresh.kind } : {}),
          ...(fresh.text ? { text: fresh.text } : {}),
        },
      };
    };
    return { field, input, value: () => chosen.id || declaration()?.entity.id || "", declaration };
  }

  function relationSelect(initial: Relation) {
    const select = h("select", { attrs: { name: "relation", "data-field": "relation" } });
    select.append(...WRITABLE.map((r) => h("option", { text: r, attrs: { value: r } })));
    select.value = initial;
    return select;
  }

  function kindSelect(initial: EvidenceKind, name: string) {
    const select = h("select", { attrs: { name, "data-field": name } });
    select.append(...EVIDENCE_KINDS.map((k) => h("option", { text: k, attrs: { value: k } })));
    select.value = initial;
    return select;
  }

  function showForm(heading: string, fields: HTMLElement[], submit: string, onSubmit: () => void): HTMLFormElement {
    const cancel = h("button", { text: "Cancel", attrs: { type: "button" } });
    cancel.addEventListener("click", () => {
      closeForm();
      focusCurrent(true);
    });
    const el = h(
      "form",
      { className: "review-form", attrs: { "aria-label": heading } },
      h("h3", { text: heading }),
      ...fields,
      h("div", { className: "item-actions" }, h("button", { text: submit, attrs: { type: "submit" } }), cancel),
    );
    el.addEventListener("submit", (event) => {
      event.preventDefault();
      onSubmit();
    });
    // Enter in an entity field whose entity is chosen (its list closed) submits, as in any other field.
    el.addEventListener(
      "keydown",
      (event) => {
        const target = event.target as HTMLElement;
        if (event.key !== "Enter" || !(target instanceof HTMLInputElement) || target.dataset.chosen !== "true") return;
        if (target.getAttribute("aria-expanded") === "true") return;
        event.preventDefault();
        event.stopPropagation();
        el.requestSubmit();
      },
      { capture: true },
    );
    el.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && !event.defaultPrevented) {
        event.stopPropagation();
        closeForm();
        focusCurrent(true);
      }
    });
    form.replaceChildren(el);
    formOpen = true;
    el.querySelector<HTMLElement>("select, input")?.focus();
    return el;
  }

  const labelled = (text: string, control: HTMLElement) =>
    h("label", { className: "field" }, h("span", { text }), control);

  function openEditForm(): void {
    const item = items[current];
    if (!item) return;
    if (item.kind === "possible") return openPossibleForm();
    if (item.kind !== "claim")
      return say(
        "An entity is accepted or rejected here; to rename it, or to use a registry entity instead, edit the file.",
        "error",
      );
    const c = item.claim;
    const relation = relationSelect(c.relation);
    const ends = () => RELATIONS[relation.value as Relation];
    const from = entityField("From", "from", c.from, () => ends().from);
    const to = entityField("To", "to", c.to, () => ends().to);
    const role = h("input", { attrs: { type: "text", name: "role", "data-field": "role" } });
    role.value = c.role ?? "";
    const roleField = labelled("Role (affiliated-with)", role);
    const link = linkInput(c.link ?? "");
    const linkField = labelled(LINK_LABEL, link);
    const showLink = () => (linkField.hidden = relation.value !== "linked-to");
    relation.addEventListener("change", showLink);
    showLink();
    // The role's dates, shown so that a changed title never keeps a date nobody sees: the reviewer decides.
    const dateInput = (name: "since" | "until") => {
      const input = h("input", {
        attrs: {
          type: "text",
          name,
          "data-field": name,
          placeholder: "YYYY, YYYY-MM or YYYY-MM-DD",
          autocomplete: "off",
        },
      });
      input.value = c[name] ?? "";
      return input;
    };
    const [since, until] = [dateInput("since"), dateInput("until")];
    const sinceField = labelled("Since (when the role began, as the text says; empty: not stated)", since);
    const untilField = labelled("Until (when it ended; empty: not stated)", until);
    const datesNote = h("p", {
      className: "meta field-note",
      attrs: { "data-field": "dates-note" },
      text: "The role is changed: these dates stay with the new title unless you change or clear them.",
    });
    const showRole = () => {
      const affiliated = relation.value === "affiliated-with";
      roleField.hidden = sinceField.hidden = untilField.hidden = !affiliated;
      datesNote.hidden =
        !affiliated || role.value.trim() === (c.role ?? "") || (!since.value.trim() && !until.value.trim());
    };
    for (const control of [relation, role, since, until]) control.addEventListener("input", showRole);
    relation.addEventListener("change", showRole);
    showRole();
    const kinds = c.evidence.map((e, i) => kindSelect(e.kind, `kind-${i}`));
    // A passage that does not bear the claim out (someone else's words inside the speaker's) is dropped on its own;
    // the claim keeps the others. A claim with one passage has none to drop: reject it instead.
    const drops = c.evidence.map((_, i) => {
      const box = h("input", { attrs: { type: "checkbox", name: `drop-${i}`, "data-field": `drop-${i}` } });
      box.disabled = c.evidence.length < 2;
      return box;
    });
    const passageField = (i: number) =>
      h(
        "div",
        { className: "field review-passage" },
        labelled(`Passage ${i + 1}: “${truncate(c.evidence[i]!.quote)}”`, kinds[i]!),
        h("label", { className: "review-drop" }, drops[i]!, " Drop this passage"),
      );
    showForm(
      `Edit: ${c.relation} ${labelOf(c.from)} → ${labelOf(c.to)}`,
      [
        labelled("Relation", relation),
        from.field,
        to.field,
        roleField,
        linkField,
        sinceField,
        untilField,
        datesNote,
        ...kinds.map((_, i) => passageField(i)),
      ],
      "Save and accept",
      () => {
        const [fromId, toId] = [from.value(), to.value()];
        if (!fromId || !toId) return say("Choose both ends from the list (type a name, then pick it).", "error");
        const drop = drops.flatMap((box, i) => (box.checked ? [i] : []));
        if (drop.length === c.evidence.length)
          return say("A claim rests on at least one passage: keep one, or reject the whole claim (r).", "error");
        const linked = relation.value === "linked-to";
        if (linked && !link.value.trim()) return say(LINK_NEEDED, "error");
        const affiliated = relation.value === "affiliated-with";
        const dates = { since: since.value.trim(), until: until.value.trim() };
        if (affiliated) {
          for (const [name, value] of Object.entries(dates)) {
            const problem = value ? dateProblem(value) : undefined;
            if (problem)
              return say(`${name === "since" ? "Since" : "Until"}: “${value}” ${problem}; ${DATE_HINT}.`, "error");
          }
          if (dates.since && dates.until && compareDatesAsPrecise(dates.until, dates.since) < 0)
            return say(
              `Until (${dates.until}) is before since (${dates.since}): swap them, or correct the one the text does not say.`,
              "error",
            );
        }
        const changedDates = affiliated
          ? Object.fromEntries(
              (["since", "until"] as const).flatMap((name) =>
                dates[name] !== (c[name] ?? "") ? [[name, dates[name] || null]] : [],
              ),
            )
          : {};
        const change: Change = {
          type: "edit",
          claim: c.index,
          accept: true,
          ...(relation.value !== c.relation ? { relation: relation.value as Relation } : {}),
          ...(fromId !== c.from ? { from: fromId } : {}),
          ...(toId !== c.to ? { to: toId } : {}),
          ...(relation.value === "affiliated-with"
            ? role.value.trim() !== (c.role ?? "")
              ? { role: role.value.trim() || null }
              : {}
            : c.role !== undefined
              ? { role: null }
              : {}),
          ...(linked
            ? link.value.trim() !== (c.link ?? "")
              ? { link: link.value.trim() }
              : {}
            : c.link !== undefined
              ? { link: null }
              : {}),
          ...changedDates,
          kinds: Object.fromEntries(
            kinds.flatMap((k, i) => (k.value !== c.evidence[i]!.kind ? [[String(i), k.value]] : [])),
          ) as Record<string, EvidenceKind>,
          ...(drop.length ? { drop } : {}),
        };
        toShow = { relation: relation.value, from: fromId, to: toId };
        const dropped = drop.length ? ` (${count(drop.length, "passage")} dropped)` : "";
        void act(change, `Saved and accepted ${relation.value} ${labelOf(fromId)} → ${labelOf(toId)}${dropped}`).then(
          (ok) => ok && closeForm(),
        );
      },
    );
  }

  /**
   * A drafted session that is one the corpus already has (the same hearing in another source's report): the reviewer
   * picks that session, the file's claims move to its id and the drafted entry is deleted.
   */
  function openSameSessionForm(): void {
    const item = items[current];
    if (item?.kind !== "entity" || item.entity.section !== "sessions")
      return say("“Same session as…” is for a drafted session: move to one first (j / k).", "error");
    const e = item.entity;
    const users = file?.claims.filter((c) => c.from === e.id || c.to === e.id).length ?? 0;
    const session = entityField("The session the corpus already has", "same-as", undefined, () => ["session"]);
    showForm(
      `Same session as: ${e.label}`,
      [
        session.field,
        h("p", {
          className: "meta field-note",
          text:
            `Its ${count(users, "claim")} in this file move to the session chosen; “${e.label}” is deleted. ` +
            "A claim this file already makes about that session is not made twice: the two become one, with the passages of both.",
        }),
      ],
      "Use this session",
      () => {
        const as = session.value();
        if (!as) return say("Choose the session from the list (type its name, then pick it).", "error");
        if (as === e.id) return say(`Choose another session than “${e.label}” itself.`, "error");
        void act({ type: "same-as", section: "sessions", id: e.id, as }, ({ foldedClaims = 0 }) => {
          const moved = `“${e.label}” is ${labelOf(as)}: ${count(users, "claim")} moved`;
          if (foldedClaims === 0) return moved;
          const already = foldedClaims === 1 ? "was already there" : "were already there";
          return `${moved}; ${foldedClaims} of them ${already}, folded into one with the passages of both`;
        }).then((ok) => ok && closeForm());
      },
    );
  }

  /** The people the text may name: the graph's and those the file declares (suggested ones are not in the graph). */
  function people(): NamedPerson[] {
    const found = new Map<string, NamedPerson>();
    graph()?.forEachNode((id, a) => {
      if (a.type === "person") found.set(id, { id, names: personNames(a.label, a.aliases) });
    });
    for (const e of file?.entities ?? [])
      if (e.type === "person") found.set(e.id, { id: e.id, names: personNames(e.label, e.aliases) });
    return [...found.values()];
  }

  function openAddForm(): void {
    if (!view || !file) return;
    const body = textBody.querySelector<HTMLElement>(".review-text-body");
    const selected = body ? selectedQuote(body, view.source.text, document.getSelection()) : null;
    if (!selected || !selected.ok) return say(selected?.reason ?? "Select the words first.", "error");
    const text = view.source.text;
    const quoteMarks = /[“"]/.test(text.slice(Math.max(0, text.lastIndexOf("\n", selected.start)), selected.start));
    // The speaker the file's claims give the paragraph; else, for words in quotation marks, the person the paragraph
    // names nearest to the quotation (as suggest attributes a quote: "‘…,’ said Tom Reyes"); else, in a transcript,
    // the last person quoted before.
    const isPerson = (id: string) => picker.get(id)?.type === "person";
    // A turn's words are its speaker's ("Gareth Pennock: …", "Q3 The Chair: …"): theirs, word for word.
    const chair = file.claims.find((c) => c.relation === "chaired")?.from;
    const kind = view.source.kind;
    const labelled = labelledSpeakerAt(text, selected.start, people(), kind === "transcript", chair);
    const speaker =
      labelled ??
      speakerAt(file.claims, text, selected.start, false, isPerson) ??
      (quoteMarks
        ? namedSpeakerAt(text, selected.start, selected.start + selected.quote.length, people())
        : undefined) ??
      speakerAt(file.claims, text, selected.start, view.source.kind === "transcript-report", isPerson);
    openClaimForm({
      heading: "New claim from the selection",
      quote: selected.quote,
      start: selected.start,
      ...(selected.occurrence ? { occurrence: selected.occurrence } : {}),
      relation: speaker ? "spoke-on" : "mentions",
      ...(speaker ? { from: speaker } : {}),
      kind: speaker && (labelled || quoteMarks || kind === "transcript") ? "direct-quote" : "reported",
    });
  }

  /**
   * The "add claim" form on a possible recommendation: `recommends`, its passage, whose it is (declared with the claim
   * when nothing declares them yet) and a new recommendation labelled from the passage (or the known one it repeats).
   * Enter adds it as it is; every field can be changed first.
   */
  function openPossibleForm(): void {
    const item = items[current];
    if (item?.kind !== "possible") return;
    const p = item.possible;
    const whose = p.whose;
    const rejected = rejectedThemes();
    openClaimForm({
      heading: "New recommendation from the passage",
      quote: p.quote,
      start: p.start,
      ...(p.occurrence ? { occurrence: p.occurrence } : {}),
      relation: "recommends",
      kind: p.kind,
      ...(whose?.declared ? { from: whose.id } : {}),
      ...(whose && !whose.declared
        ? {
            freshFrom: {
              type: whose.type,
              label: whose.label,
              id: whose.id,
              ...(whose.kind ? { kind: whose.kind } : {}),
            },
          }
        : {}),
      ...(p.known ? { to: p.known.id } : {}),
      freshTo: { type: "recommendation", label: p.label, text: p.quote },
      // Not a new theme the reviewer rejected in this session (it would be declared again).
      themes: (p.themes ?? []).filter(
        (t) => t.declared || !rejected.some((r) => r === t.id || r === t.label.trim().toLowerCase()),
      ),
      submitFirst: true,
    });
  }

  /**
   * A `recommends` claim's themes: a field for each theme to start from (or one, empty), each an existing theme picked
   * by name or a new one declared with the claim; "Another theme" adds a field. All empty says what that means.
   */
  function themeFields(initial: readonly ThemeView[]) {
    const list = h("div", { className: "review-themes" });
    const fields: ReturnType<typeof entityField>[] = [];
    const note = h("p", { className: "meta field-note review-no-theme", text: `No theme: ${NO_THEME}.` });
    const showNote = () => (note.hidden = fields.some((f) => f.input.value.trim() !== ""));
    const add = (theme?: ThemeView) => {
      const fresh: Fresh = { type: "theme", label: theme && !theme.declared ? theme.label : "" };
      if (theme && !theme.declared) fresh.id = theme.id;
      const field = entityField("Theme", "theme", theme?.declared ? theme.id : undefined, () => ["theme"], fresh);
      if (theme?.declared) field.input.value = theme.label;
      field.input.addEventListener("input", showNote);
      fields.push(field);
      list.append(field.field);
      return field;
    };
    for (const theme of initial) add(theme);
    if (!fields.length) add();
    const another = h("button", { text: "Another theme", attrs: { type: "button" } });
    another.addEventListener("click", () => add().input.focus());
    showNote();
    const field = h("div", { className: "field review-theme-fields" }, list, note, another);
    /** The themes chosen (empty fields left out), or null when a field's text is no theme picked or new. */
    const picked = (): { id: string; declaration: NewDeclaration | null }[] | null => {
      const out: { id: string; declaration: NewDeclaration | null }[] = [];
      for (const f of fields) {
        if (f.input.value.trim() === "") continue;
        const id = f.value();
        if (!id) return null;
        out.push({ id, declaration: f.declaration() });
      }
      return out;
    };
    return { field, picked };
  }

  function openClaimForm(draft: ClaimDraft): void {
    if (!view || !file) return;
    const relation = relationSelect(draft.relation);
    const ends = () => RELATIONS[relation.value as Relation];
    const from = entityField("Subject", "from", draft.from, () => ends().from, draft.freshFrom);
    const to = entityField("Object", "to", draft.to, () => ends().to, draft.freshTo);
    const role = h("input", { attrs: { type: "text", name: "role", "data-field": "role" } });
    const roleField = labelled("Role (affiliated-with)", role);
    const showRole = () => (roleField.hidden = relation.value !== "affiliated-with");
    relation.addEventListener("change", showRole);
    showRole();
    const link = linkInput("");
    const linkField = labelled(LINK_LABEL, link);
    const showLink = () => (linkField.hidden = relation.value !== "linked-to");
    relation.addEventListener("change", showLink);
    showLink();
    const kind = kindSelect(draft.kind, "kind");
    const themes = themeFields(draft.themes ?? []);
    const showThemes = () => (themes.field.hidden = relation.value !== "recommends");
    relation.addEventListener("change", showThemes);
    showThemes();
    const where = draft.occurrence ? ` (occurrence ${draft.occurrence})` : "";
    const el = showForm(
      draft.heading,
      [
        h("blockquote", { className: "review-quote", text: `“${draft.quote}”${where}` }),
        labelled("Relation", relation),
        from.field,
        to.field,
        roleField,
        linkField,
        themes.field,
        labelled("Evidence kind", kind),
      ],
      "Add claim",
      () => {
        const [fromId, toId] = [from.value(), to.value()];
        if (!fromId || !toId)
          return say("Choose the subject and the object from the list (type a name, then pick it).", "error");
        const linked = relation.value === "linked-to";
        if (linked && !link.value.trim()) return say(LINK_NEEDED, "error");
        const recommends = relation.value === "recommends";
        const picked = recommends ? themes.picked() : [];
        if (!picked)
          return say("Choose each theme from the list (type a name, then pick it), or empty the field.", "error");
        const declare = [from.declaration(), to.declaration(), ...picked.map((t) => t.declaration)].filter(
          (d, i, all): d is NewDeclaration => d !== null && all.findIndex((o) => o?.entity.id === d.entity.id) === i,
        );
        const addresses = [...new Set(picked.map((t) => t.id))];
        const claim = {
          relation: relation.value as Relation,
          from: fromId,
          to: toId,
          ...(relation.value === "affiliated-with" && role.value.trim() ? { role: role.value.trim() } : {}),
          ...(linked ? { link: link.value.trim() } : {}),
          evidence: [
            {
              quote: draft.quote,
              kind: kind.value as EvidenceKind,
              ...(draft.occurrence ? { occurrence: draft.occurrence } : {}),
            },
          ],
        };
        const name = (id: string) => declare.find((d) => d.entity.id === id)?.entity.label ?? labelOf(id);
        const onThemes = !recommends
          ? ""
          : addresses.length
            ? `, addresses ${addresses.map(name).join(", ")}`
            : ` (${NO_THEME})`;
        toShow = claim;
        void act(
          {
            type: "add-claim",
            claim,
            ...(declare.length ? { declare } : {}),
            ...(addresses.length ? { addresses } : {}),
          },
          `Added ${claim.relation} ${name(fromId)} → ${name(toId)}${onThemes}`,
        ).then((ok) => {
          if (!ok) return;
          closeForm();
          document.getSelection()?.removeAllRanges();
          const at = items.findIndex((i) => i.key.startsWith(`${claimKey(claim)}#`));
          if (at !== -1) move(at);
        });
      },
    );
    // A possible recommendation is added as drafted with Enter; Tab goes back to the fields to change it first.
    if (draft.submitFirst) el.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
  }

  // ---- keyboard -------------------------------------------------------------------------------------------------

  const typing = (target: EventTarget | null) =>
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

  const actions: Record<string, () => void> = {
    j: () => move(current + 1),
    k: () => move(current - 1),
    a: () => void accept(),
    r: () => void reject(),
    e: () => openEditForm(),
    s: () => openSameSessionForm(),
    n: () => openAddForm(),
    u: () => void undo(),
  };

  document.addEventListener("keydown", (event) => {
    if (element.hidden || typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    const action = actions[event.key];
    // While a rejection waits for its confirmation, the review keys stay live: r (a second press, not a held key)
    // confirms it, and any other first closes it, saying so, then does its job, so no key press is lost (Enter on the
    // focused "Reject anyway" and Escape work as in any form).
    if (confirming && action) {
      event.preventDefault();
      if (event.key === "r") return void (event.repeat || confirming.confirm());
      say(`Not rejected: ${confirming.what} (${event.key} closed its confirmation; r on it asks again)`, "error");
      closeForm();
      return action();
    }
    if (formOpen && element.contains(event.target as Node) && (event.target as HTMLElement).closest("form")) return;
    if (!action) return;
    event.preventDefault();
    action();
  });

  undoButton.addEventListener("click", () => void undo());
  closeButton.addEventListener("click", () => panel.close());
  sourceSelect.addEventListener("change", () => void panel.open(sourceSelect.value));
  textHead.querySelector("button")!.addEventListener("mousedown", (event) => event.preventDefault());
  textHead.querySelector("button")!.addEventListener("click", () => openAddForm());

  const panel: ReviewPanel = {
    element,
    isOpen: () => !element.hidden,
    async open(source) {
      element.hidden = false;
      document.body.classList.add("reviewing");
      refit(hooks.app());
      const chosen = await loadSources(source);
      if (chosen === null) {
        list.replaceChildren(h("li", { className: "meta", text: "The corpus has no sources." }));
        return;
      }
      message.hidden = true;
      closeForm();
      items = [];
      await load(chosen, null);
      lifecycle.opened(chosen);
      focusCurrent(true);
    },
    close() {
      element.hidden = true;
      document.body.classList.remove("reviewing");
      refit(hooks.app());
      closeForm();
      lifecycle.closed();
    },
    async graphRebuilt() {
      await hooks.reloadGraph();
      picker = entityPicker(graph(), file?.entities ?? []);
      const app = hooks.app();
      const shown = toShow;
      if (!app || !shown) return;
      const edge = `${shown.relation}:${shown.from}->${shown.to}`;
      if (app.graph.hasNode(shown.from)) {
        app.select(shown.from);
        if (app.graph.hasEdge(edge)) app.store.update({ edge });
      }
    },
    get source() {
      return view?.source.id ?? null;
    },
    get items() {
      return items;
    },
    get current() {
      return current;
    },
    get busy() {
      return busy;
    },
  };
  return panel;
}

/** How many claims and entities the source's drafts hold, suggested or not. */
function recordsIn(view: SourceView | null): number {
  return (view?.files ?? []).reduce((n, f) => n + f.claims.length + f.entities.length, 0);
}

/** A source's claims and entities still suggested, in all its drafts (as the server's source list counts them). */
function suggestedIn(view: SourceView | null): number {
  return (view?.files ?? []).reduce(
    (n, f) => n + [...f.claims, ...f.entities].filter((r) => r.status === "suggested").length,
    0,
  );
}

/** The graph's stage changes width with the panel: the renderer measures it again and shows the whole graph. */
function refit(app: App | null): void {
  window.dispatchEvent(new Event("resize"));
  if (app) moveCamera(app.renderer.getCamera(), WHOLE_GRAPH);
}

const truncate = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Claims by their first passage in the text; an entity where the text first names it (its label or an alias), or
 * where the first claim on it is; what has no place in the text comes last, in file order.
 */
function readingOrder(text: string, file: FileView): Item[] {
  const claims: Item[] = file.claims.map((claim) => ({
    kind: "claim",
    key: `${claimKey(claim)}#${claim.evidence[0]?.quote ?? ""}`,
    at: Math.min(...claim.evidence.map((e) => e.start ?? Infinity)),
    claim,
  }));
  const entities: Item[] = file.entities.map((entity) => {
    const named = [entity.label, ...entity.aliases].map((name) => text.indexOf(name)).filter((at) => at !== -1);
    const used = claims
      .filter((c) => c.kind === "claim" && (c.claim.from === entity.id || c.claim.to === entity.id))
      .map((c) => c.at);
    return { kind: "entity", key: `entity:${entity.id}`, at: Math.min(...named, ...used, Infinity), entity };
  });
  // Stable: ties keep the file's order (entities, as declared, before claims at the same place).
  return [...entities, ...claims]
    .map((item, order) => ({ item, order }))
    .sort((a, b) => a.item.at - b.item.at || a.order - b.order)
    .map(({ item }) => item);
}

/** Other sources' titles, quoted and joined: “Harbour hearing” and “Dredging blog”. */
function titles(copies: readonly EntityElsewhere[]): string {
  const quoted = copies.map((c) => `“${c.title}”`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}` : (quoted[0] ?? "");
}

/**
 * Where else an entity is drafted, and what deciding on it here does to those copies (copies of one id in several
 * files are one entity: accepted as soon as one copy is; rejecting one removes that file's copy and its claims only).
 */
function elsewhereNotes(e: EntityView): HTMLElement[] {
  const copies = e.elsewhere ?? [];
  if (copies.length === 0) return [];
  const accepted = copies.filter((c) => c.status === "accepted");
  const lines = copies.map((c) =>
    h("li", {
      text: `also drafted in “${c.title}” (${c.status === "accepted" ? "accepted there" : "suggested there"})`,
    }),
  );
  const effect =
    accepted.length > 0
      ? `One ${e.type}, already in the graph from ${titles(accepted)}: accepting it here accepts this file's copy; rejecting it here removes this file's copy and its claims only.`
      : `One ${e.type} with ${copies.length === 1 ? "that copy" : "those copies"}: accepting it here puts it in the graph, and ${copies.length === 1 ? "that copy stays" : "those copies stay"} suggested until reviewed there; rejecting it here removes this file's copy and its claims only.`;
  return [
    h("ul", { className: "meta also-drafted" }, ...lines),
    h("p", { className: "meta also-drafted-effect", text: effect }),
  ];
}
