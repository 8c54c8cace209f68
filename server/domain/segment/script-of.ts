/**
 * Which script a text is written in, by counting letters. Used to refuse an Arabic file given as
 * the English side (or the reverse), to spot a line of the wrong language inside an edition, and
 * by the aligner to treat such lines as one-sided.
 */

export type ScriptCounts = { latin: number; arabic: number; other: number };

function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5 || (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)
  );
}

function isLatinLetter(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

/** Letters per script; character codes are tested by range (the common case) before \p{L}. */
export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { latin: 0, arabic: 0, other: 0 };
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x41) continue;
    if (isLatinLetter(c)) counts.latin++;
    else if (isArabicLetter(c)) counts.arabic++;
    else if (c > 0x7f && /\p{L}/u.test(text[k] ?? "")) counts.other++;
  }
  return counts;
}

export type Script = "latin" | "arabic" | "mixed" | "none";

/** The dominant script: at least 80% of the letters, else "mixed"; "none" when there are no letters. */
export function dominantScript(text: string): Script {
  const { latin, arabic, other } = countScripts(text);
  const total = latin + arabic + other;
  if (total === 0) return "none";
  if (latin / total >= 0.8) return "latin";
  if (arabic / total >= 0.8) return "arabic";
  return "mixed";
}
