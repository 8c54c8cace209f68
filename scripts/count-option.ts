/**
 * A benchmark's count option (`--runs 30`, `--findings 50000`): the whole number after `--name` on
 * the command line, or the fallback when it is absent, not a whole number or not positive. One
 * reader for every script under scripts/ that takes counts.
 */
export function countOption(name: string, fallback: number): number {
  const k = process.argv.indexOf(`--${name}`);
  const value = k >= 0 ? Number(process.argv[k + 1]) : fallback;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
