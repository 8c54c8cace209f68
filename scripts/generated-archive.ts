/**
 * Archives of any size for the pairing benchmarks (bench-pairing.ts, bench-pair-steps.ts): the
 * development set's articles (../shared/eval-pairing/archive: real translated news in both
 * scripts) copied as often as needed, each copy `spacing` days after the previous, so the
 * articles per day stay those of a busy month and no copy falls in another's date window.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dayNumber, parseArticleText, type Article } from "../server/domain/archive/articles.js";

/** One edition of the set in `setDir` (its archive/<side>.jsonl listing and archive/<side>/<id>.txt files). */
export function readSetSide(setDir: string, side: "en" | "ar"): Article[] {
  return readFileSync(join(setDir, "archive", `${side}.jsonl`), "utf8").split("\n").filter((l) => l.trim() !== "").map((line) => {
    const { id, date } = JSON.parse(line) as { id: string; date: string };
    const parsed = parseArticleText(readFileSync(join(setDir, "archive", side, `${id}.txt`), "utf8"));
    return { id, date, title: parsed?.title ?? "", paragraphs: parsed?.paragraphs ?? [] };
  });
}

const shift = (date: string, days: number) => new Date(((dayNumber(date) ?? 0) + days) * 86_400_000).toISOString().slice(0, 10);

/** The first `size` articles of enough copies of `articles`, copy r dated r × spacing days later, ids suffixed "-r". */
export function generateArchive(articles: readonly Article[], size: number, spacing: number): Article[] {
  const copies = Math.ceil(size / Math.max(1, articles.length));
  return Array.from({ length: copies }, (_, r) => articles.map((a) => ({ ...a, id: `${a.id}-${r}`, date: shift(a.date, spacing * r) })))
    .flat()
    .slice(0, size);
}
