/**
 * Numbers one edition of a pair gives and the other lacks or gives differently, compared by value
 * whatever the digit script, separators or scale words (12174 = ١٢١٧٤ = 12,174; 45,000 = ٤٥ ألف;
 * 2 million = مليونا; 12174 ≠ ١٢٤٧١), as segment/english-numbers.ts and segment/arabic-numbers.ts
 * read them. A number written in words on the other side (two, اثنان, ثلاثة آلاف) counts as given;
 * only numbers written with digits are flagged. Vague quantities ("thousands", "عشرات الآلاف") are
 * neither flagged nor missed. An ordinal or a fraction in words answers a number in digits
 * ("Radio 4" = "الإذاعة الرابعة", "Nord Stream 2" = "نورد ستريم الثاني", "50 percent" = "النصف"),
 * and digit groups one space apart are also read together, as a telephone number is written
 * ("116 123" = "116123"). When the other side has exactly one unmatched number with the same
 * digits in another order, it is named as the likely counterpart.
 */
import { readArabicNumbers } from "../segment/arabic-numbers.js";
import { readEnglishNumbers } from "../segment/english-numbers.js";
import { valueKey, type ExactNumber } from "../segment/number-values.js";
import { toAsciiDigits } from "../segment/normalise-arabic.js";
import type { Check, Lang, PreparedDocument, RawFinding } from "./types.js";

type Found = { paragraph: number; n: ExactNumber; key: string; grouped: string[] };
type Read = { exact: ExactNumber[]; indirect: number[]; grouped: string[][] };

const sorted = (value: string) => [...value].sort().join("");

const PLAIN_DIGITS = /^[\d\u0660-\u0669\u06F0-\u06F9]+$/u;

/**
 * For each exact number, the keys of the digit groups it is one of: plain digit runs one space
 * apart ("116 123") read as one number ("116123"), each group with that reading.
 */
function spacedGroups(text: string, exact: readonly ExactNumber[]): string[][] {
  const out: string[][] = exact.map(() => []);
  const plain = (n: ExactNumber | undefined) => n !== undefined && PLAIN_DIGITS.test(text.slice(n.start, n.end));
  for (let a = 0; a < exact.length; ) {
    let b = a;
    while (plain(exact[b]) && plain(exact[b + 1]) && text.slice(exact[b]?.end, exact[b + 1]?.start) === " ") b++;
    if (b > a) {
      const key = valueKey(Number(toAsciiDigits(exact.slice(a, b + 1).map((n) => text.slice(n.start, n.end)).join(""))));
      for (let k = a; k <= b; k++) out[k]?.push(key);
    }
    a = b + 1;
  }
  return out;
}

/** The quantities of some paragraphs of one side, read once per paragraph; `indirect` collects the ordinals' and fractions' values. */
function exactNumbers(doc: PreparedDocument, lang: Lang, paragraphs: readonly number[], cache: Map<string, Read>, indirect: Set<string>): Found[] {
  const out: Found[] = [];
  for (const paragraph of paragraphs) {
    const id = `${lang}:${paragraph}`;
    let read = cache.get(id);
    if (!read) {
      const text = doc[lang].texts[paragraph] ?? "";
      const all = lang === "en" ? readEnglishNumbers(text) : readArabicNumbers(text, doc.ar.tokens[paragraph]);
      const exact = all.filter((e): e is ExactNumber => e.kind === "exact");
      read = { exact, indirect: all.flatMap((e) => (e.kind === "indirect" ? e.values : [])), grouped: spacedGroups(text, exact) };
      cache.set(id, read);
    }
    for (const v of read.indirect) indirect.add(valueKey(v));
    read.exact.forEach((n, k) => out.push({ paragraph, n, key: valueKey(n.values[0] ?? 0), grouped: read?.grouped[k] ?? [] }));
  }
  return out;
}

export const numberMismatch: Check = {
  id: "number-mismatch", severity: "error", side: "pair", numberParams: ["number", "other"],
  run: (doc) => {
    const out: RawFinding[] = [];
    const cache = new Map<string, Read>();
    for (const bead of doc.beads) {
      if (bead.en.length === 0 || bead.ar.length === 0) continue;
      // Every reading of every exact quantity counts as given ("1.200" may be 1.2 or 1,200), and
      // so do the digit groups read together and the ordinals and fractions in words.
      const given = { en: new Set<string>(), ar: new Set<string>() };
      const found = { en: exactNumbers(doc, "en", bead.en, cache, given.en), ar: exactNumbers(doc, "ar", bead.ar, cache, given.ar) };
      for (const lang of ["en", "ar"] as const) for (const f of found[lang]) for (const key of [...f.n.values.map(valueKey), ...f.grouped]) given[lang].add(key);
      const answered = (f: Found, other: Set<string>) => f.n.values.some((v) => other.has(valueKey(v))) || f.grouped.some((key) => other.has(key));
      const unmatched = {
        en: found.en.filter((f) => f.n.digits && !answered(f, given.ar)),
        ar: found.ar.filter((f) => f.n.digits && !answered(f, given.en)),
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
