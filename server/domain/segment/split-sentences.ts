/**
 * Sentence boundaries inside a paragraph, as [start, end) UTF-16 spans of the original text.
 *
 * A boundary candidate is a run of terminal marks (. ! ? … and the Arabic ؟), then any closing
 * quotation marks or brackets (" ' ” ’ » ) ]), then white space; the sentence ends after the
 * closing marks. Whether a candidate is a boundary depends on the word before it and the word
 * after it, each read over a bounded window, so the whole pass is linear in the text (a paragraph
 * of 200,000 dots or of 200,000 letters is one scan).
 *
 * English: the next word must start with a capital or a digit (after any opening quote); a full stop
 * after a title (Mr., Dr., Sen.) or an initial (J. Paul) never ends one; after an abbreviation that
 * may also close a sentence (U.S., Jan., a.m., Inc.) it does only when the next word is one that
 * commonly opens a sentence (The, He, But …), since names follow those abbreviations as often as
 * new sentences do. An ellipsis ends a sentence only before a capital.
 *
 * Arabic has no capitals, so any next word will do, except the circumstantial participles of
 * reporting verbs (قائلًا "saying", مضيفًا "adding" …), which continue the sentence before them. A
 * full stop after a lone Arabic letter is an abbreviation (د. for doctor, م. for engineer, initials
 * such as ج. بول, ص./م. after a time of day) unless it marks the era after a year (2018م.). An
 * ellipsis is a pause, not an end, in Arabic news prose; the Arabic semicolon ؛ and the comma ،
 * (the "، و" joins of long news sentences) never end a sentence here: in NTREX's professional
 * translations neither stands at a sentence boundary. Latin-script words inside Arabic text follow
 * the English abbreviation rules.
 */

export type Span = { start: number; end: number };

/** English titles and name parts that stand before a name: a full stop after them never ends a sentence. */
const ENGLISH_TITLES = new Set(
  "mr mrs ms messrs dr prof sen rep gov gen col lt sgt capt cmdr adm maj rev fr hon pres supt det insp".split(" "),
);

/**
 * English abbreviations that may also close a sentence (dates, places, companies, Latin): after
 * them a full stop ends a sentence only before a common sentence opener.
 */
const ENGLISH_CLOSING_ABBREVIATIONS = new Set(
  ("jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun " +
    "u.s u.k u.n u.s.a e.u a.m p.m inc ltd co corp bros jr sr st mt ft ave etc vs approx dept est no nos vol pp fig " +
    "e.g i.e a.d b.c").split(" "),
);

/** English words that commonly open a sentence (function words, not names). */
const ENGLISH_SENTENCE_OPENERS = new Set(
  ("a an the this that these those there here it its he she they we i you his her their our my your " +
    "but and or so yet if when while where what why how who which after before as at in on for from with by " +
    "however meanwhile still also then now some many most all no one two three several other others " +
    "both each every such last next earlier later since despite although though according").split(" "),
);

/**
 * Arabic circumstantial participles (حال) of reporting verbs, as they follow "قال …": they continue
 * the sentence before them and never open one. Compared without diacritics or the tanween alef.
 */
const ARABIC_CONTINUATIONS = new Set(
  ["قائل", "قائلة", "قائلين", "مضيف", "مضيفة", "مضيفين", "مشير", "مشيرة", "مشيرين", "موضح", "موضحة", "موضحين",
    "مؤكد", "مؤكدة", "مؤكدين", "معتبر", "معتبرة", "متابع", "متابعة", "مردف", "مردفة", "منوه", "منوهة", "محذر", "محذرة"],
);

const TERMINAL = new Set([".", "!", "?", "…", "؟"]);
const CLOSING = new Set(['"', "'", "”", "’", "»", ")", "]", "›"]);
const OPENING = new Set(['"', "'", "“", "‘", "«", "(", "[", "‹"]);
/** How far before a candidate the previous word is read, and after it the next one. */
const WORD_WINDOW = 40;

const isSpace = (c: string | undefined) => c !== undefined && /\s/u.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\u0640]/u.test(c);
const isArabicLetter = (c: string | undefined) => c !== undefined && /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/u.test(c) && /[\p{L}\u0640]/u.test(c);
const isDigit = (c: string | undefined) => c !== undefined && /\p{Nd}/u.test(c);

/** A candidate: the terminal marks from `at`, then closing marks up to `end`, then white space up to `next`. */
type Candidate = { at: number; marks: string; end: number; next: number };

/** Every candidate in one left-to-right pass; the scan never goes back. */
function candidatesIn(text: string): Candidate[] {
  const found: Candidate[] = [];
  let i = 0;
  while (i < text.length) {
    if (!TERMINAL.has(text[i] ?? "")) {
      i++;
      continue;
    }
    const at = i;
    while (i < text.length && TERMINAL.has(text[i] ?? "")) i++;
    const marks = text.slice(at, i);
    while (i < text.length && CLOSING.has(text[i] ?? "")) i++;
    const end = i;
    while (i < text.length && isSpace(text[i])) i++;
    if (i > end && i < text.length) found.push({ at, marks, end, next: i });
  }
  return found;
}

/** The word just before `at`: letters, marks and inner full stops ("U.S"), read back at most WORD_WINDOW characters. */
function wordBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < WORD_WINDOW && (isLetter(text[from - 1]) || (text[from - 1] === "." && isLetter(text[from - 2])))) from--;
  return text.slice(from, at);
}

/** What stands just before the word before `at`: the character, after any white space. */
function charBeforeWord(text: string, at: number, word: string): string | undefined {
  let k = at - word.length - 1;
  const stop = Math.max(0, k - WORD_WINDOW);
  while (k >= stop && isSpace(text[k])) k--;
  return k >= 0 ? text[k] : undefined;
}

/**
 * What follows a candidate at `from`: the first character after any opening marks, and the word
 * starting there (letters and marks, at most WORD_WINDOW characters).
 */
function wordAfter(text: string, from: number): { first: string; word: string } {
  let k = from;
  while (k < text.length && k - from < 3 && OPENING.has(text[k] ?? "")) k++;
  const start = k;
  while (k < text.length && k - start < WORD_WINDOW && isLetter(text[k])) k++;
  return { first: text[start] ?? "", word: text.slice(start, k) };
}

const onlyFullStops = (marks: string) => /^\.+$/u.test(marks);
const isEllipsis = (marks: string) => /^(?:\.{2,}|…+)$/u.test(marks);

/** English: does the candidate end a sentence? */
function endsEnglishSentence(text: string, c: Candidate): boolean {
  const after = wordAfter(text, c.next);
  if (!/[\p{Lu}\p{Nd}$£€]/u.test(after.first)) return false;
  if (isEllipsis(c.marks)) return /\p{Lu}/u.test(after.first);
  if (c.marks !== "." || c.end > c.at + 1) return true; // ! ? and a full stop inside closing quotes end the sentence
  return !isEnglishAbbreviation(text, c, opensEnglishSentence(after.word));
}

const opensEnglishSentence = (word: string) => ENGLISH_SENTENCE_OPENERS.has(word.toLowerCase());

/**
 * A full stop after an English abbreviation or initial that does not end the sentence here;
 * `nextOpens` says whether the next word is one that commonly opens a sentence.
 */
function isEnglishAbbreviation(text: string, c: Candidate, nextOpens: boolean): boolean {
  const word = wordBefore(text, c.at);
  const lower = word.toLowerCase();
  if (word === "") return false;
  if (ENGLISH_TITLES.has(lower)) return true;
  if (/^\p{Lu}$/u.test(word) && word !== "I") return true; // an initial: J. Paul
  const closing = ENGLISH_CLOSING_ABBREVIATIONS.has(lower) || /^(?:\p{L}\.)+\p{L}$/u.test(word) || word === "I";
  if (!closing) return false;
  if (lower === "no" || lower === "nos") return word[0] === "N" && /\p{Nd}/u.test(text[c.next] ?? ""); // No. 1, never "said no."
  return !nextOpens;
}

/** Arabic letters of a word without diacritics, tatweel or the alef that carries tanween (قائلاً → قائل). */
function bareArabic(word: string): string {
  return word.replace(/[\u064b-\u065f\u0670\u0640]/gu, "").replace(/ا$/u, "");
}

/** Arabic: does the candidate end a sentence? */
function endsArabicSentence(text: string, c: Candidate): boolean {
  const after = wordAfter(text, c.next);
  if (isEllipsis(c.marks)) return false;
  if (ARABIC_CONTINUATIONS.has(bareArabic(after.word))) return false;
  if (!onlyFullStops(c.marks) || c.end > c.at + 1) return true;
  const word = wordBefore(text, c.at);
  if (word === "") return true;
  if (isArabicLetter(word[0])) return !isArabicAbbreviation(text, c, word);
  // A Latin word inside Arabic text (U.S., Dr.): the English rules, with any Arabic word as an opener.
  if (/^\p{Script=Latin}/u.test(word)) return !isEnglishAbbreviation(text, c, isArabicLetter(after.first) || opensEnglishSentence(after.word));
  return true;
}

/**
 * A full stop after a lone Arabic letter (د. م. أ. ج. ص., and chains like أ.د. or ص.ب.): an
 * abbreviation or initial, except م. or هـ. after a year (the era), which may close a sentence.
 */
function isArabicAbbreviation(text: string, c: Candidate, word: string): boolean {
  const letters = word.split(".").map((part) => part.replace(/[\u064b-\u065f\u0670\u0640]/gu, ""));
  if (!letters.every((part) => part.length === 1)) return false;
  const before = charBeforeWord(text, c.at, word);
  if (letters.length === 1 && (letters[0] === "م" || letters[0] === "ه") && isDigit(before)) {
    return !/\p{Nd}{4}$/u.test(text.slice(Math.max(0, c.at - word.length - 6), c.at - word.length).trimEnd());
  }
  return true;
}

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

function spansFrom(text: string, cuts: number[]): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    const span = trimSpan(text, from, cut);
    if (span) spans.push(span);
    from = cut;
  }
  return spans;
}

export function splitEnglishSentences(text: string): Span[] {
  return spansFrom(text, candidatesIn(text).filter((c) => endsEnglishSentence(text, c)).map((c) => c.end));
}

export function splitArabicSentences(text: string): Span[] {
  return spansFrom(text, candidatesIn(text).filter((c) => endsArabicSentence(text, c)).map((c) => c.end));
}
