/**
 * One-sided boilerplate: the furniture a news site pastes around an article (photo credits, "read
 * also" links, newsletter and donation appeals, "Arabic version" links, a caption printed twice, a
 * line in the other edition's language). The aligner may leave such a paragraph unpaired at little
 * cost and the editor greys it out. Detection is by the line's function, not by a list of a site's
 * exact wording: a short line that credits, links, appeals or repeats.
 */
import { dominantScript } from "./script-of.js";
import { normaliseArabic } from "./normalise-arabic.js";

export type BoilerplateReason = "photo-credit" | "read-also" | "appeal" | "edition-link" | "duplicate" | "wrong-language" | "advert";

const MAX_WORDS = 25;

const ENGLISH_PATTERNS: [BoilerplateReason, RegExp][] = [
  ["photo-credit", /^(?:\(?(?:file )?(?:photo|image|picture|video|graphic|illustration|caption|credit)s?\)?\s*(?:credit)?\s*[:|–—-])|\b(?:photo|image|picture)s? (?:by|courtesy|credit)\b|©|\bcopyright\b|\ball rights reserved\b|\b(?:getty images|shutterstock)\b/iu],
  ["read-also", /^(?:read|see|watch|listen)(?: (?:also|more|next|the full story|here))?\s*[:|–—-]|^(?:read|see) (?:also|more)\b|^related(?: (?:stories|articles|coverage|content|news))?\s*[:|]|^(?:more|also) (?:on|from|in) (?:this|the)\b|^recommended\b/iu],
  ["appeal", /\b(?:subscribe|newsletter|sign up|signup|follow us|like us on|download (?:our|the) app|donat(?:e|ion)|support (?:us|our|independent)|your support|click here|tap here|make a difference|become a (?:member|patron|supporter))\b|(?:[$€£]\s?\d+|\d+\s?(?:dollars?|euros?|pounds?)) (?:a|per) month/iu],
  ["edition-link", /\b(?:arabic|english|french|turkish) (?:version|edition)\b|\bthis article (?:is|was) (?:also )?(?:available|published) in\b/iu],
  ["advert", /^(?:advertisement|sponsored|ad|promoted)\s*:?$/iu],
];

// Arabic patterns run on the matching form (see normalise-arabic.ts): hamza and alef forms folded.
const ARABIC_PATTERNS: [BoilerplateReason, RegExp][] = [
  ["photo-credit", /^(?:\(?(?:الصوره|صوره|الصور|تصوير|الفيديو|فيديو|المصدر)\)?\s*[:|–—-])|صوره ارشيفيه|حقوق الصوره|جميع الحقوق محفوظه|حقوق النشر|©/u],
  ["read-also", /^(?:اقرا|إقرا)\s+(?:ايضا|كذلك|المزيد)|^للمزيد\b|^(?:مواضيع|اخبار|مقالات)?\s*ذات صله\s*[:|]?|^شاهد\s*(?:ايضا)?\s*[:|]/u],
  ["appeal", /اشترك|النشره (?:البريديه|الاخباريه)|تابعونا|تابعنا|حمل تطبيق|تبرع|ادعم|دعمكم|انقر هنا|اضغط هنا|شهريا|في الشهر/u],
  ["edition-link", /النسخه (?:الانجليزيه|الانكليزيه|العربيه|الفرنسيه|التركيه)/u],
  ["advert", /^(?:اعلان|محتوي مدفوع|برعايه)\s*:?$/u],
];

function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let k = 0; k < text.length; k++) {
    const space = text.charCodeAt(k) <= 0x20 || text.charCodeAt(k) === 0xa0;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Enough of a paragraph to tell its script: long paragraphs are judged on their opening. */
const SCRIPT_SAMPLE = 400;

/** Why a single line is boilerplate, ignoring its neighbours; null when it reads as article text. */
export function classifyLine(text: string, side: "en" | "ar"): BoilerplateReason | null {
  const trimmed = text.trim();
  const script = dominantScript(trimmed.length > SCRIPT_SAMPLE ? trimmed.slice(0, SCRIPT_SAMPLE) : trimmed);
  if ((side === "en" && script === "arabic") || (side === "ar" && script === "latin")) return "wrong-language";
  if (trimmed.length > MAX_WORDS * 12 || wordCount(trimmed) > MAX_WORDS) return null;
  const patterns = side === "en" ? ENGLISH_PATTERNS : ARABIC_PATTERNS;
  const subject = side === "en" ? trimmed : normaliseArabic(trimmed);
  for (const [reason, pattern] of patterns) if (pattern.test(subject)) return reason;
  return null;
}

/**
 * Boilerplate reasons for every paragraph of one edition, in order (null: article text).
 * Besides single lines it marks a repeat of an earlier paragraph (a caption printed twice) and a
 * short line sandwiched between boilerplate lines (the middle of an appeal block).
 */
export function detectBoilerplate(paragraphs: readonly string[], side: "en" | "ar"): (BoilerplateReason | null)[] {
  const reasons = paragraphs.map((p) => classifyLine(p, side));
  const seen = new Set<string>();
  paragraphs.forEach((p, k) => {
    // A repeat is a copy: compared as written, apart from spacing and (English) case.
    const key = (side === "ar" ? p : p.toLowerCase()).replace(/\s+/gu, " ").trim();
    if (key.length > 0 && seen.has(key)) reasons[k] = "duplicate";
    seen.add(key);
  });
  for (let k = 1; k < paragraphs.length; k++) {
    const before = reasons[k - 1];
    const after = k + 1 < paragraphs.length ? reasons[k + 1] : before;
    if (reasons[k] === null && before && after && before !== "duplicate" && wordCount(paragraphs[k] ?? "") <= 12) {
      reasons[k] = before === "wrong-language" ? after : before;
    }
  }
  return reasons;
}
