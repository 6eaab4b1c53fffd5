// bench/peers/louvain.ts: our Louvain in a process of its own, on the edge list the peers read.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runOwnLouvain } from "../../bench/peers.js";
import { tempDir } from "../helpers/corpus.js";

describe("our Louvain in its own process", () => {
  it("reads the peers' edge list, finds the communities and writes one line a node", () => {
    const dir = tempDir();
    const edges = join(dir, "projection.edges");
    // Two triangles (0 1 2 and 3 4 5) held together by one light edge, and node 6 alone with node 5.
    const rows = ["0\t1\t3", "1\t2\t3", "0\t2\t3", "3\t4\t3", "4\t5\t3", "3\t5\t3", "2\t3\t1", "5\t6\t3"];
    writeFileSync(edges, `7\n${rows.join("\n")}\n`);
    const partition = join(dir, "partition");
    const result = runOwnLouvain(edges, partition);
    expect(result.seconds).toBeGreaterThan(0);
    expect(result.peakRssMb).toBeGreaterThan(0);
    expect(result.communities).toBe(2);
    const membership = readFileSync(partition, "utf8").trim().split("\n");
    expect(membership).toHaveLength(7);
    expect(new Set(membership.slice(0, 3)).size).toBe(1);
    expect(new Set(membership.slice(3)).size).toBe(1);
    expect(membership[0]).not.toBe(membership[3]);
  });

  it("fails with the reason when the file is not there", () => {
    const dir = tempDir();
    expect(() => runOwnLouvain(join(dir, "missing.edges"), join(dir, "partition"))).toThrow(/our Louvain failed/);
  });
});
