/**
 * (concat "status." status): joins strings, to build locale keys from data in templates.
 */
export function concat(...args: unknown[]): string {
  return args.slice(0, -1).map((a) => String(a ?? "")).join("");
}
