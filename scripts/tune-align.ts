#!/usr/bin/env node
/**
 * Development aid: aligns every case of an evaluation folder with the aligner's parameters varied
 * one at a time around the defaults, and prints link F1 per kind and null recall for each setting.
 * Usage: node dist/scripts/tune-align.js CASES_DIR [param=v1,v2,… …]
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { alignUnits } from "../server/domain/align/align-units.js";
import { loadFreedict } from "../server/services/freedict.js";
import { DEFAULT_PARAMS, type AlignParams } from "../server/domain/align/model.js";
import { countAlignment, emptyCounts, summarise, type AlignmentCounts } from "../server/domain/align/score-alignment.js";
import { splitParagraphs } from "../server/domain/segment/split-paragraphs.js";
import type { Bead } from "../server/domain/align/types.js";

type Case = { name: string; kind: string; en: string[]; ar: string[]; gold: Bead[] };

function loadCases(dir: string): Case[] {
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, "gold.json")))
    .map((name) => {
      const gold = JSON.parse(readFileSync(join(dir, name, "gold.json"), "utf8")) as { beads: [number[], number[]][]; kind?: string };
      return {
        name,
        kind: gold.kind ?? name.split("__")[1] ?? "all",
        en: splitParagraphs(readFileSync(join(dir, name, "en.txt"), "utf8")),
        ar: splitParagraphs(readFileSync(join(dir, name, "ar.txt"), "utf8")),
        gold: gold.beads.map(([en, ar]) => ({ en, ar })),
      };
    });
}

function evaluate(cases: Case[], params: AlignParams, lexicon: ReturnType<typeof loadFreedict>): string {
  const byKind = new Map<string, AlignmentCounts>();
  const all = emptyCounts();
  for (const c of cases) {
    const { beads } = alignUnits(c.en, c.ar, { lexicon, params });
    countAlignment(beads, c.gold, all);
    const k = byKind.get(c.kind) ?? emptyCounts();
    byKind.set(c.kind, countAlignment(beads, c.gold, k));
  }
  const s = summarise(all);
  const kinds = [...byKind.entries()].sort().map(([k, v]) => `${k}=${summarise(v).linkF1.toFixed(3)}`).join(" ");
  return `F1=${s.linkF1.toFixed(4)} nullR=${s.nullR.toFixed(3)} bead=${s.beadAcc.toFixed(3)} | ${kinds}`;
}

function withParam(base: AlignParams, key: string, value: number): AlignParams {
  if (key.startsWith("shape.")) return { ...base, shapeCost: { ...base.shapeCost, [key.slice(6)]: value } };
  return { ...base, [key]: value };
}

const [dir, ...grid] = process.argv.slice(2);
if (!dir) throw new Error("usage: tune-align CASES_DIR [param=v1,v2 …]");
const cases = loadCases(dir);
const lexicon = process.env.MIZAN_NO_LEXICON ? null : loadFreedict();
console.log(`default: ${evaluate(cases, DEFAULT_PARAMS, lexicon)}`);
for (const spec of grid) {
  const [key, values] = spec.split("=");
  for (const v of (values ?? "").split(",")) {
    console.log(`${key}=${v}: ${evaluate(cases, withParam(DEFAULT_PARAMS, key ?? "", Number(v)), lexicon)}`);
  }
}
