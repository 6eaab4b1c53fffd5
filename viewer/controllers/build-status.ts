/// <reference types="vite/client" />
// Under `npm start` (`panelgraph serve`), the corpus is rebuilt whenever a file of it changes. A good rebuild reloads
// the page (the URL keeps the view); a failed one shows its problems in a banner over the last good graph. The built
// site has no server behind it and skips all of this.
import { BUILD_EVENT, BUILD_STATUS_FILE, type BuildStatus } from "../../src/model/build-status.ts";
import { byId, count, h } from "../views/dom.ts";

const STATUS_FILE = `./${BUILD_STATUS_FILE}`;

export function showBuildStatus(status: BuildStatus | null): void {
  const banner = byId("build-banner");
  if (status === null || status.ok) {
    banner.hidden = true;
    banner.replaceChildren();
    return;
  }
  const close = h("button", {
    className: "close",
    text: "×",
    attrs: { type: "button", "aria-label": "Hide the build problems" },
  });
  close.addEventListener("click", () => showBuildStatus(null));
  const head = h("div", { className: "banner-head" }, h("strong", "Build failed: "), status.summary, close);
  // The errors stopped the build, so they come first, each marked; the warnings (often dozens of suggested entities
  // not reviewed yet) did not, and wait folded under their count. A build stopped by something other than the corpus
  // (graph.json unwritable, …) has its summary and no list.
  const warnings = status.warnings ?? [];
  const body: HTMLElement[] = [];
  if (status.problems.length > 0) {
    body.push(
      h("p", { className: "banner-hint" }, "Fix these in the corpus; the page reloads once the build succeeds."),
      h(
        "ul",
        { className: "errors" },
        ...status.problems.map((line) => h("li", {}, h("span", { className: "kind", text: "error" }), " ", line)),
      ),
    );
  }
  if (warnings.length > 0) {
    body.push(
      h(
        "details",
        { className: "warnings" },
        h("summary", `${count(warnings.length, "warning")} (they did not stop the build)`),
        h("ul", {}, ...warnings.map((line) => h("li", { text: line }))),
      ),
    );
  }
  banner.replaceChildren(head, ...(body.length > 0 ? [h("div", { className: "banner-body" }, ...body)] : []));
  banner.hidden = false;
}

/** The status of the last build (dev server only, where hot reloading is on), or null where there is none. */
export async function lastBuildStatus(): Promise<BuildStatus | null> {
  if (!import.meta.hot) return null;
  try {
    const response = await fetch(STATUS_FILE, { cache: "no-store" });
    return response.ok ? ((await response.json()) as BuildStatus) : null;
  } catch {
    return null;
  }
}

/** What a good rebuild does instead of reloading the page, when something (the review mode) keeps its own state. */
export const onGoodBuild: { replace: (() => void) | null } = { replace: null };

export function watchBuilds(): void {
  import.meta.hot?.on(BUILD_EVENT, (status: BuildStatus) => {
    if (status.ok && onGoodBuild.replace) {
      showBuildStatus(null);
      onGoodBuild.replace();
    } else if (status.ok) location.reload();
    else showBuildStatus(status);
  });
}
