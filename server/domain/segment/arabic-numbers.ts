/**
 * Quantities in Arabic text as Arabic newsrooms write them, read to values so that they can be
 * compared with the English edition's: digits in any script with a scale word ("٤٥ ألف شخص" =
 * 45,000, "١٥٠ ألفًا", "1.5 مليون", "١٫٥ مليار", "٣ آلاف"), scale words alone ("ألف" = 1,000, the
 * duals "ألفان/ألفين/مليونا/مليوني" = 2,000 / 2 million), small numbers in words with a scale
 * ("ثلاثة آلاف", "خمسة ملايين", "عشرين ألفًا", "ثلاثمئة ألف", "نصف مليون"), sums ("مليون و٢٠٠
 * ألف", "مليون ونصف"), percentages ("١٢٪", "١٢ بالمئة", "في المئة", so that مئة is not read as
 * 100 there) and vague quantities ("آلاف", "عشرات الآلاف", "مئات", "بضعة آلاف") that state no
 * exact number; ordinals and fractions alone ("الرابعة", "الثاني", "النصف") are indirect: the
 * number an English edition may write in digits ("Radio 4", "Nord Stream 2", "50 percent"), also
 * when the ordinal runs into the next word ("الثانٍالذي", a missing space). Words are compared in their matching form (normalise-arabic.ts) after the
 * proclitics they carry (و ف ب ل ك ال); the text itself is never changed.
 */
import { normaliseArabic } from "./normalise-arabic.js";
import { memoiseWords } from "./tokenise.js";
import { findDigitNumbers, multiply, withGaps, type NumberExpression } from "./number-values.js";

type ScaleForm = "singular" | "accusative" | "dual" | "plural";
type WordClass =
  | { kind: "number"; value: number } // 2-10, tens, hundreds
  | { kind: "teenStart"; value: number } // أحد, إحدى, اثنا, اثني: a number only before عشر ("أحد عشر" = 11)
  | { kind: "ordinal"; value: number } // الحادي … التاسع: a number in 11th-19th, 21st-99th; alone, indirect
  | { kind: "teen" } // عشر/عشرة after a unit
  | { kind: "hundred"; value: number } // مئة/مائة, مئتان …
  | { kind: "scale"; value: number; form: ScaleForm }
  | { kind: "vague"; value: number } // عشرات, مئات
  | { kind: "few" } // بضع, بضعة, عدة
  | { kind: "fraction"; value: number } // نصف, ربع
  | { kind: "in" }; // في (before المئة: per cent)

const RAW_CLASSES: [string[], WordClass][] = [
  [["اثنان", "اثنين", "اثنتان", "اثنتين"], { kind: "number", value: 2 }],
  // "اثنا" alone folds like "أثناء" (during): only "اثنا عشر" is a number.
  [["اثنا", "اثني", "اثنتا", "اثنتي"], { kind: "teenStart", value: 2 }],
  [["ثلاث", "ثلاثة"], { kind: "number", value: 3 }],
  [["أربع", "أربعة"], { kind: "number", value: 4 }],
  [["خمس", "خمسة"], { kind: "number", value: 5 }],
  [["ست", "ستة"], { kind: "number", value: 6 }],
  [["سبع", "سبعة"], { kind: "number", value: 7 }],
  [["ثماني", "ثمانية", "ثمان"], { kind: "number", value: 8 }],
  [["تسع", "تسعة"], { kind: "number", value: 9 }],
  [["عشر", "عشرة"], { kind: "teen" }],
  [["أحد", "إحدى"], { kind: "teenStart", value: 1 }],
  [["حادي", "حادية"], { kind: "ordinal", value: 1 }],
  [["ثاني", "ثانية"], { kind: "ordinal", value: 2 }],
  [["ثالث", "ثالثة"], { kind: "ordinal", value: 3 }],
  [["رابع", "رابعة"], { kind: "ordinal", value: 4 }],
  [["خامس", "خامسة"], { kind: "ordinal", value: 5 }],
  [["سادس", "سادسة"], { kind: "ordinal", value: 6 }],
  [["سابع", "سابعة"], { kind: "ordinal", value: 7 }],
  [["ثامن", "ثامنة"], { kind: "ordinal", value: 8 }],
  [["تاسع", "تاسعة"], { kind: "ordinal", value: 9 }],
  // Only alone (indirect): أول for 1st, عاشر for 10th, ثانٍ the indefinite of ثاني (its ي dropped).
  [["أول", "أولى"], { kind: "ordinal", value: 1 }],
  [["ثان"], { kind: "ordinal", value: 2 }],
  [["عاشر", "عاشرة"], { kind: "ordinal", value: 10 }],
  [["عشرون", "عشرين"], { kind: "number", value: 20 }],
  [["ثلاثون", "ثلاثين"], { kind: "number", value: 30 }],
  [["أربعون", "أربعين"], { kind: "number", value: 40 }],
  [["خمسون", "خمسين"], { kind: "number", value: 50 }],
  [["ستون", "ستين"], { kind: "number", value: 60 }],
  [["سبعون", "سبعين"], { kind: "number", value: 70 }],
  [["ثمانون", "ثمانين"], { kind: "number", value: 80 }],
  [["تسعون", "تسعين"], { kind: "number", value: 90 }],
  [["مئة", "مائة"], { kind: "hundred", value: 100 }],
  [["مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مئتي", "مائتا", "مائتي"], { kind: "hundred", value: 200 }],
  [["ثلاثمئة", "ثلاثمائة"], { kind: "hundred", value: 300 }],
  [["أربعمئة", "أربعمائة"], { kind: "hundred", value: 400 }],
  [["خمسمئة", "خمسمائة"], { kind: "hundred", value: 500 }],
  [["ستمئة", "ستمائة"], { kind: "hundred", value: 600 }],
  [["سبعمئة", "سبعمائة"], { kind: "hundred", value: 700 }],
  [["ثمانمئة", "ثمانمائة", "ثمانيمئة", "ثمانيمائة"], { kind: "hundred", value: 800 }],
  [["تسعمئة", "تسعمائة"], { kind: "hundred", value: 900 }],
  [["ألف"], { kind: "scale", value: 1e3, form: "singular" }],
  [["ألفا"], { kind: "scale", value: 1e3, form: "accusative" }],
  [["ألفان", "ألفين", "ألفي"], { kind: "scale", value: 1e3, form: "dual" }],
  [["آلاف", "ألوف"], { kind: "scale", value: 1e3, form: "plural" }],
  [["مليون"], { kind: "scale", value: 1e6, form: "singular" }],
  [["مليونا"], { kind: "scale", value: 1e6, form: "accusative" }],
  [["مليونان", "مليونين", "مليوني"], { kind: "scale", value: 1e6, form: "dual" }],
  [["ملايين"], { kind: "scale", value: 1e6, form: "plural" }],
  [["مليار", "بليون"], { kind: "scale", value: 1e9, form: "singular" }],
  [["مليارا", "بليونا"], { kind: "scale", value: 1e9, form: "accusative" }],
  [["ملياران", "مليارين", "ملياري", "بليونان", "بليونين", "بليوني"], { kind: "scale", value: 1e9, form: "dual" }],
  [["مليارات", "بلايين", "بليونات"], { kind: "scale", value: 1e9, form: "plural" }],
  [["تريليون", "ترليون"], { kind: "scale", value: 1e12, form: "singular" }],
  [["تريليونا", "ترليونا"], { kind: "scale", value: 1e12, form: "accusative" }],
  [["تريليونان", "تريليونين", "تريليوني", "ترليونين"], { kind: "scale", value: 1e12, form: "dual" }],
  [["تريليونات", "ترليونات"], { kind: "scale", value: 1e12, form: "plural" }],
  [["عشرات"], { kind: "vague", value: 10 }],
  [["مئات"], { kind: "vague", value: 100 }],
  [["بضع", "بضعة", "عدة"], { kind: "few" }],
  [["نصف"], { kind: "fraction", value: 0.5 }],
  [["ربع"], { kind: "fraction", value: 0.25 }],
  [["في"], { kind: "in" }],
];

// Hundreds fold like other words once ئ becomes ي ("مئتا" like "ميتًا", dead; "مئة" like "مية",
// water): they count only when written with their hamza or as مائة.
const needsHamza = (cls: WordClass) => cls.kind === "hundred" || (cls.kind === "vague" && cls.value === 100);
const HUNDRED_SPELLING = /[\u0626]|\u0645\u0627\u0626|\u0645\u0627\u064A/u;

/** Matching form -> class. */
const CLASSES = new Map<string, WordClass>();
for (const [words, cls] of RAW_CLASSES) for (const w of words) CLASSES.set(normaliseArabic(w), cls);

// Proclitics: conjunctions (و ف), prepositions (ب ل ك) and the article, alone or combined.
const PREFIXES = ["", "و", "ف", "ال", "وال", "فال", "ب", "ل", "ك", "بال", "كال", "لل", "وب", "ول", "وك", "فب", "فل", "وبال", "وكال", "ولل", "فبال", "فلل"];
const DEFINITE = /ال$|لل$/u;

type Word = { cls: WordClass; prefix: string; definite: boolean };

/** A word's class and the proclitics before it, or null; memoised on the matching form. */
const classify = (() => {
  const cache = new Map<string, Word | null>();
  return (norm: string): Word | null => {
    let found = cache.get(norm);
    if (found !== undefined) return found;
    found = null;
    for (const prefix of PREFIXES) {
      if (!norm.startsWith(prefix)) continue;
      const stem = norm.slice(prefix.length);
      const cls = CLASSES.get(stem);
      if (!cls) continue;
      // A short word after a one-letter preposition is more often another word ("لست": I am not).
      if (stem.length <= 3 && /^[بلك]$/u.test(prefix) && cls.kind === "number") continue;
      if (cls.kind === "in" && prefix !== "") continue;
      // "الاثنين" is Monday far more often than "the two".
      if (prefix === "ال" && cls.kind === "number" && cls.value === 2) continue;
      found = { cls, prefix, definite: DEFINITE.test(prefix) };
      break;
    }
    if (cache.size >= 100000) cache.clear();
    cache.set(norm, found);
    return found;
  };
})();

const fold = memoiseWords(normaliseArabic);

// Arabic letters and marks, as tokenise.ts reads words.
const ARABIC_WORD = /[\u0621-\u065F\u0670-\u06D3\u06D5-\u06ED\u06FA-\u06FF]+/gu;
const TANWIN_FATH = /\u064B/u;

type Token = { start: number; end: number; gap: string; raw: string; word: Word | null; bare: string; values?: number[] };

/** A word as segment/tokenise.ts gives it: its matching form and its span. */
export type ArabicWord = { norm: string; start: number; end: number };

const PERCENT_SIGN = /[%\u066A]/gu;
/** Shorter words are one word: a run of an ordinal into the next word needs both (الثان + الذي). */
const RAN_ON = 7;

/** An ordinal run into the next word's article without a space ("الثانٍالذي"), or null. */
function ranOnOrdinal(bare: string): Word | null {
  if (bare.length < RAN_ON) return null;
  for (let k = bare.indexOf("ال", 3); k > 0; k = bare.indexOf("ال", k + 1)) {
    const head = classify(bare.slice(0, k));
    if (head?.cls.kind === "ordinal") return head;
  }
  return null;
}

function tokensOf(text: string, words: readonly ArabicWord[] | undefined): Token[] {
  const found: Omit<Token, "gap">[] = [];
  const add = (start: number, end: number, bare: string) => {
    let word = classify(bare) ?? ranOnOrdinal(bare);
    // Any other word is only a gap between quantity words ("joined" then sees letters in it).
    if (!word && bare !== "و") return;
    const raw = text.slice(start, end);
    if (word && needsHamza(word.cls) && !HUNDRED_SPELLING.test(raw)) word = null;
    found.push({ start, end, raw, word, bare });
  };
  if (words) for (const w of words) add(w.start, w.end, w.norm);
  else for (const m of text.matchAll(ARABIC_WORD)) add(m.index ?? 0, (m.index ?? 0) + m[0].length, fold(m[0]));
  // Words come in text order; percent signs and digits are merged in by position.
  let sorted = true;
  if (text.includes("%") || text.includes("\u066A")) {
    for (const m of text.matchAll(PERCENT_SIGN)) found.push({ start: m.index ?? 0, end: (m.index ?? 0) + 1, raw: m[0], word: null, bare: m[0] });
    sorted = false;
  }
  const digits = findDigitNumbers(text);
  for (const d of digits) found.push({ start: d.start, end: d.end, raw: text.slice(d.start, d.end), word: null, bare: "", values: d.values });
  if (digits.length > 0 || !sorted) found.sort((a, b) => a.start - b.start);
  return withGaps(text, found);
}

/** Next to the previous token: spaces only between (punctuation ends a quantity). */
const joined = (t: Token | undefined): t is Token => t !== undefined && /^[ \t\u00A0\u200F\u200E]*$/u.test(t.gap);
const bareWord = (t: Token | undefined, kind: WordClass["kind"]) => joined(t) && t.word?.cls.kind === kind && t.word.prefix === "" ? t.word.cls : null;
const isPercentWord = (t: Token | undefined) => t?.word?.cls.kind === "hundred" && t.word.cls.value === 100 && (t.word.prefix === "بال" || t.word.prefix === "ال");

type Exact = { values: number[]; scale: number; digits: boolean; next: number };

/** How many tokens from k say "per cent": ٪, %, بالمئة, في المئة. */
function percentAt(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!t) return 0;
  if ((t.raw === "%" || t.raw === "\u066A") && /^\s?$/u.test(t.gap)) return 1;
  if (!joined(t)) return 0;
  if (isPercentWord(t) && t.word?.prefix === "بال") return 1;
  if (t.word?.cls.kind === "in" && isPercentWord(tokens[k + 1]) && tokens[k + 1]?.word?.prefix === "ال" && joined(tokens[k + 1])) return 2;
  return 0;
}

/** "ونصف" (and a half) after a scale, with an optional "المليون"/"الألف" after it. */
function andAHalf(tokens: Token[], k: number, scale: number): { add: number; next: number } | null {
  const t = tokens[k];
  if (!joined(t) || t.word?.cls.kind !== "fraction" || t.word.prefix !== "و" || scale < 1e3) return null;
  const after = tokens[k + 1];
  const next = joined(after) && after.word?.cls.kind === "scale" && after.word.definite && after.word.cls.value === scale ? k + 2 : k + 1;
  return { add: multiply(t.word.cls.value, scale), next };
}

/** A scale word right after a number: "آلاف" in "ثلاثة آلاف", "ألفًا" in "١٥٠ ألفًا". */
function scaleAfter(tokens: Token[], k: number): number | null {
  const t = tokens[k];
  if (!joined(t) || t.word?.cls.kind !== "scale" || t.word.prefix !== "") return null;
  return t.word.cls.value;
}

/** A number in words from k: 2-99 (with teens and "خمسة وعشرون"), hundreds ("ثلاث مئة"). */
function wordValue(tokens: Token[], k: number): { value: number; next: number } | null {
  const w = tokens[k]?.word;
  if (!w) return null;
  const after = tokens[k + 1];
  if (w.cls.kind === "teenStart") return bareWord(after, "teen") ? { value: 10 + w.cls.value, next: k + 2 } : null;
  if (w.cls.kind === "ordinal") {
    // "الثالثة عشر" (13th), "السابعة والأربعين" (47th), as English writes 13th and 47th in digits.
    if (bareWord(after, "teen")) return { value: 10 + w.cls.value, next: k + 2 };
    if (joined(after) && after.word?.cls.kind === "number" && after.word.prefix.startsWith("و") && after.word.cls.value >= 20) return { value: w.cls.value + after.word.cls.value, next: k + 2 };
    return null;
  }
  if (w.cls.kind === "hundred") return isPercentWord(tokens[k]) && (w.prefix === "بال" || tokens[k - 1]?.word?.cls.kind === "in") ? null : { value: w.cls.value, next: k + 1 };
  if (w.cls.kind === "teen") return { value: 10, next: k + 1 };
  if (w.cls.kind !== "number") return null;
  const value = w.cls.value;
  if (value < 10) {
    if (bareWord(after, "teen")) return { value: value + 10, next: k + 2 };
    const hundred = bareWord(after, "hundred");
    if (hundred && hundred.kind === "hundred" && hundred.value === 100) return { value: value * 100, next: k + 2 };
    if (joined(after) && after.word?.cls.kind === "number" && after.word.prefix === "و" && after.word.cls.value >= 20) {
      return { value: value + after.word.cls.value, next: k + 2 };
    }
  }
  return { value, next: k + 1 };
}

/** An exact quantity from k (digits or words, with scale, "and a half"), or null. */
function exactAt(tokens: Token[], k: number): Exact | null {
  const t = tokens[k];
  if (!t) return null;
  let values: number[];
  let next: number;
  let scale = 1;
  let digits = false;
  if (t.values) {
    ({ values } = t);
    next = k + 1;
    digits = true;
  } else if (t.word?.cls.kind === "scale") {
    const { value, form } = t.word.cls;
    if (form === "plural") return null;
    // "ألفًا" with tanwin is one thousand (accusative); "ألفا شخص", "مليونا نازح" without it are two.
    const two = form === "dual" || (form === "accusative" && !TANWIN_FATH.test(t.raw));
    return withHalf(tokens, { values: [two ? 2 * value : value], scale: value, digits: false, next: k + 1 });
  } else if (t.word?.cls.kind === "fraction" && t.word.prefix !== "و") {
    const after = tokens[k + 1];
    if (!joined(after) || after.word?.cls.kind !== "scale" || after.word.cls.form !== "singular" || (after.word.prefix !== "" && after.word.prefix !== "ال")) return null;
    return { values: [multiply(t.word.cls.value, after.word.cls.value)], scale: after.word.cls.value, digits: false, next: k + 2 };
  } else {
    const words = wordValue(tokens, k);
    if (!words) return null;
    values = [words.value];
    next = words.next;
  }
  const by = scaleAfter(tokens, next);
  if (by !== null) {
    values = values.map((v) => multiply(v, by));
    scale = by;
    next += 1;
  }
  return withHalf(tokens, { values, scale, digits, next });
}

function withHalf(tokens: Token[], e: Exact): Exact {
  const half = andAHalf(tokens, e.next, e.scale);
  return half ? { ...e, values: e.values.map((v) => v + half.add), next: half.next } : e;
}

/** "مليون و٢٠٠ ألف", "ألفين وخمسمئة": a smaller quantity joined by و after a scaled one. */
function withSum(tokens: Token[], e: Exact): Exact {
  if (e.scale < 1e3) return e;
  const t = tokens[e.next];
  if (!joined(t)) return e;
  let from = e.next;
  if (t.bare === "و" && tokens[from + 1]?.values && tokens[from + 1]?.gap === "") from += 1;
  else if (t.word?.prefix !== "و" || (t.word.cls.kind !== "number" && t.word.cls.kind !== "hundred" && t.word.cls.kind !== "scale")) return e;
  const rest = exactAt(tokens, from);
  const part = rest?.values[0];
  if (!rest || part === undefined || part >= e.scale) return e;
  return { values: e.values.map((v) => v + part), scale: e.scale, digits: e.digits || rest.digits, next: rest.next };
}

/** A vague quantity from k: "آلاف", "الآلاف", "عشرات الآلاف", "مئات", "بضعة آلاف". */
function vagueAt(tokens: Token[], k: number): { magnitude: number; next: number } | null {
  const w = tokens[k]?.word;
  if (!w) return null;
  const after = tokens[k + 1];
  const scaleNext = joined(after) && after.word?.cls.kind === "scale" && (after.word.cls.form === "plural" || after.word.definite) ? after.word.cls.value : null;
  if (w.cls.kind === "vague") return scaleNext !== null ? { magnitude: w.cls.value * scaleNext, next: k + 2 } : { magnitude: w.cls.value, next: k + 1 };
  if (w.cls.kind === "few") {
    if (joined(after) && after.word?.cls.kind === "scale") return { magnitude: after.word.cls.value, next: k + 2 };
    if (joined(after) && after.word?.cls.kind === "vague") return { magnitude: after.word.cls.value, next: k + 2 };
    return null;
  }
  if (w.cls.kind === "scale" && w.cls.form === "plural") return { magnitude: w.cls.value, next: k + 1 };
  return null;
}

/** An ordinal alone ("الرابعة": 4) or a fraction alone ("النصف": 0.5 and 50 per cent), not "ونصف". */
function indirectValues(t: Token): number[] | null {
  const w = t.word;
  if (w?.cls.kind === "ordinal") return [w.cls.value];
  if (w?.cls.kind === "fraction" && w.prefix !== "و") return [w.cls.value, multiply(w.cls.value, 100)];
  return null;
}

/**
 * The quantities of an Arabic text, in text order. `words`, when given, are the text's words from
 * tokeniseArabic (the aligner has them already), read instead of tokenising again.
 */
export function readArabicNumbers(text: string, words?: readonly ArabicWord[]): NumberExpression[] {
  const tokens = tokensOf(text, words);
  const out: NumberExpression[] = [];
  for (let k = 0; k < tokens.length; ) {
    const t = tokens[k] as Token;
    const vague = t.values ? null : vagueAt(tokens, k);
    if (vague) {
      out.push({ kind: "vague", magnitude: vague.magnitude, start: t.start, end: tokens[vague.next - 1]?.end ?? t.end });
      k = vague.next;
      continue;
    }
    const exact = exactAt(tokens, k);
    if (exact) {
      const e = withSum(tokens, exact);
      const percent = percentAt(tokens, e.next);
      const last = tokens[e.next + percent - 1] ?? t;
      out.push({ kind: "exact", values: [...new Set(e.values)], digits: e.digits, percent: percent > 0, start: t.start, end: last.end });
      k = e.next + percent;
      continue;
    }
    const indirect = indirectValues(t);
    if (indirect) out.push({ kind: "indirect", values: indirect, start: t.start, end: t.end });
    k += 1;
  }
  return out;
}
