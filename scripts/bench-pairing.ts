/**
 * How archive pairing (domain/archive/pair-archive.ts) scales with the archive: the development
 * set (../shared/eval-pairing/archive) copied k times, each copy 61 days after the previous (so the
 * articles per day stay those of a busy month and no copy falls in another's window), paired with
 * the FreeDict lexicon when installed. Prints articles per side, seconds, and milliseconds per
 * English article for each k: near-constant milliseconds mean near-linear time.
 *
 *   node dist/scripts/bench-pairing.js [--copies 1,4,16] [--set DIR]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../server/paths.js";
import { dayNumber, parseArticleText, type Article } from "../server/domain/archive/articles.js";
import { pairArchive } from "../server/domain/archive/pair-archive.js";
import { loadFreedict } from "../server/services/freedict.js";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const k = args.indexOf(name);
  return k >= 0 && args[k + 1] ? (args[k + 1] as string) : fallback;
};
const setDir = option("--set", join(ROOT, "..", "shared", "eval-pairing"));
const copies = option("--copies", "1,4,16").split(",").map(Number);

function readSide(side: "en" | "ar"): Article[] {
  return readFileSync(join(setDir, "archive", `${side}.jsonl`), "utf8").split("\n").filter((l) => l.trim() !== "").map((line) => {
    const { id, date } = JSON.parse(line) as { id: string; date: string };
    const parsed = parseArticleText(readFileSync(join(setDir, "archive", side, `${id}.txt`), "utf8"));
    return { id, date, title: parsed?.title ?? "", paragraphs: parsed?.paragraphs ?? [] };
  });
}

const shift = (date: string, days: number) => new Date(((dayNumber(date) ?? 0) + days) * 86_400_000).toISOString().slice(0, 10);
const replicate = (articles: Article[], k: number) =>
  Array.from({ length: k }, (_, r) => articles.map((a) => ({ ...a, id: `${a.id}-${r}`, date: shift(a.date, 61 * r) }))).flat();

const en = readSide("en");
const ar = readSide("ar");
const lexicon = loadFreedict();
process.stdout.write(`lexicon: ${lexicon ? `${lexicon.size} words` : "none"}\n`);
for (const k of copies) {
  const enK = replicate(en, k);
  const arK = replicate(ar, k);
  const started = process.hrtime.bigint();
  const pairs = pairArchive(enK, arK, { lexicon });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(`copies ${k}: ${enK.length} × ${arK.length} articles, ${pairs.length} pairs, ${seconds.toFixed(2)} s, ${((seconds * 1000) / enK.length).toFixed(1)} ms per English article\n`);
}
