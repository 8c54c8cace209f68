/**
 * Arabic spelling against Debian's Arabic Hunspell dictionary (Ayaspell), whose affix rules cover
 * the clitics (و ف ب ك ل ال, the future س) and most suffix pronouns. A word the dictionary does not
 * know (nor as a known word with an attached pronoun, forms Ayaspell sometimes lacks) is flagged,
 * unless something vouches for it:
 *
 * - it is a name: the glossary lists it, or its transliteration skeleton (align/transliterate.ts)
 *   is that of a capitalised word in the English paragraph(s) aligned to its paragraph, or one
 *   consonant class from it;
 * - the document repeats it (its light stem, across clitics, occurs twice or more): a slip is
 *   seldom typed twice the same way, while the words the dictionary lacks (new terms, names)
 *   recur in the articles that use them;
 * - it spells out an acronym (Latin letter names in a row) or is a clitic set apart with tatweel.
 *
 * The slips copy editors look for first are proposed as one-click fixes: the hamza on an initial
 * alef, ta marbuta against ha and alef maqsura against ya at the end (arabic-slips.ts), only when
 * the dictionary knows the changed form and not the written one; such a word is flagged even when
 * repeated (a writer who drops a hamza drops it every time), but never when it is a name. Two words
 * run together get their split as the fix where the letters show a word boundary.
 *
 * A word the dictionary knows is flagged only when it is itself such a slip of a far more used
 * word ("مدينه" for "مدينة", "اكثر" for "أكثر", "مستوي" for "مستوى"): both forms known to the
 * dictionary, and the usage of FreeDict's Arabic and of the document deciding between them
 * (arabic-slip-evidence.ts); never a name, and nothing without those counts.
 *
 * Without the dictionary (hunspell-ar not installed) the check finds nothing. Bounded work: one
 * cached lookup per distinct word plus a handful for its slip candidates (and, for a known word
 * whose candidate is used enough, one enumeration of its readings, once per distinct word), and
 * the split search (two lookups a letter) for at most MAX_SPLIT_SEARCHES distinct words a
 * document; words longer than the dictionary can make are flagged without a lookup and get no
 * name skeleton.
 */
import { arabicSkeleton, arabicSkeletonCandidates, latinSkeleton, skeletonDeletions } from "../align/transliterate.js";
import { normaliseArabic } from "../segment/normalise-arabic.js";
import type { Token } from "../segment/tokenise.js";
import { likelierAlternative, type SlipEvidence } from "./arabic-slip-evidence.js";
import { lightStem, slipCandidates, withoutClitics } from "./arabic-slips.js";
import type { ArabicWordCounts } from "./arabic-word-counts.js";
import type { HunspellLookup } from "./hunspell-lookup.js";
import type { Check, PreparedDocument, RawFinding } from "./types.js";

/** Words longer than this get no transliteration skeleton (no name is that long). */
const MAX_NAME_LENGTH = 30;

/**
 * Distinct words a document may have searched for a lost space (some two look-ups a letter each),
 * so that 100K characters of unknown words cannot take long; past it they get no suggestion.
 */
export const MAX_SPLIT_SEARCHES = 50;

/** Letters of other languages written in Arabic script (پ چ ژ ڤ گ …): a foreign name, not a slip. */
const FOREIGN_LETTERS = /[\u0671-\u06D3\u06FA-\u06FF]/u;

/** Letters and endings found only at the end of a word: alef maqsura, ta marbuta, tanwin. */
const WORD_FINAL = /(?:[ىة]|[\u064B-\u064D]ا?)$/u;

/**
 * Particles that are often typed onto the next word. Not ما, لا, أن, مع …, which also open many
 * transliterated names (مارتن, لامونت, أنجلوس): a split there cuts the name.
 */
const FUSING_PARTICLES = new Set(["في", "من", "عن", "على", "إلى", "بعد"]);

/**
 * The Arabic names of the Latin letters (matching form: hamza folded), which spell out acronyms
 * ("إم إس إن بي سي", MSNBC; "بي إم دبليو", BMW): two or more in a row are an acronym, not slips.
 */
const LATIN_LETTER_NAMES = new Set("ايه اي بي سي دي اف جي اتش جيه كيه كاي ال ام ان او كيو ار اس تي يو في دبليو اكس واي زد زي".split(" "));

/**
 * A last letter written with a vowel or shadda ("عَلَيَّ", "قُضِيَ", "رَسُولُهُ"): whoever vowels a
 * word wrote its ending on purpose (ى takes no shadda or kasra), so its ya or ha is no slip for ى or
 * ة, however much more used those are.
 */
const VOWELLED_END = /[يه][\u064B-\u0652]+\u0640*$/u;

/** The article after the clitics that may precede it (وال، بال، فبال، لل …). */
const DEFINITE = /^(?:[وف]?[بك]?ال|[وف]?لل)/u;


/** Attached pronouns, longest first. */
const ATTACHED_PRONOUN = /(?:هما|كما|هم|هن|كم|كن|ها|نا|ني|ه|ك|ي)$/u;

export const arabicSpelling: Check = {
  id: "arabic-spelling", severity: "error", side: "ar",
  run: (doc) => {
    const dictionary = doc.arabicDictionary;
    if (!dictionary) return [];
    const glossary = glossaryWords(doc);
    const stems = new Map<string, number>();
    for (const tokens of doc.ar.tokens) {
      for (const t of tokens) {
        const stem = lightStem(t.norm);
        stems.set(stem, (stems.get(stem) ?? 0) + 1);
      }
    }
    const counts = doc.arabicWordCounts;
    let evidence: SlipEvidence | null | undefined;
    const alternatives = new Map<string, string | null>();
    const alternativeOf = (word: string): string | null => {
      evidence ??= counts ? { dictionary, counts, inDocument: documentWords(doc, dictionary) } : null;
      if (!evidence) return null;
      let alternative = alternatives.get(word);
      if (alternative === undefined) alternatives.set(word, (alternative = likelierAlternative(word, evidence)));
      return alternative;
    };
    const corrections = new Map<string, string | null>();
    const splits = new Map<string, string | null>();
    const out: RawFinding[] = [];
    doc.ar.tokens.forEach((tokens, paragraph) => {
      const text = doc.ar.texts[paragraph] ?? "";
      let english: Set<string> | null = null;
      tokens.forEach((token, k) => {
        const word = dictionary.normalise(token.text);
        if (word.length < 2 || FOREIGN_LETTERS.test(word)) return;
        const isName = () => isGlossaryWord(token.norm, glossary) || isPairedName(word, (english ??= englishSkeletons(doc, paragraph)));
        if (dictionary.isWord(word)) {
          const alternative = alternativeOf(word);
          if (alternative === null || (VOWELLED_END.test(token.text) && alternative.at(-1) !== word.at(-1)) || isName()) return;
          const suggestion = reattachMarks(token.text, word, alternative);
          out.push({ lang: "ar", paragraph, start: token.start, end: token.end, params: { word: token.text, suggestion, context: "usual" }, suggestion });
          return;
        }
        if (token.text.endsWith("\u0640")) return; // "الـ 47": a clitic set apart with tatweel before a number or a foreign word
        if (LATIN_LETTER_NAMES.has(token.norm) && isInAcronym(tokens, k, text)) return;
        if (hasKnownStem(word, dictionary)) return;
        let correction = corrections.get(word);
        if (correction === undefined) corrections.set(word, (correction = correctionOf(word, dictionary, counts)));
        if (isName()) return;
        if (correction === null && (stems.get(lightStem(token.norm)) ?? 0) >= 2) return;
        let suggestion = correction === null ? null : reattachMarks(token.text, word, correction);
        if (suggestion === null && token.text === word) { // a split of a word with marks would drop them
          if (!splits.has(word) && splits.size < MAX_SPLIT_SEARCHES) splits.set(word, splitOf(word, dictionary));
          suggestion = splits.get(word) ?? null;
        }
        out.push({
          lang: "ar", paragraph, start: token.start, end: token.end,
          params: suggestion === null ? { word: token.text } : { word: token.text, suggestion, context: "slip" },
          suggestion,
        });
      });
    });
    return out;
  },
};

/** How often the document writes each word, in the dictionary's form. */
function documentWords(doc: PreparedDocument, dictionary: HunspellLookup): Map<string, number> {
  const words = new Map<string, number>();
  for (const tokens of doc.ar.tokens) {
    for (const t of tokens) {
      const w = dictionary.normalise(t.text);
      words.set(w, (words.get(w) ?? 0) + 1);
    }
  }
  return words;
}

/** Whether a neighbour of token k, one space away, is a Latin letter's name too. */
function isInAcronym(tokens: readonly Token[], k: number, text: string): boolean {
  const near = (j: number) => {
    const t = tokens[j];
    const self = tokens[k];
    if (!t || !self || !LATIN_LETTER_NAMES.has(t.norm)) return false;
    const [a, b] = j < k ? [t, self] : [self, t];
    return /^\s+$/u.test(text.slice(a.end, b.start));
  };
  return near(k - 1) || near(k + 1);
}

/**
 * A dictionary word of three letters or more with an attached pronoun ("تحتاجها"); never one with
 * the article, which no pronoun follows ("الشرطه" is no "الشرط" + ه).
 */
function hasKnownStem(word: string, dictionary: HunspellLookup): boolean {
  if (DEFINITE.test(word)) return false;
  const m = ATTACHED_PRONOUN.exec(word);
  if (!m) return false;
  const stem = word.slice(0, m.index);
  return stem.length >= 3 && dictionary.isWord(stem);
}


/**
 * The slip candidate the dictionary knows, or null: with FreeDict's counts the most used of them
 * ("إتفاق" → "اتفاق", not the rare "أتفاق"; the first of equals), else the first. A ta marbuta
 * changed to ha does not count when the ha may be the pronoun ("تمريرة" is no slip for "تمريره", pass + it: the
 * dictionary only lacks the noun).
 */
function correctionOf(word: string, dictionary: HunspellLookup, counts: ArabicWordCounts | null): string | null {
  if (word.length > dictionary.maxWordLength) return null;
  let best: string | null = null;
  let bestUse = -1;
  for (const c of slipCandidates(word)) {
    if (!dictionary.isWord(c)) continue;
    if (word.endsWith("ة") && c.endsWith("ه") && dictionary.isWord(c.slice(0, -1))) continue;
    if (!counts) return c;
    const use = Math.max(counts.get(c) ?? 0, counts.get(withoutClitics(c)) ?? 0);
    if (use > bestUse) [best, bestUse] = [c, use];
  }
  return best;
}

/**
 * Two dictionary words run together: the split, when exactly one split point gives two words.
 * Only at points where a word boundary shows in the letters themselves: after a letter or ending
 * that never stands inside a word (ى, ة, tanwin: "علىكتفي", "مرةوهو", "عوضًاعن"), after a short
 * particle that is often typed onto the next word ("فينهاية", "منتقرير"), or before the article
 * ("تشرحالدورة"). Elsewhere a split of an unknown word is as likely to cut a foreign name or a
 * misspelt word in two ("سينسها يم", "للموا طنيين"). About two look-ups a letter.
 */
function splitOf(word: string, dictionary: HunspellLookup): string | null {
  if (word.length < 5 || word.length > dictionary.maxWordLength) return null;
  let found: string | null = null;
  for (let k = 2; k <= word.length - 2; k++) {
    const left = word.slice(0, k);
    const right = word.slice(k);
    const boundary = WORD_FINAL.test(left) || FUSING_PARTICLES.has(left) || (right.startsWith("ال") && right.length >= 4 && !left.endsWith("ل"));
    if (!boundary || !dictionary.isWord(left) || !dictionary.isWord(right)) continue;
    if (found !== null) return null;
    found = `${left} ${right}`;
  }
  return found;
}

/**
 * The correction as a replacement for the token as written: when the token carries diacritics or
 * tatweel (which the dictionary ignores), the changed letter is put in place in the original.
 */
function reattachMarks(written: string, bare: string, corrected: string): string {
  if (written === bare) return corrected;
  let k = 0;
  while (k < bare.length && bare[k] === corrected[k]) k++;
  // The k-th letter of the bare word is the one changed: find it in the written form.
  let seen = -1;
  for (let i = 0; i < written.length; i++) {
    if (bare[seen + 1] === written[i]) seen++;
    if (seen === k) return written.slice(0, i) + (corrected[k] ?? "") + written.slice(i + 1);
  }
  return corrected;
}

/** The glossary's Arabic words in the matching form, each also as its light stem. */
function glossaryWords(doc: PreparedDocument): Set<string> {
  const words = new Set<string>();
  for (const entry of doc.glossary) for (const w of normaliseArabic(entry.ar).split(/\s+/u)) if (w) words.add(w).add(lightStem(w));
  return words;
}

function isGlossaryWord(norm: string, glossary: ReadonlySet<string>): boolean {
  return glossary.has(norm) || glossary.has(lightStem(norm));
}

/**
 * Classes Arabic uses for two English sounds folded together: ج for j and g (جريج, Greg), ز for z
 * and the voiced s (نيوز, News).
 */
function foldSkeleton(skeleton: string): string {
  return skeleton.replace(/G/gu, "J").replace(/Z/gu, "S");
}

/**
 * Skeletons of the capitalised words of the English paragraphs aligned to an Arabic paragraph, as
 * written and, from three consonant classes, with one class deleted (marked "~"), so that
 * skeletons one class apart, as transliterations of foreign names often are, meet.
 */
function englishSkeletons(doc: PreparedDocument, paragraph: number): Set<string> {
  const out = new Set<string>();
  const addSkeleton = (word: string) => {
    const s = foldSkeleton(latinSkeleton(word.replace(/[’']s$/u, "")));
    if (s.length < 1) return;
    out.add(s);
    if (s.length >= 3) for (const d of skeletonDeletions(s)) out.add(`~${d}`);
  };
  for (const i of doc.arToEn[paragraph] ?? []) {
    for (const t of doc.en.tokens[i] ?? []) {
      if (!t.capitalised || t.text.length > MAX_NAME_LENGTH) continue;
      addSkeleton(t.text);
      if (t.text.includes("-")) for (const part of t.text.split("-")) addSkeleton(part);
    }
  }
  return out;
}

/**
 * Whether the word's skeleton (as written or without a clitic) is that of an English name of the
 * pair; from three classes, also one class added, dropped or changed.
 */
function isPairedName(word: string, english: ReadonlySet<string>): boolean {
  if (english.size === 0 || word.length > MAX_NAME_LENGTH) return false;
  // arabicSkeletonCandidates keeps two classes or more; a one-class name (راي, Ray) is matched exactly.
  return [arabicSkeleton(word), ...arabicSkeletonCandidates(word)].map(foldSkeleton).some((s) => {
    if (s.length === 0) return false;
    if (english.has(s)) return true;
    if (s.length < 3) return false;
    return english.has(`~${s}`) || skeletonDeletions(s).some((d) => english.has(d) || english.has(`~${d}`));
  });
}
