/**
 * A progress bar on stderr for long command-line runs (cli-progress). Silent when stderr is not a
 * terminal, so piped output and CI logs stay clean.
 */
import cliProgress from "cli-progress";

export type Progress = { start(total: number): void; tick(): void; stop(): void };

export function createProgress(label: string): Progress {
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: `${label} [{bar}] {value}/{total} {percentage}% ETA {eta_formatted}`, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (total) => bar.start(total, 0),
    tick: () => bar.increment(),
    stop: () => bar.stop(),
  };
}
