// The worker thread of the review's possible recommendations (proposals.ts): the suggest machinery is synchronous and
// takes seconds on a long source, which here do not hold up the server's other answers. Loads the TypeScript itself,
// as src/cli/panelgraph.mjs does, since a worker does not inherit the main thread's loader.
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { readingsIn } = await import("./proposals.ts");

parentPort.on("message", ({ id, dataDir, sourceId }) => {
  readingsIn(dataDir, sourceId).then(
    (read) => parentPort.postMessage({ id, read }),
    (error) => parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
