// An accessible autocomplete (WAI-ARIA combobox with a listbox popup, "automatic selection": the first suggestion is
// highlighted as the list opens, so Enter takes it): type to filter, arrow keys to move, Enter to choose, Escape to
// close. A notice above the options says when nothing matched and the options are only the nearest names. Used by the
// search box and by "who spoke on".
import { h } from "./dom.ts";

export interface Suggestions<T> {
  options: T[];
  /** Shown above the options (and announced), e.g. "No name matches …". */
  notice?: string;
  /** Highlight the first option as the list opens, so Enter takes it (off when the options are only near names). */
  pick: boolean;
}

export interface ComboboxOptions<T> {
  input: HTMLInputElement;
  list: HTMLUListElement;
  suggest(query: string): Suggestions<T>;
  /** The option's text, as parts: the first is the main text, the rest smaller. */
  describe(option: T): { text: string; detail?: string; swatch?: string };
  choose(option: T): void;
  /**
   * Enter with no option highlighted: `first` chooses the first option if the suggestions pick one (else the list
   * stays open with its notice), `text` hands over the typed text.
   */
  onEnter: "first" | "text";
  submitText?(text: string): void;
  signal: AbortSignal;
}

let comboboxes = 0;

export function combobox<T>(options: ComboboxOptions<T>): { close(): void } {
  const { input, list, signal } = options;
  const prefix = `combobox-${++comboboxes}`;
  let current: T[] = [];
  let items: HTMLElement[] = [];
  let active = -1;

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);
  list.setAttribute("role", "listbox");
  list.hidden = true;
  // The notice is read out through a status line of its own (the listbox may hold only options).
  const status = h("p", { className: "visually-hidden", attrs: { role: "status", id: `${prefix}-status` } });
  list.after(status);

  const close = () => {
    list.hidden = true;
    list.replaceChildren();
    list.removeAttribute("aria-label");
    items = [];
    status.textContent = "";
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const highlight = (index: number) => {
    active = index;
    items.forEach((item, i) => item.setAttribute("aria-selected", String(i === index)));
    const item = items[index];
    if (item) {
      input.setAttribute("aria-activedescendant", item.id);
      // Keep the option in sight by scrolling the list only (scrollIntoView would scroll the page too).
      if (item.offsetTop < list.scrollTop) list.scrollTop = item.offsetTop;
      const bottom = item.offsetTop + item.offsetHeight;
      if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
    } else input.removeAttribute("aria-activedescendant");
  };

  const choose = (option: T) => {
    close();
    options.choose(option);
  };

  const open = () => {
    const suggestions = options.suggest(input.value);
    current = suggestions.options;
    active = -1;
    items = current.map((option, i) => {
      const { text, detail, swatch } = options.describe(option);
      const dot = swatch ? h("span", { className: "swatch", attrs: { "aria-hidden": "true" } }) : null;
      if (dot && swatch) dot.style.background = swatch;
      const item = h(
        "li",
        { attrs: { role: "option", id: `${prefix}-${i}`, "aria-selected": "false" } },
        dot,
        h("span", { className: "option-text", text }),
        detail ? h("span", { className: "option-detail", text: detail }) : null,
      );
      // mousedown, not click: the input would lose focus (and close the list) before a click arrives.
      item.addEventListener("mousedown", (event) => {
        event.preventDefault();
        choose(option);
      });
      return item;
    });
    const notice = suggestions.notice
      ? h("li", { className: "options-notice", attrs: { "aria-hidden": "true" }, text: suggestions.notice })
      : null;
    list.replaceChildren(...(notice ? [notice] : []), ...items);
    if (suggestions.notice) list.setAttribute("aria-label", suggestions.notice);
    else list.removeAttribute("aria-label");
    status.textContent = suggestions.notice ?? "";
    const empty = current.length === 0 && !suggestions.notice;
    list.hidden = empty;
    input.setAttribute("aria-expanded", String(current.length > 0));
    input.removeAttribute("aria-activedescendant");
    if (suggestions.pick && current.length > 0) highlight(0);
  };

  input.addEventListener("input", open, { signal });
  input.addEventListener("focus", () => input.value !== "" && open(), { signal });
  // Closed a moment after the focus leaves (a click on an option lands first), unless it came back meanwhile: focus
  // and typing can arrive before that moment's timer, and the list they opened must stay.
  input.addEventListener("blur", () => setTimeout(() => document.activeElement !== input && close(), 0), { signal });
  input.addEventListener(
    "keydown",
    (event) => {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (list.hidden) open();
        if (current.length === 0) return;
        const step = event.key === "ArrowDown" ? 1 : -1;
        highlight(
          active === -1 && step === -1 ? current.length - 1 : (active + step + current.length) % current.length,
        );
      } else if (event.key === "Enter") {
        event.preventDefault();
        const picked = current[active];
        if (picked !== undefined && !list.hidden) return choose(picked);
        if (options.onEnter === "text" && options.submitText) {
          close();
          return options.submitText(input.value);
        }
        const suggestions = options.suggest(input.value);
        const first = suggestions.options[0];
        if (first !== undefined && suggestions.pick) choose(first);
        else open();
      } else if (event.key === "Escape") {
        if (!list.hidden) {
          event.stopPropagation();
          close();
        } else if (input.value !== "") {
          event.stopPropagation();
          input.value = "";
        }
      }
    },
    { signal },
  );
  return { close };
}
