/**
 * How often each Arabic word form occurs in a reference text: the Arabic translations of Debian's
 * English–Arabic FreeDict (dict-freedict-eng-ara, which the aligner reads already), some 130,000
 * Arabic words in 41,000 forms, as a lexicographer wrote them. The Arabic spelling check reads it
 * when the dictionary knows both a written word and its slip-class alternative ("مدينه", his
 * debtor, and "مدينة", city): which of the two the language uses is evidence a dictionary alone
 * cannot give. Forms are counted as written, diacritics and tatweel removed (the matching form of
 * Ayaspell, which ignores them). Pure: the caller reads the file (services/arabic-word-counts.ts).
 */

/** Arabic word forms and how often the reference text writes each. */
export type ArabicWordCounts = ReadonlyMap<string, number>;

/** Runs of Arabic letters, diacritics and tatweel: one word each. */
const ARABIC_WORD = /[\u0621-\u064A\u064B-\u0652\u0640\u0670]+/gu;
const MARKS = /[\u064B-\u0652\u0640\u0670]/gu;

/** Counts the Arabic word forms of a text, without their diacritics and tatweel. */
export function countArabicWords(text: string, into: Map<string, number> = new Map()): Map<string, number> {
  for (const m of text.matchAll(ARABIC_WORD)) {
    const word = m[0].replace(MARKS, "");
    if (word.length > 0) into.set(word, (into.get(word) ?? 0) + 1);
  }
  return into;
}
