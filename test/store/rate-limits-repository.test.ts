/**
 * Rate-limit counters in the database (migration 20), on the run's engine: hits count within a
 * window and start again after it; a hit taken back never goes below none; keys are apart; a
 * reset forgets one key; ended windows are cleared by later hits; and two connections to one
 * database (two app instances) count into the same window.
 */
import { expect } from "chai";
import { openStore } from "../../server/store/open-store.js";
import { testStoreLocation } from "../helpers/test-store.js";

const WINDOW = 60_000;
const T0 = Date.UTC(2026, 0, 1);

describe("store/rate-limits-repository (real database)", () => {
  it("counts hits within a window and starts a new window once it has ended", () => {
    const store = openStore(testStoreLocation());
    expect(store.hitRateLimit("a", WINDOW, T0)).to.deep.equal({ hits: 1, resetAt: T0 + WINDOW });
    expect(store.hitRateLimit("a", WINDOW, T0 + 10)).to.deep.equal({ hits: 2, resetAt: T0 + WINDOW });
    expect(store.hitRateLimit("b", WINDOW, T0 + 20), "another key, its own window").to.deep.equal({ hits: 1, resetAt: T0 + 20 + WINDOW });
    expect(store.readRateLimit("a", T0 + 30)).to.deep.equal({ hits: 2, resetAt: T0 + WINDOW });
    expect(store.readRateLimit("a", T0 + WINDOW), "a window that has ended counts nothing").to.equal(null);
    expect(store.hitRateLimit("a", WINDOW, T0 + WINDOW)).to.deep.equal({ hits: 1, resetAt: T0 + 2 * WINDOW });
    store.close();
  });

  it("takes a hit back, never below none, and forgets a key on reset", () => {
    const store = openStore(testStoreLocation());
    store.hitRateLimit("k", WINDOW, T0);
    store.hitRateLimit("k", WINDOW, T0);
    store.unhitRateLimit("k", T0 + 1);
    expect(store.readRateLimit("k", T0 + 1)?.hits).to.equal(1);
    store.unhitRateLimit("k", T0 + 1);
    store.unhitRateLimit("k", T0 + 1);
    expect(store.readRateLimit("k", T0 + 1)?.hits).to.equal(0);
    store.unhitRateLimit("never", T0);
    expect(store.readRateLimit("never", T0)).to.equal(null);
    store.hitRateLimit("k", WINDOW, T0 + 2);
    store.resetRateLimit("k");
    expect(store.readRateLimit("k", T0 + 3)).to.equal(null);
    store.close();
  });

  it("clears windows that have ended as later hits come, so the table keeps only live ones", () => {
    const store = openStore(testStoreLocation());
    for (let k = 0; k < 30; k++) store.hitRateLimit(`old-${k}`, WINDOW, T0);
    const rows = () => (store.db.prepare("SELECT COUNT(*) AS n FROM rate_limits").get() as { n: number }).n;
    expect(rows()).to.equal(30);
    store.hitRateLimit("new-1", WINDOW, T0 + WINDOW + 1);
    store.hitRateLimit("new-2", WINDOW, T0 + WINDOW + 1);
    expect(rows(), "every ended window gone, the two new ones kept").to.equal(2);
    store.close();
  });

  it("counts the hits of two connections to one database (two app instances) into one window", () => {
    const location = testStoreLocation();
    const a = openStore(location);
    const b = openStore(location);
    const seen: number[] = [];
    for (let k = 0; k < 6; k++) seen.push((k % 2 === 0 ? a : b).hitRateLimit("client", WINDOW, T0 + k).hits);
    expect(seen).to.deep.equal([1, 2, 3, 4, 5, 6]);
    b.unhitRateLimit("client", T0 + 7);
    expect(a.readRateLimit("client", T0 + 8)?.hits).to.equal(5);
    a.close();
    b.close();
  });
});
