// repl/'s public surface: the REPL on any Terminal (Node's TTY in cli/, xterm.js in web/).
export { Repl, columns } from "./repl.js";
export type { ReplOptions, ReplSession, Completeness } from "./repl.js";
export type { Terminal, Disposable } from "./terminal.js";
export { History, HISTORY_LIMIT } from "./history.js";
export { KeyParser, type Key } from "./keys.js";
export { LineEditor, expandTabs } from "./line-editor.js";
export { banner } from "./help.js";
