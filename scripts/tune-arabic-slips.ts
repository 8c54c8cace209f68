#!/usr/bin/env node
/**
 * Chooses the Arabic spelling check's thresholds for a dictionary word that is a slip of a far more
 * used one (domain/checks/arabic-slip-evidence.ts) on data. For each pair of thresholds on a grid
 * it prints the recall on the test's fifty slip words and on its 24 held-out ones
 * (arabic-slip-words.ts), and the flags the rule raises on dictionary words of clean
 * professional Arabic news, per 1,000 words, on each half of it: the Arabic editions of the 20
 * NTREX articles of ../shared/eval and of the eval-pairing archive's other articles (NTREX and
 * XQuAD), sorted by name, first half = the documents in even places (0, 2, 4 …), second half =
 * odd places. Choose on the first half, report the second. Names are not excused here (the check
 * excuses glossary names and names of the English edition), so the counts are an upper bound of
 * the rule's false alarms. Then the whole check's flags per 1,000 words, before the rule and with
 * it, on each set and on the sample corpus (corpus/, with its English edition and glossary).
 *
 *   node dist/scripts/tune-arabic-slips.js [--shared DIR]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isLikelier, SLIP_THRESHOLDS, weighAlternatives, type SlipEvidence, type SlipThresholds } from "../server/domain/checks/arabic-slip-evidence.js";
import { arabicSpelling } from "../server/domain/checks/arabic-spelling.js";
import { runChecks } from "../server/domain/checks/run-checks.js";
import { arabicDictionary } from "../server/services/arabic-dictionary.js";
import { arabicWordCounts } from "../server/services/arabic-word-counts.js";
import { CORPUS_DIR, ROOT } from "../server/paths.js";
import { parseGlossary } from "../server/domain/glossary/parse-glossary.js";
import type { GlossaryEntry } from "../server/domain/glossary/glossary-entry.js";
import { splitParagraphs } from "../server/domain/segment/split-paragraphs.js";
import { HELD_OUT, SLIPS } from "./arabic-slip-words.js";

const at = process.argv.indexOf("--shared");
const shared = at > 0 ? process.argv[at + 1] ?? "" : join(ROOT, "..", "shared");
const dictionary = arabicDictionary();
const counts = arabicWordCounts();
if (!dictionary || !counts) throw new Error("hunspell-ar and dict-freedict-eng-ara are needed (scripts/ensure-dictionary.sh)");

const MINIMUMS = [1, 2, 3, 5, 8];
const RATIOS = [1, 2, 3, 5, 8];
const WORDS = /[\u0621-\u064A\u064B-\u0652\u0640\u0670]+/gu;

type Doc = { label: string; text: string };

/**
 * The clean Arabic of the evaluation sets: the Arabic editions of ../shared/eval's clean cases
 * (NTREX news; the Quran cases apart, classical text) and of the eval-pairing archive's articles
 * whose document is not one of those (the archive repeats the NTREX articles of eval, cut up).
 */
function cleanArabic(): { news: Doc[]; quran: Doc[]; pairing: Doc[] } {
  const cases = join(shared, "eval", "cases");
  const archive = join(shared, "eval-pairing", "archive");
  if (!existsSync(cases) || !existsSync(join(archive, "ar"))) throw new Error(`no evaluation text at ${shared} (eval/cases, eval-pairing/archive): pass --shared DIR`);
  const clean = readdirSync(cases).filter((n) => n.endsWith("__clean")).sort();
  const read = (n: string) => ({ label: n, text: readFileSync(join(cases, n, "ar.txt"), "utf8") });
  const inEval = new Set(clean.map((n) => n.replace(/^news-/u, "").replace(/__clean$/u, "")));
  type Meta = { ar?: string; id?: string; doc: string };
  const gold = JSON.parse(readFileSync(join(shared, "eval-pairing", "gold.json"), "utf8")) as { meta: { pairs: Meta[]; ar_only: Meta[] } };
  const ids = [...gold.meta.pairs.map((m) => ({ id: m.ar, doc: m.doc })), ...gold.meta.ar_only.map((m) => ({ id: m.id, doc: m.doc }))]
    .filter((m) => m.id && !inEval.has(m.doc.replace(/#.*$/u, "")))
    .map((m) => m.id as string)
    .sort();
  return {
    news: clean.filter((n) => n.startsWith("news-")).map(read),
    quran: clean.filter((n) => n.startsWith("quran-")).map(read),
    pairing: ids.map((id) => ({ label: id, text: readFileSync(join(archive, "ar", `${id}.txt`), "utf8") })),
  };
}

/** Each dictionary word of a document with its weighed alternatives (thresholds only scale the document's own uses). */
function weigh(text: string, minimum: number) {
  const words = [...text.matchAll(WORDS)].map((m) => dictionary!.normalise(m[0]));
  const inDocument = new Map<string, number>();
  for (const w of words) inDocument.set(w, (inDocument.get(w) ?? 0) + 1);
  const evidence: SlipEvidence = { dictionary: dictionary!, counts: counts!, inDocument };
  return words.filter((w) => w.length >= 2 && dictionary!.isWord(w)).map((w) => ({ word: w, weighed: weighAlternatives(w, evidence, { minimum, ratio: 1 }) }));
}

const flagsOf = (weighed: ReturnType<typeof weigh>, t: SlipThresholds) => weighed.filter((x) => x.weighed.some((a) => isLikelier(a, t)));
const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length;

function recall(list: typeof SLIPS, t: SlipThresholds): number {
  const pairs = list.flatMap((k) => k.words);
  const found = pairs.filter(([, bad]) => {
    const w = dictionary!.normalise(bad);
    if (!dictionary!.isWord(w)) return runChecks({ en: [], ar: [bad], context: { arabicDictionary: dictionary!, arabicWordCounts: counts! } }, { enabled: [arabicSpelling.id] }).length > 0;
    return weighAlternatives(w, { dictionary: dictionary!, counts: counts!, inDocument: new Map([[w, 1]]) }, t).some((a) => isLikelier(a, t));
  });
  return found.length / pairs.length;
}

const sets = cleanArabic();
const docs = [...sets.news, ...sets.pairing].sort((a, b) => (a.label < b.label ? -1 : 1));
const halves = [docs.filter((_, k) => k % 2 === 0), docs.filter((_, k) => k % 2 === 1)];
const words = halves.map((h) => h.reduce((s, d) => s + wordCount(d.text), 0));
process.stdout.write(`clean Arabic news: ${docs.length} documents (${sets.news.length} of eval, ${sets.pairing.length} of eval-pairing); first half ${halves[0]!.length} (${words[0]} words), second half ${halves[1]!.length} (${words[1]} words)\n`);
process.stdout.write("minimum ratio  recall-50 held-out-24  flags/1000 first half  flags/1000 second half\n");
for (const minimum of MINIMUMS) {
  const weighed = halves.map((h) => h.map((d) => weigh(d.text, minimum)));
  for (const ratio of RATIOS) {
    const t = { minimum, ratio };
    const rates = weighed.map((h, k) => (1000 * h.reduce((s, d) => s + flagsOf(d, t).length, 0)) / (words[k] ?? 1));
    process.stdout.write(`${String(minimum).padStart(7)} ${String(ratio).padStart(5)}  ${recall(SLIPS, t).toFixed(2).padStart(9)} ${recall(HELD_OUT, t).toFixed(2).padStart(11)}  ${rates[0]!.toFixed(2).padStart(21)}  ${rates[1]!.toFixed(2).padStart(22)}\n`);
  }
}
const chosen = SLIP_THRESHOLDS;
const never = { minimum: Infinity, ratio: Infinity }; // the check before the rule: no dictionary word flagged
process.stdout.write(`without the rule: recall ${recall(SLIPS, never).toFixed(2)} on the fifty, ${recall(HELD_OUT, never).toFixed(2)} on the held-out 24\n`);
process.stdout.write(`chosen: minimum ${chosen.minimum}, ratio ${chosen.ratio}; recall ${recall(SLIPS, chosen).toFixed(2)} on the fifty, ${recall(HELD_OUT, chosen).toFixed(2)} on the held-out 24\n`);
for (const [k, h] of halves.entries()) {
  const flagged = h.flatMap((d) => flagsOf(weigh(d.text, chosen.minimum), chosen).map((x) => `${x.word}→${x.weighed.find((a) => isLikelier(a, chosen))?.candidate}`));
  process.stdout.write(`${k === 0 ? "first" : "second"} half, the rule alone: ${flagged.length} flags: ${flagged.join(" ")}\n`);
}

/** The whole check on a document, with or without FreeDict's counts (without them: the check before the rule). */
function wholeCheck(doc: { en: string[]; ar: string[]; beads?: { en: number[]; ar: number[] }[] }, withCounts: boolean, glossary: GlossaryEntry[] = []) {
  return runChecks({ ...doc, context: { glossary, arabicDictionary: dictionary!, arabicWordCounts: withCounts ? counts! : undefined } }, { enabled: [arabicSpelling.id], maxPerParagraph: 1e9 }).length;
}
process.stdout.write("the whole check (Arabic edition alone, so no name of the English edition is excused): flags per 1,000 words without the counts (before) and with them (after)\n");
for (const [name, set] of [["eval news (NTREX)", sets.news], ["eval Quran", sets.quran], ["eval-pairing (NTREX, XQuAD)", sets.pairing]] as const) {
  const n = set.reduce((s, d) => s + wordCount(d.text), 0);
  const [before, after] = [false, true].map((w) => set.reduce((s, d) => s + wholeCheck({ en: [], ar: splitParagraphs(d.text) }, w), 0));
  process.stdout.write(`  ${name}: ${set.length} documents, ${n} words: ${before} flags ${((1000 * before!) / n).toFixed(2)} → ${after} flags ${((1000 * after!) / n).toFixed(2)}\n`);
}
const glossary = parseGlossary(readFileSync(join(CORPUS_DIR, "glossary.tsv"), "utf8"));
for (const n of readdirSync(CORPUS_DIR).filter((n) => existsSync(join(CORPUS_DIR, n, "gold.json")))) {
  const read = (f: string) => splitParagraphs(readFileSync(join(CORPUS_DIR, n, f), "utf8"));
  const gold = JSON.parse(readFileSync(join(CORPUS_DIR, n, "gold.json"), "utf8")) as { beads: [number[], number[]][] };
  const doc = { en: read("en.txt"), ar: read("ar.txt"), beads: gold.beads.map(([en, ar]) => ({ en, ar })) };
  const [before, after] = [false, true].map((w) => wholeCheck(doc, w, glossary));
  process.stdout.write(`  corpus/${n} (with its English edition, gold pairs and the glossary), ${wordCount(doc.ar.join(" "))} words: ${before} flags → ${after} flags\n`);
}
