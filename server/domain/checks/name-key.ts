/**
 * Transliteration-aware comparison of romanised names: are two spellings one Arabic name written
 * two ways (Mohamed / Muhammad, Qaeda / Qa'ida, Zawahiri / Zawahri, Hussein / Husain), or two names
 * (Hassan / Hussein, Ali / Alia, Saad / Saud, Khalid / Khallad)?
 *
 * A spelling becomes a sequence of symbols (nameSymbols): consonants, with the digraphs Arabic
 * romanisations use read as one letter (sh ch kh gh th dh ph) and doubled letters collapsed, and
 * vowel runs, canonicalised (o = u, ee = i, ai = ay = ei = ae one diphthong, au = ao another;
 * glides between vowels and apostrophes for ain and hamza dropped; a final -ah/-a one ending;
 * -ullah/-allah/-ollah one ending; Abd-ul/-el/-al one prefix; ibn = bin). Two sequences are compared by a
 * weighted alignment (nameDistance) in which what romanisations really disagree on is cheap:
 * e/i and o/u are free, a/e and e/u and diphthong/vowel cost half, as do kh/h, kh/k, dh/z, dh/th,
 * th/s, g/q, j/g, c/k, and an h or a vowel dropped inside the word. A different consonant, a vowel
 * added or dropped at either end of the word (Ali/Alia, Iraq/Iraqi) and a/i, a/u, i/u changes
 * (Khalid/Khallad, Hassan/Hussein) cost a whole point. How much difference one name may carry grows
 * with its number of consonants (allowance): none for two (Omar/Umar only), half a point for three
 * or four (Ahmed/Ahmad, Mohamed/Muhammad), one point from five. The numbers were chosen on a table
 * of variant and near-name pairs of general romanisation (test/domain/checks/name-key.test.ts) and
 * checked for false alarms on professionally edited text (see the commit that introduced them).
 *
 * Two ordinary English words are one name only when their letters agree but for doubling and a
 * final -ah (Sharia / Shariah; not Trump / tramp, Bill / Bell), and two spellings the dictionary
 * knows as names may differ only in vowels (Ahmed / Ahmad, not Mark / Marc).
 *
 * The rules are those of romanised Arabic: a word whose letters carry marks that no romanisation
 * of Arabic uses (Vietnamese Trần, Chinese Chén, Portuguese Amazônia, French Contrecœur: the
 * letter-marks ā ī ū ḥ ṣ ḍ ṭ ẓ ṯ ḏ ḫ š ǧ ž ġ ż â î û are Arabic's) is a name of another language and
 * is one name only with itself, case aside: Tran beside Trần is no slip.
 */
import { arabicSkeletonCandidates, latinSkeleton } from "../align/transliterate.js";
import { isDictionaryWord } from "./english-words.js";

/**
 * Words longer than this are no names (the longest names run to about twenty letters, clitics
 * included): they get no skeleton, so a hostile 100,000-letter "word" costs nothing here (building
 * a skeleton is not linear in the word's length).
 */
export const MAX_NAME_LENGTH = 64;

/** The Latin skeleton of a word that may be a name; "" (no name) for an overlong word. */
export function nameSkeleton(word: string): string {
  return word.length > MAX_NAME_LENGTH ? "" : latinSkeleton(word);
}

/** The skeletons of an Arabic word that may be a name (see arabicSkeletonCandidates); none for an overlong word. */
export function arabicNameSkeletons(word: string): string[] {
  return word.length > MAX_NAME_LENGTH ? [] : arabicSkeletonCandidates(word);
}

/** A consonant (kind "c") or a canonical vowel run (kind "v": a e i u, E = ai/ei/ae, O = au/ao). */
export type NameSymbol = { kind: "c" | "v"; text: string };

/** The article attached with a hyphen (al-, el-, and the assimilated ash-, ar-, as- …). */
export const ATTACHED_ARTICLE = /^(?:al|el|ul|ad|adh|ar|as|ash|at|ath|az|an)-/iu;

/** Combining marks romanisations of Arabic put on letters, with the letters they go on. */
const ARABIC_MARKS: Record<string, RegExp> = {
  "\u0304": /[aeiou]/iu, // macron: ā ī ū
  "\u0323": /[hsdtzrk]/iu, // dot below: ḥ ṣ ḍ ṭ ẓ
  "\u0331": /[tdkhgz]/iu, // macron below: ṯ ḏ ḵ
  "\u032e": /[h]/iu, // breve below: ḫ
  "\u030c": /[sgzjch]/iu, // caron: š ǧ ž
  "\u0307": /[gz]/iu, // dot above: ġ ż
  "\u0302": /[aiu]/iu, // circumflex (French usage): â î û
};

/** Whether a word has a letter or letter-mark no romanisation of Arabic uses (see the file comment). */
export function hasForeignMarks(word: string): boolean {
  if (/^[\x00-\x7F’‘ʿʾʼ]*$/u.test(word)) return false;
  const d = word.normalize("NFD");
  let base = "";
  for (const ch of d) {
    if (/\p{M}/u.test(ch)) {
      const allowed = ARABIC_MARKS[ch];
      if (!allowed || !allowed.test(base)) return true;
    } else if (/\p{L}/u.test(ch)) {
      if (!/[a-z]/iu.test(ch)) return true; // đ œ æ ø ß ł ı
      base = ch;
    }
  }
  return false;
}

/** The word without apostrophes, marks, hyphens and an attached article, lower-cased. */
export function plainName(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/['’`ʿʾ‘ʼ]/gu, "").replace(ATTACHED_ARTICLE, "").replace(/-/gu, "");
}

const VOWEL = /[aeiou]/u;

/** Consonant digraphs, read as one letter each. */
const DIGRAPHS: Record<string, string> = { sh: "S", ch: "S", kh: "X", gh: "G", th: "T", dh: "D", ph: "f", zh: "j", dj: "j", ck: "k" };

function endings(w: string): string {
  if (w === "ibn") return "bin";
  let s = w.replace(/([^aeiou])[aeiou]ll[aeiou]h?$/u, "$1ulla"); // Abdullah, Nasrallah, Hezbollah
  s = s.replace(/^abd[aeiou]([dtrszn])\1(?=[aeiou])/u, "abdul$1").replace(/^abd[aeiou]l(?=.{3})/u, "abdul"); // Abdurrahman, Abdelaziz
  s = s.replace(/ah$/u, "a").replace(/^(.{3,})eh$/u, "$1a"); // Hamzah, Fatemeh, Ummeh
  return s;
}

function vowelRun(run: string): string {
  let r = run.replace(/o/gu, "u").replace(/ee/gu, "i").replace(/(.)\1+/gu, "$1");
  r = r.replace(/a[ie]|ei/gu, "E").replace(/au/gu, "O");
  return r.replace(/(.)\1+/gu, "$1");
}

const symbolCache = new Map<string, NameSymbol[]>();

/** The symbol sequence of one word (see the file comment); none for an overlong word. */
export function nameSymbols(word: string): NameSymbol[] {
  if (word.length > MAX_NAME_LENGTH) return [];
  let symbols = symbolCache.get(word);
  if (symbols === undefined) {
    if (symbolCache.size > 100000) symbolCache.clear();
    symbolCache.set(word, (symbols = computeSymbols(word)));
  }
  return symbols;
}

function computeSymbols(word: string): NameSymbol[] {
  const w = endings(plainName(word).replace(/[^a-z]/gu, ""));
  const out: NameSymbol[] = [];
  let run = "";
  const flush = () => {
    if (run) out.push({ kind: "v", text: vowelRun(run) });
    run = "";
  };
  const pushConsonant = (c: string) => {
    flush();
    const last = out[out.length - 1];
    if (last?.kind === "c" && last.text === c) return; // doubled letters
    out.push({ kind: "c", text: c });
  };
  for (let i = 0; i < w.length; i++) {
    const ch = w[i] ?? "";
    const next = w[i + 1] ?? "";
    const prev = w[i - 1] ?? "";
    const pair = ch + next;
    if (DIGRAPHS[pair] && !(pair === "sh" && prev === "s")) {
      pushConsonant(DIGRAPHS[pair] ?? "");
      i++;
      continue;
    }
    if (VOWEL.test(ch)) {
      run += ch;
      continue;
    }
    if ((ch === "y" || ch === "w") && next === ch) {
      pushConsonant(ch); // Nawwaf, Sayyid: a doubled glide is a consonant
      i++;
      continue;
    }
    if (ch === "y" || ch === "w") {
      const between = VOWEL.test(prev) && VOWEL.test(next);
      if (i === 0 || (!VOWEL.test(prev) && VOWEL.test(next))) {
        pushConsonant(ch);
      } else if (between) {
        // A glide between vowels: Ziyad = Ziad, Sayed = Said, Dawud = Daud; otherwise a consonant.
        const glide = ch === "y" ? /[ie]/u.test(prev) || (prev === "a" && /[ie]/u.test(next)) : /[uo]/u.test(prev) || (prev === "a" && /[uo]/u.test(next));
        if (!glide) pushConsonant(ch);
      } else {
        run += ch === "y" ? "i" : "u"; // Zubaydah, Shaykh, Dawla: the second half of a diphthong
      }
      continue;
    }
    if (ch === "q") pushConsonant("k");
    else if (ch === "c") pushConsonant(/[eiy]/u.test(next) ? "s" : "c");
    else if (ch === "x") {
      pushConsonant("k");
      pushConsonant("s");
    } else pushConsonant(ch);
  }
  flush();
  return out;
}

/** Consonant pairs romanisations confuse, at half a point; the pairs listed as 0 are one letter. */
const CONSONANT_COST: Record<string, number> = {
  "D d": 0, "T t": 0, "G g": 0,
  "X h": 0.5, "X k": 0.5, "D z": 0.5, "D T": 0.5, "T s": 0.5, "g k": 0.5, "G k": 0.5, "g j": 0.5, "c k": 0.5, "c s": 0.5, "b p": 0.5, "f v": 0.5,
};

/** Single-vowel substitutions (the others cost a point). */
const VOWEL_COST: Record<string, number> = {
  "e i": 0, "a e": 0.5, "e u": 0.5, "E a": 0.5, "E e": 0.5, "E i": 0.5, "O u": 0.5,
};

const HARD = Infinity;

function pairCost(table: Record<string, number>, a: string, b: string, otherwise: number): number {
  if (a === b) return 0;
  return table[a < b ? `${a} ${b}` : `${b} ${a}`] ?? otherwise;
}

/** A vowel added to or dropped from a run (Davis / Davies): a point; romanisations disagree on which vowel, rarely on how many. */
const RUN_INDEL = 1;

/** Cost of one vowel run for another: an edit distance over their vowels. */
function runCost(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j * RUN_INDEL);
  for (let i = 1; i <= a.length; i++) {
    const current = [i * RUN_INDEL];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? HARD) + RUN_INDEL, (current[j - 1] ?? HARD) + RUN_INDEL, (previous[j - 1] ?? HARD) + pairCost(VOWEL_COST, a[i - 1] ?? "", b[j - 1] ?? "", 1));
    }
    previous = current;
  }
  return previous[b.length] ?? HARD;
}

function substitution(a: NameSymbol, b: NameSymbol): number {
  if (a.kind !== b.kind) return HARD;
  return a.kind === "c" ? pairCost(CONSONANT_COST, a.text, b.text, HARD) : runCost(a.text, b.text);
}

/** Adding or dropping one symbol at `index` of `word`: a vowel run inside the word, or an h after the first letter, at half a point. */
function indel(word: readonly NameSymbol[], index: number): number {
  const s = word[index];
  if (!s) return HARD;
  if (s.kind === "v") return index > 0 && index < word.length - 1 ? 0.5 : HARD;
  return s.text === "h" && index > 0 ? 0.5 : HARD;
}

/** The weighted alignment cost of two symbol sequences (see the file comment); Infinity when no cheap alignment exists. */
export function symbolDistance(a: readonly NameSymbol[], b: readonly NameSymbol[]): number {
  let previous: number[] = [0];
  for (let j = 1; j <= b.length; j++) previous[j] = (previous[j - 1] ?? HARD) + indel(b, j - 1);
  for (let i = 1; i <= a.length; i++) {
    const current: number[] = [(previous[0] ?? HARD) + indel(a, i - 1)];
    const sa = a[i - 1] as NameSymbol;
    for (let j = 1; j <= b.length; j++) {
      const sb = b[j - 1] as NameSymbol;
      current[j] = Math.min((previous[j] ?? HARD) + indel(a, i - 1), (current[j - 1] ?? HARD) + indel(b, j - 1), (previous[j - 1] ?? HARD) + substitution(sa, sb));
    }
    previous = current;
  }
  return previous[b.length] ?? HARD;
}

/** How far two spellings of one word are apart as romanisations (0 = the same name written differently only where spellings are free). */
export function nameDistance(a: string, b: string): number {
  return symbolDistance(nameSymbols(a), nameSymbols(b));
}

function consonants(symbols: readonly NameSymbol[]): number {
  return symbols.filter((s) => s.kind === "c").length;
}

/** The difference a name with this many consonants may carry and still be one name. */
export function allowance(consonantCount: number): number {
  return consonantCount <= 2 ? 0 : consonantCount <= 4 ? 0.5 : 1;
}

/** Whether two symbol sequences have the same consonants (the difference is in vowels only). */
function sameConsonants(a: readonly NameSymbol[], b: readonly NameSymbol[]): boolean {
  const ca = a.filter((s) => s.kind === "c").map((s) => s.text).join(" ");
  return ca === b.filter((s) => s.kind === "c").map((s) => s.text).join(" ");
}

/** Whether `longer` is `shorter` plus a derivational ending (Iraq/Iraqi, Saud/Saudi, Syria/Syrian). */
export function isDerivation(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a.toLowerCase(), b.toLowerCase()] : [b.toLowerCase(), a.toLowerCase()];
  if (!longer.startsWith(shorter)) return false;
  return /^(?:i|is|s|es|n|an|ian|ians|ns|ite|ites|'s|’s|ism|ist|ists)$/u.test(longer.slice(shorter.length));
}

/** Lower-case forms that are English words (common words, not only names). */
function isCommonWord(word: string): boolean {
  return isDictionaryWord(word.toLowerCase());
}

/** The letters with only the free differences folded (case, marks, apostrophes, article, doubling, -ah). */
function strictForm(word: string): string {
  return endings(plainName(word)).replace(/(.)\1+/gu, "$1");
}

/**
 * Whether two romanised spellings (single words, an attached article ignored) are variants of one
 * name. The same letters (case, apostrophes and the article aside) are one name.
 */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length > MAX_NAME_LENGTH || b.length > MAX_NAME_LENGTH) return false;
  if (hasForeignMarks(a) || hasForeignMarks(b)) return a.normalize("NFC").toLowerCase() === b.normalize("NFC").toLowerCase();
  const pa = plainName(a);
  const pb = plainName(b);
  if (pa === pb) return pa.length >= 2;
  if (pa.length < 3 || pb.length < 3 || isDerivation(pa, pb)) return false;
  const sa = nameSymbols(a);
  const sb = nameSymbols(b);
  const cost = symbolDistance(sa, sb);
  if (cost > allowance(Math.min(consonants(sa), consonants(sb)))) return false;
  if (isCommonWord(a) && isCommonWord(b)) return strictForm(a) === strictForm(b); // Sharia/Shariah, not Bill/Bell
  if (isDictionaryWord(a) && isDictionaryWord(b) && !sameConsonants(sa, sb)) return false; // Ahmed/Ahmad, not Mark/Marc
  return true;
}

/**
 * Keys under which a spelling is filed so that every spelling it could be one name with shares one
 * of them: its consonants with h and kh dropped, and the confusable classes merged (k q c g gh j kh
 * -> K; d dh z th t s -> D), once with kh as K. Spellings with no key in common are never compared.
 */
export function blockingKeys(word: string): string[] {
  const symbols = nameSymbols(word).filter((s) => s.kind === "c").map((s) => s.text);
  const merge = (c: string) => (/^[kcgGjX]$/u.test(c) ? "K" : /^[dDzTts]$/u.test(c) ? "D" : c);
  const collapse = (cs: string[]) => cs.filter((c, k) => k === 0 || cs[k - 1] !== c).join("");
  const withoutKh = collapse(symbols.filter((c) => c !== "h" && c !== "X").map(merge));
  const withKh = collapse(symbols.filter((c) => c !== "h").map(merge));
  return withoutKh === withKh ? [withoutKh] : [withoutKh, withKh];
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment); anything above `limit`
 * is reported as limit + 1. Rows are indexed by positions in `a`, columns by positions in `b`;
 * only the band of cells with |i - j| <= limit is filled (any path outside it costs more than
 * `limit`), so the work is O(length × limit), not O(length²).
 */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const over = limit + 1;
  const width = 2 * limit + 1;
  // Row i holds cells j = i - limit … i + limit at index j - i + limit; missing cells read as `over`.
  const row = (i: number) => Array.from({ length: width }, (_, d) => {
    const j = i - limit + d;
    return i === 0 && j >= 0 && j <= b.length ? j : over;
  });
  let before = row(-1);
  let previous = row(0);
  for (let i = 1; i <= a.length; i++) {
    const current = row(i);
    for (let d = 0; d < width; d++) {
      const j = i - limit + d;
      if (j < 0 || j > b.length) continue;
      if (j === 0) {
        current[d] = Math.min(i, over);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[d + 1] ?? over) + 1, (current[d - 1] ?? over) + 1, (previous[d] ?? over) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[d] ?? over) + 1);
      current[d] = Math.min(value, over);
    }
    before = previous;
    previous = current;
  }
  const d = previous[b.length - a.length + limit] ?? over;
  return d > limit ? over : d;
}
