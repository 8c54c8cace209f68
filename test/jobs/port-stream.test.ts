/**
 * The byte stream across a real MessageChannel: everything written arrives in order, a slow reader
 * holds the writer back (acknowledged bytes only), a reader that goes away stops the writer, and
 * a failed writer fails the reader.
 */
import { expect } from "chai";
import { PassThrough, Writable } from "node:stream";
import { MessageChannel } from "node:worker_threads";
import { drainPortInto, PortWritable } from "../../server/jobs/port-stream.js";

/** A sink that keeps what it is given and may be slow. */
class Sink extends Writable {
  readonly chunks: Buffer[] = [];
  constructor(private readonly delayMs = 0) {
    super({ highWaterMark: 64 * 1024 });
  }
  override _write(chunk: Buffer, _e: BufferEncoding, done: () => void): void {
    this.chunks.push(Buffer.from(chunk));
    if (this.delayMs) setTimeout(done, this.delayMs);
    else done();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString();
  }
}

const write = (w: Writable, data: Buffer) => new Promise<void>((resolve, reject) => w.write(data, (e) => (e ? reject(e) : resolve())));

describe("port stream", () => {
  it("carries every byte in order and ends when the writer finishes", async () => {
    const { port1, port2 } = new MessageChannel();
    const sink = new Sink();
    const drained = drainPortInto(port1, sink);
    const writer = new PortWritable(port2);
    const parts = Array.from({ length: 50 }, (_, k) => `part ${k};`);
    for (const p of parts) await write(writer, Buffer.from(p));
    await writer.finish();
    await drained;
    await new Promise<void>((resolve) => sink.end(resolve));
    expect(sink.text()).to.equal(parts.join(""));
  });

  it("holds the writer back at about a megabyte in flight while the reader takes nothing", async () => {
    const { port1, port2 } = new MessageChannel();
    const stuck = new Writable({ highWaterMark: 1, write: () => undefined }); // never takes a chunk
    void drainPortInto(port1, stuck).catch(() => undefined);
    const writer = new PortWritable(port2);
    const chunk = Buffer.alloc(256 * 1024, 97);
    let written = 0;
    for (let k = 0; k < 24; k++) writer.write(chunk, () => written++);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The window is 1 MB: the fourth 256 KB chunk fills it, and nothing past it is taken.
    expect(written, "chunks written before the writer waits").to.be.within(3, 4);
    writer.on("error", () => undefined); // the cancel below ends it with an error
    stuck.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    writer.destroy();
    port2.close();
  });

  it("carries a large export through a slow reader whole", async () => {
    const { port1, port2 } = new MessageChannel();
    const sink = new Sink(1);
    const drained = drainPortInto(port1, sink);
    const writer = new PortWritable(port2);
    for (let k = 0; k < 12; k++) await write(writer, Buffer.alloc(256 * 1024, 97 + k));
    await writer.finish();
    await drained;
    await new Promise<void>((resolve) => sink.end(resolve));
    const all = Buffer.concat(sink.chunks);
    expect(all.length).to.equal(12 * 256 * 1024);
    expect([...Array(12).keys()].map((k) => all[k * 256 * 1024])).to.deep.equal([...Array(12).keys()].map((k) => 97 + k));
  });

  it("stops the writer with an error when the reader goes away", async () => {
    const { port1, port2 } = new MessageChannel();
    const out = new PassThrough({ highWaterMark: 1024 });
    const drained = drainPortInto(port1, out);
    const writer = new PortWritable(port2);
    const emitted: string[] = [];
    writer.on("error", (e) => emitted.push(e.message));
    const rejected = drained.then(() => null, (e: Error) => e.message);
    await write(writer, Buffer.from("first"));
    out.destroy();
    expect(await rejected).to.equal("the reader went away");
    let error: Error | null = null;
    // A worker's export yields between writes, so the cancel message reaches the writer.
    for (let k = 0; k < 20 && !error; k++) {
      await new Promise((resolve) => setImmediate(resolve));
      await write(writer, Buffer.alloc(128 * 1024)).catch((e: Error) => (error = e));
    }
    expect((error as Error | null)?.message).to.equal("export cancelled by the reader");
    expect(emitted).to.deep.equal(["export cancelled by the reader"]);
  });

  it("fails the reader when the writer aborts", async () => {
    const { port1, port2 } = new MessageChannel();
    const drained = drainPortInto(port1, new Sink());
    const writer = new PortWritable(port2);
    await write(writer, Buffer.from("half"));
    writer.abort();
    let message = "";
    await drained.catch((e: Error) => (message = e.message));
    expect(message).to.equal("the export failed");
  });

  it("discards everything without a port", async () => {
    const writer = new PortWritable(null);
    await write(writer, Buffer.from("nobody reads this"));
    await writer.finish();
  });
});
