/**
 * The real-word check's grammar rules, each named: a constraint on the slot a word fills, stated
 * with English closed classes and a rough part of speech from the dictionary's affix flags (a
 * subject pronoun cannot take a noun where an article belongs, "than" needs a comparative, a
 * perfect auxiliary wants a participle, …). A rule returns a verdict when the word breaks its
 * constraint and a word it is commonly confused with (confusion-sets.ts, or the rule's own
 * partner) fits. They work without any language model, and catch what a trigram window cannot
 * see (a comparative ten words back, a clock time in digits).
 */
import type { Token } from "../segment/tokenise.js";
import { confusablesOf } from "./confusion-sets.js";
import { partsOfSpeech } from "./english-words.js";
import {
  ARTICLES, DETERMINERS, FUNCTION_WORDS, HAVE_FORMS, MODALS, POSSESSIVES, REPORTING_VERBS, STRICT_PREPOSITIONS, SUBJECT_PRONOUNS,
} from "./english-classes.js";
import {
  ADVERBS_BEFORE_PARTICIPLE, ORDINAL, PERFECT_AND_PASSIVE, TOW_COMPOUNDS, VERBS_AFTER_YOU, comparative, compoundAdjective, lower, next, nounOnly,
  nounPhraseStart, participle, prev, textAfter, type Slot, type Verdict,
} from "./real-word-slot.js";

function verbNotNoun(t: Token | undefined): boolean {
  const pos = t ? partsOfSpeech(t.norm) : null;
  return !!pos && pos.has("verb") && !pos.has("noun");
}

/** A named rule: `judge` returns a verdict when the word at the slot is wrong. */
export type RealWordRule = { name: string; judge: (s: Slot, w: Token) => Verdict };

export const RULES: readonly RealWordRule[] = [
  // A subject pronoun where an article belongs: "they inventor of", "they Kenya residence", "He hour long".
  { name: "pronoun-for-article", judge: (s, w) => {
      if (!SUBJECT_PRONOUNS.has(w.norm) || w.norm === "i") return null;
      const before = prev(s);
      const after = next(s);
      if (before && STRICT_PREPOSITIONS.has(before.norm)) return { suggestion: nounPhraseStart(after) || after?.capitalised ? "the" : w.norm === "he" ? "him" : "them", reason: "pronoun-after-preposition" };
      // "we first asked", "he last saw": an ordinal before a verb is an adverb, and the pronoun its subject.
      const adverbialOrdinal = !!after && ORDINAL.test(after.norm) && verbNotNoun(next(s, 2));
      if ((nounPhraseStart(after) && !adverbialOrdinal) || (after?.capitalised && !w.sentenceInitial && w.norm === "they")) return { suggestion: "the", reason: "pronoun-before-noun" };
      return null;
    } },
  // An article before a finite verb: "the said," (he said), "the was".
  { name: "article-before-verb", judge: (s, w) => {
      if (w.norm !== "the") return null;
      const after = next(s);
      if (!after) return null;
      const gap = s.text.slice(after.end, after.end + 2);
      if (REPORTING_VERBS.has(after.norm) && (/^[,.;]/u.test(gap) || lower(next(s, 2)) === "that")) return { suggestion: "he", reason: "article-before-verb" };
      if (/^(?:was|were|is|are|has|have|had|did|does|would|could|should)$/u.test(after.norm)) return { suggestion: null, reason: "article-before-verb" };
      return null;
    } },
  // Sentence-initial "To"/"Thins" where a determiner opens the noun phrase: "To ill-fated frigate made".
  { name: "determiner-slot", judge: (s, w) => {
      if (!w.sentenceInitial || DETERMINERS.has(w.norm) || SUBJECT_PRONOUNS.has(w.norm)) return null;
      const partner = [...confusablesOf(w.norm)].find((p) => DETERMINERS.has(p));
      const after = next(s);
      if (!partner || !after || !(compoundAdjective(after) || (nounOnly(after) && next(s, 2)))) return null;
      return { suggestion: partner, reason: "determiner-slot" };
    } },
  { name: "its-contraction", judge: (s, w) => {
      if (w.norm === "it's" || w.norm === "it’s") {
        const after = next(s);
        if ((after && ORDINAL.test(after.norm)) || /^\s\d+(?:st|nd|rd|th)\b/u.test(textAfter(s))) return { suggestion: "its", reason: "possessive" };
      }
      if (w.norm === "its" && /^(?:a|an|the|not|been|being|going|got)$/u.test(lower(next(s)))) return { suggestion: "it's", reason: "contraction" };
      return null;
    } },
  // "than" needs a comparative before it in the clause; "then" after a comparative means "than".
  { name: "than-then", judge: (s, w) => {
      if (w.norm === "than") {
        for (let k = s.k - 1; k >= 0 && k >= s.k - 10; k--) {
          const t = s.tokens[k];
          const after = s.tokens[k + 1];
          if (!t || !after) break;
          if (/[.;:!?]/u.test(s.text.slice(t.end, after.start))) break;
          if (comparative(t) || /^(?:twice|times|as|so|such|too)$/u.test(t.norm)) return null;
        }
        const before = prev(s);
        return { suggestion: before && /^(?:and|but|just|only|even|back|since|until|by)$/u.test(before.norm) ? "then" : "that", reason: "than-without-comparative" };
      }
      if (w.norm === "then") {
        const before = prev(s);
        if (before && comparative(before) && !/^(?:later|earlier|sooner|other|further)$/u.test(before.norm)) return { suggestion: "than", reason: "comparative-then" };
      }
      return null;
    } },
  // "no" before a possessive or article: "carry through no his promise" (on).
  { name: "no-before-possessive", judge: (s, w) => (w.norm === "no" && POSSESSIVES.has(lower(next(s))) ? { suggestion: "on", reason: "no-before-possessive" } : null) },
  // "as" before a clock time: "as 12:55 p.m." (at).
  { name: "as-before-time", judge: (s, w) => (w.norm === "as" && /^\s\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock)/u.test(textAfter(s)) ? { suggestion: "at", reason: "time" } : null) },
  // "of" as a particle before to/into (get off to a start); "off" before a number (partner off 15 years).
  { name: "of-off", judge: (s, w) => {
      if (w.norm === "of" && /^\s(?:to|into|onto)\b/u.test(textAfter(s)) && !/^(?:due|prior|next)$/u.test(lower(prev(s)))) return { suggestion: "off", reason: "particle" };
      if (w.norm === "off" && /^\s\d+\s+\p{L}/u.test(textAfter(s)) && !/(?:ed|ing)$/u.test(lower(prev(s))) && !!prev(s) && partsOfSpeech(lower(prev(s))).has("noun")) return { suggestion: "of", reason: "of-before-number" };
      return null;
    } },
  // "was lead by" (led); "to led" (lead).
  { name: "lead-led", judge: (s, w) => {
      if (w.norm === "lead" && PERFECT_AND_PASSIVE.has(lower(prev(s))) && /^(?:by|to|the|a|an|his|her|their|its|our|them|him|us)$/u.test(lower(next(s)))) return { suggestion: "led", reason: "participle" };
      if (w.norm === "led" && /^(?:to|will|would|can|could|should|must|may|might)$/u.test(lower(prev(s)))) return { suggestion: "lead", reason: "infinitive" };
      return null;
    } },
  // After a perfect auxiliary and before a participle only an adverb or "been" fits: "had bean taken".
  { name: "perfect-adverb", judge: (s, w) => {
      if (!HAVE_FORMS.has(lower(prev(s))) || ADVERBS_BEFORE_PARTICIPLE.has(w.norm) || DETERMINERS.has(w.norm) || !participle(next(s))) return null;
      if (w.norm.endsWith("ly") || SUBJECT_PRONOUNS.has(w.norm) || /^(?:him|her|them|us|me|it)$/u.test(w.norm)) return null;
      const partner = [...confusablesOf(w.norm)].find((p) => ADVERBS_BEFORE_PARTICIPLE.has(p));
      return partner ? { suggestion: partner, reason: "perfect" } : null;
    } },
  // "quiet" as an intensifier (quite); "quite" closing a phrase (quiet).
  { name: "quiet-quite", judge: (s, w) => {
      if (w.norm === "quiet") {
        const after = next(s);
        if (after && (ARTICLES.has(after.norm) || /ly$/u.test(after.norm) || /^(?:sure|different|possible|likely|clear|often|well|right|true|so|as|enough|simply|literally)$/u.test(after.norm))) return { suggestion: "quite", reason: "intensifier" };
      }
      if (w.norm === "quite" && ARTICLES.has(lower(prev(s))) && (!next(s) || nounOnly(next(s)))) return { suggestion: "quiet", reason: "adjective" };
      return null;
    } },
  // "to loose the …" (lose).
  { name: "loose-lose", judge: (s, w) => (w.norm === "loose" && /^(?:to|will|would|could|can|may|might|must|should|not|never)$/u.test(lower(prev(s))) && DETERMINERS.has(lower(next(s))) ? { suggestion: "lose", reason: "verb" } : null) },
  // "their is" (there); "of there homes" (their).
  { name: "their-there", judge: (s, w) => {
      if (w.norm === "their" && /^(?:is|are|was|were|will|has|have|had|would|could|must|may|might)$/u.test(lower(next(s)))) return { suggestion: "there", reason: "existential" };
      if ((w.norm === "there" || w.norm === "they're") && STRICT_PREPOSITIONS.has(lower(prev(s))) && nounOnly(next(s))) return { suggestion: "their", reason: "possessive" };
      return null;
    } },
  // "the affect" (effect); "will effect" (affect).
  { name: "affect-effect", judge: (s, w) => {
      if ((w.norm === "affect" || w.norm === "affects") && /^(?:the|an|any|this|its|their|his|her|positive|negative|little|no|an)$/u.test(lower(prev(s)))) return { suggestion: w.norm === "affect" ? "effect" : "effects", reason: "noun" };
      if (w.norm === "effect" && /^(?:will|would|could|can|may|might|not|does|did|do)$/u.test(lower(prev(s))) && DETERMINERS.has(lower(next(s)))) return { suggestion: "affect", reason: "verb" };
      return null;
    } },
  // "apart form the" (from); "a from" (form).
  { name: "form-from", judge: (s, w) => {
      const before = prev(s);
      const after = next(s);
      if (w.norm === "form" && before && after && (/^(?:apart|away|far|aside|back|out|came|come|comes|coming|emerged|ranging|arrived|returned|fled|released)$/u.test(before.norm) || (participle(before) && !HAVE_FORMS.has(lower(prev(s, 2))))) && (DETERMINERS.has(after.norm) || after.capitalised)) return { suggestion: "from", reason: "preposition" };
      if (w.norm === "from" && before && ARTICLES.has(before.norm)) return { suggestion: "form", reason: "noun" };
      return null;
    } },
  // "the tow side agreed" (two).
  { name: "tow-two", judge: (s, w) => {
      if (w.norm !== "tow") return null;
      const after = next(s);
      if (!after || TOW_COMPOUNDS.has(after.norm)) return null;
      const plural = /s$/u.test(after.norm) && partsOfSpeech(after.norm).has("noun");
      const then = next(s, 2);
      const verbFollows = !!then && (participle(then) || /^(?:are|were|have|had|will|would|said|agreed)$/u.test(then.norm));
      if (plural || after.norm === "of" || (!FUNCTION_WORDS.has(after.norm) && verbFollows)) return { suggestion: "two", reason: "number" };
      return null;
    } },
  // "your go" (you): a verb after a possessive.
  { name: "your-you", judge: (s, w) => (w.norm === "your" && VERBS_AFTER_YOU.has(lower(next(s))) ? { suggestion: "you", reason: "pronoun" } : null) },
  // "sum degree of" (some): a bare "sum" before a noun.
  { name: "sum-some", judge: (s, w) => {
      if (w.norm !== "sum" || DETERMINERS.has(lower(prev(s)))) return null;
      const after = next(s);
      return after && !/^(?:of|up|total|it|them|to)$/u.test(after.norm) && partsOfSpeech(after.norm).has("noun") ? { suggestion: "some", reason: "quantifier" } : null;
    } },
  // A modal before a noun that is confused with a verb: "will loose", "could except".
  { name: "verb-after-modal", judge: (s, w) => {
      if (!MODALS.has(lower(prev(s))) || !nounOnly(w)) return null;
      const partner = [...confusablesOf(w.norm)].find((p) => partsOfSpeech(p).has("verb"));
      return partner ? { suggestion: partner, reason: "verb-after-modal" } : null;
    } },
];
