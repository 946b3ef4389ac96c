// The few host globals runtime/ core uses that lib es2022 does not declare. Node workers and Web
// Workers both provide them; declaring them here keeps the core free of Node and DOM types.
declare const performance: { now(): number; readonly timeOrigin: number };
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
interface Atomics {
  waitAsync(
    typedArray: Int32Array,
    index: number,
    value: number,
    timeout?: number,
  ): { async: false; value: "not-equal" | "timed-out" } | { async: true; value: Promise<"ok" | "timed-out"> };
}
// Timers (the host's deadlock watch debounce and the trace drain); both platforms have them.
declare function setTimeout(callback: () => void, ms?: number): unknown;
declare function setInterval(callback: () => void, ms?: number): unknown;
declare function clearInterval(handle: unknown): void;
