/**
 * Word tokenisers for English and Arabic. Offsets are UTF-16 indices into the original text, so a
 * token can be highlighted or replaced in the stored string. Arabic tokens also carry their
 * matching form (see normalise-arabic.ts); the original text is never changed.
 */
import { normaliseArabic } from "./normalise-arabic.js";

export type Token = {
  /** The token exactly as written. */
  text: string;
  /** Lower-cased (English) or normalised (Arabic) form used for matching. */
  norm: string;
  start: number;
  end: number;
  /** English only: starts with a capital letter. */
  capitalised: boolean;
  /** English only: the first word of a sentence (after . ! ? or at the start of the text). */
  sentenceInitial: boolean;
};

// Latin words keep inner apostrophes and hyphens (al-Sham, Jada’an, don't).
const LATIN_WORD = /[\p{Script=Latin}\p{M}]+(?:['’\-][\p{Script=Latin}\p{M}]+)*/gu;
// Arabic words: letters and marks of the Arabic block, tatweel included.
const ARABIC_WORD = /[\u0621-\u065F\u0670-\u06D3\u06D5-\u06ED\u06FA-\u06FF]+/gu;
// Between two words: a sentence ends if the gap holds . ! ? … (or :) before any closing quotes.
const SENTENCE_END_GAP = /[.!?؟…:]["'”’»)\]]*\s/u;
const OPENING_ONLY = /^[\s"'“‘«(\[]*$/u;

/** Whether only whitespace stands between two tokens of `text` (no punctuation: "a, the" is no phrase). */
export function spacedApart(text: string, a: { end: number }, b: { start: number }): boolean {
  return /^\s+$/u.test(text.slice(a.end, b.start));
}

/** Whether a word starts a sentence, judged by the text between it and the previous word. */
function startsSentence(text: string, previousEnd: number, start: number): boolean {
  const gap = text.slice(previousEnd, start);
  return previousEnd === 0 ? OPENING_ONLY.test(gap) : SENTENCE_END_GAP.test(gap);
}

function tokenise(text: string, pattern: RegExp, fold: (word: string) => string, latin: boolean): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(pattern)) {
    const word = m[0];
    const start = m.index ?? 0;
    const norm = fold(word);
    if (norm.length > 0) {
      tokens.push({
        text: word, norm, start, end: start + word.length,
        capitalised: latin && /^\p{Lu}/u.test(word),
        // Arabic has no capitals, so nothing reads this for Arabic words: spare the work.
        sentenceInitial: latin && startsSentence(text, previousEnd, start),
      });
    }
    previousEnd = start + word.length;
  }
  return tokens;
}

/** Memoises a per-word function: words recur within an article and across an archive. */
export function memoiseWords(fold: (word: string) => string, limit = 100000): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let folded = cache.get(word);
    if (folded === undefined) {
      if (cache.size >= limit) cache.clear();
      cache.set(word, (folded = fold(word)));
    }
    return folded;
  };
}

const ASCII = /^[\x00-\x7F]*$/u;
const foldLatin = memoiseWords((word) =>
  (ASCII.test(word) ? word : word.normalize("NFD").replace(/\p{M}/gu, "")).toLowerCase().replace(/’/gu, "'"),
);
const foldArabic = memoiseWords(normaliseArabic);

export function tokeniseEnglish(text: string): Token[] {
  return tokenise(text, LATIN_WORD, foldLatin, true);
}

export function tokeniseArabic(text: string): Token[] {
  return tokenise(text, ARABIC_WORD, foldArabic, false);
}

/** English function words: they carry no evidence of translation. */
export const ENGLISH_STOPWORDS = new Set(
  (
    "a about above after again against all also am an and any are aren't as at be because been before being below " +
    "between both but by can could did do does doing down during each few for from further had has have having he " +
    "her here hers herself him himself his how i if in into is it it's its itself just let me more most my myself " +
    "no nor not now of off on once only or other our ours ourselves out over own same she should so some such than " +
    "that the their theirs them themselves then there these they this those through to too under until up very was " +
    "we were what when where which while who whom why will with would you your yours yourself yourselves said says " +
    "say also one ones mr mrs ms may might must shall us"
  ).split(" "),
);

/** Arabic function words and clitic-only forms (normalised spelling). */
export const ARABIC_STOPWORDS = new Set(
  (
    "في من علي الي عن ان او ما لا لم لن هو هي هم هن انا نحن انت الذي التي الذين اللذين اللتين هذا هذه ذلك تلك " +
    "هناك هنا كان كانت يكون تكون قد ثم حتي اذا اذ كما مع بين عند عندما بعد قبل منذ كل بعض غير الا لكن بل اي " +
    "ايضا حيث وقد وهو وهي وكان وكانت وفي ومن وعلي والي وان فان بان لان كذلك فقط له لها لهم به بها بهم منه منها " +
    "عليه عليها فيه فيها الا اما يا و ف ب ل ك"
  ).split(" "),
);
