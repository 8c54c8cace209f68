/**
 * The render budget: so many uncached renders per key per minute, counted apart for each key,
 * and a fresh budget once the minute is over (Date.now moved by the test, no waiting).
 */
import { expect } from "chai";
import { RenderBudget } from "../../server/web/render-budget.js";

describe("RenderBudget", () => {
  const realNow = Date.now;
  let now = 1_700_000_000_000;
  beforeEach(() => {
    now = 1_700_000_000_000;
    Date.now = () => now;
  });
  afterEach(() => {
    Date.now = realNow;
  });

  it("allows its budget per key, then refuses", () => {
    const budget = new RenderBudget(3);
    expect([1, 2, 3, 4, 5].map(() => budget.take("alice"))).to.deep.equal([true, true, true, false, false]);
    expect(budget.take("bob"), "another key has its own budget").to.equal(true);
  });

  it("starts again when the minute is over, and says how long to wait until then", () => {
    const budget = new RenderBudget(1);
    expect(budget.take("alice")).to.equal(true);
    now += 15_000;
    expect(budget.take("alice")).to.equal(false);
    expect(budget.retryAfterSeconds()).to.equal(45);
    now += 44_500;
    expect(budget.retryAfterSeconds(), "never less than a second").to.equal(1);
    now += 500;
    expect(budget.take("alice")).to.equal(true);
  });

  it("takes its default from MIZAN_RENDERS_PER_MINUTE, else 120", () => {
    const saved = process.env.MIZAN_RENDERS_PER_MINUTE;
    try {
      process.env.MIZAN_RENDERS_PER_MINUTE = "2";
      const two = new RenderBudget();
      expect([1, 2, 3].map(() => two.take("k"))).to.deep.equal([true, true, false]);
      delete process.env.MIZAN_RENDERS_PER_MINUTE;
      const fallback = new RenderBudget();
      const taken = Array.from({ length: 121 }, () => fallback.take("k"));
      expect(taken.filter(Boolean)).to.have.length(120);
    } finally {
      if (saved === undefined) delete process.env.MIZAN_RENDERS_PER_MINUTE;
      else process.env.MIZAN_RENDERS_PER_MINUTE = saved;
    }
  });
});
