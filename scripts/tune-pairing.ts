/**
 * The figures the pairing's two thresholds are chosen from, on one set folder (half a of the
 * development set, see eval-pairing-halves.ts): in the first pass (±windowDays), the lowest gold
 * pair's score and the highest wrong candidate's; in the second pass (±secondWindowDays, among the
 * articles the first pass left unpaired), the highest wrong and lowest gold candidate. And, for a
 * stricter check of the second threshold, every English article's best wrong candidate within the
 * wide window when its own edition is taken out (an edition missing from the archive). Reads
 * gold.json only to label candidates; the pairing itself never sees it.
 *
 *   node dist/scripts/tune-pairing.js SET_DIR [--window 7] [--second-window 30]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArticleText, type Article } from "../server/domain/archive/articles.js";
import { assignTwoPasses, scoreCandidates, DEFAULT_PAIRING } from "../server/domain/archive/pair-archive.js";
import { loadFreedict } from "../server/services/freedict.js";

const args = process.argv.slice(2);
const setDir = args[0];
if (!setDir) {
  process.stderr.write("usage: tune-pairing SET_DIR [--window 7] [--second-window 30]\n");
  process.exit(2);
}
const option = (name: string, fallback: number) => {
  const k = args.indexOf(name);
  return k >= 0 && args[k + 1] ? Number(args[k + 1]) : fallback;
};
const windowDays = option("--window", DEFAULT_PAIRING.windowDays);
const secondWindowDays = option("--second-window", DEFAULT_PAIRING.secondWindowDays);

function readSide(side: "en" | "ar"): Article[] {
  return readFileSync(join(setDir as string, "archive", `${side}.jsonl`), "utf8").split("\n").filter((l) => l.trim() !== "").map((line) => {
    const { id, date } = JSON.parse(line) as { id: string; date: string };
    const parsed = parseArticleText(readFileSync(join(setDir as string, "archive", side, `${id}.txt`), "utf8"));
    return { id, date, title: parsed?.title ?? "", paragraphs: parsed?.paragraphs ?? [] };
  });
}

const en = readSide("en");
const ar = readSide("ar");
const gold = new Set((JSON.parse(readFileSync(join(setDir, "gold.json"), "utf8")) as { pairs: [string, string][] }).pairs.map(([e, a]) => `${e} ${a}`));
const isGold = (e: number, a: number) => gold.has(`${en[e]?.id} ${ar[a]?.id}`);
const lexicon = loadFreedict();
const f = (x: number) => (Number.isFinite(x) ? x.toFixed(4) : "-");
const extremes = (list: { en: number; ar: number; score: number }[]) => ({
  gold: Math.min(...list.filter((c) => isGold(c.en, c.ar)).map((c) => c.score)),
  wrong: Math.max(...list.filter((c) => !isGold(c.en, c.ar)).map((c) => c.score)),
});

const first = extremes(scoreCandidates(en, ar, { lexicon, windowDays }));
process.stdout.write(`first pass ±${windowDays}: lowest gold ${f(first.gold)}, highest wrong ${f(first.wrong)}\n`);
const passes = assignTwoPasses(en, ar, { lexicon, windowDays, secondWindowDays });
const second = extremes(passes.offered);
process.stdout.write(`second pass ±${secondWindowDays}: ${passes.offered.length} candidates among the unpaired, lowest gold ${f(second.gold)}, highest wrong ${f(second.wrong)}\n`);
const withoutOwn = scoreCandidates(en, ar, { lexicon, windowDays: secondWindowDays }).filter((c) => !isGold(c.en, c.ar));
const bestWrong = new Map<number, number>();
for (const c of withoutOwn) bestWrong.set(c.en, Math.max(bestWrong.get(c.en) ?? 0, c.score));
const sorted = [...bestWrong.values()].sort((x, y) => y - x);
process.stdout.write(`own edition taken out, ±${secondWindowDays}: best wrong candidate per English article, highest first: ${sorted.slice(0, 8).map(f).join(" ")}\n`);
