/** The registry of job kinds: a kind is found by its name, a name is taken once, and names are kebab-case words. */
import { expect } from "chai";
import { jobKind, jobKindNames, registerJobKind, type JobKind } from "../../server/jobs/job-kinds.js";

const kind = (name: string): JobKind => ({ kind: name, step: () => ({ finished: true }) });

describe("job kinds", () => {
  it("finds a registered kind by its name, and nothing for an unknown name", () => {
    const counting = kind("test-registry-counting");
    registerJobKind(counting);
    registerJobKind(counting);
    expect(jobKind("test-registry-counting")).to.equal(counting);
    expect(jobKindNames()).to.include("test-registry-counting");
    expect(jobKind("test-registry-unknown")).to.equal(null);
  });

  it("refuses a second kind under a taken name, and a name that is not lower-case words", () => {
    registerJobKind(kind("test-registry-taken"));
    expect(() => registerJobKind(kind("test-registry-taken"))).to.throw(/registered twice/u);
    expect(() => registerJobKind(kind("Archive Import"))).to.throw(/not a job kind name/u);
    expect(() => registerJobKind(kind(""))).to.throw(/not a job kind name/u);
  });
});
