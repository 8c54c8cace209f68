/**
 * Arabic normalisation for matching only.
 *
 * Editors and translators spell the same Arabic word with or without hamza, with different alef
 * forms, with decorative tatweel or full vocalisation. To compare words (aligner anchors, checks,
 * search) we fold those variants together. The folded form is never stored: stored text keeps
 * exactly what the editor typed.
 */

/** Harakat, tanwin, shadda, sukun, superscript alef, maddah/hamza marks and Quranic annotation signs. */
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/gu;
const TATWEEL = /\u0640/gu;
const ALEF_VARIANTS = /[\u0622\u0623\u0625\u0671\u0672\u0673\u0675]/gu; // آ أ إ ٱ and rare forms -> ا
const ALEF_MAQSURA = /\u0649/gu; // ى -> ي
const TA_MARBUTA = /\u0629/gu; // ة -> ه
const WAW_HAMZA = /\u0624/gu; // ؤ -> و
const YEH_HAMZA = /\u0626/gu; // ئ -> ي
const LONE_HAMZA = /\u0621/gu; // ء dropped: its spelling varies most of all
const PERSIAN_LETTERS: Record<string, string> = { "\u06A9": "\u0643", "\u06CC": "\u064A", "\u06C1": "\u0647" };
const PERSIAN_LETTER = /[\u06A9\u06CC\u06C1]/gu;

/** Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits as ASCII digits. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** Folds an Arabic string for comparison. Non-Arabic characters pass through unchanged. */
export function normaliseArabic(text: string): string {
  return toAsciiDigits(
    text
      .normalize("NFC")
      .replace(DIACRITICS, "")
      .replace(TATWEEL, "")
      .replace(ALEF_VARIANTS, "\u0627")
      .replace(ALEF_MAQSURA, "\u064A")
      .replace(TA_MARBUTA, "\u0647")
      .replace(WAW_HAMZA, "\u0648")
      .replace(YEH_HAMZA, "\u064A")
      .replace(LONE_HAMZA, "")
      .replace(PERSIAN_LETTER, (c) => PERSIAN_LETTERS[c] ?? c),
  );
}

/** Arabic letters (base block, without digits and punctuation). */
export const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]/u;
