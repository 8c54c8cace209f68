/**
 * How fast a job's stage goes and how long it still needs, from what its row says: the rate is the
 * work done since the stage began over the seconds since then; the time left is what remains at
 * that rate. Pure (the caller gives "now"); null when it cannot be told yet (nothing done, no time
 * gone, or no total).
 */
export type JobPaceInput = { done: number; total: number; stageStartedAt: string | null; stageDoneAtStart: number };
export type JobPace = { perSecond: number | null; secondsLeft: number | null };

export function jobPace(job: JobPaceInput, now: Date): JobPace {
  const started = job.stageStartedAt === null ? Number.NaN : Date.parse(job.stageStartedAt);
  const seconds = (now.getTime() - started) / 1000;
  const gained = job.done - job.stageDoneAtStart;
  if (!Number.isFinite(seconds) || seconds <= 0 || gained <= 0) return { perSecond: null, secondsLeft: null };
  const perSecond = gained / seconds;
  const remaining = job.total - job.done;
  return { perSecond, secondsLeft: job.total > 0 && remaining >= 0 ? remaining / perSecond : null };
}
