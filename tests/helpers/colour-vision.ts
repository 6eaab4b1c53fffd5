// Colour-vision deficiency simulation and colour difference, for the palette's tests. The simulation is Machado,
// Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of Color Vision Deficiency", severity
// 1.0 matrices, applied to linear sRGB; the difference is CIEDE2000 (Sharma, Wu & Dalal 2005) in CIELAB under D65.
import { hexToRgb } from "../../src/export/palette.js";

export type Vision = "normal" | "protanopia" | "deuteranopia" | "tritanopia";
type Matrix = readonly [number, number, number, number, number, number, number, number, number];

const MACHADO: Record<Exclude<Vision, "normal">, Matrix> = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};

export const VISIONS: readonly Vision[] = ["normal", "protanopia", "deuteranopia", "tritanopia"];

const toLinear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const clamp = (v: number) => Math.min(1, Math.max(0, v));

/** Linear sRGB (0–1) of a colour as a viewer with `vision` sees it. */
export function simulate(hex: string, vision: Vision): [number, number, number] {
  const { r, g, b } = hexToRgb(hex);
  const rgb: [number, number, number] = [toLinear(r), toLinear(g), toLinear(b)];
  if (vision === "normal") return rgb;
  const m = MACHADO[vision];
  return [
    clamp(m[0] * rgb[0] + m[1] * rgb[1] + m[2] * rgb[2]),
    clamp(m[3] * rgb[0] + m[4] * rgb[1] + m[5] * rgb[2]),
    clamp(m[6] * rgb[0] + m[7] * rgb[1] + m[8] * rgb[2]),
  ];
}

/** CIELAB (D65) of linear sRGB. */
export function lab([r, g, b]: readonly [number, number, number]): [number, number, number] {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIEDE2000 colour difference between two CIELAB colours. */
export function deltaE2000(a: readonly number[], b: readonly number[]): number {
  const [L1, a1, b1] = a as [number, number, number];
  const [L2, a2, b2] = b as [number, number, number];
  const rad = Math.PI / 180;
  const C1 = Math.hypot(a1, b1);
  const C2 = Math.hypot(a2, b2);
  const Cm = (C1 + C2) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cm ** 7 / (Cm ** 7 + 25 ** 7)));
  const a1p = (1 + G) * a1;
  const a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1);
  const C2p = Math.hypot(a2p, b2);
  const hue = (bb: number, ap: number) => {
    if (bb === 0 && ap === 0) return 0;
    const h = Math.atan2(bb, ap) / rad;
    return h < 0 ? h + 360 : h;
  };
  const h1p = hue(b1, a1p);
  const h2p = hue(b2, a2p);
  const dLp = L2 - L1;
  const dCp = C2p - C1p;
  let dhp = 0;
  if (C1p * C2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin((dhp / 2) * rad);
  const Lpm = (L1 + L2) / 2;
  const Cpm = (C1p + C2p) / 2;
  let hpm = h1p + h2p;
  if (C1p * C2p !== 0) {
    if (Math.abs(h1p - h2p) > 180) hpm = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
    else hpm = (h1p + h2p) / 2;
  }
  const T =
    1 -
    0.17 * Math.cos((hpm - 30) * rad) +
    0.24 * Math.cos(2 * hpm * rad) +
    0.32 * Math.cos((3 * hpm + 6) * rad) -
    0.2 * Math.cos((4 * hpm - 63) * rad);
  const dTheta = 30 * Math.exp(-(((hpm - 275) / 25) ** 2));
  const Rc = 2 * Math.sqrt(Cpm ** 7 / (Cpm ** 7 + 25 ** 7));
  const Sl = 1 + (0.015 * (Lpm - 50) ** 2) / Math.sqrt(20 + (Lpm - 50) ** 2);
  const Sc = 1 + 0.045 * Cpm;
  const Sh = 1 + 0.015 * Cpm * T;
  const Rt = -Math.sin(2 * dTheta * rad) * Rc;
  return Math.sqrt((dLp / Sl) ** 2 + (dCp / Sc) ** 2 + (dHp / Sh) ** 2 + Rt * (dCp / Sc) * (dHp / Sh));
}

/** How different two colours look to a viewer with `vision` (CIEDE2000 of the simulated colours). */
export function difference(x: string, y: string, vision: Vision): number {
  return deltaE2000(lab(simulate(x, vision)), lab(simulate(y, vision)));
}

/** The smallest difference between any two colours of `colours`, for `vision`, with the pair. */
export function closestPair(colours: readonly string[], vision: Vision): { a: string; b: string; delta: number } {
  let best = { a: "", b: "", delta: Infinity };
  for (let i = 0; i < colours.length; i++) {
    for (let j = i + 1; j < colours.length; j++) {
      const delta = difference(colours[i]!, colours[j]!, vision);
      if (delta < best.delta) best = { a: colours[i]!, b: colours[j]!, delta };
    }
  }
  return best;
}

/** WCAG 2 contrast ratio of two colours (1–21). */
export function contrastRatio(x: string, y: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = simulate(hex, "normal");
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [l1, l2] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}
