/**
 * Loads the sample corpus (corpus/) into an empty store: the glossary first, so the aligner uses
 * it, then every article folder holding en.txt and ar.txt (with meta.json when present). At the
 * first start of a database (loadSampleOnce) the load is claimed in the database first, so of
 * several app instances starting at once on one empty database exactly one loads it.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS_DIR } from "../paths.js";
import { parseGlossary } from "../domain/glossary/parse-glossary.js";
import { importArticle } from "./import-article.js";
import type { Store } from "../store/types.js";

type SampleMeta = { title_en?: string; title_ar?: string; source_url_en?: string; source_url_ar?: string; published?: string };

export async function loadSampleCorpus(store: Store, user = "system", corpusDir = CORPUS_DIR): Promise<number[]> {
  const glossaryPath = join(corpusDir, "glossary.tsv");
  if (existsSync(glossaryPath)) store.upsertGlossary(parseGlossary(readFileSync(glossaryPath, "utf8")));
  const ids: number[] = [];
  const folders = readdirSync(corpusDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const folder of folders) {
    const dir = join(corpusDir, folder);
    if (!existsSync(join(dir, "en.txt")) || !existsSync(join(dir, "ar.txt"))) continue;
    const meta = existsSync(join(dir, "meta.json")) ? (JSON.parse(readFileSync(join(dir, "meta.json"), "utf8")) as SampleMeta) : {};
    const result = await importArticle(
      store,
      { en: { bytes: readFileSync(join(dir, "en.txt")), name: "en.txt" }, ar: { bytes: readFileSync(join(dir, "ar.txt")), name: "ar.txt" } },
      { title: meta.title_en, titleAr: meta.title_ar, sourceUrlEn: meta.source_url_en, sourceUrlAr: meta.source_url_ar, publishedEn: meta.published ?? null, publishedAr: meta.published ?? null },
      user,
    );
    ids.push(result.id);
  }
  return ids;
}

/** The setting that records which start claimed the sample's load (and when): set once per database. */
export const SAMPLE_CLAIM = "sample-corpus-loaded-by";

/**
 * Loads the sample into a database that has never had a document, once: the claim (an empty
 * corpus and no claim yet, checked and written in one write transaction) comes before the load,
 * so another instance starting meanwhile finds the claim and leaves the load to this one. Returns
 * the documents loaded, or null when the database had documents or another start claimed it.
 */
export async function loadSampleOnce(store: Store, user = "system", corpusDir = CORPUS_DIR): Promise<number[] | null> {
  const claim = `${new Date().toISOString()} ${randomBytes(6).toString("hex")}`;
  const claimed = store.atomically(() => store.countDocuments({ includeDeleted: true }) === 0 && store.setting(SAMPLE_CLAIM, () => claim) === claim);
  return claimed ? loadSampleCorpus(store, user, corpusDir) : null;
}
