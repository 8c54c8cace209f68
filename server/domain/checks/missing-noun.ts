/**
 * A noun left out after an adjective: "a former of the Syrian Coalition" (a former member of),
 * "an alleged of the group". The indefinite article needs a countable noun, so "a/an" + an
 * adjective that cannot be one + "of" has lost its noun. Whether a word can be a noun is read from
 * the dictionary (english-nouns.ts): it is an adjective with no plural. Only "a/an" is judged:
 * after "the" an adjective may stand for people ("the poor of the city", "the former of the two"),
 * and a superlative or comparative heads a partitive ("the latest of several attacks", "the better
 * of the two"), which are no slips.
 *
 * Index conventions: the three words must follow one another with nothing but spaces between.
 */
import { spacedApart } from "../segment/tokenise.js";
import { isAdjectiveOnly } from "./english-nouns.js";
import { FUNCTION_WORDS } from "./english-classes.js";
import type { Check, RawFinding } from "./types.js";

/** Quantifiers that take "a" and "of" with no noun ("a few of them", "a little of the money"). */
const QUANTIFIERS = new Set("few little lot bit many much more less most several enough plenty".split(" "));


export const missingNoun: Check = {
  id: "missing-noun", severity: "warning", side: "en",
  run: (doc) => {
    const out: RawFinding[] = [];
    doc.en.tokens.forEach((tokens, paragraph) => {
      const text = doc.en.texts[paragraph] ?? "";
      for (let k = 0; k + 2 < tokens.length; k++) {
        const article = tokens[k];
        const word = tokens[k + 1];
        const of = tokens[k + 2];
        if (!article || !word || !of || (article.norm !== "a" && article.norm !== "an") || of.norm !== "of") continue;
        if (word.capitalised || FUNCTION_WORDS.has(word.norm) || QUANTIFIERS.has(word.norm)) continue;
        if (!spacedApart(text, article, word) || !spacedApart(text, word, of) || !isAdjectiveOnly(word.norm)) continue;
        out.push({ lang: "en", paragraph, start: article.start, end: of.end, params: { word: word.text, phrase: text.slice(article.start, of.end) }, suggestion: null });
      }
    });
    return out;
  },
};
