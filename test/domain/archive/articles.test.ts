import { expect } from "chai";
import { candidatesByDate, dayNumber, orderByDay, parseArticleText, type Article } from "../../../server/domain/archive/articles.js";

const article = (id: string, date: string): Article => ({ id, date, title: id, paragraphs: [] });

describe("archive articles: blocking by date", () => {
  it("reads calendar days only", () => {
    expect(dayNumber("2019-01-01")).to.equal(17897);
    expect((dayNumber("2019-03-01") ?? 0) - (dayNumber("2019-02-28") ?? 0)).to.equal(1);
    expect(dayNumber("2019-02-29")).to.equal(null);
    expect(dayNumber("2019-1-1")).to.equal(null);
    expect(dayNumber("yesterday")).to.equal(null);
  });

  it("keeps the Arabic articles within the window both ways, across a month and a year", () => {
    const ar = [article("a", "2018-12-25"), article("b", "2019-01-08"), article("c", "2019-01-09"), article("d", "2018-12-24"), article("e", "2019-01-01")];
    const byDay = orderByDay(ar);
    const ids = (window?: number) => candidatesByDate(article("x", "2019-01-01"), byDay, window).map((i) => ar[i]?.id).sort();
    expect(ids()).to.deep.equal(["a", "b", "e"]);
    expect(ids(0)).to.deep.equal(["e"]);
    expect(ids(8)).to.deep.equal(["a", "b", "c", "d", "e"]);
  });

  it("gives an English article without a real date no candidates", () => {
    expect(candidatesByDate(article("x", "2019-13-01"), orderByDay([article("a", "2019-01-01")]))).to.deep.equal([]);
  });

  it("reads an article file: headline first, then a paragraph per non-empty line", () => {
    expect(parseArticleText("\uFEFFHeadline\r\nOne.\n\n  Two.  \n")).to.deep.equal({ title: "Headline", paragraphs: ["One.", "Two."] });
    expect(parseArticleText("\n \n")).to.equal(null);
  });
});
