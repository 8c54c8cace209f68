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
 *
 * A hyphenated word is read piece by piece (Mohammed-Yusuf, Qatar-was: copy that turned dashes
 * into hyphens; Plasco-Flaxman), an attached article staying with its piece (al-Qaeda-linked), and
 * a leading Abd/Abu/Bin kept whole with what follows (Abdul-Aziz = Abdulaziz). A name particle
 * (bin, ibn, abu …) records the name word after it: its spelling is judged with that name
 * (Ibn Saud and Bin Ladin are two men, not one particle spelt two ways).
 *
 * Each name word also records the words that identify whom its full name names (`companions`):
 * the other name words next to it (a space or an initial between: John C. Messenger; a possessive
 * ends the name), those that are no ordinary lower-case word, and the last (a surname, even when
 * it is one: Messenger). Ali Mohamed and Mohammed Atef, or Khalid al-Shaykh al-Ballushi and Khalid
 * Sheikh Mohammed, are then two people, not one name spelt two ways (name-variants.ts).
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
  /** For a name particle (bin, ibn, abu …), the core of the name word right after it; otherwise "". */
  follower: string;
  /** The cores of the other words of its full name that say whom it names (see the file comment). */
  companions: string[];
};

/** Between two words of one full name: spaces, and initials (John C. Messenger). */
const WITHIN_NAME = /^\s+(?:\p{Lu}\.\s*)*$/u;

const APART_ARTICLE = /^(?:al|Al|AL|el|El)$/u;
const JOINED_ARTICLE = /^(?:Al|El)(?=[b-df-hj-np-tv-z][a-z]{3,}$)/u;

/** Particles of Arabic names that open a patronymic or a kunya (bin Ladin, Ibn Saud, Abu Zubaydah). */
export const NAME_PARTICLE = /^(?:bin|ibn|ben|bint|abu|abou|abi)$/iu;
/** A leading piece that forms one name with the piece after its hyphen (Abd-al-Rahman, Abdul-Aziz, Abu-Bakr, Bin-Laden). */
const FUSING_PIECE = /^(?:abd(?:[aeiou]l)?|abu|abou|bin|ibn)$/iu;
const ARTICLE_PIECE = /^(?:al|el|ul|ad|adh|ar|as|ash|at|ath|az|an)$/iu;

/**
 * A quotation mark right before a word, after a space, a colon or the paragraph's start: the word
 * opens a quotation, which starts a sentence of its own (that “Their homes …”), so its capital
 * says nothing about a name. Read as sentence-initial, a dictionary word there is no name word
 * (else “Their homes” beside the name Thaer was "Thaer homes" for the consistency checks).
 */
const OPENS_QUOTATION = /(?:^|[\s:])["'“‘«]$/u;

function isNameWord(text: string, sentenceInitial: boolean, core: string): boolean {
  if (!/\p{Lu}/u.test(text) || /^[\p{Lu}'’-]+$/u.test(text) || text.length > MAX_NAME_LENGTH) return false;
  if (core.replace(/['’]/gu, "").length < 3) return false;
  return !(sentenceInitial && isDictionaryWord(text.toLowerCase()));
}

type Piece = { text: string; start: number; first: boolean };

/** The pieces of a hyphenated token that are read as words of their own (see the file comment). */
function pieces(token: Token): Piece[] {
  const parts = token.text.split("-");
  if (parts.length < 2 || FUSING_PIECE.test(parts[0] ?? "")) return [{ text: token.text, start: token.start, first: true }];
  const out: Piece[] = [];
  let offset = token.start;
  let pending: { text: string; start: number } | null = null;
  for (const part of parts) {
    if (pending) {
      out.push({ text: `${pending.text}-${part}`, start: pending.start, first: out.length === 0 });
      pending = null;
    } else if (ARTICLE_PIECE.test(part)) pending = { text: part, start: offset };
    else out.push({ text: part, start: offset, first: out.length === 0 });
    offset += part.length + 1;
  }
  if (pending) out.push({ text: pending.text, start: pending.start, first: out.length === 0 });
  return out.filter((p) => p.text.length > 0);
}

/** The name words of one edition, in reading order (boilerplate paragraphs skipped). */
export function nameOccurrences(side: PreparedSide): NameOccurrence[] {
  const out: NameOccurrence[] = [];
  side.tokens.forEach((tokens, paragraph) => {
    if (side.boilerplate[paragraph]) return;
    const text = side.texts[paragraph] ?? "";
    let previous: NameOccurrence | null = null;
    tokens.forEach((token, k) => {
      for (const piece of pieces(token)) {
        const word = piece.text.replace(/[’']s?$/u, "");
        let core = word;
        let style: ArticleStyle = "";
        let article = "";
        let phraseStart = piece.start;
        const attached = ATTACHED_ARTICLE.exec(word);
        const before = piece.first ? tokens[k - 1] : undefined;
        if (attached) {
          core = word.slice(attached[0].length);
          style = "attached";
          article = attached[0];
        } else {
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
        const follows = previous !== null && NAME_PARTICLE.test(previous.core) && previous.paragraph === paragraph && text.slice(previous.end, phraseStart) === " ";
        // A capital after a name's initial (John C. Messenger) does not open a sentence.
        const afterInitial = /\p{Lu}\p{Ll}+\s+\p{Lu}\.\s+$/u.test(text.slice(Math.max(0, piece.start - 40), piece.start));
        const opensQuotation = piece.first && OPENS_QUOTATION.test(text.slice(Math.max(0, token.start - 2), token.start));
        if (!isNameWord(piece.text, ((token.sentenceInitial && !afterInitial) || opensQuotation) && piece.first, core)) {
          previous = null;
          continue;
        }
        if (follows && previous) previous.follower = core;
        const o: NameOccurrence = { paragraph, start: piece.start, end: piece.start + word.length, phraseStart, word, core, style, article, order: out.length, follower: "", companions: [] };
        out.push(o);
        previous = o;
      }
    });
  });
  addCompanions(out, side);
  return out;
}

/** Fills each occurrence's companions from the full name it stands in. */
function addCompanions(occurrences: readonly NameOccurrence[], side: PreparedSide): void {
  for (let a = 0; a < occurrences.length; ) {
    let b = a;
    for (;;) {
      const here = occurrences[b];
      const next = occurrences[b + 1];
      if (!here || !next || next.paragraph !== here.paragraph || !WITHIN_NAME.test((side.texts[here.paragraph] ?? "").slice(here.end, next.phraseStart))) break;
      b++;
    }
    const name = occurrences.slice(a, b + 1);
    const identifying = name.filter((o, k) => k === name.length - 1 || !isDictionaryWord(o.core.toLowerCase()));
    for (const o of name) o.companions = identifying.filter((c) => c !== o).map((c) => c.core);
    a = b + 1;
  }
}
