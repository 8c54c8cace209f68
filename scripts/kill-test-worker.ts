#!/usr/bin/env node
/**
 * The process the kill test kills: it opens the database with the real store, then imports the
 * sample article pair and edits paragraphs in a loop, forever. Before each operation it prints
 * what it is about to do (`begin-import`, `begin-edit <paragraph> <hash>`), and after each commit
 * an acknowledgement (`import <document> <en> <ar>`, `edit <document> <paragraph> <hash>`), so the
 * parent knows exactly which changes were committed before its SIGKILL and which one was in flight.
 *
 * Usage: node dist/scripts/kill-test-worker.js DB_LOCATION SEED (a SQLite file or a PostgreSQL URL)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openStore } from "../server/store/open-store.js";
import { importArticle, type ImportFile } from "../server/services/import-article.js";
import { randomInt, seededRandom } from "./seeded-random.js";
import { SAMPLE_DIR, textHash } from "./kill-test.js";

/** Edits between two imports. */
const EDITS_PER_IMPORT = 50;
/** Documents from earlier rounds whose paragraphs are edited too (the newest ones). */
const EARLIER_DOCUMENTS = 3;
const EDIT_MARK = / \[kill-test [^\]]*\]$/u;

/** stdout to a pipe is synchronous on Linux: once write() returns, the line is the parent's. */
function say(line: string): void {
  process.stdout.write(line + "\n");
}

async function main(): Promise<void> {
  const [dbPath, seedArg] = process.argv.slice(2);
  if (!dbPath) throw new Error("usage: kill-test-worker DB_PATH SEED");
  const seed = Number(seedArg ?? 1);
  const random = seededRandom(seed);
  const files: { en: ImportFile; ar: ImportFile } = {
    en: { bytes: readFileSync(join(SAMPLE_DIR, "en.txt")), name: "en.txt" },
    ar: { bytes: readFileSync(join(SAMPLE_DIR, "ar.txt")), name: "ar.txt" },
  };
  const store = openStore(dbPath);
  say("ready");
  // Paragraphs to edit: those of the newest documents already there, then of each new import.
  const paragraphs: { id: number; documentId: number }[] = [];
  for (const doc of store.listDocuments().sort((a, b) => a.id - b.id).slice(-EARLIER_DOCUMENTS)) {
    for (const side of ["en", "ar"] as const) for (const p of store.getParagraphs(doc.id, side)) paragraphs.push({ id: p.id, documentId: doc.id });
  }
  for (let n = 0; ; n++) {
    if (n % (EDITS_PER_IMPORT + 1) === 0) {
      say("begin-import");
      // Without the dictionary the aligner is quicker, so more kills land near a commit; the
      // store code is the same either way.
      const result = await importArticle(store, files, { title: `Kill test ${seed}.${n}` }, "kill-test", { dictionary: false });
      say(`import ${result.id} ${result.paragraphsEn} ${result.paragraphsAr}`);
      for (const side of ["en", "ar"] as const) for (const p of store.getParagraphs(result.id, side)) paragraphs.push({ id: p.id, documentId: result.id });
      continue;
    }
    const target = paragraphs[randomInt(random, 0, paragraphs.length - 1)];
    if (!target) continue;
    const current = store.getParagraph(target.id);
    if (!current) throw new Error(`paragraph ${target.id} vanished`);
    const text = `${current.text.replace(EDIT_MARK, "")} [kill-test ${seed}.${n}]`;
    say(`begin-edit ${target.documentId} ${target.id} ${textHash(text)}`);
    store.editParagraph(target.id, current.version, text, "kill-test");
    say(`edit ${target.documentId} ${target.id} ${textHash(text)}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`kill-test-worker: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
