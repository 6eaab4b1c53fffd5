// Serves the viewer with Vite's dev server; the built graph is in build/, Vite's public folder.
import { fileURLToPath } from "node:url";
import { createServer } from "vite";

const root = fileURLToPath(new URL("../..", import.meta.url));

export async function serveViewer(options: { port: number; host: string }): Promise<string> {
  const server = await createServer({
    configFile: `${root}vite.config.ts`,
    server: { port: options.port, host: options.host, strictPort: false },
    logLevel: "warn",
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? `http://${options.host}:${options.port}/`;
  return url;
}
