// Peak resident memory of this process, per stage. Linux keeps the peak (VmHWM in /proc/self/status); writing 5 to
// /proc/self/clear_refs resets it to the current RSS, so each stage's peak is its own. Where that is not allowed, the
// peak is the process's peak so far (monotonic), and `rssMethod` says so.
import { readFileSync, writeFileSync } from "node:fs";

export type RssMethod = "vmhwm-reset" | "vmhwm" | "memoryUsage";

function status(field: "VmHWM" | "VmRSS"): number | undefined {
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync("/proc/self/status", "utf8"));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

let method: RssMethod | undefined;

/** Starts a new measurement window; returns how peaks are measured on this machine. */
export function resetPeak(): RssMethod {
  if (method === undefined || method === "vmhwm-reset") {
    try {
      writeFileSync("/proc/self/clear_refs", "5");
      method = "vmhwm-reset";
    } catch {
      method = status("VmHWM") === undefined ? "memoryUsage" : "vmhwm";
    }
  }
  return method;
}

/** Peak RSS in MB since the last reset (or the process start, or now, depending on the method). */
export function peakRssMb(): number {
  const peak = method === "memoryUsage" ? undefined : status("VmHWM");
  return Math.round(peak ?? process.memoryUsage().rss / 1024 / 1024);
}
