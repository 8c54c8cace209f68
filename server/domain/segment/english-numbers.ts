/**
 * Quantities in English text as newsrooms write them, read to values so that they can be compared
 * with the Arabic edition's: "45,000", "45 thousand", "2 million", "1.5bn", "$3m", "two million",
 * "a million", "half a million", "twenty-five", "12%" / "12 per cent"; and vague quantities
 * ("thousands", "tens of thousands", "dozens", "several hundred") that state no exact number;
 * ordinals and fractions alone ("the fourth", "second", "half"), a number word in a compound
 * ("the six-month gig") and "a decade" are indirect: the number an Arabic edition may write in
 * digits ("لمدة 6 أشهر", "10 سنوات").
 * Pure: text in, expressions with UTF-16 spans out.
 */
import { findDigitNumbers, multiply, withGaps, type NumberExpression } from "./number-values.js";

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
// Written straight after digits ("1.5bn", "$3m", "45k"); one-letter ones only glued to the digits.
// Case matters: "3M" is a company, "3m" three million.
const SUFFIXES: Record<string, number> = { k: 1e3, K: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12 };
const SPACED_SUFFIXES = new Set(["mn", "mln", "bn", "tn", "trn"]);
const PLURAL_SCALES: Record<string, number> = { dozens: 10, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12 };
const FEW = new Set(["several", "few", "many", "some"]);
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
};
const FRACTIONS: Record<string, number> = { half: 0.5, quarter: 0.25 };
/** Units of time that are a number of years. */
const YEARS: Record<string, number> = { decade: 10, century: 100 };

// The words a quantity is made of; any other word is only a gap between them ("joined" below
// then sees letters in the gap), so only these become tokens.
const QUANTITY_WORDS = [
  ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES), ...Object.keys(PLURAL_SCALES), ...Object.keys(SUFFIXES), ...FEW,
  "a", "an", "and", "of", "half", "hundred", "dozen", "tens", "per", "cent", "percent", "pct",
  ...Object.keys(ORDINALS), ...Object.keys(FRACTIONS), ...Object.keys(YEARS),
];
const COMPOUND = `(?:${Object.keys(TENS).join("|")})-(?:${Object.keys(UNITS).slice(0, 9).join("|")})`;
const WORD = new RegExp(`(?<![\\p{L}\\p{M}'’-])(?:${COMPOUND}|${[...new Set(QUANTITY_WORDS)].sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}\\p{M}'’-])|[%\\u066A]`, "giu");
// A number word before a hyphen and a word: "six-month", "twenty-five-year".
const IN_COMPOUND = new RegExp(`(?<![\\p{L}\\p{M}'’-])(${COMPOUND}|${[...Object.keys(UNITS), ...Object.keys(TENS)].join("|")})-(?=\\p{L})`, "giu");
const MAYBE_NUMBER = /[\d\u0660-\u0669\u06F0-\u06F9]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|scores|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|tieth|teenth|hundredth|half|quarter|decade|century)/iu;

/** A quantity word, a percent sign or a number in digits (values set), with the text since the previous token. */
type Token = { text: string; word: string; start: number; end: number; gap: string; values?: number[] };

function tokensOf(text: string): Token[] {
  const found: Omit<Token, "gap">[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    found.push({ text: m[0], word: m[0].toLowerCase(), start, end: start + m[0].length });
  }
  const digits = findDigitNumbers(text);
  if (digits.length > 0) {
    for (const d of digits) found.push({ text: text.slice(d.start, d.end), word: "", start: d.start, end: d.end, values: d.values });
    found.sort((a, b) => a.start - b.start);
  }
  return withGaps(text, found);
}

/** Words next to each other: only spaces between (a comma or a full stop ends a quantity). */
const joined = (t: Token | undefined) => t !== undefined && /^[ \t\u00A0]+$/u.test(t.gap);

/** 1-99 written as words: "seven", "nineteen", "forty", "forty-two", "forty two". */
function smallNumber(tokens: Token[], k: number): { value: number; next: number } | null {
  const t = tokens[k];
  if (!t) return null;
  const unit = UNITS[t.word];
  if (unit !== undefined) return { value: unit, next: k + 1 };
  const [tens, unitPart] = t.word.split("-");
  const ten = TENS[tens ?? ""];
  if (ten === undefined) return null;
  if (unitPart !== undefined) {
    const u = UNITS[unitPart];
    return u !== undefined && u < 10 ? { value: ten + u, next: k + 1 } : null;
  }
  const after = tokens[k + 1];
  const u = after && joined(after) ? UNITS[after.word] : undefined;
  return u !== undefined && u < 10 ? { value: ten + u, next: k + 2 } : { value: ten, next: k + 1 };
}

/** A number in words from token k: "three hundred and fifty thousand", "a million", "half a million", "a dozen". */
function wordNumber(tokens: Token[], k: number): { value: number; next: number } | null {
  const t = tokens[k];
  if (!t) return null;
  let value: number;
  let next: number;
  const small = smallNumber(tokens, k);
  if (small) {
    ({ value, next } = small);
    // "one" alone ("one of them") is rarely a quantity: only "one hundred", "one million" count.
    if (t.word === "one" && !["hundred", "thousand", "million", "billion", "trillion", "dozen"].includes(tokens[next]?.word ?? "")) return null;
  }
  else if (t.word === "half" && tokens[k + 1]?.word === "a" && joined(tokens[k + 1]) && SCALES[tokens[k + 2]?.word ?? ""] && joined(tokens[k + 2])) {
    return { value: multiply(0.5, SCALES[tokens[k + 2]?.word ?? ""] ?? 1), next: k + 3 };
  } else if ((t.word === "a" || t.word === "an") && joined(tokens[k + 1]) && ["hundred", "thousand", "million", "billion", "trillion", "dozen"].includes(tokens[k + 1]?.word ?? "")) {
    value = 1;
    next = k + 1;
  } else if (t.word === "hundred" || SCALES[t.word] !== undefined || t.word === "dozen") {
    value = 1; // a bare "hundred", "thousand", "million": one of them
    next = k;
  } else return null;
  if (tokens[next]?.word === "dozen" && (next === k || joined(tokens[next]))) return { value: value * 12, next: next + 1 };
  if (tokens[next]?.word === "hundred" && (next === k || joined(tokens[next]))) {
    value *= 100;
    next += 1;
    const and = tokens[next]?.word === "and" && joined(tokens[next]) ? next + 1 : next;
    const rest = joined(tokens[and]) ? smallNumber(tokens, and) : null;
    if (rest) ({ value, next } = { value: value + rest.value, next: rest.next });
  }
  const scale = SCALES[tokens[next]?.word ?? ""];
  if (scale !== undefined && (next === k || joined(tokens[next]))) {
    value = multiply(value, scale);
    next += 1;
  }
  return next > k ? { value, next } : null;
}

/** A vague quantity from token k: "thousands", "tens of thousands", "several hundred", "dozens". */
function vagueQuantity(tokens: Token[], k: number): { magnitude: number; next: number } | null {
  const t = tokens[k];
  if (!t) return null;
  const of = tokens[k + 1]?.word === "of" && joined(tokens[k + 1]) && joined(tokens[k + 2]) ? PLURAL_SCALES[tokens[k + 2]?.word ?? ""] : undefined;
  if ((t.word === "tens" || t.word === "hundreds") && of !== undefined && of >= 1e3) return { magnitude: (t.word === "tens" ? 10 : 100) * of, next: k + 3 };
  const plural = PLURAL_SCALES[t.word];
  if (plural !== undefined) return { magnitude: plural, next: k + 1 };
  if (FEW.has(t.word) || (t.word === "a" && tokens[k + 1]?.word === "few")) {
    const at = t.word === "a" ? k + 2 : k + 1;
    const word = tokens[at]?.word ?? "";
    const scale = word === "hundred" ? 100 : word === "dozen" ? 12 : SCALES[word];
    if (scale !== undefined && joined(tokens[at])) {
      const further = SCALES[tokens[at + 1]?.word ?? ""];
      return further !== undefined && joined(tokens[at + 1]) ? { magnitude: scale * further, next: at + 2 } : { magnitude: scale, next: at + 1 };
    }
  }
  return null;
}

/** Whether tokens from k say "per cent" / "percent" / "%". */
function percentAt(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!t) return 0;
  if ((t.text === "%" || t.text === "٪") && /^\s?$/u.test(t.gap)) return 1;
  if (!joined(t)) return 0;
  if (t.word === "percent" || t.word === "pct") return 1;
  if (t.word === "per" && tokens[k + 1]?.word === "cent" && joined(tokens[k + 1])) return 2;
  return 0;
}

/** The quantities of an English text, in text order. */
export function readEnglishNumbers(text: string): NumberExpression[] {
  if (!MAYBE_NUMBER.test(text)) return [];
  const tokens = tokensOf(text);
  const out: NumberExpression[] = [];
  for (let k = 0; k < tokens.length; ) {
    const t = tokens[k] as Token;
    const digits = t.values;
    if (digits) {
      let values = digits;
      let next = k + 1;
      let end = t.end;
      const after = tokens[next];
      const glued = after !== undefined && after.gap === "";
      const suffix = after ? SUFFIXES[after.text] : undefined;
      const scale = after && (glued || joined(after)) ? SCALES[after.word] : undefined;
      if (suffix !== undefined && (glued || (SPACED_SUFFIXES.has(after?.text ?? "") && joined(after)))) {
        // "3m" could be metres: with a currency sign before it, it is money; otherwise keep both readings.
        const money = /[$€£¥]\s?$/u.test(text.slice(Math.max(0, t.start - 2), t.start));
        values = after?.text === "m" && !money ? [...digits.map((v) => multiply(v, 1e6)), ...digits] : digits.map((v) => multiply(v, suffix));
        next += 1;
        end = after?.end ?? end;
      } else if (scale !== undefined) {
        values = digits.map((v) => multiply(v, scale));
        next += 1;
        end = after?.end ?? end;
      }
      const percent = percentAt(tokens, next);
      if (percent > 0) end = tokens[next + percent - 1]?.end ?? end;
      out.push({ kind: "exact", values, digits: true, percent: percent > 0, start: t.start, end });
      k = next + percent;
      continue;
    }
    const vague = vagueQuantity(tokens, k);
    if (vague) {
      out.push({ kind: "vague", magnitude: vague.magnitude, start: t.start, end: tokens[vague.next - 1]?.end ?? t.end });
      k = vague.next;
      continue;
    }
    const words = wordNumber(tokens, k);
    if (words) {
      const percent = percentAt(tokens, words.next);
      const last = tokens[words.next + percent - 1] ?? t;
      out.push({ kind: "exact", values: [words.value], digits: false, percent: percent > 0, start: t.start, end: last.end });
      k = words.next + percent;
      continue;
    }
    const ordinal = ORDINALS[t.word] ?? YEARS[t.word];
    const fraction = FRACTIONS[t.word];
    if (ordinal !== undefined) out.push({ kind: "indirect", values: [ordinal], start: t.start, end: t.end });
    else if (fraction !== undefined) out.push({ kind: "indirect", values: [fraction, multiply(fraction, 100)], start: t.start, end: t.end });
    k += 1;
  }
  const compounds = [...text.matchAll(IN_COMPOUND)].flatMap((m): NumberExpression[] => {
    const [tens, unit] = (m[1] ?? "").toLowerCase().split("-");
    const value = unit === undefined ? (UNITS[tens ?? ""] ?? TENS[tens ?? ""]) : (TENS[tens ?? ""] ?? 0) + (UNITS[unit] ?? 0);
    const start = m.index ?? 0;
    const end = start + (m[1] ?? "").length;
    // "twenty-five" is itself a number word, read above: only the number before a word that is none ("six-month").
    if (value === undefined || out.some((e) => e.start < end && start < e.end)) return [];
    return [{ kind: "indirect", values: [value], start, end }];
  });
  return compounds.length === 0 ? out : [...out, ...compounds].sort((a, b) => a.start - b.start);
}
