// An accessible autocomplete (WAI-ARIA combobox with a listbox popup): type to filter, arrow keys to move, Enter to
// choose, Escape to close. Used by the search box and by "who spoke on".
import { h } from "./dom.ts";

export interface ComboboxOptions<T> {
  input: HTMLInputElement;
  list: HTMLUListElement;
  suggest(query: string): T[];
  /** The option's text, as parts: the first is the main text, the rest smaller. */
  describe(option: T): { text: string; detail?: string; swatch?: string };
  choose(option: T): void;
  /** Enter with no option highlighted: `first` chooses the first option, `text` hands over the typed text. */
  onEnter: "first" | "text";
  submitText?(text: string): void;
  signal: AbortSignal;
}

let comboboxes = 0;

export function combobox<T>(options: ComboboxOptions<T>): { close(): void } {
  const { input, list, signal } = options;
  const prefix = `combobox-${++comboboxes}`;
  let current: T[] = [];
  let active = -1;

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);
  list.setAttribute("role", "listbox");
  list.hidden = true;

  const close = () => {
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const highlight = (index: number) => {
    active = index;
    [...list.children].forEach((item, i) => item.setAttribute("aria-selected", String(i === index)));
    const item = list.children[index];
    if (item instanceof HTMLElement) {
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
    current = options.suggest(input.value);
    active = -1;
    list.replaceChildren(
      ...current.map((option, i) => {
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
      }),
    );
    const empty = current.length === 0;
    list.hidden = empty;
    input.setAttribute("aria-expanded", String(!empty));
    input.removeAttribute("aria-activedescendant");
  };

  input.addEventListener("input", open, { signal });
  input.addEventListener("focus", () => input.value !== "" && open(), { signal });
  input.addEventListener("blur", () => setTimeout(close, 0), { signal });
  input.addEventListener(
    "keydown",
    (event) => {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (list.hidden) open();
        if (current.length === 0) return;
        const step = event.key === "ArrowDown" ? 1 : -1;
        highlight((active + step + current.length) % current.length);
      } else if (event.key === "Enter") {
        event.preventDefault();
        const picked = current[active];
        if (picked !== undefined && !list.hidden) return choose(picked);
        if (options.onEnter === "text" && options.submitText) {
          close();
          return options.submitText(input.value);
        }
        const first = options.suggest(input.value)[0];
        if (first !== undefined) choose(first);
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
