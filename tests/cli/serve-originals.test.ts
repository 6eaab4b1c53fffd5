// `panelgraph serve` serves the sources' original files (sources/<id>.original.<pdf|html|md>), so the reader's
// "Original file" opens the PDF at the passage's page, and nothing else of the corpus folder; a saved page sandboxed.
// The middleware runs here behind a plain Node server on 127.0.0.1 (not Vite's: faster, and the same handler); the
// files are written by the test.
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it, onTestFinished } from "vitest";
import { serveOriginals } from "../../src/cli/serve.js";
import { ORIGINALS_META, ORIGINALS_URL } from "../../src/model/build-status.js";
import { tempDir } from "../helpers/corpus.js";

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

async function originalsServer(dataDir: string): Promise<string> {
  let handler: Handler | undefined;
  const plugin = serveOriginals(dataDir);
  (plugin.configureServer as (server: unknown) => void)({ middlewares: { use: (h: Handler) => (handler = h) } });
  const server = createServer((req, res) =>
    handler!(req, res, () => {
      res.statusCode = 418; // what the viewer's server would answer instead
      res.end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  onTestFinished(() => void server.close());
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("serve: the sources' original files", () => {
  it("serves a PDF, a saved page (sandboxed) and a Markdown file from sources/, by their original names", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "sources"));
    writeFileSync(join(dir, "sources/fenby-hearing.original.pdf"), "%PDF-1.7 fenby");
    writeFileSync(join(dir, "sources/fenby-blog.original.html"), "<html><script>alert(1)</script></html>");
    writeFileSync(join(dir, "sources/fenby-notes.original.md"), "# Fenby notes\n");
    writeFileSync(join(dir, "sources/fenby-notes.txt"), "Fenby notes\n");
    writeFileSync(join(dir, "registry.yaml"), "people: []\n");
    const base = await originalsServer(dir);
    const get = (path: string) => fetch(`${base}${path}`, { signal: AbortSignal.timeout(10_000) });

    const pdf = await get("/originals/fenby-hearing.original.pdf");
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(await pdf.text()).toBe("%PDF-1.7 fenby");
    const page = await get("/originals/fenby-blog.original.html");
    expect(page.headers.get("content-type")).toBe("text/html");
    expect(page.headers.get("content-security-policy")).toMatch(/^sandbox; default-src 'none'/u);
    expect((await get("/originals/fenby-notes.original.md")).headers.get("content-type")).toBe(
      "text/plain; charset=utf-8",
    );

    // Nothing else of the corpus folder, and no way out of sources/.
    for (const path of [
      "/originals/fenby-notes.txt",
      "/originals/..%2Fregistry.yaml",
      "/originals/%2E%2E%2Fregistry.yaml",
      "/originals/missing.original.pdf",
      "/originals/%E0%A4%A",
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
    expect((await get("/graph.json")).status).toBe(418); // not its to answer
  });

  it("tells the page where the originals are; the static site is not told", () => {
    const plugin = serveOriginals(tempDir());
    const tags = (plugin.transformIndexHtml as unknown as () => { attrs: Record<string, string> }[])();
    expect(tags.map((t) => t.attrs)).toEqual([{ name: ORIGINALS_META, content: ORIGINALS_URL }]);
  });
});

describe("the reader's link to the original", () => {
  it("opens a PDF at the passage's page where serve tells the page, and is no link on the static site", async () => {
    const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
    Object.assign(globalThis, { document });
    const { originalHref } = await import("../../viewer/views/reader.ts");
    expect(originalHref("fenby-hearing.original.pdf", 4)).toBeUndefined();
    const meta = document.createElement("meta");
    meta.setAttribute("name", ORIGINALS_META);
    meta.setAttribute("content", ORIGINALS_URL);
    document.head.append(meta);
    expect(originalHref("fenby-hearing.original.pdf", 4)).toBe("./originals/fenby-hearing.original.pdf#page=4");
    expect(originalHref("fenby-blog.original.html", 4)).toBe("./originals/fenby-blog.original.html");
  });
});
