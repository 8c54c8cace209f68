/**
 * Transliteration skeletons: a name written in Latin script and the same name in Arabic script
 * reduce to the same short string of consonant classes. "al-Jada’an" and "الجدعان" both give
 * "JDN"; "Saipov" and "سايبوف" give "SBF".
 *
 * Rules: vowels, alef, ain and hamza vanish (romanisations disagree most on them); w and y count
 * only at the start of a word (elsewhere they are usually long vowels); the article al-/el- is
 * dropped; a final -h after a vowel (Kabirah) and a final ta marbuta are dropped; doubled classes
 * collapse (Rayyan, Bakkar).
 */
import { normaliseArabic } from "../segment/normalise-arabic.js";

// Latin digraphs first, then single letters. Classes: B F T D J G H X K S C(sh) Z R L M N W Y.
const LATIN_DIGRAPHS: [RegExp, string][] = [
  [/sh|ch|sch/gu, "C"], [/kh/gu, "X"], [/gh/gu, "G"], [/th/gu, "T"], [/dh/gu, "D"], [/ph/gu, "F"],
  [/ck/gu, "K"], [/c(?=[eiy])/gu, "S"], [/ou|oo|ee/gu, "a"],
];
const LATIN_LETTER_CLASS: Record<string, string> = {
  b: "B", p: "B", f: "F", v: "F", t: "T", d: "D", j: "J", g: "G", h: "H", x: "KS", k: "K", q: "K", c: "K",
  s: "S", z: "Z", r: "R", l: "L", m: "M", n: "N", w: "W", y: "Y",
  C: "C", X: "X", G: "G", T: "T", D: "D", F: "F", K: "K", S: "S",
};

const ARABIC_LETTER_CLASS: Record<string, string> = {
  ب: "B", پ: "B", ت: "T", ث: "T", ط: "T", ج: "J", ح: "H", خ: "X", د: "D", ذ: "D", ض: "D", ر: "R", ز: "Z", ظ: "Z",
  س: "S", ص: "S", ش: "C", چ: "C", غ: "G", گ: "G", ف: "F", ڤ: "F", ق: "K", ك: "K", ل: "L", م: "M", ن: "N", ه: "H",
  و: "W", ي: "Y",
};

function collapse(classes: string[]): string {
  // The same as `if (!out.endsWith(c)) out += c`, compared with the last two characters kept
  // (no class is longer): endsWith on the growing string flattens it every time, quadratic on a
  // hostile 100,000-letter word.
  const kept: string[] = [];
  let tail = "";
  for (const c of classes) {
    if (tail.endsWith(c)) continue;
    kept.push(c);
    tail = (tail + c).slice(-2);
  }
  return kept.join("");
}

const LATIN_CACHE = new Map<string, string>();

/** Skeleton of one Latin-script word (no spaces). */
export function latinSkeleton(word: string): string {
  let cached = LATIN_CACHE.get(word);
  if (cached === undefined) {
    if (LATIN_CACHE.size >= 100000) LATIN_CACHE.clear();
    LATIN_CACHE.set(word, (cached = computeLatinSkeleton(word)));
  }
  return cached;
}

function computeLatinSkeleton(word: string): string {
  let w = word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/['’`ʿʾ‘]/gu, "");
  w = w.replace(/^(?:al|el|ul)-/u, "");
  w = w.replace(/([aeiou])h$/u, "$1");
  for (const [pattern, cls] of LATIN_DIGRAPHS) w = w.replace(pattern, cls);
  const classes: string[] = [];
  for (let i = 0; i < w.length; i++) {
    const ch = w[i] ?? "";
    const cls = LATIN_LETTER_CLASS[ch];
    if (!cls) continue; // vowels, hyphens, digits
    if ((cls === "W" || cls === "Y") && i > 0) continue;
    classes.push(cls);
  }
  return collapse(classes);
}

/** Skeleton of one Arabic word, after matching normalisation; the article ال is dropped. */
export function arabicSkeleton(word: string): string {
  let w = normaliseArabic(word);
  if (w.startsWith("ال") && w.length > 3) w = w.slice(2);
  if (w.endsWith("ه") && w.length > 2) w = w.slice(0, -1); // ta marbuta, folded to ه
  const classes: string[] = [];
  for (let i = 0; i < w.length; i++) {
    const cls = ARABIC_LETTER_CLASS[w[i] ?? ""];
    if (!cls) continue;
    if ((cls === "W" || cls === "Y") && i > 0) continue;
    classes.push(cls);
  }
  return collapse(classes);
}

/** Clitic prefixes Arabic attaches to a name: wa-/fa- then bi-/li-/ka-; li- + al- is written لل. */
const ARABIC_NAME_PREFIXES = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك", "لل", "ولل", "فلل"];

/** Skeletons of an Arabic word as written and with each possible clitic prefix removed. */
export function arabicSkeletonCandidates(word: string): string[] {
  const norm = normaliseArabic(word);
  const out = new Set([arabicSkeleton(norm)]);
  for (const prefix of ARABIC_NAME_PREFIXES) {
    if (!norm.startsWith(prefix) || norm.length - prefix.length < 2) continue;
    const rest = norm.slice(prefix.length);
    out.add(arabicSkeleton(prefix.endsWith("لل") ? `ال${rest}` : rest));
  }
  return [...out].filter((s) => s.length >= 2);
}

/** The skeleton with one class deleted at each position: skeletons one edit apart share one of these. */
export function skeletonDeletions(skeleton: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < skeleton.length; i++) out.push(skeleton.slice(0, i) + skeleton.slice(i + 1));
  return out;
}
