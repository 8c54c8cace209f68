/**
 * Generated corpora for the benchmarks: N confirmed 1-1 pairs in documents of 100, paragraph
 * texts drawn from the sample corpus, written straight into a new SQLite file with batched inserts
 * (one transaction per chunk of documents), fast enough for a million pairs.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { openDatabase } from "../server/store/open-database.js";
import { CORPUS_DIR } from "../server/paths.js";

const PAIRS_PER_DOCUMENT = 100;
const DOCS_PER_CHUNK = 200;

export function sampleTexts(): { en: string[]; ar: string[] } {
  const dir = join(CORPUS_DIR, "northern-homs-de-escalation");
  const lines = (f: string) => readFileSync(join(dir, f), "utf8").split("\n").map((l) => l.trim()).filter(Boolean);
  return { en: lines("en.txt"), ar: lines("ar.txt") };
}

/**
 * Writes a corpus of `pairs` confirmed 1-1 pairs into a new database file, its findings marked
 * fresh (as a corpus the app has been serving is).
 */
export function generateCorpus(path: string, pairs: number): void {
  rmSync(path, { force: true });
  const db = openDatabase(path);
  db.pragma("synchronous = OFF");
  const { en, ar } = sampleTexts();
  const now = new Date().toISOString();
  const insertDoc = db.prepare("INSERT INTO documents (id, title, published_en, published_ar, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)");
  const insertParagraph = db.prepare("INSERT INTO paragraphs (id, document_id, side, position, text) VALUES (?, ?, ?, ?, ?)");
  const insertBead = db.prepare("INSERT INTO beads (id, document_id, position, status, score, signals) VALUES (?, ?, ?, 'confirmed', ?, ?)");
  const insertMember = db.prepare("INSERT INTO bead_paragraphs (bead_id, paragraph_id) VALUES (?, ?)");
  const documents = Math.ceil(pairs / PAIRS_PER_DOCUMENT);
  let bead = 0;
  let paragraph = 0;
  const writeChunk = db.transaction((from: number, to: number) => {
    for (let d = from; d < to; d++) {
      const docId = d + 1;
      const day = String((d % 28) + 1).padStart(2, "0");
      insertDoc.run(docId, `Generated story ${docId}`, `2020-01-${day}`, `2020-01-${day}`, now, now);
      const count = Math.min(PAIRS_PER_DOCUMENT, pairs - d * PAIRS_PER_DOCUMENT);
      for (let k = 0; k < count; k++) {
        const i = bead;
        bead++;
        insertBead.run(bead, docId, k, 0.5 + ((i * 7919) % 500) / 1000, `{"shape":"1-1","lengthRatio":1.02}`);
        paragraph++;
        insertParagraph.run(paragraph, docId, "en", k, `${en[i % en.length] ?? ""} (${i})`);
        insertMember.run(bead, paragraph);
        paragraph++;
        insertParagraph.run(paragraph, docId, "ar", k, `${ar[i % ar.length] ?? ""} (${i})`);
        insertMember.run(bead, paragraph);
      }
    }
  });
  for (let d = 0; d < documents; d += DOCS_PER_CHUNK) writeChunk(d, Math.min(documents, d + DOCS_PER_CHUNK));
  db.prepare("UPDATE documents SET findings_version = version").run();
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
}
