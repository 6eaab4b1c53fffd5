// One size's pipeline in a process of its own (started by bench/run.ts with --expose-gc), so each size starts from a
// clean heap and its peak RSS is its own. Reports stages to the parent over IPC, or as JSON lines without a parent.
import { parseArgs } from "node:util";
import { runPipeline, type PipelineInfo, type StageMeasure } from "./pipeline.js";

export type ChildMessage =
  | { type: "stage"; measure: StageMeasure }
  | { type: "info"; info: PipelineInfo }
  | { type: "done" }
  | { type: "error"; message: string };

const send = (message: ChildMessage) => {
  if (process.send) process.send(message);
  else process.stdout.write(`${JSON.stringify(message)}\n`);
};

const { values } = parseArgs({
  options: {
    corpus: { type: "string" },
    work: { type: "string" },
    seed: { type: "string", default: "1" },
    queries: { type: "string", default: "1000" },
    "query-budget": { type: "string", default: "60" },
    "gexf-1m": { type: "boolean", default: false },
    "graph-json": { type: "string" },
    "peer-files": { type: "boolean", default: false },
  },
});

try {
  if (!values.corpus || !values.work) throw new Error("usage: child.ts --corpus dir --work dir [--seed s] …");
  await runPipeline(
    {
      corpusDir: values.corpus,
      workDir: values.work,
      seed: Number(values.seed),
      queries: Number(values.queries),
      queryBudgetSeconds: Number(values["query-budget"]),
      gexfMillion: values["gexf-1m"],
      peerFiles: values["peer-files"],
      ...(values["graph-json"] ? { graphJson: values["graph-json"] } : {}),
    },
    { stage: (measure) => send({ type: "stage", measure }), info: (info) => send({ type: "info", info }) },
  );
  send({ type: "done" });
} catch (error) {
  send({ type: "error", message: (error as Error).stack ?? String(error) });
  process.exitCode = 1;
}
// The IPC channel keeps the process alive; the parent has all it needs.
process.disconnect?.();
