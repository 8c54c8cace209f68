/**
 * A pair whose Arabic/English length ratio is far off the document's own (the median over its
 * pairs): more than twice or less than half of it, on pairs long enough for the ratio to mean
 * something (80 characters on the shorter side). A sign of a half-translated or padded paragraph.
 */
import type { Check, RawFinding } from "./types.js";

const MIN_CHARS = 80;
const FACTOR = 2;

export const lengthRatio: Check = {
  id: "length-ratio", severity: "info", side: "pair", numberParams: ["ratio", "expected"],
  run: (doc) => {
    const pairs = doc.beads
      .filter((b) => b.en.length > 0 && b.ar.length > 0)
      .map((b) => {
        const en = b.en.reduce((s, i) => s + (doc.en.texts[i]?.length ?? 0), 0);
        const ar = b.ar.reduce((s, j) => s + (doc.ar.texts[j]?.length ?? 0), 0);
        return { bead: b, en, ar, ratio: en > 0 ? ar / en : 0 };
      });
    if (pairs.length < 3) return [];
    const ratios = pairs.map((p) => p.ratio).sort((a, b) => a - b);
    const median = ratios[Math.floor(ratios.length / 2)] ?? 1;
    const out: RawFinding[] = [];
    for (const p of pairs) {
      if (Math.min(p.en, p.ar) < MIN_CHARS || median <= 0) continue;
      if (p.ratio <= median * FACTOR && p.ratio >= median / FACTOR) continue;
      const i = p.bead.en[0] ?? 0;
      out.push({
        lang: "en", paragraph: i, paired: [...p.bead.ar], start: 0, end: doc.en.texts[i]?.length ?? 0,
        params: { ratio: p.ratio.toFixed(2), expected: median.toFixed(2) }, suggestion: null,
      });
    }
    return out;
  },
};
