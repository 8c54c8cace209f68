/**
 * Which script a text is written in, by counting letters. Used to refuse an Arabic file given as
 * the English side (or the reverse), to spot a line of the wrong language inside an edition, and
 * by the aligner to treat such lines as one-sided.
 */

export type ScriptCounts = { latin: number; arabic: number; other: number };

export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { latin: 0, arabic: 0, other: 0 };
  for (const ch of text) {
    if (/\p{Script=Latin}/u.test(ch)) counts.latin++;
    else if (/\p{Script=Arabic}/u.test(ch) && /\p{L}/u.test(ch)) counts.arabic++;
    else if (/\p{L}/u.test(ch)) counts.other++;
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
