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

/** The first quote on show in `scope`: one in a folded list (a session's page, "All its connections") is not. */
const firstShownQuote = (scope: HTMLElement) =>
  [...scope.querySelectorAll<HTMLButtonElement>("button.quote")].find((quote) =>
    // checkVisibility is missing before Safari 17.4: there, a folded quote has no offsetParent either.
    typeof quote.checkVisibility === "function" ? quote.checkVisibility() : quote.offsetParent !== null,
  );

/**
 * Moves keyboard focus to the first quote of the evidence drawer (when open) or of the node panel; false if none. On
 * a session's page, whose passages are folded, it opens the first theme's row (views/session.ts) and goes to its quote.
 */
export function focusFirstQuote(): boolean {
  const drawer = byId("edge-drawer");
  const scope = drawer.hidden ? byId("panel-body") : byId("edge-body");
  let quote = firstShownQuote(scope);
  const firstTheme = scope.querySelector<HTMLButtonElement>('tr.theme-row .theme-toggle[aria-expanded="false"]');
  if (!quote && firstTheme) {
    firstTheme.click();
    quote = firstShownQuote(scope);
  }
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
