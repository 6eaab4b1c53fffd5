// Narrow windows (phones, tablets, a small window; style.css, "narrow windows"): the controls fold into a drawer the
// top bar's "Controls" button opens, and the graph is drawn only once its area has a size.
import { byId } from "../views/dom.ts";

/** The width below which the side columns fold (style.css's media query says the same). */
export const NARROW_WIDTH = 900;

/**
 * Opens and closes the controls' drawer: the top bar's button, its ×, Escape, and choosing a node from it. A narrow
 * window also starts with the legend folded (its summary opens it), to leave the graph the height.
 */
export function bindNarrowLayout(): void {
  const narrow = matchMedia(`(max-width: ${NARROW_WIDTH}px)`);
  if (narrow.matches) byId<HTMLDetailsElement>("legend").open = false;
  const toggle = byId<HTMLButtonElement>("controls-toggle");
  const controls = byId("controls");
  const setOpen = (open: boolean) => {
    document.body.classList.toggle("controls-open", open);
    toggle.setAttribute("aria-expanded", String(open));
  };
  const isOpen = () => document.body.classList.contains("controls-open");
  toggle.addEventListener("click", () => {
    setOpen(!isOpen());
    if (isOpen()) controls.querySelector<HTMLElement>("input, button:not(.close)")?.focus({ preventScroll: true });
  });
  byId("controls-close").addEventListener("click", () => {
    setOpen(false);
    toggle.focus({ preventScroll: true });
  });
  // Before the page's own Escape (which closes the reader, then the drawer, then deselects): the drawer goes first.
  window.addEventListener(
    "keydown",
    (event) => {
      if (event.key !== "Escape" || !isOpen() || controls.querySelector(".options:not([hidden])")) return;
      event.stopPropagation();
      event.preventDefault();
      setOpen(false);
      toggle.focus({ preventScroll: true });
    },
    { capture: true },
  );
  // A speaker or quote chosen in the drawer (who spoke on …): the drawer makes way for the graph and the panel.
  controls.addEventListener("click", (event) => {
    if ((event.target as Element).closest(".node-link, button.quote")) setOpen(false);
  });
  // Widened past the breakpoint: the columns are back, and the drawer's state must not linger for the next narrowing.
  narrow.addEventListener("change", (query) => query.matches || setOpen(false));
}

/** What the status line says while the graph's area has no size to draw in. */
export function noRoomMessage(container: HTMLElement): string {
  return (
    `The graph has no room to be drawn: its area is ${container.offsetWidth} × ${container.offsetHeight} pixels. ` +
    "Widen the window (or zoom the page out); it is drawn as soon as there is room."
  );
}

/**
 * Resolves once `container` has a width and a height: Sigma cannot draw in an empty box (a window too narrow for
 * the columns, a page laid out late). Until then, after a moment, the status line says why nothing is drawn.
 */
export function roomToDraw(container: HTMLElement, status: HTMLElement, patience = 1000): Promise<void> {
  const hasRoom = () => container.offsetWidth > 0 && container.offsetHeight > 0;
  if (hasRoom()) return Promise.resolve();
  return new Promise((resolve) => {
    const before = status.textContent;
    const timer = setTimeout(() => (status.textContent = noRoomMessage(container)), patience);
    const observer = new ResizeObserver(() => {
      if (!hasRoom()) return;
      observer.disconnect();
      clearTimeout(timer);
      status.textContent = before;
      resolve();
    });
    observer.observe(container);
  });
}
