// Keyboard ways through the page that skip the long Tab walk: skip buttons at the top (the first Tab stop), `p` to
// the panel, `q` to the first quote (of the evidence drawer when it is open, else of the panel), and after a search
// result is chosen the keyboard lands on the panel. `/`, +, -, 0, f and Escape are in events.ts.
//
// Search → result → first quote in the reader: `/`, (type), Enter, `q`, Enter: four key presses besides the name.
import { byId } from "../views/dom.ts";

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** Moves keyboard focus to the heading of the evidence drawer (when open) or of the node panel. */
export function focusPanel(): void {
  const drawer = byId("edge-drawer");
  const heading = byId(drawer.hidden ? "panel-title" : "edge-title");
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}

/** Moves keyboard focus to the first quote of the evidence drawer (when open) or of the node panel; false if none. */
export function focusFirstQuote(): boolean {
  const drawer = byId("edge-drawer");
  const scope = drawer.hidden ? byId("panel-body") : byId("edge-body");
  const quote = scope.querySelector<HTMLButtonElement>("button.quote");
  if (!quote) return false;
  quote.focus();
  return true;
}

export function bindShortcuts(search: HTMLInputElement, signal: AbortSignal): void {
  document.addEventListener(
    "keydown",
    (event) => {
      if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "q" && focusFirstQuote()) event.preventDefault();
      else if (event.key === "p") {
        event.preventDefault();
        focusPanel();
      }
    },
    { signal },
  );
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-skip]")) {
    button.addEventListener(
      "click",
      () => {
        const to = button.dataset.skip;
        if (to === "search") search.focus();
        else if (to === "panel") focusPanel();
        else if (to === "quote" && !focusFirstQuote()) focusPanel();
      },
      { signal },
    );
  }
}
