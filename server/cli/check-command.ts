/**
 * `mizan check`: runs the checks on an English edition (and its Arabic edition, aligned first with
 * the aligner, dictionary and glossary) and prints one JSON finding per line with its English
 * message; or, with --jsonl, reads English paragraphs as JSON lines {"id","doc","text"} on stdin
 * (paragraphs with the same doc form one document) and prints {"id","start","end","check",
 * "severity","suggestion"} per finding, offsets in code points. Bad input raises CheckInputError.
 */
import { existsSync, readFileSync } from "node:fs";
import { alignUnits } from "../domain/align/align-units.js";
import { Lexicon } from "../domain/align/lexicon.js";
import { loadFreedict } from "../services/freedict.js";
import { GlossaryFormatError, parseGlossary } from "../domain/glossary/parse-glossary.js";
import { runChecks } from "../domain/checks/run-checks.js";
import type { Finding } from "../domain/checks/types.js";
import { translatorFor } from "../i18n/translate.js";
import { findingMessage } from "../i18n/finding-message.js";
import { readLocalFile } from "../import/read-edition-file.js";
import { readEdition } from "../import/read-edition.js";
import type { GlossaryEntry } from "../store/types.js";
import { checkResources } from "../services/check-resources.js";
import { addDocumentWords } from "../domain/checks/corpus-words.js";

export class CheckInputError extends Error {}

function readGlossary(path: string | undefined): GlossaryEntry[] {
  if (!path) return [];
  if (!existsSync(path)) throw new CheckInputError(`glossary file not found: ${path}`);
  try {
    return parseGlossary(readFileSync(path, "utf8"));
  } catch (error) {
    if (error instanceof GlossaryFormatError) throw new CheckInputError(`${path}: ${error.message}`);
    throw error;
  }
}

/** Findings of one article (English, optionally Arabic) as JSON lines. */
export async function checkFiles(enPath: string, arPath: string | undefined, options: { glossary?: string; lexicon: boolean }): Promise<string[]> {
  const glossary = readGlossary(options.glossary);
  const en = (await readEdition(...fromFile(enPath, "en"), "en")).paragraphs;
  const ar = arPath ? (await readEdition(...fromFile(arPath, "ar"), "ar")).paragraphs : [];
  let beads: { en: number[]; ar: number[] }[] = [];
  if (ar.length > 0) {
    const lexicon = ((options.lexicon ? loadFreedict() : null) ?? new Lexicon()).withEntries(glossary);
    beads = alignUnits(en, ar, { lexicon }).beads.map((b) => ({ en: b.en, ar: b.ar }));
  }
  const t = translatorFor("en");
  return runChecks({ en, ar, beads, context: { glossary, ...checkResources() } }).map((f) => {
    const text = (f.lang === "en" ? en : ar)[f.paragraph] ?? "";
    return JSON.stringify({
      check: f.checkId, severity: f.severity, side: f.side, edition: f.lang, paragraph: f.paragraph, paired: f.paired,
      start: f.start, end: f.end, text: text.slice(f.start, f.end), suggestion: f.suggestion,
      message: findingMessage(t, f.checkId, f.params),
    });
  });
}

function fromFile(path: string, side: "en" | "ar"): [Uint8Array, string] {
  const { bytes, name } = readLocalFile(path, side);
  return [bytes, name];
}

type InputLine = { id: string; doc: string; text: string };

function parseLine(line: string, number: number): InputLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new CheckInputError(`stdin line ${number}: not valid JSON`);
  }
  const record = value as Partial<Record<keyof InputLine, unknown>> | null;
  if (!record || typeof record !== "object" || typeof record.text !== "string" || (typeof record.id !== "string" && typeof record.id !== "number")) {
    throw new CheckInputError(`stdin line ${number}: expected an object with "id" and "text" (and "doc")`);
  }
  return { id: String(record.id), doc: typeof record.doc === "string" || typeof record.doc === "number" ? String(record.doc) : "", text: record.text };
}

/** UTF-16 offset -> code-point offset in `text`. */
function codePointOffset(text: string, utf16: number): number {
  return Array.from(text.slice(0, utf16)).length;
}

/** The --jsonl mode: stdin text in, JSON lines out (English only; one document per doc). */
export function checkJsonl(input: string): string[] {
  const records = input.split(/\r?\n/u).map((line, k) => ({ line: line.trim(), k })).filter((r) => r.line !== "").map((r) => parseLine(r.line, r.k + 1));
  const docs = new Map<string, InputLine[]>();
  for (const r of records) docs.set(r.doc, [...(docs.get(r.doc) ?? []), r]);
  const out: string[] = [];
  // The input's documents are the corpus: in how many of them each word occurs.
  const corpusWords = new Map<string, number>();
  for (const paragraphs of docs.values()) addDocumentWords(corpusWords, paragraphs.map((p) => p.text));
  const context = { ...checkResources(), corpus: { spellings: new Map<string, number>(), words: corpusWords } };
  for (const paragraphs of docs.values()) {
    const findings: Finding[] = runChecks({ en: paragraphs.map((p) => p.text), ar: [], beads: [], context });
    for (const f of findings) {
      const p = paragraphs[f.paragraph];
      if (!p || f.lang !== "en") continue;
      out.push(JSON.stringify({
        id: p.id, start: codePointOffset(p.text, f.start), end: codePointOffset(p.text, f.end), check: f.checkId, severity: f.severity, suggestion: f.suggestion,
      }));
    }
  }
  return out;
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}
