// Review mode (`npm start` only): a "Review" button in the top bar opens, beside the graph, a source's text with its
// passages marked and the list of its suggested claims and entities, to accept, reject, edit or add to. Loaded only
// when the page carries the server's review token (viewer/review/api.ts).
import { onGoodBuild } from "../controllers/build-status.ts";
import { byId, h } from "../views/dom.ts";
import { reviewApi, reviewToken } from "./api.ts";
import { createReviewPanel, type ReviewHooks } from "./panel.ts";
import { reviewHint } from "./hint.ts";
import "./review.css";

const OPEN_KEY = "panelgraph:review-source";

export function startReview(hooks: ReviewHooks): void {
  const token = reviewToken();
  if (!token) return;
  const api = reviewApi(token);
  const panel = createReviewPanel(api, hooks, {
    closed: () => {
      sessionStorage.removeItem(OPEN_KEY);
      onGoodBuild.replace = null;
      button.setAttribute("aria-pressed", "false");
      void showHint();
    },
    opened: (source) => {
      sessionStorage.setItem(OPEN_KEY, source);
      onGoodBuild.replace = () => void panel.graphRebuilt();
      button.setAttribute("aria-pressed", "true");
      hint.hidden = true;
    },
  });
  const button = h("button", {
    className: "review-open",
    text: "Review",
    attrs: { type: "button", id: "review-open", "aria-pressed": "false", title: "Review suggested annotations" },
  });
  button.addEventListener("click", () => (panel.isOpen() ? panel.close() : void panel.open(null)));
  byId("status").before(button);
  // After `suggest`, nothing is in the graph until claims are accepted: the page says where the drafts wait.
  const hintText = h("span", {});
  const hintButton = h("button", { className: "review-hint-open", text: "Open Review", attrs: { type: "button" } });
  hintButton.addEventListener("click", () => void panel.open(null));
  const hint = h("p", { attrs: { id: "review-hint", role: "status" } }, hintText, " ", hintButton);
  hint.hidden = true;
  // Under the build banner when both show; the source reader opens below them (controllers/top-banners.ts).
  byId("top-banners").append(hint);
  async function showHint(): Promise<void> {
    const waiting = (await api.sources().catch(() => [])).filter((s) => s.suggested > 0);
    hint.hidden = panel.isOpen() || waiting.length === 0;
    if (hint.hidden) return;
    hintText.textContent = reviewHint(waiting);
  }
  byId("stage").before(panel.element);
  const last = sessionStorage.getItem(OPEN_KEY);
  if (last !== null) void panel.open(last);
  else void showHint();
  Object.assign((window as unknown as { panelgraph: object }).panelgraph, { review: panel });
}
