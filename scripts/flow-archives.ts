/**
 * Two archives for the whole-flow benchmark (scripts/bench-archive-flow.ts): an English and an
 * Arabic edition with a known number of true pairs, plus one-sided articles on each side, as
 * JSON-lines files the upload form takes. The articles are the pairing development set's
 * (../shared/eval-pairing: real translated news and Wikipedia in both scripts, 50 gold pairs,
 * 13 English-only and 21 Arabic-only articles), replicated: copy r of every article gets the id
 * `<id>~r` and is dated r × `spacingDays` later (61 by default, as bench-pairing: each copy is a
 * busy month of its own, and no copy falls inside another's date window, so the true pairs stay
 * known). Which one-sided copies are taken, and the order of the lines in each file, come from a
 * seeded generator: the same options give the same bytes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dayNumber, parseArticleText, type Article } from "../server/domain/archive/articles.js";
import { seededRandom, type Random } from "./seeded-random.js";

export type FlowArchiveOptions = {
  /** The development set's folder (holding archive/ and gold.json). */
  setDir: string;
  /** True pairs wanted. */
  pairs: number;
  /** Arabic-only articles, as a share of the pairs (0.2: 20 % more Arabic articles than pairs). */
  arabicOnlyShare: number;
  /** English-only articles, as a share of the pairs. */
  englishOnlyShare: number;
  spacingDays: number;
  seed: number;
};

export const FLOW_DEFAULTS = { arabicOnlyShare: 0.2, englishOnlyShare: 0.1, spacingDays: 61, seed: 1 } as const;

export type FlowArticle = Article & { url: string };
/** Both editions, in file order, and the true pairs (English id → Arabic id). */
export type FlowArchives = { en: FlowArticle[]; ar: FlowArticle[]; truePairs: Map<string, string> };

type Gold = { pairs: [string, string][]; en_only: string[]; ar_only: string[] };

function readEdition(setDir: string, side: "en" | "ar"): Map<string, Article> {
  const listing = readFileSync(join(setDir, "archive", `${side}.jsonl`), "utf8").split("\n").filter((line) => line.trim() !== "");
  return new Map(listing.map((line) => {
    const { id, date } = JSON.parse(line) as { id: string; date: string };
    const parsed = parseArticleText(readFileSync(join(setDir, "archive", side, `${id}.txt`), "utf8"));
    return [id, { id, date, title: parsed?.title ?? "", paragraphs: parsed?.paragraphs ?? [] }];
  }));
}

const shifted = (date: string, days: number) => new Date(((dayNumber(date) ?? 0) + days) * 86_400_000).toISOString().slice(0, 10);

function copyOf(article: Article, copy: number, spacingDays: number, side: "en" | "ar"): FlowArticle {
  const id = `${article.id}~${copy}`;
  return { ...article, id, date: shifted(article.date, copy * spacingDays), url: `https://news.example/${side}/${encodeURIComponent(id)}` };
}

/** Fisher–Yates with the seeded generator. */
function shuffled<T>(items: T[], random: Random): T[] {
  const out = [...items];
  for (let k = out.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [out[k], out[j]] = [out[j] as T, out[k] as T];
  }
  return out;
}

/** `count` one-sided articles: copies of `ids`, chosen at random among as many copies as needed. */
function oneSided(edition: Map<string, Article>, ids: string[], count: number, copies: number, options: FlowArchiveOptions, side: "en" | "ar", random: Random): FlowArticle[] {
  if (ids.length === 0 || count === 0) return [];
  const enough = Math.max(copies, Math.ceil(count / ids.length));
  const pool: [string, number][] = [];
  for (let copy = 0; copy < enough; copy++) for (const id of ids) pool.push([id, copy]);
  return shuffled(pool, random).slice(0, count).map(([id, copy]) => copyOf(edition.get(id) as Article, copy, options.spacingDays, side));
}

export function generateFlowArchives(options: FlowArchiveOptions): FlowArchives {
  const gold = JSON.parse(readFileSync(join(options.setDir, "gold.json"), "utf8")) as Gold;
  const en = readEdition(options.setDir, "en");
  const ar = readEdition(options.setDir, "ar");
  const goldPairs = [...gold.pairs].sort(([a], [b]) => a.localeCompare(b));
  const copies = Math.ceil(options.pairs / goldPairs.length);
  const random = seededRandom(options.seed);
  const pairedEn: FlowArticle[] = [];
  const pairedAr: FlowArticle[] = [];
  const truePairs = new Map<string, string>();
  for (let k = 0; k < options.pairs; k++) {
    const [enId, arId] = goldPairs[k % goldPairs.length] as [string, string];
    const copy = Math.floor(k / goldPairs.length);
    const e = copyOf(en.get(enId) as Article, copy, options.spacingDays, "en");
    const a = copyOf(ar.get(arId) as Article, copy, options.spacingDays, "ar");
    pairedEn.push(e);
    pairedAr.push(a);
    truePairs.set(e.id, a.id);
  }
  const enOnly = oneSided(en, [...gold.en_only].sort(), Math.round(options.pairs * options.englishOnlyShare), copies, options, "en", random);
  const arOnly = oneSided(ar, [...gold.ar_only].sort(), Math.round(options.pairs * options.arabicOnlyShare), copies, options, "ar", random);
  return { en: shuffled([...pairedEn, ...enOnly], random), ar: shuffled([...pairedAr, ...arOnly], random), truePairs };
}

/** One edition as a JSON-lines archive file: `{"id","date","title","url","text"}` a line, a paragraph per line of the text. */
export function jsonLinesOf(articles: readonly FlowArticle[]): string {
  return articles.map((a) => JSON.stringify({ id: a.id, date: a.date, title: a.title, url: a.url, text: a.paragraphs.join("\n") })).join("\n") + "\n";
}
