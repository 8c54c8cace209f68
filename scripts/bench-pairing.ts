/**
 * How archive pairing (domain/archive/pair-archive.ts) scales with the archive, for issue 14's
 * "10,000 × 10,000 in under 5 minutes and 2 GB": generated archives of N English and N Arabic
 * articles made from the development set (../shared/eval-pairing/archive: real translated news in
 * both scripts, with digits, names, one-sided and look-alike articles), copied as often as needed,
 * each copy `--spacing` days after the previous (default 61: the articles per day stay those of a
 * busy month and no copy falls in another's date window), paired with the FreeDict lexicon when
 * installed. Each size runs in a child process of its own, so its peak memory (the RSS high-water
 * mark) is its own. Prints per size: seconds (wall and CPU), ms per English article, peak RSS, pairs, and the
 * load average of the machine (shared: read the figures beside it); then the growth ratios
 * against the smallest size (time and memory per article: near 1 means near-linear).
 *
 *   node dist/scripts/bench-pairing.js [--sizes 1000,2000,5000,10000] [--spacing 61] [--set DIR]
 */
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT } from "../server/paths.js";
import type { Article } from "../server/domain/archive/articles.js";
import { pairArchive } from "../server/domain/archive/pair-archive.js";
import { loadFreedict } from "../server/services/freedict.js";
import { countOption } from "./count-option.js";
import { generateArchive, readSetSide } from "./generated-archive.js";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const k = args.indexOf(name);
  return k >= 0 && args[k + 1] ? (args[k + 1] as string) : fallback;
};
const setDir = option("--set", join(ROOT, "..", "shared", "eval-pairing"));
const spacing = countOption("spacing", 61);

const readSide = (side: "en" | "ar") => readSetSide(setDir, side);
const generate = (articles: Article[], size: number) => generateArchive(articles, size, spacing);

type Measured = { size: number; en: number; ar: number; pairs: number; seconds: number; cpuSeconds: number; maxRssMb: number; load: number[] };

/** One size, in this process: pair, then report the process's own peak RSS. */
function measureOne(size: number): Measured {
  const lexicon = loadFreedict();
  const en = generate(readSide("en"), size);
  const ar = generate(readSide("ar"), size);
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  const pairs = pairArchive(en, ar, { lexicon });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  // maxRSS is in kilobytes: the high-water mark of this child, lexicon and articles included.
  return { size, en: en.length, ar: ar.length, pairs: pairs.length, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, maxRssMb: process.resourceUsage().maxRSS / 1024, load: loadavg() };
}

const one = args.indexOf("--one");
if (one >= 0) {
  process.stdout.write(`${JSON.stringify(measureOne(Number(args[one + 1])))}\n`);
} else {
  const sizes = option("--sizes", "1000,2000,5000,10000").split(",").map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const script = fileURLToPath(import.meta.url);
  const rows: Measured[] = [];
  process.stdout.write(`spacing ${spacing} days between copies; load average before: ${loadavg().map((x) => x.toFixed(2)).join(" ")}\n`);
  for (const size of sizes) {
    const child = spawnSync(process.execPath, [script, "--one", String(size), "--spacing", String(spacing), "--set", setDir], { encoding: "utf8", maxBuffer: 1 << 20 });
    if (child.status !== 0) {
      process.stderr.write(child.stderr);
      process.exit(1);
    }
    const row = JSON.parse(child.stdout.trim().split("\n").pop() as string) as Measured;
    rows.push(row);
    process.stdout.write(
      `${row.en} × ${row.ar} articles: ${row.pairs} pairs, ${row.seconds.toFixed(1)} s (CPU ${row.cpuSeconds.toFixed(1)} s), ${((row.seconds * 1000) / row.en).toFixed(1)} ms per English article, ` +
        `peak RSS ${row.maxRssMb.toFixed(0)} MB (load average ${row.load.map((x) => x.toFixed(2)).join(" ")})\n`,
    );
  }
  const base = rows[0];
  if (base) {
    for (const row of rows.slice(1)) {
      const articles = row.en / base.en;
      process.stdout.write(
        `${base.en} → ${row.en} (×${articles.toFixed(1)} articles): time ×${(row.seconds / base.seconds).toFixed(2)} ` +
          `(per article ×${(row.seconds / base.seconds / articles).toFixed(2)}), CPU time ×${(row.cpuSeconds / base.cpuSeconds).toFixed(2)}, peak RSS ×${(row.maxRssMb / base.maxRssMb).toFixed(2)}\n`,
      );
    }
  }
}
