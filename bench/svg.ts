// The chart of a bench run: time against graph size for every stage and system, both axes logarithmic, written as a
// small standalone SVG (no chart library): one colour per stage, one line style per system.
import { parseSize, sortRuns, STAGE_ORDER, type Run, type System } from "./results.js";

const COLOURS = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#1b9e77",
  "#d95f02",
  "#7570b3",
  "#e7298a",
  "#66a61e",
  "#666666",
  "#a6761d",
  "#17becf",
  "#bcbd22",
];
const DASH: Record<System, string> = { panelgraph: "", igraph: "7 4", networkx: "2 3", sigma: "1 3" };
const MARKER: Record<System, "circle" | "square" | "diamond"> = {
  panelgraph: "circle",
  igraph: "square",
  networkx: "diamond",
  sigma: "square",
};

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const fixed = (n: number) => (Math.round(n * 10) / 10).toString();

function sizeLabel(nodes: number): string {
  if (nodes >= 1_000_000) return `${nodes / 1_000_000}M`;
  if (nodes >= 1_000) return `${nodes / 1_000}k`;
  return String(nodes);
}

function secondsLabel(seconds: number): string {
  if (seconds < 1) return `${Math.round(seconds * 1000 * 1000) / 1000} ms`;
  return `${seconds} s`;
}

function marker(kind: "circle" | "square" | "diamond", x: number, y: number, colour: string): string {
  const at = `fill="${colour}" stroke="#fff" stroke-width="1"`;
  if (kind === "circle") return `<circle cx="${fixed(x)}" cy="${fixed(y)}" r="3.5" ${at}/>`;
  if (kind === "square") return `<rect x="${fixed(x - 3.5)}" y="${fixed(y - 3.5)}" width="7" height="7" ${at}/>`;
  return `<path d="M${fixed(x)} ${fixed(y - 4.5)}L${fixed(x + 4.5)} ${fixed(y)}L${fixed(x)} ${fixed(y + 4.5)}L${fixed(x - 4.5)} ${fixed(y)}Z" ${at}/>`;
}

export function chartSvg(runs: Run[], title: string): string {
  // The x position of a size is its name's (1k, 10k …), so a stage run on a size's graph sits above that size.
  const points = sortRuns(runs).filter((r) => r.seconds > 0);
  const series = new Map<string, Run[]>();
  for (const r of points) {
    const key = `${r.stage}\u0000${r.system}`;
    if (!series.has(key)) series.set(key, []);
    series.get(key)!.push(r);
  }
  const stages = [...new Set(points.map((r) => r.stage))];
  const colour = (stage: string) => COLOURS[Math.max(0, STAGE_ORDER.indexOf(stage)) % COLOURS.length]!;

  const width = 980;
  const height = 620;
  const plot = { left: 70, top: 48, right: 690, bottom: 560 };
  const sizes = points.map((r) => parseSize(r.size));
  const seconds = points.map((r) => r.seconds);
  const xMin = Math.floor(Math.log10(Math.min(...sizes, 1_000)));
  const xMax = Math.max(xMin + 1, Math.log10(Math.max(...sizes, 10_000)) + 0.1);
  const yMin = Math.floor(Math.log10(Math.min(...seconds, 0.01)));
  const yMax = Math.max(yMin + 1, Math.ceil(Math.log10(Math.max(...seconds, 1))));
  const px = (nodes: number) =>
    plot.left + ((Math.log10(nodes) - xMin) / (xMax - xMin)) * (plot.right - plot.left) * 0.94 + 20;
  const py = (s: number) => plot.bottom - ((Math.log10(s) - yMin) / (yMax - yMin)) * (plot.bottom - plot.top);

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
      `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${plot.left}" y="26" font-size="16" font-weight="600" fill="#1d2330">${escape(title)}</text>`,
  );
  // Grid and axes.
  for (let e = yMin; e <= yMax; e++) {
    const y = py(10 ** e);
    out.push(
      `<line x1="${plot.left}" y1="${fixed(y)}" x2="${plot.right}" y2="${fixed(y)}" stroke="#e3e6ec"/>`,
      `<text x="${plot.left - 8}" y="${fixed(y + 4)}" text-anchor="end" fill="#4a5264">${secondsLabel(10 ** e)}</text>`,
    );
  }
  for (const nodes of [...new Set(sizes)].sort((a, b) => a - b)) {
    const x = px(nodes);
    out.push(
      `<line x1="${fixed(x)}" y1="${plot.top}" x2="${fixed(x)}" y2="${plot.bottom}" stroke="#e3e6ec"/>`,
      `<text x="${fixed(x)}" y="${plot.bottom + 18}" text-anchor="middle" fill="#4a5264">${sizeLabel(nodes)}</text>`,
    );
  }
  out.push(
    `<rect x="${plot.left}" y="${plot.top}" width="${plot.right - plot.left}" height="${plot.bottom - plot.top}" fill="none" stroke="#9aa1ad"/>`,
    `<text x="${(plot.left + plot.right) / 2}" y="${plot.bottom + 40}" text-anchor="middle" fill="#1d2330">graph size (nodes; edges ≈ 5× nodes)</text>`,
    `<text x="18" y="${(plot.top + plot.bottom) / 2}" text-anchor="middle" fill="#1d2330" transform="rotate(-90 18 ${(plot.top + plot.bottom) / 2})">time (log scale)</text>`,
  );
  // Series.
  for (const [, list] of series) {
    const { stage, system } = list[0]!;
    const c = colour(stage);
    if (list.length > 1) {
      const d = list.map((r, i) => `${i === 0 ? "M" : "L"}${fixed(px(parseSize(r.size)))} ${fixed(py(r.seconds))}`);
      const dash = DASH[system] ? ` stroke-dasharray="${DASH[system]}"` : "";
      out.push(`<path d="${d.join("")}" fill="none" stroke="${c}" stroke-width="2"${dash}/>`);
    }
    for (const r of list) out.push(marker(MARKER[system], px(parseSize(r.size)), py(r.seconds), c));
  }
  // Legend: stages by colour, systems by line and marker.
  let y = plot.top + 4;
  const lx = plot.right + 24;
  out.push(`<text x="${lx}" y="${y}" font-weight="600" fill="#1d2330">Stage</text>`);
  for (const stage of stages) {
    y += 18;
    out.push(
      `<rect x="${lx}" y="${y - 9}" width="14" height="10" fill="${colour(stage)}"/>`,
      `<text x="${lx + 20}" y="${y}" fill="#1d2330">${escape(stage)}</text>`,
    );
  }
  y += 30;
  out.push(`<text x="${lx}" y="${y}" font-weight="600" fill="#1d2330">System</text>`);
  for (const system of ["panelgraph", "igraph", "networkx", "sigma"] as System[]) {
    if (!points.some((r) => r.system === system)) continue;
    y += 18;
    const dash = DASH[system] ? ` stroke-dasharray="${DASH[system]}"` : "";
    out.push(
      `<line x1="${lx}" y1="${y - 4}" x2="${lx + 30}" y2="${y - 4}" stroke="#1d2330" stroke-width="2"${dash}/>`,
      marker(MARKER[system], lx + 15, y - 4, "#1d2330"),
      `<text x="${lx + 38}" y="${y}" fill="#1d2330">${system}</text>`,
    );
  }
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}
