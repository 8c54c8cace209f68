/**
 * A word written twice ("the the", "of of") and garbled runs of function words ("of the of",
 * "the a"). Legitimate repeats are spared: "had had" and "that that" are grammatical, and a
 * reduplicated name ("Roa Roa Hotel", "Bora Bora") is not a dictionary word, and a copy in capitals
 * beside one that is not ("known as AS-207", "in IN") is an abbreviation or a code, another word.
 */
import { isKnownWord } from "./english-words.js";
import { PREPOSITIONS, ARTICLES, DETERMINERS, FUNCTION_WORDS } from "./english-classes.js";
import type { Check, RawFinding } from "./types.js";

const GRAMMATICAL_REPEATS = new Set(["had", "that", "very", "bye", "no", "yes", "ha", "far", "so", "many", "knock", "bang", "tut", "boo"]);

/** A word of two letters or more written in capitals only (AS, NATO): an abbreviation or a code. */
const allCapitals = (word: string) => word.length > 1 && /^\p{Lu}+$/u.test(word);

export const repeatedWord: Check = {
  id: "repeated-word", severity: "error", side: "en",
  run: (doc) => {
    const out: RawFinding[] = [];
    doc.en.tokens.forEach((tokens, paragraph) => {
      const text = doc.en.texts[paragraph] ?? "";
      const onlySpace = (from: number, to: number) => /^\s+$/u.test(text.slice(from, to));
      for (let k = 1; k < tokens.length; k++) {
        const a = tokens[k - 1];
        const b = tokens[k];
        if (!a || !b || a.norm !== b.norm || !onlySpace(a.end, b.start)) continue;
        if (GRAMMATICAL_REPEATS.has(a.norm) || allCapitals(a.text) !== allCapitals(b.text)) continue;
        // A reduplicated name (Roa Roa Hotel) is no dictionary word; a proper noun that is one in its
        // own case ("Islam Islam (a word …", a heading run into its paragraph) is a slip.
        if (!FUNCTION_WORDS.has(a.norm) && !isKnownWord(a.norm) && !isKnownWord(a.text)) continue;
        out.push({ lang: "en", paragraph, start: a.start, end: b.end, params: { word: a.text }, suggestion: a.text });
      }
      // Garbled: preposition + determiner + the same preposition ("of the of"), or two articles in a row.
      for (let k = 2; k < tokens.length; k++) {
        const a = tokens[k - 2];
        const b = tokens[k - 1];
        const c = tokens[k];
        if (!a || !b || !c || !onlySpace(a.end, b.start) || !onlySpace(b.end, c.start)) continue;
        if (a.norm === c.norm && PREPOSITIONS.has(a.norm) && DETERMINERS.has(b.norm)) {
          out.push({ lang: "en", paragraph, start: a.start, end: c.end, params: { word: text.slice(a.start, c.end) }, suggestion: a.text });
        }
      }
      for (let k = 1; k < tokens.length; k++) {
        const a = tokens[k - 1];
        const b = tokens[k];
        if (!a || !b || a.norm === b.norm || !onlySpace(a.end, b.start)) continue;
        if (ARTICLES.has(a.norm) && ARTICLES.has(b.norm) && b.text !== "A") {
          out.push({ lang: "en", paragraph, start: a.start, end: b.end, params: { word: text.slice(a.start, b.end) }, suggestion: null });
        }
      }
    });
    return out;
  },
};
