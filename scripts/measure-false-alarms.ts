#!/usr/bin/env node
/**
 * False alarms per check on clean, professionally edited text: every flag a check raises there is
 * a false alarm. The text, all of it edited by professionals and none of it the sample article
 * (which keeps its slips on purpose):
 * - the 20 NTREX-128 news articles of the alignment development set, English originals with their
 *   professional Arabic translations (../shared/eval/cases/news-*__clean), checked as aligned pairs;
 * - the clean_text of the checks' development set (../shared/eval-checks/eval.jsonl, news and
 *   9/11 Commission Report prose, English), by document;
 * - the pairing set's articles that are in neither of those (../shared/eval-pairing/archive: other
 *   NTREX news and XQuAD Wikipedia articles, English and Arabic), each edition on its own, and as a
 *   pair where the Arabic edition is the untouched translation.
 * Each check's rate is its flags per 1,000 words of the edition it flagged, counted over the text
 * it could run on (pairs only, for the checks that compare a pair). `--write` records the rates in
 * server/domain/checks/data/false-alarm-rates.ts, which the engine reads: a check over the target
 * (0.5 per 1,000 words) is shown as info until it keeps to it.
 *
 * `--list` also prints every English flag with its document, paragraph and surrounding text, for
 * reading each one. `--half odd|even` measures one half of the text only, cut by article: the
 * articles (an eval-pairing article's two editions are one) sorted by label, every other one, the
 * first being odd; so a method or threshold chosen on one half can be reported on the other.
 *
 *   node dist/scripts/measure-false-alarms.js [--shared DIR] [--write] [--json FILE] [--list] [--half odd|even]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runChecks } from "../server/domain/checks/run-checks.js";
import { CHECKS } from "../server/domain/checks/registry.js";
import { FALSE_ALARM_TARGET } from "../server/domain/checks/data/false-alarm-rates.js";
import { addDocumentWords } from "../server/domain/checks/corpus-words.js";
import type { CheckContext } from "../server/domain/checks/types.js";
import { alignUnits } from "../server/domain/align/align-units.js";
import { Lexicon } from "../server/domain/align/lexicon.js";
import { detectBoilerplate } from "../server/domain/segment/boilerplate.js";
import { splitParagraphs } from "../server/domain/segment/split-paragraphs.js";
import { loadFreedict } from "../server/services/freedict.js";
import { checkResources } from "../server/services/check-resources.js";
import { ROOT } from "../server/paths.js";

/** The 20 NTREX documents of the development sets (../shared/eval-checks/README.md). */
const DEV_DOCUMENTS = new Set([
  "abcnews.306774", "bbc.381646", "bbc.381680", "bbc.381749", "bbc.381790", "cbsnews.248411", "dailymail.co.uk.298759", "newsweek.51307",
  "nytimes.184825", "nytimes.184860", "reuters.218863", "reuters.218865", "reuters.218914", "reuters.218932", "rt.com.91334", "rt.com.91335",
  "rt.com.91350", "rt.com.91356", "scotsman.133744", "upi.176251",
]);

function arg(name: string, fallback: string): string {
  const k = process.argv.indexOf(`--${name}`);
  return k >= 0 ? process.argv[k + 1] ?? fallback : fallback;
}

const wordsIn = (texts: readonly string[]) => texts.reduce((sum, t) => sum + t.split(/\s+/u).filter(Boolean).length, 0);
const SIDE = new Map(CHECKS.map((c) => [c.id, c.side]));
const comparesPair = (checkId: string) => SIDE.get(checkId) === "pair";

type Doc = { label: string; en: string[]; ar: string[]; paired: boolean };

class Tally {
  readonly flags = new Map<string, number>();
  readonly examples = new Map<string, string[]>();
  words = { en: 0, ar: 0, pairedEn: 0, pairedAr: 0 };
  add(key: string, text: string): void {
    this.flags.set(key, (this.flags.get(key) ?? 0) + 1);
    const list = this.examples.get(key) ?? [];
    if (list.length < 4) list.push(text.slice(0, 40));
    this.examples.set(key, list);
  }
  rate(key: string): number {
    const [check = "", lang] = key.split(":");
    const pair = comparesPair(check);
    const words = lang === "ar" ? (pair ? this.words.pairedAr : this.words.ar) : pair ? this.words.pairedEn : this.words.en;
    return words ? (1000 * (this.flags.get(key) ?? 0)) / words : 0;
  }
}

function readDocuments(shared: string): { docs: Doc[]; description: string } {
  const docs: Doc[] = [];
  const cases = join(shared, "eval", "cases");
  for (const name of readdirSync(cases).filter((n) => n.startsWith("news-") && n.endsWith("__clean")).sort()) {
    const read = (f: string) => splitParagraphs(readFileSync(join(cases, name, f), "utf8"));
    docs.push({ label: `ntrex:${name}`, en: read("en.txt"), ar: read("ar.txt"), paired: true });
  }
  const records = readFileSync(join(shared, "eval-checks", "eval.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { doc: string; clean_text: string });
  const byDoc = new Map<string, string[]>();
  for (const r of records) byDoc.set(r.doc, [...(byDoc.get(r.doc) ?? []), r.clean_text]);
  for (const [doc, texts] of byDoc) docs.push({ label: `eval-checks:${doc}`, en: texts, ar: [], paired: false });
  const archive = join(shared, "eval-pairing", "archive");
  type Meta = { en?: string; ar?: string; id?: string; doc: string; kind?: string };
  const gold = JSON.parse(readFileSync(join(shared, "eval-pairing", "gold.json"), "utf8")) as { meta: { pairs: Meta[]; en_only: Meta[]; ar_only: Meta[] } };
  const fresh = (m: Meta) => !DEV_DOCUMENTS.has(m.doc.replace(/#.*$/u, ""));
  const article = (side: "en" | "ar", id: string) => splitParagraphs(readFileSync(join(archive, side, `${id}.txt`), "utf8"));
  let pairing = 0;
  for (const m of gold.meta.pairs.filter(fresh)) {
    pairing++;
    if (m.kind === "clean") docs.push({ label: `pairing:${m.doc}`, en: article("en", m.en!), ar: article("ar", m.ar!), paired: true });
    else {
      docs.push({ label: `pairing:${m.doc}:en`, en: article("en", m.en!), ar: [], paired: false });
      docs.push({ label: `pairing:${m.doc}:ar`, en: [], ar: article("ar", m.ar!), paired: false });
    }
  }
  for (const m of gold.meta.en_only.filter(fresh)) docs.push({ label: `pairing:${m.doc}:en`, en: article("en", m.id!), ar: [], paired: false }), pairing++;
  for (const m of gold.meta.ar_only.filter(fresh)) docs.push({ label: `pairing:${m.doc}:ar`, en: [], ar: article("ar", m.id!), paired: false }), pairing++;
  return {
    docs,
    description: `20 NTREX dev-set articles as English–Arabic pairs; eval-checks clean_text (${byDoc.size} documents); ${pairing} eval-pairing articles outside the dev sets (NTREX and XQuAD)`,
  };
}

function main(): void {
  const shared = arg("shared", join(ROOT, "..", "shared"));
  if (!existsSync(join(shared, "eval", "cases")) || !existsSync(join(shared, "eval-checks", "eval.jsonl")) || !existsSync(join(shared, "eval-pairing", "gold.json"))) {
    throw new Error(`the development sets are not at ${shared} (eval/cases, eval-checks, eval-pairing): pass --shared DIR`);
  }
  const half = arg("half", "");
  if (half && half !== "odd" && half !== "even") throw new Error("--half is odd or even");
  if (half && process.argv.includes("--write")) throw new Error("--write records the rates of the whole text: not with --half");
  const read = readDocuments(shared);
  const articleOf = (d: Doc) => d.label.replace(/:(?:en|ar)$/u, "");
  const articles = [...new Set(read.docs.map(articleOf))].sort();
  const inHalf = new Set(articles.filter((_, k) => !half || (k % 2 === 0) === (half === "odd")));
  const docs = read.docs.filter((d) => inHalf.has(articleOf(d)));
  const description = half ? `${read.description}, the ${half} half by article (${inHalf.size} of ${articles.length})` : read.description;
  const lexicon = loadFreedict() ?? new Lexicon();
  // The corpus is every measured document, as the app's corpus would be.
  const corpusWords = new Map<string, number>();
  for (const d of docs) addDocumentWords(corpusWords, d.en);
  const context: CheckContext = {
    corpus: { spellings: new Map(), words: corpusWords },
    ...checkResources(),
  };
  const tally = new Tally();
  const listed: string[] = [];
  for (const d of docs) {
    tally.words.en += wordsIn(d.en);
    tally.words.ar += wordsIn(d.ar);
    if (d.paired) {
      tally.words.pairedEn += wordsIn(d.en);
      tally.words.pairedAr += wordsIn(d.ar);
    }
    const beads = d.paired
      ? alignUnits(d.en, d.ar, { lexicon, enBoilerplate: detectBoilerplate(d.en, "en"), arBoilerplate: detectBoilerplate(d.ar, "ar") }).beads.map((b) => ({ en: b.en, ar: b.ar }))
      : [];
    for (const f of runChecks({ en: d.en, ar: d.ar, beads, context })) {
      if (!d.paired && comparesPair(f.checkId)) continue;
      const paragraph = (f.lang === "en" ? d.en : d.ar)[f.paragraph] ?? "";
      tally.add(`${f.checkId}:${f.lang}`, paragraph.slice(f.start, f.end));
      if (f.lang === "en") listed.push(`${f.checkId.padEnd(28)} ${d.label} ¶${f.paragraph}  ${JSON.stringify(paragraph.slice(f.start, f.end))}  …${paragraph.slice(Math.max(0, f.start - 60), f.end + 60)}…`);
    }
  }
  const keys = [...tally.flags.keys()].sort((a, b) => tally.rate(b) - tally.rate(a));
  const lines = [
    `false alarms on clean text: ${description}`,
    `${tally.words.en} English words (${tally.words.pairedEn} in pairs), ${tally.words.ar} Arabic words (${tally.words.pairedAr} in pairs)`,
    ...keys.map((k) => `${k.padEnd(38)} ${String(tally.flags.get(k)).padStart(4)} flags ${tally.rate(k).toFixed(2).padStart(6)} / 1000 words  ${tally.rate(k) <= FALSE_ALARM_TARGET ? "ok  " : "OVER"}  e.g. ${(tally.examples.get(k) ?? []).map((e) => JSON.stringify(e)).join(", ")}`),
  ];
  const total = (lang: "en" | "ar") => keys.filter((k) => k.endsWith(`:${lang}`)).reduce((s, k) => s + (tally.flags.get(k) ?? 0), 0);
  lines.push(`English, all checks: ${total("en")} flags, ${((1000 * total("en")) / tally.words.en).toFixed(2)} per 1000 words (target ≤ ${FALSE_ALARM_TARGET})`);
  lines.push(`Arabic, all checks: ${total("ar")} flags, ${((1000 * total("ar")) / tally.words.ar).toFixed(2)} per 1000 words`);
  if (process.argv.includes("--list")) lines.push("", "every English flag:", ...listed.sort());
  process.stdout.write(lines.join("\n") + "\n");
  if (process.argv.includes("--write")) {
    const path = join(ROOT, "server", "domain", "checks", "data", "false-alarm-rates.ts");
    const source = readFileSync(path, "utf8");
    const head = source.slice(0, source.indexOf("/** Measured on:"));
    const rates = keys.map((k) => `  "${k}": ${tally.rate(k).toFixed(2)},`).join("\n");
    writeFileSync(path, `${head}/** Measured on: ${description}; ${tally.words.en} English and ${tally.words.ar} Arabic words. */\nexport const FALSE_ALARM_RATES: Readonly<Record<string, number>> = {\n${rates}\n};\n`);
    process.stdout.write(`wrote ${path}\n`);
  }
  const json = arg("json", "");
  if (json) writeFileSync(json, JSON.stringify({ description, words: tally.words, rates: Object.fromEntries(keys.map((k) => [k, { flags: tally.flags.get(k), per1000: tally.rate(k), examples: tally.examples.get(k) }])) }, null, 2));
}

main();
