/**
 * Numbers one edition of a pair gives and the other lacks or gives differently, compared by value
 * whatever the digit script or separators (12174 = ١٢١٧٤ = 12,174; 12174 ≠ ١٢٤٧١). A number written
 * in words on the other side (two, اثنان) counts as given. When the other side has exactly one
 * unmatched number with the same digits in another order, it is named as the likely counterpart.
 */
import { arabicAnchors, englishAnchors, findNumbers, type NumberMatch } from "../align/anchors.js";
import type { Check, Lang, PreparedDocument, RawFinding } from "./types.js";

const sorted = (value: string) => [...value].sort().join("");

function anchorsOf(doc: PreparedDocument, lang: Lang, paragraphs: readonly number[]): Set<string> {
  const keys = new Set<string>();
  for (const k of paragraphs) {
    const text = doc[lang].texts[k] ?? "";
    const tokens = [...(doc[lang].tokens[k] ?? [])];
    for (const key of lang === "en" ? englishAnchors(text, tokens) : arabicAnchors(text, tokens)) keys.add(key);
  }
  return keys;
}

function numbersOf(doc: PreparedDocument, lang: Lang, paragraphs: readonly number[]): { paragraph: number; n: NumberMatch }[] {
  return paragraphs.flatMap((paragraph) => findNumbers(doc[lang].texts[paragraph] ?? "").map((n) => ({ paragraph, n })));
}

export const numberMismatch: Check = {
  id: "number-mismatch", severity: "error", side: "pair",
  run: (doc) => {
    const out: RawFinding[] = [];
    for (const bead of doc.beads) {
      if (bead.en.length === 0 || bead.ar.length === 0) continue;
      const sides: [Lang, readonly number[], readonly number[]][] = [["en", bead.en, bead.ar], ["ar", bead.ar, bead.en]];
      const unmatched = new Map<Lang, { paragraph: number; n: NumberMatch }[]>();
      for (const [lang, own, other] of sides) {
        const otherKeys = anchorsOf(doc, lang === "en" ? "ar" : "en", other);
        unmatched.set(lang, numbersOf(doc, lang, own).filter(({ n }) => !otherKeys.has(`n:${n.value}`)));
      }
      for (const [lang, , other] of sides) {
        const mine = unmatched.get(lang) ?? [];
        const theirs = unmatched.get(lang === "en" ? "ar" : "en") ?? [];
        // The other side's unmatched numbers by their sorted digits: one look-up per number, not a scan.
        const twinsOf = new Map<string, string[]>();
        for (const t of theirs) {
          const key = sorted(t.n.value);
          const list = twinsOf.get(key);
          if (list) list.push(t.n.value);
          else twinsOf.set(key, [t.n.value]);
        }
        for (const { paragraph, n } of mine) {
          const twins = twinsOf.get(sorted(n.value)) ?? [];
          const counterpart = twins.length === 1 ? twins[0] ?? "" : "";
          out.push({ lang, paragraph, paired: [...other], start: n.start, end: n.end, params: { number: n.value, other: counterpart }, suggestion: null });
        }
      }
    }
    return out;
  },
};
