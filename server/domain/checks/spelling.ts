/**
 * English spelling with nspell and dictionary-en (US and British spellings accepted), aware of
 * names. Lower-case words are checked against the dictionary. A capitalised word is taken as a
 * name, and left alone, when the glossary, the document, the corpus or the Arabic edition vouches
 * for it; otherwise it is flagged only when it is one slip away from a dictionary word (a
 * sentence-initial "Recieve", a mid-sentence "Tuseday"), so unknown names stay quiet.
 *
 * Bounded work: a suggestion search costs milliseconds (english-words.ts bounds it), so a document
 * gets at most MAX_SEARCHES of them (distinct words, counted whether or not cached, so that the
 * result does not depend on what ran before); past that, a lower-case unknown word is flagged with
 * no suggestion and a capitalised one is left alone, as an unknown name is. A mid-sentence capital
 * is searched only when it is one edit from a calendar word, the only near words it may be taken for.
 */
import { isKnownWord, suggestionsFor } from "./english-words.js";
import { isVouchedName, knownNames } from "./known-names.js";
import { editDistance } from "./name-key.js";
import type { Check, RawFinding } from "./types.js";

const suggestionCache = new Map<string, string | null>();

/** Distinct words a document may have searched for suggestions (100K characters of misspellings must not take minutes). */
export const MAX_SEARCHES = 50;

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
      tokens.forEach((token, k) => {
        if (token.text.length < 2 || isKnownWord(token.text)) return;
        // Ordinal endings (65th), addresses and links (jo@samaritans.org), plural acronyms (MWPs).
        if (/[\d@./]/u.test(text[token.start - 1] ?? "") || /^[@/]|^\.\p{L}/u.test(text.slice(token.end, token.end + 2)) || /^\p{Lu}{2,}s$/u.test(token.text)) return;
        // A run of unknown words is a foreign phrase or a name (Il faut bien le faire), not a slip.
        // A capitalised word counts only its follower: "Il faut …" opens a French sentence.
        const neighbours = (token.capitalised ? [tokens[k + 1]] : [tokens[k - 1], tokens[k + 1]]).filter((t) => t !== undefined);
        if (neighbours.some((t) => !t.capitalised && t.text.length > 1 && !isKnownWord(t.text) && !/[\d@]/u.test(t.text))) return;
        // Elided articles and name prefixes (Ballon d'Or, l'Humanité, O'Brien) belong to names and foreign phrases.
        if (/^\p{L}['’]\p{Lu}/u.test(token.text)) return;
        const parts = token.text.includes("-") ? partsOf(token.text, token.start) : [{ text: token.text, start: token.start }];
        for (const part of parts) {
          const word = part.text.replace(/[’']s?$/u, "");
          if (word.length < 2 || ARTICLE_PARTS.test(word) || isKnownWord(word)) continue;
          if (parts.length > 1 && word.length < 3 && /^\p{Ll}/u.test(word)) continue; // prefixes: de-, co-, ex-
          if (/^\p{Lu}[\p{Lu}\d]+$/u.test(word)) continue; // acronyms
          // "Mr. Doseba": a capital after a title's full stop does not start a sentence.
          const afterTitle = /\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Sgt|Capt|Gov|Sen|Rep|Rev|St|Lt)\.\s+$/u.test(text.slice(Math.max(0, token.start - 8), token.start));
          // A capitalised word followed by another name part (Cristiano Ronaldo, Nawaf al Hazmi) is a
          // name; but a sentence's first word before a dictionary word ("Wilh World Vision's staff")
          // is no evidence of a name, since any sentence may open before a name.
          const nextToken = tokens[k + 1];
          const beforeNamePart = !!nextToken && /^\s+$/u.test(text.slice(token.end, nextToken.start)) && (nextToken.capitalised || NAME_PARTICLES.test(nextToken.text));
          const firstBeforeWord = token.sentenceInitial && !afterTitle && !!nextToken && isKnownWord(nextToken.text) && !NAME_PARTICLES.test(nextToken.text);
          if (token.capitalised && beforeNamePart && !firstBeforeWord) return;
          const suggestion = judge(word, token.sentenceInitial && !afterTitle && part.start === token.start);
          if (suggestion === undefined) continue;
          out.push({ lang: "en", paragraph, start: part.start, end: part.start + word.length, params: { word }, suggestion });
        }
      });
    });
    return out;

    /** The suggestion (or null) when the word is a misspelling; undefined when it may stand. */
    function judge(word: string, sentenceInitial: boolean): string | null | undefined {
      if (!/^\p{Lu}/u.test(word)) return search(word) ?? null;
      if (isVouchedName(word, doc, names)) return undefined;
      // Mid-sentence, only a calendar word one edit away could make the verdict below: look for one first.
      if (!sentenceInitial && ![...CALENDAR].some((c) => editDistance(c.toLowerCase(), word.toLowerCase(), 1) <= 1)) return undefined;
      const best = search(word);
      if (best === null || best === undefined || editDistance(best.toLowerCase(), word.toLowerCase(), 2) > (sentenceInitial ? 2 : 1)) return undefined;
      // A sentence-initial capital: a misspelt common word when the near word is a common word.
      if (sentenceInitial) return isKnownWord(best.toLowerCase()) ? best : undefined;
      // Mid-sentence capitals are names, unless near a calendar word (Tuseday, Feburary): names
      // sit one letter from other names too often for anything else to be a safe call.
      return CALENDAR.has(best) ? best : undefined;
    }
  },
};
