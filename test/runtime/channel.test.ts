// The output channel with real writer workers and a small ring (so it wraps and fills constantly):
// ticket order, happens-before across a lock hand-off, writes larger than the ring, no split writes.
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { ChannelReader, ChannelWriter, type OutputChunk } from "../../dist/runtime/channel.js";
import { createBuffer, type Layout } from "../../dist/runtime/layout.js";

const workerUrl = new URL("./fixtures/channel-worker.mjs", import.meta.url);

/** Runs writer workers while draining like the host does; resolves with every chunk in order. */
async function drainWhile(layout: Layout, configs: object[]): Promise<OutputChunk[]> {
  const reader = new ChannelReader(layout.i32, layout.u8, layout.channelBase, layout.channelBytes);
  const chunks: OutputChunk[] = [];
  const workers = configs.map((c) => new Worker(workerUrl, { workerData: { sab: layout.sab, ...c } }));
  let finished = false;
  const all = Promise.all(
    workers.map((w) => new Promise<void>((resolve, reject) => (w.on("error", reject), w.on("message", () => resolve())))),
  ).then(() => (finished = true));
  const index = reader.commitSeqIndex;
  while (!finished) {
    const seen = Atomics.load(layout.i32, index);
    reader.drain((c) => chunks.push(c));
    const r = Atomics.waitAsync(layout.i32, index, seen, 50); // the timeout only lets us see `finished`
    if (r.async) await r.value;
  }
  await all;
  reader.drain((c) => chunks.push(c));
  await Promise.all(workers.map((w) => w.terminate()));
  return chunks;
}

describe("output channel", () => {
  it("never splits or interleaves writes, and keeps each writer's order (4 workers, 256-byte ring)", async () => {
    const layout = createBuffer({ bytes: 1 << 20, channelBytes: 256 });
    const n = 2000;
    const chunks = await drainWhile(layout, [0, 1, 2, 3].map((id) => ({ mode: "lines", id, n })));
    expect(chunks).toHaveLength(4 * n);
    const next = [0, 0, 0, 0];
    for (const { stream, text } of chunks) {
      const m = /^<w(\d) (\d+) (é*)>\n$/.exec(text);
      expect(m, text).not.toBeNull();
      const [w, i] = [Number(m![1]), Number(m![2])];
      expect(i).toBe(next[w]++);
      expect(m![3].length).toBe(i % 37);
      expect(stream).toBe(i % 5 === 0 ? 2 : 1);
    }
  });

  it("drains in ticket order: output follows a lock hand-off (happens-before)", async () => {
    const layout = createBuffer({ bytes: 1 << 20, channelBytes: 64 });
    const a = layout.locks.allocate();
    const b = layout.locks.allocate();
    layout.locks.tryAcquire(b, 9);
    const n = 3000;
    const chunks = await drainWhile(layout, [
      { mode: "pingpong", id: 0, n, a, b },
      { mode: "pingpong", id: 1, n, a: b, b: a },
    ]);
    const values = chunks.map((c) => Number(c.text));
    expect(values).toEqual(Array.from({ length: 2 * n }, (_, k) => k));
  });

  it("delivers a write much larger than the ring whole, between others' writes", async () => {
    const layout = createBuffer({ bytes: 1 << 20, channelBytes: 1024 });
    const big = Array.from({ length: 20_000 }, (_, i) => `${i}€`).join("") + "\n"; // multibyte across chunk edges
    const chunks = await drainWhile(layout, [
      { mode: "big", id: 0, big },
      { mode: "lines", id: 1, n: 500 },
    ]);
    const bigs = chunks.filter((c) => c.text.length > 1000);
    expect(bigs).toHaveLength(1);
    expect(bigs[0].text).toBe(big);
    expect(chunks).toHaveLength(501);
  });

  it("orders writes from one thread by ticket, in-process", () => {
    const layout = createBuffer({ bytes: 1 << 20, channelBytes: 128 });
    const writer = new ChannelWriter(layout.i32, layout.u8, layout.channelBase, layout.channelBytes);
    const reader = new ChannelReader(layout.i32, layout.u8, layout.channelBase, layout.channelBytes);
    const got: string[] = [];
    for (let i = 0; i < 100; i++) {
      writer.write(1, `line ${i}\n`);
      if (i % 7 === 0) reader.drain((c) => got.push(c.text)); // the ring holds ~10 lines: drain often
    }
    reader.drain((c) => got.push(c.text));
    expect(got).toEqual(Array.from({ length: 100 }, (_, i) => `line ${i}\n`));
  });
});
