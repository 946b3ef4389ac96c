// The REPL's Terminal on Node's TTY: stdin in raw mode (keys, escape sequences and bracketed paste
// arrive as typed), stdout for the picture, SIGWINCH resizes. dispose() gives the terminal back cooked.
import type { Disposable, Terminal } from "../repl/index.js";

export interface NodeTerminal extends Terminal {
  dispose(): void;
}

export function nodeTerminal(stdin: NodeJS.ReadStream = process.stdin, stdout: NodeJS.WriteStream = process.stdout): NodeTerminal {
  stdin.setRawMode?.(true);
  stdin.setEncoding("utf8");
  stdin.resume();
  const on = <T extends unknown[]>(emitter: NodeJS.EventEmitter, event: string, listener: (...args: T) => void): Disposable => {
    const l = listener as (...args: unknown[]) => void;
    emitter.on(event, l);
    return { dispose: () => emitter.off(event, l) };
  };
  return {
    write: (text) => void stdout.write(text),
    onData: (listener) => on<[string]>(stdin, "data", listener),
    get columns() {
      return stdout.columns || 80;
    },
    get rows() {
      return stdout.rows || 24;
    },
    onResize: (listener) => on<[]>(stdout, "resize", listener),
    dispose() {
      stdin.setRawMode?.(false);
      stdin.pause();
    },
  };
}
