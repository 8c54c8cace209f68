/**
 * English spelling with nspell and dictionary-en, the larger word list when it is installed
 * (word-list.ts: SCOWL's American and British spellings), and the document's and corpus's own
 * usage, aware of names. A lower-case word is a misspelling when none of these knows it: a word
 * the document uses DOCUMENT_USES times, or that CORPUS_DOCUMENTS documents of the corpus use, is
 * the article's vocabulary (primality, gigatons) — unless it is one edit from a word the document
 * uses more often, or has a letter three times over: a repeated word does not shield its own slip.
 * A capitalised word is taken as a name, and left alone, when the glossary, the document, the
 * corpus or the Arabic edition vouches for it; otherwise it is flagged only when it is one slip
 * away from a dictionary word (a sentence-initial "Recieve", a mid-sentence "Tuseday"), or two
 * letters of a name the document uses more often swapped, so unknown names stay quiet.
 *
 * Bounded work: a suggestion search costs milliseconds (english-words.ts bounds it), so a document
 * gets at most MAX_SEARCHES of them (distinct words, counted whether or not cached, so that the
 * result does not depend on what ran before); past that, a lower-case unknown word is flagged with
 * no suggestion and a capitalised one is left alone, as an unknown name is. A mid-sentence capital
 * is searched only when it is one edit from a calendar word, the only near words it may be taken for.
 * Looking for a document word one edit away is some 54 map lookups a letter, done once per distinct
 * unknown word no longer than the dictionary's longest form.
 *
 * Foreign text is no English with slips: a quotation most of whose words are unknown (a German
 * hymn's title), a word beside a word in another alphabet or with letters English does not write
 * (Forêt amazonienne, ὀξύς oxys), a run of unknown words (Il faut bien le faire).
 */
import { isDictionaryWord, isKnownWordIn, isOverlong, suggestionsFor } from "./english-words.js";
import { isVouchedName, knownNames } from "./known-names.js";
import { editDistance } from "./name-key.js";
import type { Check, PreparedDocument, RawFinding } from "./types.js";
import { countedForm, documentWordUses, hasTripledLetter, isTransposition, moreUsedNeighbour } from "./word-slips.js";

const suggestionCache = new Map<string, string | null>();

/** Distinct words a document may have searched for suggestions (100K characters of misspellings must not take minutes). */
export const MAX_SEARCHES = 50;

/**
 * Uses in one document that make an unknown lower-case word the article's vocabulary, and the
 * number of documents that make it the corpus's. Chosen on the odd-numbered documents of the
 * checks' development set, on unseen clean news and encyclopaedia text and on that text with
 * misspellings injected (README, "Spelling"): two uses in a document took a third of the false
 * alarms away and missed no more misspellings than three; the corpus rule removed no false alarm
 * there at any threshold and let through misspellings repeated across documents below five.
 */
export const DOCUMENT_USES = 2;
export const CORPUS_DOCUMENTS = 5;

function bestSuggestion(word: string): string | null {
  let best = suggestionCache.get(word);
  if (best === undefined) {
    if (suggestionCache.size > 50000) suggestionCache.clear();
    suggestionCache.set(word, (best = suggestionsFor(word)[0] ?? null));
  }
  return best;
}

/** Parts of a hyphenated or apostrophed token worth checking on their own. */
function partsOf(text: string, start: number): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  let offset = 0;
  for (const piece of text.split("-")) {
    parts.push({ text: piece, start: start + offset });
    offset += piece.length + 1;
  }
  return parts;
}

const CALENDAR = new Set("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December".split(" "));

const ARTICLE_PARTS = /^(?:al|el|ul|ad|ar|as|ash|at|az|an|bin|ibn|abu|bint|o|d|l)$/iu;
/** Particles that join the parts of an Arabic name and are not also English words ("at", "as", "an" are). */
const NAME_PARTICLES = /^(?:al|el|ul|bin|ibn|abu|bint)$/iu;

export const spelling: Check = {
  id: "spelling", severity: "error", side: "en",
  run: (doc) => {
    const names = knownNames(doc);
    const known = (word: string) => isKnownWordIn(word, doc.words);
    const slips = slipFinder(doc, known);
    const out: RawFinding[] = [];
    const searched = new Map<string, string | null>();
    /** The best suggestion, or undefined once the document has had its searches. */
    const search = (word: string): string | null | undefined => {
      if (searched.has(word)) return searched.get(word);
      if (searched.size >= MAX_SEARCHES) return undefined;
      const best = bestSuggestion(word);
      searched.set(word, best);
      return best;
    };
    doc.en.tokens.forEach((tokens, paragraph) => {
      const text = doc.en.texts[paragraph] ?? "";
      const foreign = foreignQuotations(text, tokens, known);
      tokens.forEach((token, k) => {
        if (token.text.length < 2 || known(token.text)) return;
        if (foreign.some((q) => token.start >= q.start && token.end <= q.end)) return;
        // Ordinal endings (65th), addresses and links (jo@samaritans.org), plural acronyms (MWPs).
        if (/[\d@./]/u.test(text[token.start - 1] ?? "") || /^[@/]|^\.\p{L}/u.test(text.slice(token.end, token.end + 2)) || /^\p{Lu}{2,}s$/u.test(token.text)) return;
        // A run of unknown words is a foreign phrase or a name (Il faut bien le faire), not a slip.
        // A capitalised word counts only its follower: "Il faut …" opens a French sentence.
        // Neighbours that are the article's vocabulary (gigatons) or the end of a number (34th) are no such run.
        const neighbours = (token.capitalised ? [tokens[k + 1]] : [tokens[k - 1], tokens[k + 1]]).filter((t) => t !== undefined);
        if (neighbours.some((t) => !t.capitalised && t.text.length > 1 && !known(t.text) && !/[\d@]/u.test(t.text + (text[t.start - 1] ?? "")) && !slips.isVocabulary(countedForm(t.text)))) return;
        // Beside an unknown word in another alphabet or with letters English does not write (Forêt
        // amazonienne, ὀξύς oxys), a lower-case word is part of a foreign phrase or its romanisation.
        if (!token.capitalised && foreignBeside(text, token, known)) return;
        // A short unknown word between two capitalised ones is a name particle (Wernher von Braun,
        // E.I. du Pont), and a short one after a number (760 nm) a unit.
        const before = tokens[k - 1];
        const after = tokens[k + 1];
        // Not when two letters swapped make a word: "Smith adn Jones" is a slip of "and".
        if (!token.capitalised && token.text.length <= 3 && !known(token.text) && !transpositionsOf(token.text).some(known)) {
          if (before?.capitalised && after?.capitalised && !after.sentenceInitial && /^\s$/u.test(text.slice(token.end, after.start))) return;
          if (/\d\s$/u.test(text.slice(token.start - 2, token.start))) return;
        }
        // A species epithet after its genus's initial (Y. pestis, Y. p. orientalis, E. coli): Latin, not English.
        if (!token.capitalised && /(?:^|\s)\p{Lu}\.\s(?:\p{Ll}\.\s)?$/u.test(text.slice(Math.max(0, token.start - 8), token.start))) return;
        // Elided articles and name prefixes (Ballon d'Or, l'Humanité, O'Brien) belong to names and foreign phrases.
        if (/^\p{L}['’]\p{Lu}/u.test(token.text)) return;
        const parts = token.text.includes("-") ? partsOf(token.text, token.start) : [{ text: token.text, start: token.start }];
        for (const part of parts) {
          const word = part.text.replace(/[’']s?$/u, "");
          if (word.length < 2 || ARTICLE_PARTS.test(word) || known(word)) continue;
          if (parts.length > 1 && word.length < 3 && /^\p{Ll}/u.test(word)) continue; // prefixes: de-, co-, ex-
          // The agent noun of a hyphenated compound (left-hander, all-nighter): a known word + -er.
          if (parts.length > 1 && part.start > token.start && /^\p{Ll}+ers?$/u.test(word) && known(word.replace(/e?rs?$/u, ""))) continue;
          if (/^\p{Lu}[\p{Lu}\d]+$/u.test(word)) continue; // acronyms
          // "Mr. Doseba": a capital after a title's full stop does not start a sentence.
          const afterTitle = /\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Sgt|Capt|Gov|Sen|Rep|Rev|St|Lt)\.\s+$/u.test(text.slice(Math.max(0, token.start - 8), token.start));
          // A capitalised word followed by another name part (Cristiano Ronaldo, Nawaf al Hazmi) is a
          // name; but a sentence's first word before a dictionary word ("Wilh World Vision's staff")
          // is no evidence of a name, since any sentence may open before a name.
          const nextToken = tokens[k + 1];
          const beforeNamePart = !!nextToken && /^\s+$/u.test(text.slice(token.end, nextToken.start)) && (nextToken.capitalised || NAME_PARTICLES.test(nextToken.text));
          const firstBeforeWord = token.sentenceInitial && !afterTitle && !!nextToken && known(nextToken.text) && !NAME_PARTICLES.test(nextToken.text);
          if (token.capitalised && beforeNamePart && !firstBeforeWord) return;
          const suggestion = judge(word, token.sentenceInitial && !afterTitle && part.start === token.start);
          if (suggestion === undefined) continue;
          // A piece of a hyphenated compound (cyber-hacker, hand-wanding) is often a coinage: it is
          // flagged only when it is one slip from a word (then it has a suggestion).
          if (parts.length > 1 && suggestion === null) continue;
          out.push({ lang: "en", paragraph, start: part.start, end: part.start + word.length, params: { word }, suggestion });
        }
      });
    });
    return out;

    /** The suggestion (or null) when the word is a misspelling; undefined when it may stand. */
    function judge(word: string, sentenceInitial: boolean): string | null | undefined {
      if (!/^\p{Lu}/u.test(word)) {
        const verdict = slips.lowerCase(word);
        return verdict === undefined ? undefined : verdict ?? search(word) ?? null;
      }
      const swapped = slips.swappedName(word);
      if (swapped !== null) return swapped;
      if (isVouchedName(word, doc, names)) return undefined;
      // "Gigatons" opening a sentence: a word the article or the corpus keeps using in lower case.
      if (sentenceInitial && slips.isVocabulary(countedForm(word))) return undefined;
      // Mid-sentence, only a calendar word one edit away could make the verdict below: look for one first.
      if (!sentenceInitial && ![...CALENDAR].some((c) => editDistance(c.toLowerCase(), word.toLowerCase(), 1) <= 1)) return undefined;
      const best = search(word);
      if (best === null || best === undefined || editDistance(best.toLowerCase(), word.toLowerCase(), 2) > (sentenceInitial ? 2 : 1)) return undefined;
      // A sentence-initial capital: a misspelt common word when the near word is a common word.
      if (sentenceInitial) return known(best.toLowerCase()) ? best : undefined;
      // Mid-sentence capitals are names, unless near a calendar word (Tuseday, Feburary): names
      // sit one letter from other names too often for anything else to be a safe call.
      return CALENDAR.has(best) ? best : undefined;
    }
  },
};

type Slips = {
  /** A lower-case unknown word: undefined when it is vocabulary, else the word it slips from (or null: search). */
  lowerCase: (word: string) => string | null | undefined;
  /** A capitalised unknown word that swaps two letters of a name the document uses more often: that name. */
  swappedName: (word: string) => string | null;
  /** Whether the counted form is used often enough in the document or the corpus to stand. */
  isVocabulary: (form: string) => boolean;
};

/** The document's and the corpus's usage, asked about one distinct word at a time (answers cached). */
function slipFinder(doc: PreparedDocument, known: (word: string) => boolean): Slips {
  const uses = documentWordUses(doc);
  const corpus = doc.corpus?.words;
  const verdicts = new Map<string, string | null | undefined>();
  const isVocabulary = (form: string) => (uses.get(form) ?? 0) >= DOCUMENT_USES || (corpus?.get(form) ?? 0) >= CORPUS_DOCUMENTS;
  const lowerCase = (word: string): string | null | undefined => {
    const form = countedForm(word);
    if (verdicts.has(form)) return verdicts.get(form);
    let verdict: string | null | undefined = null;
    if (!isOverlong(form) && !hasTripledLetter(form)) {
      // A document word one edit away, used more often (or as often and known): this is its slip.
      const neighbour = moreUsedNeighbour(form, uses, (w, n) => known(w) || n >= DOCUMENT_USES, { takesPlural });
      if (neighbour !== null) verdict = neighbour;
      else if ((uses.get(form) ?? 0) >= DOCUMENT_USES) verdict = undefined;
      else if (corpus && (corpus.get(form) ?? 0) >= CORPUS_DOCUMENTS) {
        // Stricter than the document: any known word one edit away that more documents use (a
        // corpus of a few hundred articles may repeat "hten" in three, never as often as "then").
        verdict = moreUsedNeighbour(form, corpus, (w) => known(w), { takesPlural }) ?? undefined;
      }
      // A word used once: the document's own known word one edit away is the best suggestion.
      if (verdict === null) verdict = moreUsedNeighbour(form, uses, (w) => known(w), { floor: 0, takesPlural });
    }
    verdicts.set(form, verdict);
    return verdict;
  };
  const swappedName = (word: string): string | null => {
    if (isOverlong(word)) return null;
    const form = countedForm(word);
    if (hasTripledLetter(form)) return null;
    const neighbour = moreUsedNeighbour(form, uses, (w, n) => n >= 2 * Math.max(1, uses.get(form) ?? 0) && isTransposition(form, w), { edits: transpositionsOf });
    return neighbour === null ? null : word.charAt(0) + neighbour.slice(1);
  };
  return { lowerCase, swappedName, isVocabulary };
}

/**
 * Whether a form may take a plural or third-person -s here: anything but a known word of three
 * letters or fewer, whose -s forms the dictionary would list ("wass" is no plural of "was", nor
 * "thes" of "the"); longer words' plurals are often missing from it (clade is known, clades not).
 */
function takesPlural(form: string): boolean {
  return form.length > 3 || !isDictionaryWord(form);
}

/**
 * Words a quotation must hold for its words to say which language it is in: from four, a name and
 * a slip together are never most of an English quotation's words.
 */
export const FOREIGN_QUOTATION_WORDS = 4;

/**
 * Quotations most of whose words (FOREIGN_QUOTATION_WORDS at least) no English list knows: a
 * title or saying in another language ("Ein neues Lied wir heben an"), not English with slips.
 * Quotation marks are paired in order (“…” and straight "…"), one pass over the paragraph.
 */
function foreignQuotations(text: string, tokens: readonly { text: string; start: number; end: number }[], known: (word: string) => boolean): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let open: { mark: string; at: number } | null = null;
  for (const m of text.matchAll(/["“”]/gu)) {
    const at = m.index ?? 0;
    if (open && (m[0] === "”" || (m[0] === "\"" && open.mark === "\""))) {
      spans.push({ start: open.at, end: at });
      open = null;
    } else if (m[0] !== "”") open = { mark: m[0], at };
  }
  // Spans and tokens are both in text order: one walk over the tokens counts every span's words.
  const out: { start: number; end: number }[] = [];
  let k = 0;
  for (const q of spans) {
    while (k < tokens.length && (tokens[k]?.start ?? 0) <= q.start) k++;
    let words = 0;
    let unknown = 0;
    for (; k < tokens.length && (tokens[k]?.end ?? 0) <= q.end; k++) {
      const t = tokens[k]?.text ?? "";
      if (!/\p{L}/u.test(t)) continue;
      words++;
      if (!known(t.replace(/[’']s?$/u, ""))) unknown++;
    }
    if (words >= FOREIGN_QUOTATION_WORDS && 2 * unknown > words) out.push(q);
  }
  return out;
}

/** A letter that is no letter of the English alphabet (ê, ü, ξ, ж). */
const NON_ENGLISH_LETTER = /(?![A-Za-z])\p{L}/u;

/** Whether the word written just before or after the token (up to the spaces) is unknown and has a letter English does not write. */
function foreignBeside(text: string, token: { start: number; end: number }, known: (word: string) => boolean): boolean {
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, token.start - 40), token.start))?.[1];
  const after = /^\s+(\S+)/u.exec(text.slice(token.end, token.end + 40))?.[1];
  return [before, after].some((chunk) => {
    if (chunk === undefined || !NON_ENGLISH_LETTER.test(chunk)) return false;
    const word = chunk.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
    return word.length > 0 && !known(word);
  });
}

/** The forms with two neighbouring letters swapped. */
function transpositionsOf(word: string): string[] {
  const out: string[] = [];
  for (let k = 0; k + 1 < word.length; k++) out.push(word.slice(0, k) + (word[k + 1] ?? "") + (word[k] ?? "") + word.slice(k + 2));
  return out;
}
