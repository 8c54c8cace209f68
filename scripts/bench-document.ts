/**
 * The document the editor benchmarks work on: `rows` one-to-one rows of real parallel text (the
 * development set's clean cases, padded with generated paragraphs when the set is absent), scored
 * by the aligner, stored in a fresh database (a SQLite file or a PostgreSQL URL) with an admin account. Shared by bench-editor
 * (the server under load) and bench-editor-browser (key press to updated row in Chromium).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { openStore } from "../server/store/open-store.js";
import { alignUnits } from "../server/domain/align/align-units.js";
import { loadFreedict } from "../server/services/freedict.js";
import { ensureAdmin } from "../server/services/accounts.js";
import { splitParagraphs } from "../server/domain/segment/split-paragraphs.js";
import type { BeadRecord } from "../server/store/types.js";

/** Parallel paragraphs from the development set's clean cases, or generated ones without it. */
function paragraphPairs(evalDir: string, rows: number): { en: string[]; ar: string[] } {
  const cases = join(evalDir, "cases");
  const en: string[] = [];
  const ar: string[] = [];
  if (existsSync(cases)) {
    for (const name of readdirSync(cases).filter((c) => c.endsWith("__clean")).sort()) {
      en.push(...splitParagraphs(readFileSync(join(cases, name, "en.txt"), "utf8")));
      ar.push(...splitParagraphs(readFileSync(join(cases, name, "ar.txt"), "utf8")));
    }
  }
  while (en.length < rows) {
    const k = en.length;
    en.push(`Paragraph ${k} of the English edition reports ${k * 7} detainees and talks in Homs on October ${k % 28 + 1}.`);
    ar.push(`الفقرة ${k} من النسخة العربية تذكر ${k * 7} معتقلين ومحادثات في حمص يوم ${k % 28 + 1} تشرين الأول.`);
  }
  return { en: en.slice(0, rows), ar: ar.slice(0, rows) };
}

/** Creates the database at `dbPath` with the admin (`password`) and the document; answers its id and rows. */
export function createBenchDocument(dbPath: string, rows: number, evalDir: string, password: string): { id: number; beads: BeadRecord[] } {
  const store = openStore(dbPath);
  try {
    ensureAdmin(store, password);
    const pairs = paragraphPairs(evalDir, rows);
    const aligned = alignUnits(pairs.en, pairs.ar, { lexicon: loadFreedict() }).beads;
    const id = store.createDocument(
      {
        title: "Benchmark document",
        en: pairs.en.map((text) => ({ text, boilerplate: null })),
        ar: pairs.ar.map((text) => ({ text, boilerplate: null })),
        // Every row one-to-one, with the score and signals of the aligner's bead holding its English paragraph.
        beads: pairs.en.map((_, k) => {
          const found = aligned.find((b) => b.en.includes(k));
          return { en: [k], ar: [k], score: found?.score ?? 1, signals: { ...found?.signals, shape: "1-1" } };
        }),
      },
      "bench",
    );
    return { id, beads: store.getBeads(id) };
  } finally {
    store.close();
  }
}
