/** The word list loads from the installed npm package and holds SCOWL's larger lists. */
import { expect } from "chai";
import { loadWordList } from "../../server/services/word-list-loader.js";
import { isListed } from "../../server/domain/checks/word-list.js";

describe("word-list-loader", () => {
  it("loads SCOWL's lists up to size 70, US and British, without common misspellings", () => {
    const list = loadWordList();
    expect(list).to.not.equal(null);
    if (!list) return;
    expect(list.words.size).to.be.greaterThan(100000);
    for (const w of ["behaviour", "behavior", "programme", "ageing", "pneumonic", "Reflectance"]) expect(isListed(list, w), w).to.equal(true);
    for (const w of ["recieve", "accomodate", "wierd", "untill"]) expect(isListed(list, w), w).to.equal(false);
    expect(list.frequent.has("counter")).to.equal(true);
    expect(list.frequent.size).to.be.lessThan(list.words.size / 2);
  });
  it("is built once per process", () => {
    expect(loadWordList()).to.equal(loadWordList());
  });
});
