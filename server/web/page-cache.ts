/**
 * A small least-recently-used cache of rendered pages (plain and gzip-compressed). The alignment
 * view of a long document is the app's heaviest page and is read far more often than it changes,
 * so it is rendered and compressed once per document version and viewer; the caller builds the key
 * from everything the page shows.
 */
export type CachedPage = { html: Buffer; gzip: Buffer };

export class PageCache {
  private readonly entries = new Map<string, CachedPage>();

  constructor(private readonly limit = 64) {}

  get(key: string): CachedPage | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value); // most recently used last
    }
    return value;
  }

  set(key: string, value: CachedPage): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
