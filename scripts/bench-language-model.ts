#!/usr/bin/env node
/**
 * Cost of the English language model: resident memory before and after loading it, load time,
 * and the real-word check's time per English paragraph with the model, over a JSON-lines input
 * ({"id","doc","text"} per line, eval-checks' input.jsonl format; paragraphs of one doc form a
 * document), against the same run without the model.
 * Usage: node dist/scripts/bench-language-model.js --input path/to/input.jsonl [--rounds N]
 */
import { readFileSync } from "node:fs";
import { runChecks } from "../server/domain/checks/run-checks.js";
import { languageModel, languageModelStatus } from "../server/services/language-model.js";
import type { NgramModel } from "../server/domain/checks/language-model/ngram-model.js";

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const input = arg("--input");
if (!input) throw new Error("--input path/to/input.jsonl is required");
const rounds = Number(arg("--rounds") ?? 3);
const docs = new Map<string, string[]>();
for (const line of readFileSync(input, "utf8").split("\n").filter((l) => l.trim())) {
  const r = JSON.parse(line) as { doc: string; text: string };
  docs.set(r.doc, [...(docs.get(r.doc) ?? []), r.text]);
}
const paragraphs = [...docs.values()].reduce((n, d) => n + d.length, 0);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

function run(model: NgramModel | undefined): { perParagraph: number; findings: number } {
  let findings = 0;
  const started = process.hrtime.bigint();
  for (let round = 0; round < rounds; round++) {
    for (const en of docs.values()) findings += runChecks({ en, ar: [], context: { languageModel: model } }, { enabled: ["real-word"] }).length;
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { perParagraph: ms / (rounds * paragraphs), findings: findings / rounds };
}

run(undefined); // warm the dictionary and the rules
const without = run(undefined);
global.gc?.();
const before = process.memoryUsage().rss;
const loadStarted = Date.now();
const model = languageModel();
if (!model) throw new Error(`no language model: ${languageModelStatus().problem}`);
const loadMs = Date.now() - loadStarted;
const afterLoad = process.memoryUsage().rss;
run(model); // builds the edit-neighbour index once
const afterIndex = process.memoryUsage().rss;
const withModel = run(model);
console.log(`model: ${languageModelStatus().path} (${model.vocabularySize} words), loaded in ${loadMs} ms`);
console.log(`RSS: before loading ${mb(before)}, after loading ${mb(afterLoad)} (+${mb(afterLoad - before)}), after the first check run ${mb(afterIndex)} (+${mb(afterIndex - before)})`);
console.log(`${paragraphs} paragraphs in ${docs.size} documents, ${rounds} rounds`);
console.log(`real-word without the model: ${without.perParagraph.toFixed(3)} ms per paragraph, ${without.findings} findings`);
console.log(`real-word with the model:    ${withModel.perParagraph.toFixed(3)} ms per paragraph, ${withModel.findings} findings`);
