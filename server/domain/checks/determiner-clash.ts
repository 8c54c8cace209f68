/**
 * Two determiners in one noun phrase, a slip of revised translations: "a the city", "the a
 * decision", "their the", and "in the past a few days" (the past few days), where the indefinite
 * quantifiers "a few / a couple / a dozen …" follow a definite determiner and a sequencing word.
 * Each rule is a fact of English grammar over closed classes: an article or possessive is never
 * followed by another article or possessive, and "the last/next/past/first …" takes "few", not
 * "a few".
 *
 * Left alone, because they are grammatical: predeterminers ("all the", "both the", "such a",
 * "what a", "half the"), "her" (also an object pronoun: "gave her a book"), a demonstrative before
 * an article ("making this the deadliest", "is this a joke"), "its the" / "your a" (it's, you're:
 * the real-word check's slips), a capital letter after "the" ("the A team"), and a relative clause
 * without "that" ("the first a reporter saw": only the quantifiers above count there).
 *
 * Index conventions: the words must follow one another with nothing but spaces between.
 */
import { spacedApart, type Token } from "../segment/tokenise.js";
import { matchCase } from "./real-word-slot.js";
import { ARTICLES, POSSESSIVES } from "./english-classes.js";
import type { Check, RawFinding } from "./types.js";

const set = (words: string) => new Set(words.split(" "));
/** Words that open a noun phrase and can take no second determiner ("her" is also a pronoun). */
const FIRST = set("a an the every his its their my your our");
/** Determiners that cannot follow another: articles, possessives, demonstratives. */
const SECOND = set("a an the his her its their my your our this these those");
/** Definite determiners that take a sequencing word then a bare quantifier ("the past few"). */
const DEFINITE = set("the this these those his her its their my your our");
/** Sequencing words between a determiner and a quantifier: ordinals, last, next, past … */
const SEQUENCING = set("first second third fourth fifth sixth seventh eighth ninth tenth last next past previous coming following recent latest final");
/** Quantifiers that come with "a" of their own ("a few", "a couple of", "a dozen"). */
const A_QUANTIFIERS = set("few couple dozen handful number");


/** The fix for two determiners: keep the one that says more (a possessive or demonstrative); none for two articles. */
function keepOne(first: Token, second: Token): string | null {
  const firstArticle = ARTICLES.has(first.norm);
  const secondArticle = ARTICLES.has(second.norm);
  if (firstArticle && !secondArticle) return matchCase(second.text, first.text);
  if (!firstArticle && secondArticle && POSSESSIVES.has(first.norm)) return first.text;
  return null;
}


export const determinerClash: Check = {
  id: "determiner-clash", severity: "warning", side: "en",
  run: (doc) => {
    const out: RawFinding[] = [];
    doc.en.tokens.forEach((tokens, paragraph) => {
      const text = doc.en.texts[paragraph] ?? "";
      for (let k = 0; k + 1 < tokens.length; k++) {
        const first = tokens[k];
        const second = tokens[k + 1];
        // "the the" is a doubled word (the repeated-word check's).
        if (!first || !second || first.norm === second.norm || !spacedApart(text, first, second)) continue;
        // "its the", "your a": it's, you're (the real-word check's slips).
        const contraction = (first.norm === "its" || first.norm === "your") && ARTICLES.has(second.norm);
        if (FIRST.has(first.norm) && SECOND.has(second.norm) && !second.capitalised && !contraction) {
          const phrase = text.slice(first.start, second.end);
          const suggestion = keepOne(first, second);
          out.push({ lang: "en", paragraph, start: first.start, end: second.end, params: { phrase, suggestion: suggestion ?? "" }, suggestion });
          continue;
        }
        const article = tokens[k + 2];
        const quantifier = tokens[k + 3];
        if (!DEFINITE.has(first.norm) || !SEQUENCING.has(second.norm) || !article || !quantifier) continue;
        if ((article.norm !== "a" && article.norm !== "an") || !A_QUANTIFIERS.has(quantifier.norm)) continue;
        if (!spacedApart(text, second, article) || !spacedApart(text, article, quantifier)) continue;
        const phrase = text.slice(first.start, quantifier.end);
        const suggestion = `${text.slice(first.start, second.end)} ${quantifier.text}`;
        out.push({ lang: "en", paragraph, start: first.start, end: quantifier.end, params: { phrase, suggestion }, suggestion });
      }
    });
    return out;
  },
};
