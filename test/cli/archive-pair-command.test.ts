/**
 * `mizan archive pair` as a real process: on a small made-up archive written to a temporary
 * folder (bad listing lines and a missing file reported, the rest paired), and on the shared
 * development set (../shared/eval-pairing), scored by its own scorer.
 */
import { expect } from "chai";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../server/paths.js";
import type { Article } from "../../server/domain/archive/articles.js";
import { AR, EN } from "../helpers/made-up-archive.js";
import { sharedOrSkip } from "../helpers/shared.js";
import { tempDir } from "../helpers/temp.js";
import { folderZip, jsonLinesOf } from "../helpers/archive-formats.js";

const MIZAN = join(ROOT, "dist", "scripts", "mizan.js");

function writeArchive(dir: string, side: string, articles: Article[], extraLines: string[] = []): string {
  const folder = join(dir, side);
  mkdirSync(folder, { recursive: true });
  for (const a of articles) writeFileSync(join(folder, `${a.id}.txt`), [a.title, ...a.paragraphs].join("\n") + "\n");
  const listing = articles.map((a) => JSON.stringify({ id: a.id, date: a.date, title: a.title }));
  writeFileSync(join(dir, `${side}.jsonl`), [...listing, ...extraLines].join("\n") + "\n");
  return folder;
}

describe("mizan archive pair (child process)", () => {
  it("pairs a made-up archive and reports each bad entry on stderr without stopping", () => {
    const dir = tempDir("mizan-archive-");
    const en = writeArchive(dir, "en", EN, ["{not json", JSON.stringify({ id: "en-missing", date: "2019-03-04" }), JSON.stringify({ id: "../escape", date: "2019-03-04" })]);
    const ar = writeArchive(dir, "ar", AR, [JSON.stringify({ id: "ar-nodate" })]);
    const out = join(dir, "pairs.json");
    const run = spawnSync(process.execPath, [MIZAN, "archive", "pair", en, ar, "--out", out], { encoding: "utf8" });
    expect(run.status, run.stderr).to.equal(0);
    expect(run.stderr).to.include("not a JSON line");
    expect(run.stderr).to.include("en-missing.txt: cannot be read (ENOENT), skipped");
    expect(run.stderr).to.include("no usable \"id\"");
    expect(run.stderr).to.include("\"ar-nodate\" has no \"date\"");
    const body = JSON.parse(readFileSync(out, "utf8")) as { pairs: [string, string, number][] };
    // Without the made-up lexicon the dictionary (or nothing) speaks for words; numbers and names still pair these.
    expect(body.pairs.map(([e, a]) => [e, a]).sort()).to.deep.equal([["en-budget", "ar-budget"], ["en-floods", "ar-floods"]]);
    for (const [, , score] of body.pairs) expect(score).to.be.within(0, 1);
    expect(run.stdout + run.stderr).to.match(/2 pairs from \d+ articles in English and \d+ articles in Arabic written to /u);
  });

  it("refuses a window that is not a number of days, and a folder without its listing", () => {
    const dir = tempDir("mizan-archive-");
    const en = writeArchive(dir, "en", EN);
    const bad = spawnSync(process.execPath, [MIZAN, "archive", "pair", en, en, "--out", join(dir, "p.json"), "--window", "-3"], { encoding: "utf8" });
    expect(bad.status).to.not.equal(0);
    expect(bad.stderr).to.include("--window");
    const missing = spawnSync(process.execPath, [MIZAN, "archive", "pair", en, join(dir, "nowhere"), "--out", join(dir, "p.json")], { encoding: "utf8" });
    expect(missing.status).to.equal(2);
    expect(missing.stderr).to.include("cannot read the listing");
  });

  it("gives the same pairs on JSON-lines files and on ZIPs as on the folder layout", () => {
    const dir = tempDir("mizan-archive-");
    const run = (en: string, ar: string, name: string) => {
      const out = join(dir, `${name}.json`);
      const child = spawnSync(process.execPath, [MIZAN, "archive", "pair", en, ar, "--out", out], { encoding: "utf8" });
      expect(child.status, child.stderr).to.equal(0);
      return (JSON.parse(readFileSync(out, "utf8")) as { pairs: [string, string, number][] }).pairs;
    };
    const folders = run(writeArchive(dir, "en", EN), writeArchive(dir, "ar", AR), "folders");
    writeFileSync(join(dir, "en-lines.jsonl"), jsonLinesOf(EN, "html"));
    writeFileSync(join(dir, "ar-lines.jsonl"), jsonLinesOf(AR, "text"));
    writeFileSync(join(dir, "en.zip"), folderZip("en", EN));
    writeFileSync(join(dir, "ar.zip"), folderZip("ar", AR));
    expect(folders.map(([e, a]) => [e, a]).sort()).to.deep.equal([["en-budget", "ar-budget"], ["en-floods", "ar-floods"]]);
    expect(run(join(dir, "en-lines.jsonl"), join(dir, "ar-lines.jsonl"), "lines")).to.deep.equal(folders);
    expect(run(join(dir, "en.zip"), join(dir, "ar.zip"), "zips")).to.deep.equal(folders);
  });

  it("refuses binary junk as an archive with one translated sentence, in Arabic too", () => {
    const dir = tempDir("mizan-archive-");
    const en = writeArchive(dir, "en", EN);
    writeFileSync(join(dir, "junk.bin"), Buffer.from([0, 1, 2, 3, 4, 5, 6, 7]));
    const child = spawnSync(process.execPath, [MIZAN, "archive", "pair", en, join(dir, "junk.bin"), "--out", join(dir, "p.json")], { encoding: "utf8", env: { ...process.env, MIZAN_LANG: "ar" } });
    expect(child.status).to.equal(2);
    expect(child.stderr).to.include("ليس أرشيفًا يقرؤه ميزان");
  });

  it("takes a glossary TSV: its entries found in both articles are named in the evidence; a broken one is refused", () => {
    const dir = tempDir("mizan-archive-");
    const en = writeArchive(dir, "en", EN);
    const ar = writeArchive(dir, "ar", AR);
    const glossary = join(dir, "glossary.tsv");
    writeFileSync(glossary, "ar\ten\tkind\tnote\nالبصرة\tBasra\tplace\t\n");
    const out = join(dir, "pairs.json");
    const run = spawnSync(process.execPath, [MIZAN, "archive", "pair", en, ar, "--out", out, "--glossary", glossary], { encoding: "utf8" });
    expect(run.status, run.stderr).to.equal(0);
    const body = JSON.parse(readFileSync(out, "utf8")) as { evidence: { en: string; names: string[] }[] };
    expect(body.evidence.find((e) => e.en === "en-floods")?.names).to.include("basra");
    writeFileSync(glossary, "ar\ten\tkind\tnote\nالبصرة\t\tplace\t\n");
    const bad = spawnSync(process.execPath, [MIZAN, "archive", "pair", en, ar, "--out", out, "--glossary", glossary], { encoding: "utf8" });
    expect(bad.status).to.equal(2);
    expect(bad.stderr).to.include("without both an Arabic and an English form: 2");
  });

  it("reaches its measured precision and recall on the shared development set", function () {
    const set = sharedOrSkip(this, "the archive-pairing development set", ["eval-pairing", "score_pairing.py"]).replace(/[\\/]score_pairing\.py$/u, "");
    const dir = tempDir("mizan-archive-");
    const out = join(dir, "pairs.json");
    execFileSync(process.execPath, [MIZAN, "archive", "pair", join(set, "archive", "en"), join(set, "archive", "ar"), "--out", out], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    const scores = join(dir, "scores.json");
    execFileSync("python3", [join(set, "score_pairing.py"), "--set", set, out, "--json", scores], { encoding: "utf8" });
    const text = readFileSync(scores, "utf8");
    const [first] = (JSON.parse(text) as { results: { pairs: { P: number; R: number } }[] }).results;
    if (!first) throw new Error(`no result in ${text.slice(0, 400)}`);
    // Measured: P 1.000, R 1.000 (the three pairs 14-17 days apart found by the second pass, ±30 days).
    expect(first.pairs.P, text.slice(0, 400)).to.be.at.least(0.98);
    expect(first.pairs.R, text.slice(0, 400)).to.be.at.least(0.96);
  });
});
