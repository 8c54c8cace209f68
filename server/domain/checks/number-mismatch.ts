/**
 * Numbers one edition of a pair gives and the other lacks or gives differently, compared by value
 * whatever the digit script, separators or scale words (12174 = ١٢١٧٤ = 12,174; 45,000 = ٤٥ ألف;
 * 2 million = مليونا; 12174 ≠ ١٢٤٧١), as segment/english-numbers.ts and segment/arabic-numbers.ts
 * read them. A number written in words on the other side (two, اثنان, ثلاثة آلاف) counts as given;
 * only numbers written with digits are flagged. Vague quantities ("thousands", "عشرات الآلاف") are
 * neither flagged nor missed. When the other side has exactly one unmatched number with the same
 * digits in another order, it is named as the likely counterpart.
 */
import { readArabicNumbers } from "../segment/arabic-numbers.js";
import { readEnglishNumbers } from "../segment/english-numbers.js";
import { valueKey, type ExactNumber } from "../segment/number-values.js";
import type { Check, Lang, PreparedDocument, RawFinding } from "./types.js";

type Found = { paragraph: number; n: ExactNumber; key: string };

const sorted = (value: string) => [...value].sort().join("");

/** The exact quantities of some paragraphs of one side, read once per paragraph. */
function exactNumbers(doc: PreparedDocument, lang: Lang, paragraphs: readonly number[], cache: Map<string, ExactNumber[]>): Found[] {
  const out: Found[] = [];
  for (const paragraph of paragraphs) {
    const id = `${lang}:${paragraph}`;
    let exact = cache.get(id);
    if (!exact) {
      const text = doc[lang].texts[paragraph] ?? "";
      const all = lang === "en" ? readEnglishNumbers(text) : readArabicNumbers(text, doc.ar.tokens[paragraph]);
      exact = all.filter((e): e is ExactNumber => e.kind === "exact");
      cache.set(id, exact);
    }
    for (const n of exact) out.push({ paragraph, n, key: valueKey(n.values[0] ?? 0) });
  }
  return out;
}

export const numberMismatch: Check = {
  id: "number-mismatch", severity: "error", side: "pair",
  run: (doc) => {
    const out: RawFinding[] = [];
    const cache = new Map<string, ExactNumber[]>();
    for (const bead of doc.beads) {
      if (bead.en.length === 0 || bead.ar.length === 0) continue;
      const found = { en: exactNumbers(doc, "en", bead.en, cache), ar: exactNumbers(doc, "ar", bead.ar, cache) };
      // Every reading of every exact quantity counts as given ("1.200" may be 1.2 or 1,200).
      const given = {
        en: new Set(found.en.flatMap((f) => f.n.values.map(valueKey))),
        ar: new Set(found.ar.flatMap((f) => f.n.values.map(valueKey))),
      };
      const unmatched = {
        en: found.en.filter((f) => f.n.digits && !f.n.values.some((v) => given.ar.has(valueKey(v)))),
        ar: found.ar.filter((f) => f.n.digits && !f.n.values.some((v) => given.en.has(valueKey(v)))),
      };
      for (const lang of ["en", "ar"] as const) {
        const other = lang === "en" ? bead.ar : bead.en;
        // The other side's unmatched numbers by their sorted digits: one look-up per number, not a scan.
        const twinsOf = new Map<string, string[]>();
        for (const t of unmatched[lang === "en" ? "ar" : "en"]) {
          const key = sorted(t.key);
          const list = twinsOf.get(key);
          if (list) list.push(t.key);
          else twinsOf.set(key, [t.key]);
        }
        for (const { paragraph, n, key } of unmatched[lang]) {
          const twins = twinsOf.get(sorted(key)) ?? [];
          const counterpart = twins.length === 1 ? twins[0] ?? "" : "";
          out.push({ lang, paragraph, paired: [...other], start: n.start, end: n.end, params: { number: key, other: counterpart }, suggestion: null });
        }
      }
    }
    return out;
  },
};
