// The page's side of the review API (src/cli/review-api.ts). The token is in the index.html that `npm start` serves,
// and only there: the static site has none, and then the review mode does not exist.
import type {
  Change,
  ChangeAnswer,
  PossibleRecommendations,
  SourceSummary,
  SourceView,
} from "../../src/model/review.ts";

const BASE = "./api/review";
const TOKEN_HEADER = "x-panelgraph-token";

/** The token the server put into this page, or null (the static site, or a server that listens beyond this machine). */
export function reviewToken(): string | null {
  return document.querySelector<HTMLMetaElement>('meta[name="panelgraph-review-token"]')?.content || null;
}

export interface ReviewApi {
  sources(): Promise<SourceSummary[]>;
  source(id: string): Promise<SourceView>;
  /** The source's passages that may propose something, of kinds not drafted, that no claim rests on yet. */
  possibleRecommendations(id: string): Promise<PossibleRecommendations>;
  change(file: string, hash: string, change: Change): Promise<{ status: number; answer: ChangeAnswer }>;
  undo(): Promise<{ status: number; answer: ChangeAnswer }>;
}

export function reviewApi(token: string): ReviewApi {
  const headers = { [TOKEN_HEADER]: token };
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${BASE}${path}`, { headers, cache: "no-store" });
    const body = (await response.json()) as T & { error?: string };
    if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
    return body;
  };
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${BASE}${path}`, {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    let answer: ChangeAnswer;
    try {
      answer = (await response.json()) as ChangeAnswer;
    } catch {
      answer = { ok: false, error: `the server answered HTTP ${response.status}` };
    }
    return { status: response.status, answer };
  };
  return {
    sources: async () => (await get<{ sources: SourceSummary[] }>("/sources")).sources,
    source: (id) => get<SourceView>(`/source?id=${encodeURIComponent(id)}`),
    possibleRecommendations: (id) =>
      get<PossibleRecommendations>(`/possible-recommendations?id=${encodeURIComponent(id)}`),
    change: (file, hash, change) => post("/change", { file, hash, change }),
    undo: () => post("/undo", {}),
  };
}
