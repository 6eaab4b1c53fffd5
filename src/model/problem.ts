// A problem found while reading a corpus: shared by every stage that reports one (ingest, suggest, the CLI).

export type Severity = "error" | "warning";

export interface Problem {
  severity: Severity;
  /** Path of the file, relative to the corpus folder where possible. */
  file: string;
  /** 1-based line, when the problem has one. */
  line?: number;
  /** Dotted path to the field, e.g. `claims.3.evidence.0.quote`. Empty for the file as a whole. */
  field: string;
  message: string;
  /** The value seen, when it helps to show it. */
  value?: unknown;
  /** How to fix it. */
  hint?: string;
}
