/**
 * The whole-flow benchmark's archives (scripts/flow-archives.ts): the same options give the same
 * files; they hold the pairs and one-sided articles they say, dated over months, English in Latin
 * letters and Arabic in Arabic ones; and the app's own archive reader reads every line of them.
 */
import { expect } from "chai";
import { FLOW_DEFAULTS, generateFlowArchives, jsonLinesOf, type FlowArchiveOptions } from "../../scripts/flow-archives.js";
import { readArchiveBytes } from "../../server/import/archive/read-archive.js";
import { dayNumber } from "../../server/domain/archive/articles.js";
import { sharedOrSkip } from "../helpers/shared.js";

const LATIN = /[A-Za-z]/gu;
const ARABIC = /[\u0600-\u06ff]/gu;
const share = (text: string, letters: RegExp) => (text.match(letters)?.length ?? 0) / Math.max(1, (text.match(/\p{L}/gu) ?? []).length);

describe("the whole-flow benchmark's archives (scripts/flow-archives.ts)", () => {
  let options: FlowArchiveOptions;
  beforeEach(function () {
    options = { ...FLOW_DEFAULTS, setDir: sharedOrSkip(this, "the pairing development set the archives are copied from", ["eval-pairing"]), pairs: 120 };
  });

  it("gives the same bytes for the same seed, and other ones for another seed", () => {
    const a = generateFlowArchives(options);
    const b = generateFlowArchives(options);
    expect(jsonLinesOf(a.en)).to.equal(jsonLinesOf(b.en));
    expect(jsonLinesOf(a.ar)).to.equal(jsonLinesOf(b.ar));
    expect([...a.truePairs]).to.deep.equal([...b.truePairs]);
    const other = generateFlowArchives({ ...options, seed: 2 });
    expect(jsonLinesOf(other.ar)).to.not.equal(jsonLinesOf(a.ar));
  });

  it("holds the true pairs asked for, 10 % more English and 20 % more Arabic articles, every id once", () => {
    const { en, ar, truePairs } = generateFlowArchives(options);
    expect(truePairs.size).to.equal(120);
    expect(en).to.have.length(120 + 12);
    expect(ar).to.have.length(120 + 24);
    expect(new Set(en.map((a) => a.id)).size).to.equal(en.length);
    expect(new Set(ar.map((a) => a.id)).size).to.equal(ar.length);
    const enIds = new Set(en.map((a) => a.id));
    const arIds = new Set(ar.map((a) => a.id));
    for (const [e, a] of truePairs) {
      expect(enIds.has(e), e).to.equal(true);
      expect(arIds.has(a), a).to.equal(true);
    }
    expect(new Set(truePairs.values()).size, "pairs are one to one").to.equal(120);
  });

  it("dates the copies over months, a pair's two editions as far apart in every copy as in the development set", () => {
    const { en, ar, truePairs } = generateFlowArchives(options);
    const days = [...en, ...ar].map((a) => dayNumber(a.date) as number);
    expect(days.every((d) => Number.isInteger(d))).to.equal(true);
    expect(Math.max(...days) - Math.min(...days), "days from the first to the last article").to.be.greaterThan(90);
    const dateOf = new Map([...en, ...ar].map((a) => [a.id, dayNumber(a.date) as number]));
    const gap = (e: string, a: string) => (dateOf.get(e) as number) - (dateOf.get(a) as number);
    const gapOfOriginal = new Map<string, number>();
    for (const [e, a] of truePairs) {
      const original = e.replace(/~\d+$/u, "");
      if (!gapOfOriginal.has(original)) gapOfOriginal.set(original, gap(e, a));
      expect(gap(e, a), `${e} ${a}`).to.equal(gapOfOriginal.get(original));
      expect(Math.abs(gap(e, a)), `${e} ${a}`).to.be.at.most(31);
    }
    expect(gapOfOriginal.size, "copies of the 50 development pairs").to.equal(50);
  });

  it("writes English in Latin letters and Arabic in Arabic ones, with paragraphs", () => {
    const { en, ar } = generateFlowArchives(options);
    for (const article of en) {
      expect(article.paragraphs.length, article.id).to.be.greaterThan(0);
      expect(share(article.paragraphs.join(" "), LATIN), article.id).to.be.greaterThan(0.9);
    }
    for (const article of ar) {
      expect(article.paragraphs.length, article.id).to.be.greaterThan(0);
      expect(share(article.paragraphs.join(" "), ARABIC), article.id).to.be.greaterThan(0.6);
    }
  });

  it("is read whole by the app's JSON-lines reader, the same articles and no error", async () => {
    const { en, ar } = generateFlowArchives(options);
    for (const [side, articles] of [["en", en], ["ar", ar]] as const) {
      const read = await readArchiveBytes({ name: `${side}.jsonl`, bytes: new TextEncoder().encode(jsonLinesOf(articles)) }, side);
      expect(read.format).to.equal("jsonl");
      expect(read.errors).to.deep.equal([]);
      expect(read.articles.map((a) => [a.id, a.date, a.title])).to.deep.equal(articles.map((a) => [a.id, a.date, a.title]));
      expect(read.articles.map((a) => a.paragraphs.length)).to.deep.equal(articles.map((a) => a.paragraphs.length));
    }
  });
});
