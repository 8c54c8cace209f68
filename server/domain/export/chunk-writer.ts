/**
 * Buffered writing to a Node stream with backpressure: exporters add small strings, which are sent
 * in chunks of about 64 KiB; when the stream's buffer is full the writer waits for 'drain'. Writing
 * a million pairs one small write() at a time would be slow, and ignoring write()'s return value
 * would let a slow reader (a download) pile the whole export up in memory.
 */
import { once } from "node:events";
import type { Writable } from "node:stream";

const CHUNK_CHARS = 64 * 1024;

export class ChunkWriter {
  private buffer = "";

  constructor(private readonly out: Writable) {}

  add(text: string): void {
    this.buffer += text;
  }

  /** Sends the buffer when it is large enough, waiting if the stream asks for it. */
  async maybeFlush(): Promise<void> {
    if (this.buffer.length >= CHUNK_CHARS) await this.flush();
  }

  /** Sends whatever is buffered (call once at the end). */
  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer;
    this.buffer = "";
    if (!this.out.write(chunk, "utf8")) await once(this.out, "drain");
  }
}

/** The UTF-8 byte order mark, as a string. */
export const BOM = "\uFEFF";
