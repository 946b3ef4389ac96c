// The banner's wording, shared by the terminal and the web page.
export const HELP_TEXT = "type help() for help, exit() or Ctrl-D to leave";

export function banner(version: string): string {
  return `pyt ${version} (threads on workers) — ${HELP_TEXT}`;
}
