/**
 * A byte stream across threads with backpressure: the worker writes an export into a
 * PortWritable, the main thread copies what arrives to the HTTP response (drainPortInto), and
 * acknowledges bytes only once the response has taken them, so a slow download slows the worker
 * instead of filling memory. Cancelling the download (the client went away) stops the worker's
 * next write with an error, which ends the export task.
 *
 * Messages, worker → main: {chunk: Uint8Array} | {end: true} | {failed: true};
 * main → worker: {ack: bytes} | {cancel: true}.
 */
import { Writable } from "node:stream";
import type { MessagePort } from "node:worker_threads";

/** Bytes in flight before the worker waits for the main thread to catch up. */
const WINDOW = 1 << 20;

export class PortWritable extends Writable {
  private inFlight = 0;
  private waiting: (() => void) | null = null;
  private cancelled = false;

  /** A null port discards everything (the unused side of a two-file export). */
  constructor(private readonly port: MessagePort | null) {
    super({ highWaterMark: 256 * 1024 });
    port?.on("message", (message: { ack?: number; cancel?: boolean }) => {
      if (message.cancel) this.cancelled = true;
      if (message.ack) this.inFlight -= message.ack;
      if ((this.cancelled || this.inFlight < WINDOW) && this.waiting) {
        const resume = this.waiting;
        this.waiting = null;
        resume();
      }
    });
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    if (!this.port) return done();
    if (this.cancelled) return done(new Error("export cancelled by the reader"));
    const size = chunk.byteLength;
    const bytes = new Uint8Array(size);
    bytes.set(chunk);
    // Transferring the buffer detaches it (its length reads 0 afterwards): count before.
    this.inFlight += size;
    this.port.postMessage({ chunk: bytes }, [bytes.buffer]);
    if (this.inFlight < WINDOW) return done();
    this.waiting = () => done(this.cancelled ? new Error("export cancelled by the reader") : null);
    return undefined;
  }

  /** Ends the stream and tells the reader everything arrived. */
  async finish(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.end((error?: Error | null) => (error ? reject(error) : resolve())));
    this.port?.postMessage({ end: true });
    this.port?.close();
  }

  /** Tells the reader the export failed (what it received is incomplete). */
  abort(): void {
    this.port?.postMessage({ failed: true });
    this.port?.close();
  }
}

/**
 * Copies what arrives on `port` into `out` until the writer ends; rejects when it fails. If `out`
 * closes early (the client went away), the writer is told to stop.
 */
export function drainPortInto(port: MessagePort, out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let owed = 0;
    let draining = false;
    const acknowledge = () => {
      if (owed > 0 && !settled) port.postMessage({ ack: owed });
      owed = 0;
    };
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      port.close();
      if (error) reject(error);
      else resolve();
    };
    out.once("close", () => {
      if (settled) return;
      port.postMessage({ cancel: true });
      settle(new Error("the reader went away"));
    });
    port.on("message", (message: { chunk?: Uint8Array; end?: boolean; failed?: boolean }) => {
      if (message.chunk) {
        owed += message.chunk.byteLength;
        if (out.write(message.chunk)) acknowledge();
        else if (!draining) {
          draining = true;
          out.once("drain", () => {
            draining = false;
            acknowledge();
          });
        }
      } else if (message.end) settle();
      else if (message.failed) settle(new Error("the export failed"));
    });
  });
}
