// The signals the CLI passes on to a program (Program.signal): those a lesson's signal.signal() handles.
import { constants as osConstants } from "node:os";

/** SIGINT (Ctrl-C) and SIGTERM (kill's default). */
export const CAUGHT_SIGNALS = [2, 15] as const;

export function signalName(signum: number): NodeJS.Signals {
  const names = osConstants.signals as Record<string, number>;
  return (Object.keys(names).find((name) => names[name] === signum) ?? "SIGTERM") as NodeJS.Signals;
}
