/**
 * The English dictionary the checks share: nspell with dictionary-en (Hunspell en_US) for "is this
 * a word", British spellings accepted by rule (behaviour, centre, organise, programme, travelled,
 * ageing), closed compounds of two dictionary words (counterterrorism), and a rough part of speech
 * read from the dictionary's affix flags (M: noun possessive, D/G: verb -ed/-ing, R/T: adjective
 * -er/-est, Y: -ly adverb from an adjective). Loaded once per process, on first use.
 */
import dictionary from "dictionary-en";
import nspell from "nspell";

type Speller = ReturnType<typeof nspell>;

let speller: Speller | null = null;
let flags: Map<string, string> | null = null;

export function getSpeller(): Speller {
  if (!speller) speller = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  return speller;
}

/** Lower-cased dictionary stem -> its affix flags (entries that differ only in case merged). */
function getFlags(): Map<string, string> {
  if (flags) return flags;
  flags = new Map();
  const lines = Buffer.from(dictionary.dic).toString("utf8").split("\n");
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k] ?? "";
    const slash = line.indexOf("/");
    const word = (slash < 0 ? line : line.slice(0, slash)).trim().toLowerCase();
    if (!word) continue;
    flags.set(word, (flags.get(word) ?? "") + (slash < 0 ? "" : line.slice(slash + 1).trim()));
  }
  return flags;
}

/** British → American rewrites: if one gives a dictionary word, the British spelling is fine. */
const BRITISH: [RegExp, string][] = [
  [/our(s|ed|ing|ful|ite|ites|able|er|ers)?$/u, "or$1"], [/our(?=[a-z]{2,})/u, "or"],
  [/([^aeiou])re(s|d)?$/u, "$1er$2"], [/is(e|es|ed|ing|ation|ations|er|ers)$/u, "iz$1"], [/ys(e|es|ed|ing)$/u, "yz$1"],
  [/([aeiou])ll(ed|ing|er|ers)$/u, "$1l$2"], [/ogue(s)?$/u, "og$1"], [/mme(s)?$/u, "m$1"], [/ae/u, "e"], [/oe/u, "e"],
  [/eing$/u, "ing"], [/([^aeiou])t$/u, "$1ed"], [/ence$/u, "ense"], [/ll(ment|ful)$/u, "l$1"], [/l(ment|ful)$/u, "ll$1"],
];

const knownCache = new Map<string, boolean>();

/** Whether a word (as written, apostrophes folded) is an English word in US or British spelling. */
export function isKnownWord(word: string): boolean {
  let known = knownCache.get(word);
  if (known === undefined) {
    if (knownCache.size > 200000) knownCache.clear();
    knownCache.set(word, (known = computeKnown(word)));
  }
  return known;
}

function computeKnown(word: string): boolean {
  const s = getSpeller();
  const w = word.replace(/’/gu, "'");
  if (s.correct(w)) return true;
  // Possessive of a known word or name-like word: check the stem.
  const stem = w.replace(/'s?$/u, "");
  if (stem !== w && stem.length > 0 && s.correct(stem)) return true;
  const lower = stem.toLowerCase();
  for (const [pattern, replacement] of BRITISH) {
    const us = lower.replace(pattern, replacement);
    if (us !== lower && s.correct(us)) return true;
  }
  return isCompound(lower);
}

/** A closed compound of two dictionary words, each at least three letters (counterterrorism). */
function isCompound(lower: string): boolean {
  if (lower.length < 7 || !/^[a-z]+$/u.test(lower)) return false;
  const s = getSpeller();
  for (let k = 3; k <= lower.length - 3; k++) {
    if (s.correct(lower.slice(0, k)) && s.correct(lower.slice(k))) return true;
  }
  return false;
}

/** Spelling suggestions from the dictionary, best first (slow-ish: call only for flagged words). */
export function suggestionsFor(word: string): string[] {
  return getSpeller().suggest(word);
}

export type PartOfSpeech = "noun" | "verb" | "adjective" | "adverb";

const posCache = new Map<string, Set<PartOfSpeech>>();

/**
 * Parts of speech a lower-case word may have, from the dictionary's flags and its suffix; an empty
 * set means "unknown" (irregular forms and closed-class words carry no flags).
 */
export function partsOfSpeech(word: string): ReadonlySet<PartOfSpeech> {
  let pos = posCache.get(word);
  if (!pos) {
    if (posCache.size > 100000) posCache.clear();
    posCache.set(word, (pos = computePos(word)));
  }
  return pos;
}

function addFromFlags(out: Set<PartOfSpeech>, f: string): void {
  if (/M/u.test(f)) out.add("noun");
  if (/[DG]/u.test(f)) out.add("verb");
  if (/[RTP]/u.test(f)) out.add("adjective");
}

function computePos(word: string): Set<PartOfSpeech> {
  const table = getFlags();
  const out = new Set<PartOfSpeech>();
  const own = table.get(word);
  if (own !== undefined) addFromFlags(out, own);
  const tryStem = (stem: string, as: PartOfSpeech, need: RegExp) => {
    const f = table.get(stem);
    if (f !== undefined && need.test(f)) out.add(as);
  };
  if (word.endsWith("s")) {
    const base = word.replace(/(?:es|s)$/u, "");
    for (const b of [word.slice(0, -1), base, word.replace(/ies$/u, "y")]) {
      tryStem(b, "noun", /M/u);
      tryStem(b, "verb", /[DG]/u);
    }
  }
  if (/(?:ed|ing)$/u.test(word)) {
    const base = word.replace(/(?:ed|ing)$/u, "");
    for (const b of [base, base + "e", base.replace(/(.)\1$/u, "$1"), word.replace(/ied$/u, "y")]) tryStem(b, "verb", /[DG]/u);
  }
  if (/ly$/u.test(word)) out.add("adverb");
  if (/(?:er|est)$/u.test(word)) {
    const base = word.replace(/(?:er|est)$/u, "");
    for (const b of [base, base + "e", base.replace(/(.)\1$/u, "$1"), word.replace(/i(?:er|est)$/u, "y")]) tryStem(b, "adjective", /[RT]/u);
  }
  return out;
}
