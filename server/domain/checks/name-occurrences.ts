/**
 * The name words of an English edition, each with how its Arabic article is written: attached
 * ("al-Hazmi"), apart ("al Hazmi", "Al Hazmi"), joined ("Alhazmi") or absent ("Hazmi"). The name
 * checks compare the word without its article (the core), so all four are one spelling of Hazmi,
 * and the article's style separately (name-variants.ts).
 *
 * A name word has a capital letter, is not all capitals (KSM), has at least three letters without
 * its article, and is no sentence-initial ordinary word ("Well, …"). A joined article is read only
 * where the word is no dictionary word and what follows "Al"/"El" is a consonant and four letters
 * or more (Alhazmi, Elbaradei; not Albert, Alia, Elton).
 */
import type { Token } from "../segment/tokenise.js";
import { isDictionaryWord } from "./english-words.js";
import { ATTACHED_ARTICLE, MAX_NAME_LENGTH } from "./name-key.js";
import type { PreparedSide } from "./types.js";

export type ArticleStyle = "" | "attached" | "apart" | "joined";

export type NameOccurrence = {
  paragraph: number;
  /** The span of the word itself (with an attached or joined article, without a possessive). */
  start: number;
  end: number;
  /** The span with an article written apart, when there is one. */
  phraseStart: number;
  /** The word as written, possessive dropped ("al-Kabirah", "Alhazmi", "Qa'ida"). */
  word: string;
  /** The word without its article ("Kabirah", "hazmi" for Alhazmi keeps the written case: "hazmi"). */
  core: string;
  style: ArticleStyle;
  /** The article as written ("al-", "Al ", "Al"), "" when absent. */
  article: string;
  order: number;
};

const APART_ARTICLE = /^(?:al|Al|AL|el|El)$/u;
const JOINED_ARTICLE = /^(?:Al|El)(?=[b-df-hj-np-tv-z][a-z]{3,}$)/u;

function isNameWord(token: Token, core: string): boolean {
  if (!/\p{Lu}/u.test(token.text) || /^[\p{Lu}'’-]+$/u.test(token.text) || token.text.length > MAX_NAME_LENGTH) return false;
  if (core.replace(/['’]/gu, "").length < 3) return false;
  return !(token.sentenceInitial && isDictionaryWord(token.text.toLowerCase()));
}

/** The name words of one edition, in reading order (boilerplate paragraphs skipped). */
export function nameOccurrences(side: PreparedSide): NameOccurrence[] {
  const out: NameOccurrence[] = [];
  side.tokens.forEach((tokens, paragraph) => {
    if (side.boilerplate[paragraph]) return;
    const text = side.texts[paragraph] ?? "";
    tokens.forEach((token, k) => {
      const word = token.text.replace(/[’']s?$/u, "");
      let core = word;
      let style: ArticleStyle = "";
      let article = "";
      let phraseStart = token.start;
      const attached = ATTACHED_ARTICLE.exec(word);
      if (attached) {
        core = word.slice(attached[0].length);
        style = "attached";
        article = attached[0];
      } else {
        const before = tokens[k - 1];
        const joined = JOINED_ARTICLE.exec(word);
        if (before && APART_ARTICLE.test(before.text) && text.slice(before.end, token.start) === " ") {
          style = "apart";
          article = `${before.text} `;
          phraseStart = before.start;
        } else if (joined && !isDictionaryWord(word)) {
          core = word.slice(joined[0].length);
          style = "joined";
          article = joined[0];
        }
      }
      if (!isNameWord(token, core)) return;
      out.push({ paragraph, start: token.start, end: token.start + word.length, phraseStart, word, core, style, article, order: out.length });
    });
  });
  return out;
}
