/**
 * `mizan align`: aligns one English/Arabic file pair and prints the beads as JSON, or aligns every
 * case of an evaluation folder (DIR/<case>/en.txt + ar.txt) in one process and writes
 * PRED_DIR/<case>.json in the evaluation format.
 */
import { mkdirSync, readdirSync, existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { alignUnits } from "../domain/align/align-units.js";
import { alignSentences } from "../domain/align/align-sentences.js";
import { loadFreedict } from "../services/freedict.js";
import { readLocalFile } from "../import/read-edition-file.js";
import { readEditionPair } from "../import/read-edition.js";
import { alignCaseFolder } from "./align-case.js";
import type { Progress } from "./progress.js";

export async function alignPair(enPath: string, arPath: string, options: { lexicon: boolean; sentences: boolean }): Promise<string> {
  const { en, ar } = await readEditionPair(readLocalFile(enPath, "en"), readLocalFile(arPath, "ar"));
  const lexicon = options.lexicon ? loadFreedict() : null;
  const { beads } = alignUnits(en.paragraphs, ar.paragraphs, { lexicon });
  if (!options.sentences) return JSON.stringify({ beads });
  const withSentences = beads.map((b) => ({
    ...b,
    sentences: b.en.length > 0 && b.ar.length > 0
      ? alignSentences(b.en.map((i) => en.paragraphs[i] ?? ""), b.ar.map((j) => ar.paragraphs[j] ?? ""), { lexicon })
      : [],
  }));
  return JSON.stringify({ beads: withSentences });
}

export async function alignCases(casesDir: string, outDir: string, options: { lexicon: boolean; progress?: Progress }): Promise<number> {
  const cases = readdirSync(casesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(casesDir, d.name, "en.txt")) && existsSync(join(casesDir, d.name, "ar.txt")))
    .map((d) => d.name)
    .sort();
  mkdirSync(outDir, { recursive: true });
  const lexicon = options.lexicon ? loadFreedict() : null;
  const started = Date.now();
  options.progress?.start(cases.length);
  const writes: Promise<void>[] = [];
  for (const name of cases) {
    writes.push((await alignCaseFolder(casesDir, outDir, name, lexicon)).written);
    options.progress?.tick();
  }
  await Promise.all(writes);
  options.progress?.stop();
  writeFileSync(join(outDir, "_meta.json"), JSON.stringify({ system: "mizan", wall_s: (Date.now() - started) / 1000 }));
  return cases.length;
}
