import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DATA_DIR = join(ROOT, "graph-data");
export const MINI_DIR = join(ROOT, "tests/fixtures/mini");
