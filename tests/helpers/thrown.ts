/** The error `run` throws, for a test to look into (its class, its message, its fields); fails when it throws none. */
export function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}
