// Deadlock detection on the host: read what every live thread waits for (the thread table's wait
// records, the lock words' holders, the per-lock info), build the wait-for graph, and decide.
//
// A thread is *stuck* when it waits with no timeout for a lock that some thread holds, or for a thread
// that is still alive (join). Sleeps, timed waits, input() and the runtime's own waits never are.
// Two rules, both free of false reports for correct programs:
//  1. a cycle of two or more stuck threads, each waiting for a lock held by (or a thread joined by) the
//     next, is reported even while other threads run: locks in the cycle must be mutexes (never released
//     by a thread other than their holder), so no other thread can be expected to break it;
//  2. when every live thread is stuck, nothing can ever wake any of them: reported, whatever the graph
//     (this covers a thread acquiring a Lock it holds, a Condition never notified, MainThread joining a
//     thread stuck forever).
// A self-loop (a thread waiting for a lock it holds) is only reported by rule 2: a lock acquired in one
// thread and released in another is how lessons signal between threads.
import { H, LI, LI_LINE_MASK, LI_SIGNAL, LI_WAITER, type Layout, SESSION_LINE, STDIN_LOCK, T, ThreadState, WaitKind } from "./layout.js";
import type { ThreadTable } from "./thread-table.js";

export interface ThreadSnapshot {
  slot: number;
  ident: number;
  name: string;
  daemon: boolean;
  state: number;
  kind: WaitKind;
  target: number;
  timed: boolean;
  /** Python line of the wait (0: none, e.g. the end of the program). */
  line: number;
  /** Counts the thread's waits: the same value twice means it never left this wait. */
  waitSeq: number;
}

export interface LockSnapshot {
  id: number;
  /** Holder slot, or -1 when free. */
  holder: number;
  acquireLine: number;
  allocLine: number;
  /** Released once by a thread other than its holder (a signal, not a mutex). */
  signal: boolean;
  /** A thread's Condition waiter (LI_WAITER): waiting for it is waiting to be notified. */
  waiter: boolean;
}

export interface Snapshot {
  threads: ThreadSnapshot[];
  locks: Map<number, LockSnapshot>;
  /** The lock MainThread holds until its code is done (H.MAIN_END_LOCK), -1: none. */
  mainEnd?: number;
}

/** Reads the live threads and the locks they wait for (each word once, atomically). */
export function takeSnapshot(layout: Layout, table: ThreadTable): Snapshot {
  const i32 = layout.i32;
  const threads: ThreadSnapshot[] = [];
  const locks = new Map<number, LockSnapshot>();
  const high = Atomics.load(i32, H.HIGH_SLOT);
  for (let slot = 0; slot < high; slot++) {
    const state = table.state(slot);
    if (state !== ThreadState.Starting && state !== ThreadState.Running) continue;
    const waitSeq = Atomics.load(i32, table.word(slot, T.WAIT_SEQ));
    const w = table.waitRecord(slot);
    threads.push({
      slot,
      ident: table.ident(slot),
      name: table.name(slot),
      daemon: Atomics.load(i32, table.word(slot, T.DAEMON)) !== 0,
      state,
      kind: w.kind,
      target: w.target,
      timed: w.timed,
      line: w.line,
      waitSeq,
    });
    if (w.kind === WaitKind.Lock && !locks.has(w.target)) {
      const alloc = Atomics.load(i32, layout.lockInfoWord(w.target, LI.ALLOC));
      locks.set(w.target, {
        id: w.target,
        holder: layout.locks.holder(w.target),
        acquireLine: Atomics.load(i32, layout.lockInfoWord(w.target, LI.ACQUIRE_LINE)),
        allocLine: alloc & LI_LINE_MASK,
        signal: (alloc & LI_SIGNAL) !== 0,
        waiter: (alloc & LI_WAITER) !== 0,
      });
    }
  }
  return { threads, locks, mainEnd: Atomics.load(i32, H.MAIN_END_LOCK) - 1 };
}

/** One thread of a deadlock and what it waits for. */
export interface DeadlockEntry {
  thread: ThreadSnapshot;
  /** The lock waited for (kind Lock), or undefined for a join. */
  lock?: LockSnapshot;
  /** The thread that holds the lock, or the thread joined; undefined if the holder is gone. */
  next?: ThreadSnapshot;
}

export interface Deadlock {
  /** "cycle": rule 1 (others may still run); "all": rule 2 (every live thread is stuck). */
  rule: "cycle" | "all";
  /** The stuck threads, the cycle first (in its order), then the others. */
  entries: DeadlockEntry[];
  /** Identifies this exact state: the same key later means no thread in it moved. */
  key: string;
}

/** Decides whether `snap` holds a deadlock. */
export function findDeadlock(snap: Snapshot): Deadlock | null {
  const bySlot = new Map<number, ThreadSnapshot>();
  const byIdent = new Map<number, ThreadSnapshot>();
  for (const t of snap.threads) {
    bySlot.set(t.slot, t);
    byIdent.set(t.ident, t);
  }
  // Each stuck thread and where its edge leads (undefined: nowhere alive).
  const stuck = new Map<number, DeadlockEntry>();
  for (const t of snap.threads) {
    if (t.state !== ThreadState.Running || t.timed) continue;
    if (t.kind === WaitKind.Lock) {
      if (t.target === STDIN_LOCK) continue; // behind a thread in input()
      const lock = snap.locks.get(t.target);
      if (!lock || lock.holder < 0) continue; // free: the waiter is about to take it
      // (main_thread().join() waits for MainThread's end lock: said as the join it is)
      stuck.set(t.slot, { thread: t, lock: t.target === snap.mainEnd ? undefined : lock, next: bySlot.get(lock.holder) });
    } else if (t.kind === WaitKind.Join) {
      const next = byIdent.get(t.target);
      if (!next) continue; // finished: the joiner is about to return
      stuck.set(t.slot, { thread: t, next });
    }
  }
  if (stuck.size === 0) return null;

  // Rule 1: a cycle of two or more, through mutexes and joins only.
  let cycle: DeadlockEntry[] | null = null;
  for (const start of stuck.values()) {
    const path: DeadlockEntry[] = [];
    const seen = new Set<number>();
    let e: DeadlockEntry | undefined = start;
    while (e && !seen.has(e.thread.slot)) {
      seen.add(e.thread.slot);
      path.push(e);
      if ((e.lock && e.lock.signal) || !e.next) {
        e = undefined;
        break;
      }
      e = stuck.get(e.next.slot);
    }
    if (!e) continue;
    const at = path.findIndex((p) => p.thread.slot === e!.thread.slot);
    const loop = path.slice(at);
    if (loop.length >= 2) {
      cycle = loop;
      break;
    }
  }
  const everyone = snap.threads.every((t) => stuck.has(t.slot));
  if (!cycle && !everyone) return null;

  const entries: DeadlockEntry[] = cycle ? [...cycle] : [];
  if (!cycle) {
    // Show a self-loop or the end of a chain first, then the rest in slot order.
    const self = [...stuck.values()].find((e) => e.next?.slot === e.thread.slot);
    if (self) entries.push(self);
  }
  const inCycle = new Set(entries.map((e) => e.thread.slot));
  // The others waiting on the stuck ones (everyone, under rule 2; under rule 1, those whose chain leads in).
  for (const e of stuck.values()) {
    if (inCycle.has(e.thread.slot)) continue;
    if (!everyone) {
      let x: DeadlockEntry | undefined = e;
      const seen = new Set<number>();
      while (x && !inCycle.has(x.thread.slot) && !seen.has(x.thread.slot)) {
        seen.add(x.thread.slot);
        x = x.next && !(x.lock && x.lock.signal) ? stuck.get(x.next.slot) : undefined;
      }
      if (!x || !inCycle.has(x.thread.slot)) continue;
    }
    entries.push(e);
  }
  const key =
    (cycle ? "cycle:" : "all:") +
    entries
      .map((e) => `${e.thread.slot}.${e.thread.waitSeq}`)
      .sort()
      .join(",");
  return { rule: cycle ? "cycle" : "all", entries, key };
}

/** What a report needs besides the snapshot: how to name a lock and show a line. */
export interface ReportContext {
  /** The script's file name as given (tracebacks show it). */
  file: string;
  /** The script's source, to name locks from their creation line and show the waiting lines. */
  source?: string;
  /** The last line of the report (default: the program stops with exit status 3). */
  ending?: string;
  /**
   * Sessions: each input's text by its number (H.INPUT). Recorded lines then are
   * (input << SESSION_LINE) | line, where input is the one MainThread was running when the line was
   * recorded; code defined by an earlier input is found by searching back from it (see locate()).
   */
  inputs?: ReadonlyMap<number, { source: string; file: string }>;
}

/** A recorded line, resolved: the file and line to show, and the code there if known. */
interface Place {
  file: string;
  line: number;
  text?: string;
}

/**
 * Resolves recorded lines. In a program the line is the script's. In a session it is a line of the input
 * running when it was recorded, or of an earlier one (a function typed before, called now): the latest
 * input, going back from that one, whose line there satisfies `fits` (e.g. mentions the lock) is taken.
 */
function resolver(context: ReportContext) {
  const cache = new Map<number, string[]>();
  const linesOf = (n: number): string[] | undefined => {
    const input = context.inputs?.get(n);
    if (!input) return undefined;
    let lines = cache.get(n);
    if (!lines) cache.set(n, (lines = input.source.split("\n")));
    return lines;
  };
  const main = context.source?.split("\n") ?? [];
  const mask = (1 << SESSION_LINE) - 1;
  return (recorded: number, fits: (text: string) => boolean = () => true): Place => {
    if (!context.inputs) return { file: context.file, line: recorded, text: main[recorded - 1]?.trim() || undefined };
    const line = recorded & mask;
    const from = recorded >>> SESSION_LINE;
    for (let n = from; n > 0 && line > 0; n--) {
      const text = linesOf(n)?.[line - 1];
      if (text !== undefined && fits(text)) return { file: context.inputs.get(n)!.file, line, text: text.trim() || undefined };
    }
    return { file: context.inputs.get(from)?.file ?? "<stdin>", line };
  };
}

/** A thread as a lesson names it: `Thread-1 (worker_one)`; MainThread as is. */
function threadName(t: ThreadSnapshot): string {
  return t.name;
}

const LOCK_MAKERS = /\b(Lock|RLock|allocate_lock|allocate|Condition|Semaphore|BoundedSemaphore|Event)\s*\(/;

/**
 * A lock's name: the variable its creation line binds (`lock_b = Lock()` → lock_b, `self.lock = ...` →
 * self.lock), else `<Lock at line 3>`. The runtime records where each lock was made (one store per
 * allocation); the name is read from that line of the source only when a report is written. A line that
 * makes several (`a = Lock(); b = Lock()`) does not say which lock is which: the report picks the one
 * its waiting line mentions (formatDeadlock), elsewhere it is `<Lock at line 3>`.
 */
export function lockName(allocLine: number, lines: readonly string[]): string {
  const names = allocLine > 0 ? lockNames(lines[allocLine - 1]) : [];
  if (names.length === 1) return names[0];
  return allocLine > 0 ? `<Lock at line ${allocLine}>` : "<Lock>";
}

/** The variables a line binds to new locks, one per statement (`a = Lock(); b = Lock()`: a, b). */
function lockNames(text: string | undefined): string[] {
  const names: string[] = [];
  for (const statement of text?.split(";") ?? []) {
    const m = /^\s*([A-Za-z_][\w.]*)\s*(?::[^=]*)?=(?!=)(.*)$/.exec(statement);
    if (m && LOCK_MAKERS.test(m[2]) && !/^\s*\(?\s*[A-Za-z_][\w.]*\s*,/.test(m[2])) names.push(m[1]);
  }
  return names;
}

/** The report printed on stderr (and handed to onDeadlock listeners). */
export function formatDeadlock(d: Deadlock, context: ReportContext): string {
  const locate = resolver(context);
  const where = (p: Place) => `File "${p.file}", line ${p.line}`;
  const code = (p: Place) => (p.line > 0 && p.text ? `\n        ${p.text}` : "");
  // The line a thread waits at, or where a holder took a lock, mentions the lock when it has a name.
  const mentions = (name: string) => (name.startsWith("<") ? undefined : (text: string) => new RegExp(`\\b${name.replace(/\./g, "\\.")}\\b`).test(text));
  /** The lock's name; of several made on its line, the one mentioned where it is waited for or taken. */
  const nameOf = (allocLine: number, waitLine: number, acquireLine: number) => {
    const p = locate(allocLine, (text) => lockNames(text).length > 0);
    const names = lockNames(p.text);
    if (names.length === 1) return names[0];
    for (const line of [waitLine, acquireLine]) {
      const text = locate(line).text ?? "";
      const mentioned = names.filter((name) => mentions(name)!(text));
      if (mentioned.length === 1) return mentioned[0];
    }
    return lockName(p.line, []);
  };
  const out: string[] = [];
  out.push(
    d.rule === "cycle"
      ? "Deadlock: these threads wait for each other, so none of them can ever go on:\n"
      : "Deadlock: every thread is waiting, and none of them can ever wake the others:\n",
  );
  let notified = false;
  for (const e of d.entries) {
    const t = e.thread;
    if (e.lock?.waiter) {
      // Its own waiter lock, which only a notify releases: the lock is the library's, not the program's.
      notified = true;
      const waits = locate(t.line);
      out.push(`  ${threadName(t)} waits to be notified\n    ${waits.line > 0 ? where(waits) : "(at the end of the program)"}${code(waits)}\n`);
    } else if (e.lock) {
      const name = nameOf(e.lock.allocLine, t.line, e.lock.acquireLine);
      const waits = locate(t.line, mentions(name));
      const at = waits.line > 0 ? where(waits) : "(at the end of the program)";
      out.push(`  ${threadName(t)} waits to acquire ${name}\n    ${at}${code(waits)}\n`);
      const holder = e.next;
      const took = locate(e.lock.acquireLine, mentions(name));
      const tookAt = took.line > 0 ? ` at line ${took.line}` : "";
      if (!holder) out.push(`    ${name} is held by a thread that has finished\n`);
      else if (holder.slot === t.slot)
        out.push(`    ${name} is held by ${threadName(t)} itself, which acquired it${tookAt}${code(took)}\n`);
      else out.push(`    ${name} is held by ${threadName(holder)}, which acquired it${tookAt}${code(took)}\n`);
    } else {
      const joined = e.next ? threadName(e.next) : "a thread";
      const waits = locate(t.line, (text) => /\bjoin\b/.test(text));
      const at = waits.line > 0 ? where(waits) : "(at the end of the program)";
      const why = waits.line > 0 ? "" : " (a program ends by joining its threads)";
      out.push(`  ${threadName(t)} waits for ${joined} to finish (join)${why}\n    ${at}${code(waits)}\n`);
    }
  }
  if (notified) {
    out.push(
      "  (Condition.wait waits to be notified, and so does what waits through one: Event.wait, Queue.get and\n" +
        "  put, Semaphore.acquire, Barrier.wait, Future.result. Only another thread can notify it.)\n",
    );
  }
  out.push(context.ending ?? "pyt stopped the program (exit status 3); with --no-deadlock-check it would hang, as CPython does.\n");
  return out.join("");
}
