/**
 * A name the English side of a pair gives and the Arabic side lacks. English names are capitalised
 * words in mid-sentence that are not ordinary dictionary words (nor words of the larger English
 * list: Chequers, Ballon d'Or are translated by meaning, not transliterated) and not acronyms
 * (MSNBC's: spelt out letter by letter). A hyphenated name is judged piece by piece (Berners-Lee,
 * Plasco-Flaxman: Arabic writes two words).
 *
 * A name is flagged only on positive evidence that it is missing: no Arabic word of the pair is
 * within one consonant class of its transliteration skeleton, read tolerantly as Arabic writes
 * foreign names: g as ج or غ (Gjorge = جورجي), s as ز (Berners = بيرنرز), sh also as س + ه (Sinsheim =
 * سينسهايم), ch also as تش or ك, a plural -s dropped; nor is the word itself, in Latin letters, in
 * the Arabic text (Donggala, Inrupt); nor is the skeleton inside a run of words the Arabic wrote
 * without spaces (a "word" of RUN_TOGETHER letters or more: المحامينالاتحاديينالممثلينلسايبوف);
 * nor does a glossary entry with that word have its Arabic form there.
 *
 * Nor is a name missing that the Arabic edition writes in another of its paragraphs: a translator
 * who has named someone refers back with a pronoun or a common noun ("Nugroho said" = "وقال",
 * "western Donggala" = "المدينة", "both Rosenbergs" = "الزوجين"); nor a middle name whose
 * neighbours in the full name are both there (Sayfullo Habibullaevic Saipov = سيفولو سايبوف: Arabic
 * editions often give a foreign name's first and last parts only).
 *
 * Bounded work: one-class deletions of a skeleton cost the square of its length, so skeletons
 * longer than MAX_SKELETON consonant classes (no name has that many; the dictionary's longest
 * entries have about fifteen) are no names: an English word with one is not flagged, an Arabic
 * word with one is indexed only as a run.
 */
import { arabicSkeleton, skeletonDeletions } from "../align/transliterate.js";
import { normaliseArabic } from "../segment/normalise-arabic.js";
import type { Token } from "../segment/tokenise.js";
import { isDictionaryWord } from "./english-words.js";
import { arabicNameSkeletons, nameSkeleton } from "./name-key.js";
import type { Check, PreparedDocument, RawFinding } from "./types.js";
import { isListed } from "./word-list.js";

export const MAX_SKELETON = 24;
/**
 * Arabic "words" this long are words run together: in the professional NTREX translations 1.3% of
 * tokens have 11 letters or more and 0.9% have 12 or more, all of those run-together text.
 */
export const RUN_TOGETHER = 12;
/** A run is read up to this many characters (a paragraph written without one space is still bounded work). */
const MAX_RUN = 4000;

/** One class for the letters Arabic writes foreign g, j and gh with, and one for s and z (Jones = جونز). */
const fold = (skeleton: string) => skeleton.replace(/G/gu, "J").replace(/Z/gu, "S").replace(/(.)\1+/gu, "$1");

/** The skeletons an English name may have in Arabic script (see the file comment). */
function latinCandidates(word: string): string[] {
  const forms = new Set([word]);
  const lower = word.toLowerCase();
  if (/sh/u.test(lower)) forms.add(lower.replace(/sh/gu, "s-h"));
  if (/ch/u.test(lower)) forms.add(lower.replace(/ch/gu, "tsh")).add(lower.replace(/ch/gu, "k"));
  if (/[^s']s$/u.test(lower) && lower.length > 4) forms.add(lower.slice(0, -1));
  return [...new Set([...forms].map((f) => fold(nameSkeleton(f))))].filter((s) => s.length > 0);
}

type ArabicEvidence = { skeletons: Set<string>; runs: string[]; ends: Set<string>; latin: Set<string> };

function arabicEvidence(doc: PreparedDocument, paragraphs: readonly number[]): ArabicEvidence {
  const skeletons = new Set<string>();
  const runs: string[] = [];
  const ends = new Set<string>();
  const latin = new Set<string>();
  for (const j of paragraphs) {
    for (const m of (doc.ar.texts[j] ?? "").matchAll(/\p{Script=Latin}+/gu)) latin.add(m[0].toLowerCase());
    for (const t of doc.ar.tokens[j] ?? []) {
      if (t.text.length >= RUN_TOGETHER) runs.push(fold(arabicSkeleton(t.text.slice(0, MAX_RUN))));
      for (const s of arabicNameSkeletons(t.text).map(fold)) {
        if (s.length > MAX_SKELETON) continue;
        skeletons.add(s);
        for (const d of skeletonDeletions(s)) skeletons.add(d);
        for (let k = 3; k < s.length; k++) {
          for (const end of [s.slice(0, k), s.slice(-k)]) {
            ends.add(end);
            for (const d of skeletonDeletions(end)) if (d.length >= 3) ends.add(d);
          }
        }
      }
    }
  }
  return { skeletons, runs, ends, latin };
}

function found(skeleton: string, evidence: ArabicEvidence): boolean {
  const near = [skeleton, ...skeletonDeletions(skeleton)];
  if (near.some((d) => evidence.skeletons.has(d) || (d.length >= 3 && evidence.ends.has(d)))) return true;
  return evidence.runs.some((r) => near.some((d) => d.length >= 2 && r.includes(d)));
}

/** The pieces of an English token to judge as names: its hyphenated parts, possessive and attached article dropped. */
function namePieces(t: Token): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let offset = t.start;
  for (const part of t.text.replace(/[’']s?$/u, "").split("-")) {
    out.push({ text: part, start: offset });
    offset += part.length + 1;
  }
  return out.filter((p, k) => !(k === 0 && out.length > 1 && /^(?:al|el)$/iu.test(p.text)));
}

/** Whether the name of a piece is found in `evidence` under any of its candidate skeletons (or cannot be judged). */
function present(word: string, evidence: ArabicEvidence): boolean {
  if (evidence.latin.has(word.toLowerCase())) return true;
  return latinCandidates(word).some((s) => s.length < 2 || s.length > MAX_SKELETON || found(s, evidence));
}

/** A capitalised token right beside `k` (only a space between), or undefined. */
function nameNeighbour(tokens: readonly Token[], text: string, k: number, step: -1 | 1): Token | undefined {
  const t = tokens[k + step];
  const here = tokens[k];
  if (!t || !here || !t.capitalised) return undefined;
  return text.slice(step < 0 ? t.end : here.end, step < 0 ? here.start : t.start) === " " ? t : undefined;
}

export const nameOneSide: Check = {
  id: "name-one-side", severity: "info", side: "pair",
  run: (doc) => {
    const out: RawFinding[] = [];
    let wholeArabic: ArabicEvidence | null = null;
    const inWholeArabic = (word: string) => present(word, (wholeArabic ??= arabicEvidence(doc, doc.ar.texts.map((_, j) => j))));
    for (const bead of doc.beads) {
      if (bead.en.length === 0 || bead.ar.length === 0) continue;
      const arabicText = normaliseArabic(bead.ar.map((j) => doc.ar.texts[j] ?? "").join(" "));
      const evidence = arabicEvidence(doc, bead.ar);
      const glossaryHere = doc.glossary.filter((e) => arabicText.includes(normaliseArabic(e.ar))).map((e) => e.en.toLowerCase());
      for (const i of bead.en) {
        const tokens = doc.en.tokens[i] ?? [];
        const text = doc.en.texts[i] ?? "";
        for (const [k, t] of tokens.entries()) {
          if (!t.capitalised || t.sentenceInitial || t.text.length < 3 || /^\p{Lu}+$/u.test(t.text.replace(/[’']s?$/u, ""))) continue;
          if (/-\p{Ll}/u.test(t.text.replace(/^(?:al|el|Al|El)-/u, ""))) continue; // Egyptian-brokered: a compound, not a name
          for (const piece of namePieces(t)) {
            const word = piece.text;
            if (word.length < 3 || !/^\p{Lu}/u.test(word)) continue;
            if (isDictionaryWord(word.toLowerCase()) || isDictionaryWord(word) || (doc.words && isListed(doc.words, word))) continue; // an ordinary word, or an English proper noun (Russians, Moscow) rendered by meaning
            if (glossaryHere.some((g) => g.includes(word.toLowerCase()))) continue;
            if (present(word, evidence) || inWholeArabic(word)) continue;
            const before = nameNeighbour(tokens, text, k, -1);
            const after = nameNeighbour(tokens, text, k, 1);
            if (before && after && present(before.text, evidence) && present(after.text.replace(/[’']s?$/u, ""), evidence)) continue;
            out.push({ lang: "en", paragraph: i, paired: [...bead.ar], start: piece.start, end: piece.start + word.length, params: { name: word }, suggestion: null });
          }
        }
      }
    }
    return out;
  },
};
