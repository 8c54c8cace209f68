/**
 * Light Arabic stemming for dictionary matching: the forms a word may take once its clitics are
 * removed. Arabic attaches conjunctions, prepositions and the article in front (و ف ب ل ك ال) and
 * pronouns and plural endings behind (ها هم ات ون ين …), so "وبالمفاوضات" should meet "مفاوضة".
 * Returns several candidates rather than guessing one; all are in matching normalisation.
 */
import { normaliseArabic } from "../segment/normalise-arabic.js";

const PREFIXES = ["وبال", "وال", "بال", "كال", "فال", "ولل", "لل", "ال", "و", "ف", "ب", "ل", "ك", "س"];
const SUFFIXES = ["هما", "كما", "تين", "ات", "ون", "ين", "ان", "ها", "هم", "هن", "كم", "نا", "يه", "ه", "ي", "ت", "ا"];
const MIN_STEM = 3;

/** Candidate stems of one Arabic word (already a single token). */
export function arabicStems(word: string): string[] {
  const norm = normaliseArabic(word);
  const out = new Set<string>();
  if (norm.length >= 2) out.add(norm);
  const bases = [norm];
  for (const p of PREFIXES) {
    if (norm.startsWith(p) && norm.length - p.length >= MIN_STEM) {
      bases.push(norm.slice(p.length));
      break;
    }
  }
  for (const base of bases) {
    out.add(base);
    for (const s of SUFFIXES) {
      if (base.endsWith(s) && base.length - s.length >= MIN_STEM) {
        out.add(base.slice(0, -s.length));
        break;
      }
    }
  }
  return [...out].filter((s) => s.length >= 2);
}
