// Single-worker micro-benchmarks of the shared heap (compiled dist/runtime/heap): ns per operation.
// Run: node test/heap/bench-heap.mjs   (after building the heap). Plain JS baselines alongside.
import { Heap, EMPTY, encodeSmall, decodeSmall, hashString } from "../../dist/runtime/heap/index.js";

const BYTES = 512 << 20;
const sab = new SharedArrayBuffer(BYTES);
Heap.format(sab, 0, BYTES, 8);
const heap = new Heap(sab, 0, BYTES, 0);
heap.enter();

function bench(name, n, fn) {
  fn(Math.min(n, 100000)); // warm up
  const best = [];
  for (let r = 0; r < 3; r++) {
    const t0 = process.hrtime.bigint();
    fn(n);
    best.push(Number(process.hrtime.bigint() - t0) / n);
  }
  console.log(`${name.padEnd(44)} ${Math.min(...best).toFixed(1).padStart(7)} ns/op`);
}

const N = 1_000_000;
let sink = 0;
bench("vector push", N, (n) => {
  const l = heap.listNew();
  for (let i = 0; i < n; i++) heap.listPush(l, encodeSmall(i));
});
const L = heap.listNew();
for (let i = 0; i < N; i++) heap.listPush(L, encodeSmall(i));
bench("vector get (lock-free)", N, (n) => {
  for (let i = 0; i < n; i++) sink += heap.listGet(L, i);
});
bench("vector set", N, (n) => {
  for (let i = 0; i < n; i++) heap.listSet(L, i, encodeSmall(i));
});
bench("  JS array push (baseline)", N, (n) => {
  const a = [];
  for (let i = 0; i < n; i++) a.push(i);
});

const keys = Array.from({ length: N }, (_, i) => "key" + i);
const hashes = keys.map(hashString);
bench("hashString('keyNNNNNN')", N, (n) => {
  for (let i = 0; i < n; i++) sink += hashString(keys[i]);
});
bench("table setStr, 1M new keys (incl. resizes)", N, (n) => {
  const t = heap.tableNew();
  for (let i = 0; i < n; i++) heap.tableSetStr(t, hashes[i], keys[i], encodeSmall(i));
});
const T = heap.tableNew();
for (let i = 0; i < N; i++) heap.tableSetStr(T, hashes[i], keys[i], encodeSmall(i));
bench("table getStr, 1M keys (hit, hash given)", N, (n) => {
  for (let i = 0; i < n; i++) sink += heap.tableGetStr(T, hashes[i], keys[i]);
});
bench("table setStr, existing key (replace)", N, (n) => {
  for (let i = 0; i < n; i++) heap.tableSetStr(T, hashes[i], keys[i], encodeSmall(i + 1));
});
bench("dict counting 1M (get+set, hash computed)", N, (n) => {
  const t = heap.tableNew();
  for (let i = 0; i < n; i++) {
    const k = keys[i % 1000];
    const h = hashString(k);
    const v = heap.tableGetStr(t, h, k);
    heap.tableSetStr(t, h, k, v === EMPTY ? encodeSmall(1) : v + 2);
  }
});
const G = heap.tableNew();
const names = Array.from({ length: 40 }, (_, i) => "global_" + i);
const nh = names.map(hashString);
names.forEach((s, i) => heap.tableSetStr(G, nh[i], s, encodeSmall(i)));
bench("global read: getStr in 40-key table", 10 * N, (n) => {
  for (let i = 0; i < n; i++) {
    const j = i % 40;
    sink += heap.tableGetStr(G, nh[j], names[j]);
  }
});
const cmp = new Map(keys.map((k, i) => [k, i]));
bench("  JS Map get (baseline)", N, (n) => {
  for (let i = 0; i < n; i++) sink += cmp.get(keys[i]);
});
bench("enter() + leave() (outermost)", 10 * N, (n) => {
  heap.leave();
  for (let i = 0; i < n; i++) {
    heap.enter();
    heap.leave();
  }
  heap.enter();
});
bench("safepoint() (epoch unchanged)", 10 * N, (n) => {
  for (let i = 0; i < n; i++) heap.safepoint();
});
const rec = heap.allocRecord(16, [EMPTY]);
bench("allocString + exchange + retire (churn)", N, (n) => {
  for (let i = 0; i < n; i++) {
    const old = heap.recordExchange(rec, 0, heap.allocString("value"));
    if (old !== EMPTY) heap.retire(old);
    heap.safepoint();
  }
});
bench("allocFloat + exchange + retire (churn)", N, (n) => {
  for (let i = 0; i < n; i++) {
    const old = heap.recordExchange(rec, 0, heap.allocFloat(i + 0.5));
    if (old !== EMPTY) heap.retire(old);
    heap.safepoint();
  }
});
const s8 = heap.allocString("hello world");
bench("readString (11 chars)", N, (n) => {
  for (let i = 0; i < n; i++) sink += heap.readString(s8).length;
});
bench("stringEquals (11 chars)", N, (n) => {
  for (let i = 0; i < n; i++) sink += heap.stringEquals(s8, "hello world") ? 1 : 0;
});
const st = heap.stats();
console.log(`stats: inUse ${(st.bytesInUse / 1048576).toFixed(1)} MB, reserved ${(st.bytesReserved / 1048576).toFixed(1)} MB; sink ${sink > 0}`);
{
  const layouts = names.map(() => heap.tableLayout(G));
  const entries = names.map((s, i) => heap.tableLookup(G, nh[i], (k) => heap.stringEquals(k, s)));
  let s2 = 0;
  bench("global read via inline cache (tableValueAt)", 10 * N, (n) => {
    for (let i = 0; i < n; i++) {
      const j = i % 40;
      s2 += heap.tableValueAt(G, layouts[j], entries[j]);
    }
  });
  bench("global write via inline cache (tableSetAt)", N, (n) => {
    for (let i = 0; i < n; i++) {
      const j = i % 40;
      heap.tableSetAt(G, layouts[j], entries[j], encodeSmall(i));
    }
  });
  console.log(s2 > 0);
}
