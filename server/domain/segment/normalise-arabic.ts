/**
 * Arabic normalisation for matching only.
 *
 * Editors and translators spell the same Arabic word with or without hamza, with different alef
 * forms, with decorative tatweel or full vocalisation. To compare words (aligner anchors, checks,
 * search) we fold those variants together. The folded form is never stored: stored text keeps
 * exactly what the editor typed.
 */

/**
 * One table from character code to its folded form ("" = drop). Built once; folding is then a
 * single pass over the string, which matters: the aligner folds every Arabic word it reads.
 */
const FOLD = new Map<number, string>();
function foldRange(from: number, to: number, to_: string): void {
  for (let c = from; c <= to; c++) FOLD.set(c, to_);
}
// Harakat, tanwin, shadda, sukun, maddah/hamza marks, superscript alef, Quranic annotation signs.
foldRange(0x0610, 0x061a, "");
foldRange(0x064b, 0x065f, "");
FOLD.set(0x0670, "");
foldRange(0x06d6, 0x06dc, "");
foldRange(0x06df, 0x06e8, "");
foldRange(0x06ea, 0x06ed, "");
FOLD.set(0x0640, ""); // tatweel
for (const c of [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675]) FOLD.set(c, "\u0627"); // آ أ إ ٱ -> ا
FOLD.set(0x0649, "\u064A"); // ى -> ي
FOLD.set(0x0629, "\u0647"); // ة -> ه
FOLD.set(0x0624, "\u0648"); // ؤ -> و
FOLD.set(0x0626, "\u064A"); // ئ -> ي
FOLD.set(0x0621, ""); // ء dropped: its spelling varies most of all
FOLD.set(0x06a9, "\u0643"); // Persian keheh -> ك
FOLD.set(0x06cc, "\u064A"); // Persian yeh -> ي
FOLD.set(0x06c1, "\u0647"); // heh goal -> ه
for (let d = 0; d <= 9; d++) {
  FOLD.set(0x0660 + d, String(d)); // Arabic-Indic digits
  FOLD.set(0x06f0 + d, String(d)); // Persian digits
}

/** Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits as ASCII digits. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** Folds an Arabic string for comparison. Non-Arabic characters pass through unchanged. */
export function normaliseArabic(text: string): string {
  const nfc = text.normalize("NFC");
  let out = "";
  let from = 0;
  for (let k = 0; k < nfc.length; k++) {
    const folded = FOLD.get(nfc.charCodeAt(k));
    if (folded === undefined) continue;
    out += nfc.slice(from, k) + folded;
    from = k + 1;
  }
  return from === 0 ? nfc : out + nfc.slice(from);
}

/** Arabic letters (base block, without digits and punctuation). */
export const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]/u;
