/**
 * Real-word errors in context: a correctly spelt word that is the wrong word where it stands ("The
 * tow side agreed", "they inventor of", "was lead by", "carry through no his promise"). Each rule
 * is a grammatical constraint on the slot a word fills, stated with English closed classes and a
 * rough part of speech from the dictionary's affix flags (english-words.ts): a subject pronoun
 * cannot take a noun where an article belongs, "than" needs a comparative, a perfect auxiliary
 * wants a participle, and so on. A word is flagged only when it breaks the constraint and a word
 * it is commonly confused with (confusion-sets.ts, or the rule's own partner) fits.
 *
 * Index conventions: `tokens` are the paragraph's words in order; a neighbour counts only when
 * nothing but spaces separates it from the word (punctuation ends the phrase).
 */
import type { Token } from "../segment/tokenise.js";
import { confusablesOf } from "./confusion-sets.js";
import { contextEvidence, contextScore, wordCount } from "./context-model.js";
import { isKnownWord, partsOfSpeech } from "./english-words.js";
import {
  ARTICLES, COMPARATIVE_WORDS, DETERMINERS, FUNCTION_WORDS, HAVE_FORMS, MODALS, POSSESSIVES, REPORTING_VERBS, STRICT_PREPOSITIONS, SUBJECT_PRONOUNS,
} from "./english-classes.js";
import type { Check, RawFinding } from "./types.js";

const IRREGULAR_PARTICIPLES = new Set(
  ("taken given seen done made found told held brought kept left lost paid sent built caught taught thought bought fought sold won " +
    "struck hit put set shut cut hurt run come become begun known shown grown thrown flown drawn written driven ridden risen chosen " +
    "spoken broken stolen frozen forgotten gotten got beaten bitten hidden eaten fallen led fed met read said heard felt meant sat " +
    "stood understood spent lent bent dealt slept fled shot lit hung sworn worn torn born borne sunk drunk sung swum").split(" "),
);
/** Irregular simple pasts: verbs, though the dictionary may list them as nouns (spoke, saw). */
const IRREGULAR_PASTS = new Set(
  ("spoke saw went took gave came knew grew threw flew drew wrote drove rode rose chose broke stole froze began ran sang swam drank sank " +
    "became overcame beat bit hid ate fell lay wore tore bore swore shook forgave forbade did").split(" "),
);
const NOT_NOUNS = new Set("now then also still just never always often only even soon later once too really already again thus therefore one two three four five six seven eight nine ten hundred thousand million".split(" "));
const ADVERBS_BEFORE_PARTICIPLE = new Set("been already just never not also ever recently long since always often once only even still yet all both each finally previously largely".split(" "));
/** Things that are towed: "the tow truck" is a noun compound, not a slip for "two". */
const TOW_COMPOUNDS = new Set("truck trucks rope ropes line lines bar bars hitch path paths boat boats vehicle vehicles service services company yard zone away".split(" "));
const VERBS_AFTER_YOU = new Set("are were can could would should have had go don't did get got may might must think came come".split(" "));
const PERFECT_AND_PASSIVE = new Set("was were been being has have had".split(" "));
const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|latest|own)$/u;

type Slot = { tokens: readonly Token[]; text: string; k: number };
type Verdict = { suggestion: string | null; reason: string } | null;

const lower = (t: Token | undefined) => t?.norm ?? "";
function prev(s: Slot, n = 1): Token | undefined {
  let k = s.k;
  for (let step = 0; step < n; step++) {
    const a = s.tokens[k - 1];
    const b = s.tokens[k];
    if (!a || !b || !/^\s+$/u.test(s.text.slice(a.end, b.start))) return undefined;
    k--;
  }
  return s.tokens[k];
}
function next(s: Slot, n = 1): Token | undefined {
  let k = s.k;
  for (let step = 0; step < n; step++) {
    const a = s.tokens[k];
    const b = s.tokens[k + 1];
    if (!a || !b || !/^\s+$/u.test(s.text.slice(a.end, b.start))) return undefined;
    k++;
  }
  return s.tokens[k];
}
function textAfter(s: Slot): string {
  const t = s.tokens[s.k];
  return t ? s.text.slice(t.end, t.end + 40) : "";
}

/** A common noun that is not also a verb or an adjective in the dictionary. */
function nounOnly(t: Token | undefined): boolean {
  if (!t || t.capitalised || FUNCTION_WORDS.has(t.norm) || NOT_NOUNS.has(t.norm) || IRREGULAR_PASTS.has(t.norm) || IRREGULAR_PARTICIPLES.has(t.norm)) return false;
  const pos = partsOfSpeech(t.norm);
  return pos.has("noun") && !pos.has("verb") && !pos.has("adjective") && !pos.has("adverb");
}
/** A hyphenated adjective such as "ill-fated", "long-abandoned". */
function compoundAdjective(t: Token | undefined): boolean {
  return !!t && /^[a-z]+-[a-z]+(?:ed|en)$/u.test(t.norm) && !/^(?:re|co|pre|non|un|de|over|under|out)-/u.test(t.norm);
}
function nounPhraseStart(t: Token | undefined): boolean {
  return nounOnly(t) || compoundAdjective(t) || (!!t && ORDINAL.test(t.norm));
}
function participle(t: Token | undefined): boolean {
  if (!t) return false;
  if (IRREGULAR_PARTICIPLES.has(t.norm)) return true;
  return /(?:ed|en)$/u.test(t.norm) && partsOfSpeech(t.norm).has("verb");
}
function comparative(t: Token): boolean {
  if (COMPARATIVE_WORDS.has(t.norm)) return true;
  if (!/(?:er|ier)$/u.test(t.norm)) return false;
  if (partsOfSpeech(t.norm).has("adjective")) return true;
  // bigger, larger, easier: a known word whose stem is a known word too.
  const stem = t.norm.replace(/ier$/u, "y").replace(/(.)\1er$/u, "$1").replace(/er$/u, "");
  return stem.length >= 3 && isKnownWord(t.norm) && (isKnownWord(stem) || isKnownWord(stem + "e"));
}
function matchCase(suggestion: string, original: string): string {
  return /^\p{Lu}/u.test(original) ? suggestion.charAt(0).toUpperCase() + suggestion.slice(1) : suggestion;
}

/** The rules, each for the words it governs; a rule returns a verdict when the slot is wrong. */
const RULES: ((s: Slot, w: Token) => Verdict)[] = [
  // A subject pronoun where an article belongs: "they inventor of", "they Kenya residence", "He hour long".
  (s, w) => {
    if (!SUBJECT_PRONOUNS.has(w.norm) || w.norm === "i") return null;
    const before = prev(s);
    const after = next(s);
    if (before && STRICT_PREPOSITIONS.has(before.norm)) return { suggestion: nounPhraseStart(after) || after?.capitalised ? "the" : w.norm === "he" ? "him" : "them", reason: "pronoun-after-preposition" };
    if (nounPhraseStart(after) || (after?.capitalised && !w.sentenceInitial && w.norm === "they")) return { suggestion: "the", reason: "pronoun-before-noun" };
    return null;
  },
  // An article before a finite verb: "the said," (he said), "the was".
  (s, w) => {
    if (w.norm !== "the") return null;
    const after = next(s);
    if (!after) return null;
    const gap = s.text.slice(after.end, after.end + 2);
    if (REPORTING_VERBS.has(after.norm) && (/^[,.;]/u.test(gap) || lower(next(s, 2)) === "that")) return { suggestion: "he", reason: "article-before-verb" };
    if (/^(?:was|were|is|are|has|have|had|did|does|would|could|should)$/u.test(after.norm)) return { suggestion: null, reason: "article-before-verb" };
    return null;
  },
  // Sentence-initial "To"/"Thins" where a determiner opens the noun phrase: "To ill-fated frigate made".
  (s, w) => {
    if (!w.sentenceInitial || DETERMINERS.has(w.norm) || SUBJECT_PRONOUNS.has(w.norm)) return null;
    const partner = [...confusablesOf(w.norm)].find((p) => DETERMINERS.has(p));
    const after = next(s);
    if (!partner || !after || !(compoundAdjective(after) || (nounOnly(after) && next(s, 2)))) return null;
    return { suggestion: partner, reason: "determiner-slot" };
  },
  (s, w) => {
    if (w.norm === "it's" || w.norm === "it’s") {
      const after = next(s);
      if ((after && ORDINAL.test(after.norm)) || /^\s\d+(?:st|nd|rd|th)\b/u.test(textAfter(s))) return { suggestion: "its", reason: "possessive" };
    }
    if (w.norm === "its" && /^(?:a|an|the|not|been|being|going|got)$/u.test(lower(next(s)))) return { suggestion: "it's", reason: "contraction" };
    return null;
  },
  // "than" needs a comparative before it in the clause; "then" after a comparative means "than".
  (s, w) => {
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
  },
  // "no" before a possessive or article: "carry through no his promise" (on).
  (s, w) => (w.norm === "no" && POSSESSIVES.has(lower(next(s))) ? { suggestion: "on", reason: "no-before-possessive" } : null),
  // "as" before a clock time: "as 12:55 p.m." (at).
  (s, w) => (w.norm === "as" && /^\s\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock)/u.test(textAfter(s)) ? { suggestion: "at", reason: "time" } : null),
  // "of" as a particle before to/into (get off to a start); "off" before a number (partner off 15 years).
  (s, w) => {
    if (w.norm === "of" && /^\s(?:to|into|onto)\b/u.test(textAfter(s)) && !/^(?:due|prior|next)$/u.test(lower(prev(s)))) return { suggestion: "off", reason: "particle" };
    if (w.norm === "off" && /^\s\d+\s+\p{L}/u.test(textAfter(s)) && !/(?:ed|ing)$/u.test(lower(prev(s))) && !!prev(s) && partsOfSpeech(lower(prev(s))).has("noun")) return { suggestion: "of", reason: "of-before-number" };
    return null;
  },
  // "was lead by" (led); "to led" (lead).
  (s, w) => {
    if (w.norm === "lead" && PERFECT_AND_PASSIVE.has(lower(prev(s))) && /^(?:by|to|the|a|an|his|her|their|its|our|them|him|us)$/u.test(lower(next(s)))) return { suggestion: "led", reason: "participle" };
    if (w.norm === "led" && /^(?:to|will|would|can|could|should|must|may|might)$/u.test(lower(prev(s)))) return { suggestion: "lead", reason: "infinitive" };
    return null;
  },
  // After a perfect auxiliary and before a participle only an adverb or "been" fits: "had bean taken".
  (s, w) => {
    if (!HAVE_FORMS.has(lower(prev(s))) || ADVERBS_BEFORE_PARTICIPLE.has(w.norm) || DETERMINERS.has(w.norm) || !participle(next(s))) return null;
    if (w.norm.endsWith("ly") || SUBJECT_PRONOUNS.has(w.norm) || /^(?:him|her|them|us|me|it)$/u.test(w.norm)) return null;
    const partner = [...confusablesOf(w.norm)].find((p) => ADVERBS_BEFORE_PARTICIPLE.has(p));
    return partner ? { suggestion: partner, reason: "perfect" } : null;
  },
  // "quiet" as an intensifier (quite); "quite" closing a phrase (quiet).
  (s, w) => {
    if (w.norm === "quiet") {
      const after = next(s);
      if (after && (ARTICLES.has(after.norm) || /ly$/u.test(after.norm) || /^(?:sure|different|possible|likely|clear|often|well|right|true|so|as|enough|simply|literally)$/u.test(after.norm))) return { suggestion: "quite", reason: "intensifier" };
    }
    if (w.norm === "quite" && ARTICLES.has(lower(prev(s))) && (!next(s) || nounOnly(next(s)))) return { suggestion: "quiet", reason: "adjective" };
    return null;
  },
  // "to loose the …" (lose).
  (s, w) => (w.norm === "loose" && /^(?:to|will|would|could|can|may|might|must|should|not|never)$/u.test(lower(prev(s))) && DETERMINERS.has(lower(next(s))) ? { suggestion: "lose", reason: "verb" } : null),
  // "their is" (there); "of there homes" (their).
  (s, w) => {
    if (w.norm === "their" && /^(?:is|are|was|were|will|has|have|had|would|could|must|may|might)$/u.test(lower(next(s)))) return { suggestion: "there", reason: "existential" };
    if ((w.norm === "there" || w.norm === "they're") && STRICT_PREPOSITIONS.has(lower(prev(s))) && nounOnly(next(s))) return { suggestion: "their", reason: "possessive" };
    return null;
  },
  // "the affect" (effect); "will effect" (affect).
  (s, w) => {
    if ((w.norm === "affect" || w.norm === "affects") && /^(?:the|an|any|this|its|their|his|her|positive|negative|little|no|an)$/u.test(lower(prev(s)))) return { suggestion: w.norm === "affect" ? "effect" : "effects", reason: "noun" };
    if (w.norm === "effect" && /^(?:will|would|could|can|may|might|not|does|did|do)$/u.test(lower(prev(s))) && DETERMINERS.has(lower(next(s)))) return { suggestion: "affect", reason: "verb" };
    return null;
  },
  // "apart form the" (from); "a from" (form).
  (s, w) => {
    const before = prev(s);
    const after = next(s);
    if (w.norm === "form" && before && after && (/^(?:apart|away|far|aside|back|out|came|come|comes|coming|emerged|ranging|arrived|returned|fled|released)$/u.test(before.norm) || (participle(before) && !HAVE_FORMS.has(lower(prev(s, 2))))) && (DETERMINERS.has(after.norm) || after.capitalised)) return { suggestion: "from", reason: "preposition" };
    if (w.norm === "from" && before && ARTICLES.has(before.norm)) return { suggestion: "form", reason: "noun" };
    return null;
  },
  // "the tow side agreed" (two).
  (s, w) => {
    if (w.norm !== "tow") return null;
    const after = next(s);
    if (!after || TOW_COMPOUNDS.has(after.norm)) return null;
    const plural = /s$/u.test(after.norm) && partsOfSpeech(after.norm).has("noun");
    const then = next(s, 2);
    const verbFollows = !!then && (participle(then) || /^(?:are|were|have|had|will|would|said|agreed)$/u.test(then.norm));
    if (plural || after.norm === "of" || (!FUNCTION_WORDS.has(after.norm) && verbFollows)) return { suggestion: "two", reason: "number" };
    return null;
  },
  // "your go" (you): a verb after a possessive.
  (s, w) => (w.norm === "your" && VERBS_AFTER_YOU.has(lower(next(s))) ? { suggestion: "you", reason: "pronoun" } : null),
  // "sum degree of" (some): a bare "sum" before a noun.
  (s, w) => {
    if (w.norm !== "sum" || DETERMINERS.has(lower(prev(s)))) return null;
    const after = next(s);
    return after && !/^(?:of|up|total|it|them|to)$/u.test(after.norm) && partsOfSpeech(after.norm).has("noun") ? { suggestion: "some", reason: "quantifier" } : null;
  },
  // A modal before a noun that is confused with a verb: "will loose", "could except".
  (s, w) => {
    if (!MODALS.has(lower(prev(s))) || !nounOnly(w)) return null;
    const partner = [...confusablesOf(w.norm)].find((p) => partsOfSpeech(p).has("verb"));
    return partner ? { suggestion: partner, reason: "verb-after-modal" } : null;
  },
];

/** The neighbour of a slot for the context model: the word, or the punctuation mark between (paragraph edges read as "."). */
function neighbour(s: Slot, side: -1 | 1): string {
  const here = s.tokens[s.k];
  const there = s.tokens[s.k + side];
  if (!here) return ".";
  const gap = side < 0 ? s.text.slice(there ? there.end : 0, here.start) : s.text.slice(here.end, there ? there.start : s.text.length);
  const marks = gap.match(/[.,;:!?()]/gu);
  if (marks) return (side < 0 ? marks[marks.length - 1] : marks[0]) ?? ".";
  return there && /^\s*$/u.test(gap) ? there.norm.replace(/’/gu, "'") : ".";
}

/**
 * Context-model thresholds: the written word common enough in the model's text that its absence
 * from a context means something (rarer words would be flagged for the model's sparseness), the
 * partner seen often enough to be estimated and well attested between these neighbours, and far
 * likelier there (a margin in natural log units).
 */
const MIN_WORD_COUNT = 300;
const MIN_PARTNER_COUNT = 100;
const MIN_EVIDENCE = 20;
const MIN_MARGIN = 5;

/**
 * A noun written for another noun of its confusion set ("the stat of" / start, "a better change
 * of" / chance): both fill the slot grammatically, so no rule above separates them, and the bigram
 * model decides. Closed-class words and pairs of different parts of speech are left to the rules,
 * since the model's text (manual pages) says little of how news uses pronouns, prepositions and
 * verbs ("sentenced to life in prison" reads there like "to live in").
 */
function contextVerdict(s: Slot, w: Token): Verdict {
  if (w.capitalised || FUNCTION_WORDS.has(w.norm) || NOT_NOUNS.has(w.norm) || wordCount(w.norm) < MIN_WORD_COUNT) return null;
  const pos = partsOfSpeech(w.norm);
  if (pos.size === 0) return null;
  const before = neighbour(s, -1);
  const after = neighbour(s, 1);
  const own = contextScore(before, w.norm, after);
  let best: { word: string; margin: number } | null = null;
  for (const partner of confusablesOf(w.norm)) {
    if (FUNCTION_WORDS.has(partner) || NOT_NOUNS.has(partner) || wordCount(partner) < MIN_PARTNER_COUNT) continue;
    if (!pos.has("noun") || !partsOfSpeech(partner).has("noun")) continue;
    if (contextEvidence(before, partner, after) < MIN_EVIDENCE) continue;
    const margin = contextScore(before, partner, after) - own;
    if (margin >= MIN_MARGIN && (!best || margin > best.margin)) best = { word: partner, margin };
  }
  return best ? { suggestion: best.word, reason: "context" } : null;
}

export const realWord: Check = {
  id: "real-word", severity: "warning", side: "en",
  run: (doc) => {
    const out: RawFinding[] = [];
    doc.en.tokens.forEach((tokens, paragraph) => {
      const text = doc.en.texts[paragraph] ?? "";
      tokens.forEach((w, k) => {
        for (const rule of [...RULES, contextVerdict]) {
          const verdict = rule({ tokens, text, k }, w);
          if (!verdict) continue;
          const suggestion = verdict.suggestion === null ? null : matchCase(verdict.suggestion, w.text);
          out.push({ lang: "en", paragraph, start: w.start, end: w.end, params: { word: w.text, suggestion: suggestion ?? "" }, suggestion });
          break;
        }
      });
    });
    return out;
  },
};
