/**
 * The rendered-page cache: least recently used out first, a read counts as a use, a new value
 * under a key replaces the old one.
 */
import { expect } from "chai";
import { PageCache, type CachedPage } from "../../server/web/page-cache.js";

const page = (text: string): CachedPage => ({ html: Buffer.from(text), gzip: Buffer.from(`gz:${text}`) });
const has = (cache: PageCache, keys: string[]) => keys.filter((k) => cache.get(k) !== undefined);

describe("PageCache", () => {
  it("gives back what it holds and nothing for an unknown key", () => {
    const cache = new PageCache(2);
    cache.set("a", page("A"));
    expect(cache.get("a")?.html.toString()).to.equal("A");
    expect(cache.get("b")).to.equal(undefined);
  });

  it("drops the least recently set page past its limit", () => {
    const cache = new PageCache(2);
    for (const k of ["a", "b", "c"]) cache.set(k, page(k));
    expect(has(cache, ["a", "b", "c"])).to.deep.equal(["b", "c"]);
  });

  it("counts a read as a use", () => {
    const cache = new PageCache(2);
    cache.set("a", page("a"));
    cache.set("b", page("b"));
    cache.get("a");
    cache.set("c", page("c"));
    expect(has(cache, ["a", "b", "c"])).to.deep.equal(["a", "c"]);
  });

  it("replaces a page set again under its key, which then counts as the newest", () => {
    const cache = new PageCache(2);
    cache.set("a", page("old"));
    cache.set("b", page("b"));
    cache.set("a", page("new"));
    cache.set("c", page("c"));
    expect(cache.get("a")?.html.toString()).to.equal("new");
    expect(has(cache, ["b"])).to.deep.equal([]);
  });

  it("holds 64 pages by default", () => {
    const cache = new PageCache();
    for (let k = 0; k < 65; k++) cache.set(`p${k}`, page(String(k)));
    expect(cache.get("p0")).to.equal(undefined);
    expect(cache.get("p1")).to.not.equal(undefined);
  });
});
