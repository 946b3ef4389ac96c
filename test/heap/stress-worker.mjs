// Worker body for heap stress tests: runs one scenario on the compiled heap (dist/runtime/heap) and
// posts a result. Every worker waits on a start barrier so they really run at the same time.
import { parentPort, workerData } from "node:worker_threads";
import { Heap, EMPTY, encodeSmall, decodeSmall, hashString } from "../../dist/runtime/heap/index.js";

const { sab, off, len, slot, scenario, p, ctl } = workerData;
const heap = new Heap(sab, off, len, slot);
const bar = new Int32Array(ctl);
Atomics.add(bar, 0, 1);
Atomics.notify(bar, 0);
while (Atomics.load(bar, 1) === 0) Atomics.wait(bar, 1, 0, 10);

const result = { slot, ok: true, errors: [], count: 0, ms: 0 };
const t0 = performance.now();
function fail(msg) {
  if (result.errors.length < 10) result.errors.push(msg);
  result.ok = false;
}

heap.enter();
if (scenario === "push") {
  for (let i = 0; i < p.n; i++) {
    heap.listPush(p.list, encodeSmall(slot * p.n + i));
    if ((i & 255) === 0) heap.safepoint();
    // some readers in the mix: every get is in range or EMPTY
    if ((i & 15) === 0) {
      const n = heap.listLength(p.list);
      const w = heap.listGet(p.list, n - 1);
      if (w === EMPTY || (w & 1) !== 1) fail(`get(${n - 1}) gave ${w}`);
    }
  }
} else if (scenario === "table") {
  const out = [0, 0];
  for (let i = 0; i < p.n; i++) {
    const k = `w${slot}_${i}`;
    const h = hashString(k);
    if (heap.tableSetStr(p.table, h, k, encodeSmall(i)) !== EMPTY) fail(`new key ${k} already present`);
    // shared keys, all workers overwrite them
    const sk = `shared${i % 16}`;
    const old = heap.tableSetStr(p.table, hashString(sk), sk, encodeSmall(slot));
    if (old !== EMPTY && (decodeSmall(old) < 0 || decodeSmall(old) >= p.workers)) fail(`shared value ${old}`);
    // fixed keys inserted before the start must always be found (lock-free reads across resizes)
    const j = i % p.fixed;
    const fk = `fixed${j}`;
    const fv = heap.tableGetStr(p.table, hashString(fk), fk);
    if (fv !== encodeSmall(j)) fail(`fixed key ${fk} read ${fv}`);
    // delete one key in three of our own, a little later
    if (i >= 10 && (i - 10) % 3 === 0) {
      const dk = `w${slot}_${i - 10}`;
      if (!heap.tableDeleteStr(p.table, hashString(dk), dk, out)) fail(`delete ${dk} missed`);
      else heap.retire(out[0]);
    }
    if ((i & 63) === 0) heap.safepoint();
  }
} else if (scenario === "pin") {
  // stay inside for a while without safepoints, as a descheduled worker would
  const pin = new Int32Array(p.pin);
  Atomics.add(pin, 0, 1);
  Atomics.wait(pin, 1, 0, p.ms);
} else if (scenario === "shift") {
  // writers: insert at the front / pop from the front (in-place shifts), splice and reverse (new blocks);
  // readers: every item read is EMPTY (out of range) or a word some writer stored
  if (slot < p.writers) {
    for (let i = 0; i < p.n; i++) {
      const v = encodeSmall(1000 + slot * p.n + i);
      heap.listInsert(p.list, 0, v);
      if ((i & 7) === 0) heap.listSplice(p.list, 1, 3, [heap.listGet(p.list, 2), heap.listGet(p.list, 1)].filter((w) => w !== EMPTY));
      if ((i & 255) === 0) heap.listReverse(p.list);
      if (heap.listPop(p.list, 0) === EMPTY) fail("pop from a list that cannot be empty");
      heap.safepoint();
    }
    Atomics.add(bar, 2, 1);
  } else {
    let reads = 0;
    while (Atomics.load(bar, 2) < p.writers) {
      const n = heap.listLength(p.list);
      for (let k = 0; k < 32; k++) {
        const w = heap.listGet(p.list, (reads * 7919 + k) % (n + 4) - 2);
        if (w !== EMPTY && ((w & 1) !== 1 || decodeSmall(w) < 0 || decodeSmall(w) >= 1000 + p.writers * p.n)) fail(`read ${w}`);
        reads++;
      }
      heap.safepoint();
    }
    result.count = reads;
  }
} else if (scenario === "tablechurn") {
  // writers overwrite string values (retiring the old ones) and delete/re-insert keys (retiring keys too);
  // readers look keys up lock-free and read the strings
  const out = [0, 0];
  if (slot < p.writers) {
    for (let i = 0; i < p.n; i++) {
      const k = `key${i % p.keys}`;
      const h = hashString(k);
      if (i % 97 === 0) {
        if (heap.tableDeleteStr(p.table, h, k, out)) {
          heap.retire(out[0]);
          heap.retire(out[1]);
        }
      } else {
        const old = heap.tableSetStr(p.table, h, k, heap.allocString(`v${slot}:${i}`));
        if (old !== EMPTY) heap.retire(old);
      }
      heap.safepoint();
    }
    Atomics.add(bar, 2, 1);
  } else {
    let reads = 0;
    while (Atomics.load(bar, 2) < p.writers) {
      for (let j = 0; j < p.keys; j++) {
        const k = `key${j}`;
        const w = heap.tableGetStr(p.table, hashString(k), k);
        if (w !== EMPTY) {
          const s = heap.tag(w) === heap.TAG_STRING ? heap.readString(w) : `tag ${heap.tag(w)}`;
          const m = /^v(\d+):(\d+)$/.exec(s);
          if (!m || +m[1] >= p.writers || +m[2] % p.keys !== j) fail(`key${j} -> ${s}`);
        }
        reads++;
      }
      const it = [0, 0, 0];
      for (let pos = 0; (pos = heap.tableNext(p.table, pos, it)) >= 0; ) {
        if (heap.tag(it[0]) !== heap.TAG_STRING || heap.tag(it[1]) !== heap.TAG_STRING) fail("iteration saw a non-string");
        else if (!heap.readString(it[0]).startsWith("key")) fail("iteration key");
      }
      heap.safepoint();
    }
    result.count = reads;
  }
} else if (scenario === "overwrite") {
  if (slot < p.writers) {
    for (let i = 0; i < p.n; i++) {
      const v = (i & 1) === 0 ? heap.allocString(`w${slot}:${i}`) : heap.allocFloat(slot * 1e7 + i + 0.5);
      const old = heap.recordExchange(p.rec, 0, v);
      if (old !== EMPTY) heap.retire(old);
      heap.safepoint();
    }
    Atomics.add(bar, 2, 1);
  } else {
    let reads = 0;
    while (Atomics.load(bar, 2) < p.writers) {
      for (let k = 0; k < 64; k++) {
        const w = heap.recordGet(p.rec, 0);
        if (w === EMPTY) continue;
        const tag = heap.tag(w);
        if (tag === heap.TAG_STRING) {
          const s = heap.readString(w);
          const m = /^w(\d+):(\d+)$/.exec(s);
          if (!m || +m[1] >= p.writers || +m[2] >= p.n || +m[2] % 2 !== 0) fail(`read string ${JSON.stringify(s)}`);
        } else if (tag === heap.TAG_FLOAT) {
          const x = heap.readFloat(w);
          const wr = Math.floor(x / 1e7);
          const i = x - wr * 1e7 - 0.5;
          if (!(wr >= 0 && wr < p.writers && Number.isInteger(i) && i % 2 === 1 && i < p.n)) fail(`read float ${x}`);
        } else fail(`read tag ${tag} at ${w}`);
        reads++;
      }
      // alternate: leave/enter (as around a wait) and safepoints
      if ((reads & 1023) === 0) {
        heap.leave();
        heap.enter();
      } else heap.safepoint();
    }
    result.count = reads;
  }
}
result.ms = performance.now() - t0;
heap.detach();
parentPort.postMessage(result);
