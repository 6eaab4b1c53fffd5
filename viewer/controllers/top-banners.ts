// The lines laid over the top of the graph (#top-banners: the build banner, the review hint) stack one under another,
// and the source reader opens below the lowest one shown, so no banner covers its title (style.css, "top banners").
import { byId } from "../views/dom.ts";

/** Keeps the stage's --top-banners-bottom at the banners' bottom edge, as they appear, go or wrap with the width. */
export function keepReaderBelowBanners(): void {
  const banners = byId("top-banners");
  const stage = byId("stage");
  new ResizeObserver(() =>
    stage.style.setProperty("--top-banners-bottom", `${banners.offsetTop + banners.offsetHeight}px`),
  ).observe(banners);
}
