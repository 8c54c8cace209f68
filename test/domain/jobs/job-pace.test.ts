/** A job stage's rate and time left, from its row and a given "now". */
import { expect } from "chai";
import { jobPace } from "../../../server/domain/jobs/job-pace.js";

const at = (seconds: number) => new Date(Date.parse("2026-01-01T10:00:00.000Z") + seconds * 1000);
const started = "2026-01-01T10:00:00.000Z";

describe("jobPace", () => {
  it("counts the rate from the work done since the stage began, and the time left at that rate", () => {
    expect(jobPace({ done: 40, total: 100, stageStartedAt: started, stageDoneAtStart: 20 }, at(10))).to.deep.equal({ perSecond: 2, secondsLeft: 30 });
  });

  it("cannot tell before anything is done or any time has gone", () => {
    const none = { perSecond: null, secondsLeft: null };
    expect(jobPace({ done: 20, total: 100, stageStartedAt: started, stageDoneAtStart: 20 }, at(10))).to.deep.equal(none);
    expect(jobPace({ done: 30, total: 100, stageStartedAt: started, stageDoneAtStart: 20 }, at(0))).to.deep.equal(none);
    expect(jobPace({ done: 30, total: 100, stageStartedAt: null, stageDoneAtStart: 0 }, at(5))).to.deep.equal(none);
  });

  it("has a rate but no time left when the stage has no total", () => {
    expect(jobPace({ done: 50, total: 0, stageStartedAt: started, stageDoneAtStart: 0 }, at(5))).to.deep.equal({ perSecond: 10, secondsLeft: null });
  });
});
