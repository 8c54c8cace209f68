/**
 * Numbers written in digits, in any digit script (Western 0-9, Arabic-Indic ٠-٩, Persian ۰-۹), with
 * thousands separators (, ٬ ، and . in groups of three) and decimal marks (. ٫ and , before other
 * than three digits), read to their values; and the shape every number reader returns
 * (english-numbers.ts, arabic-numbers.ts), shared by the aligner's anchors and the number check.
 * An ambiguous writing ("1.200", "1,200") keeps both readings, the likelier one first.
 */
import { toAsciiDigits } from "./normalise-arabic.js";

/**
 * A quantity a text states: exact (its values, the likeliest first) or vague ("thousands", "عشرات
 * الآلاف"); or indirect: an ordinal or a fraction in words ("the fourth", "الرابعة", "half",
 * "النصف") that another edition may write as a number in digits ("Radio 4" = "الإذاعة الرابعة",
 * "50 percent" = "النصف"). An indirect one answers a number of the other edition but is no
 * quantity of its own: it is never flagged and never an anchor.
 */
export type NumberExpression =
  | { kind: "exact"; values: number[]; digits: boolean; percent: boolean; start: number; end: number }
  | { kind: "vague"; magnitude: number; start: number; end: number }
  | { kind: "indirect"; values: number[]; start: number; end: number };

export type ExactNumber = Extract<NumberExpression, { kind: "exact" }>;

export type DigitNumber = { values: number[]; start: number; end: number };

// After folding digits to ASCII (one UTF-16 unit per digit, so offsets hold): a run of digits with
// separators and decimal marks between digits, not inside a longer run.
const DIGIT_RUN = /(?<![\d])\d+(?:[,.\u066B\u066C\u060C]\d+)*(?![\d])/gu;
const GROUPS = /^\d{1,3}(?:([,.\u066C\u060C])\d{3})(?:\1\d{3})*(?!\d)/u;

/** The key two sides compare: the value in shortest decimal form ("45000", "1.5"). */
export function valueKey(value: number): string {
  return String(value);
}

/** `mantissa` times ten to `exponent` through its decimal form, without binary rounding (1.05e6 = 1050000). */
export function scaleDecimal(mantissa: number, exponent: number): number {
  const written = String(mantissa);
  return exponent === 0 ? mantissa : written.includes("e") ? mantissa * 10 ** exponent : Number(`${written}e${exponent}`);
}

/** A value times a multiplier: exact for powers of ten, plain multiplication otherwise. */
export function multiply(value: number, by: number): number {
  const exponent = Math.log10(by);
  return Number.isInteger(exponent) ? scaleDecimal(value, exponent) : Number((value * by).toPrecision(15));
}

/**
 * The readings of one run of digits and separators, the likeliest first, or null when the run is
 * not one number (a list "3،4", a date "4.10.2017", a range of parts).
 */
function readRun(run: string): number[] | null {
  const grouped = GROUPS.exec(run);
  if (grouped) {
    const sep = grouped[1] ?? ",";
    const rest = run.slice(grouped[0].length);
    const integer = grouped[0].split(sep).join("");
    const groups = grouped[0].split(sep).length - 1;
    let whole: number;
    if (rest === "") whole = Number(integer);
    else if (/^[.,\u066B]\d+$/u.test(rest) && rest[0] !== sep) whole = Number(`${integer}.${rest.slice(1)}`);
    else return null;
    // A single ".ddd" group is a decimal as often as a thousand ("1.200" = 1.2 or 1,200): both
    // readings, the thousand first when the group is "000" ("45.000"). A comma groups thousands.
    const decimal = groups === 1 && rest === "" && sep === "." ? Number(run) : NaN;
    const readings = Number.isNaN(decimal) ? [whole] : grouped[0].endsWith("000") ? [whole, decimal] : [decimal, whole];
    return readings.filter((v) => Number.isFinite(v));
  }
  const parts = run.split(/[,.\u066B\u066C\u060C]/u);
  if (parts.length === 1) return [Number(run)];
  // "3.5", "٣٫٥", "1,5": one decimal mark.
  if (parts.length === 2 && !/[\u066C\u060C]/u.test(run)) return [Number(`${parts[0]}.${parts[1]}`)];
  return null;
}

/**
 * Number tokens (in text order, each with its span) with the text since the previous token: the
 * readers of both languages decide from that gap whether two tokens make one quantity.
 */
export function withGaps<T extends { start: number; end: number }>(text: string, found: readonly T[]): (T & { gap: string })[] {
  let previous = 0;
  return found.map((t) => {
    const gap = text.slice(previous, t.start);
    previous = t.end;
    return { ...t, gap };
  });
}

/** Numbers written in digits, with their UTF-16 spans in the original text. */
export function findDigitNumbers(text: string): DigitNumber[] {
  const ascii = toAsciiDigits(text); // digit folding keeps UTF-16 offsets (one unit per digit)
  const out: DigitNumber[] = [];
  for (const m of ascii.matchAll(DIGIT_RUN)) {
    const start = m.index ?? 0;
    const values = readRun(m[0]);
    if (values) {
      out.push({ values, start, end: start + m[0].length });
      continue;
    }
    let at = start;
    for (const part of m[0].split(/[,.\u066B\u066C\u060C]/u)) {
      out.push({ values: [Number(part)], start: at, end: at + part.length });
      at += part.length + 1;
    }
  }
  return out;
}
