// Readable line diffs for test failures: a unified-style diff built from a longest-common-subsequence
// table (programs' outputs are small), with invisible differences (trailing spaces, a missing final
// newline, tabs) made visible.
const CONTEXT = 3;

function show(line: string): string {
  return line.replace(/\t/g, "→").replace(/ +$/, (s) => "·".repeat(s.length));
}

export function lineDiff(expected: string, actual: string, label = "output"): string {
  if (expected === actual) return "";
  if (expected === "" || actual === "") {
    const shown = (t: string) => (t === "" ? "  (empty)" : t.replace(/\n$/, "").split("\n").map((l) => `  ${show(l)}`).join("\n"));
    return `--- expected ${label}\n${shown(expected)}\n+++ actual ${label}\n${shown(actual)}`;
  }
  const splitLines = (t: string) => (t.endsWith("\n") ? t.slice(0, -1) : t).split("\n");
  const a = splitLines(expected);
  const b = splitLines(actual);
  if (a.length * b.length > 4_000_000) {
    return `--- expected ${label} (${a.length} lines)\n+++ actual ${label} (${b.length} lines)\n(too large to diff)`;
  }
  // lcs[i][j] = LCS length of a[i..] and b[j..]
  const lcs: Uint32Array[] = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const ops: { op: " " | "-" | "+"; text: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) ops.push({ op: " ", text: a[i++] }), j++;
    else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push({ op: "-", text: a[i++] });
    else ops.push({ op: "+", text: b[j++] });
  }
  const keep = ops.map((o, k) => o.op !== " " || ops.slice(Math.max(0, k - CONTEXT), k + CONTEXT + 1).some((x) => x.op !== " "));
  const lines = [`--- expected ${label}`, `+++ actual ${label}`];
  let skipped = false;
  ops.forEach((o, k) => {
    if (keep[k]) {
      lines.push(`${o.op} ${show(o.text)}`);
      skipped = false;
    } else if (!skipped) {
      lines.push("  ...");
      skipped = true;
    }
  });
  if (expected.endsWith("\n") !== actual.endsWith("\n")) lines.push(`(final newline: expected ${expected.endsWith("\n")}, actual ${actual.endsWith("\n")})`);
  return lines.join("\n");
}

/** Diff of the three observable results of a program run. */
export function outcomeDiff(
  expected: { stdout: string; stderr: string; status: number | null },
  actual: { stdout: string; stderr: string; status: number | null },
): string {
  const parts: string[] = [];
  if (expected.status !== actual.status) parts.push(`exit status: expected ${expected.status}, actual ${actual.status}`);
  const o = lineDiff(expected.stdout, actual.stdout, "stdout");
  if (o) parts.push(o);
  const e = lineDiff(expected.stderr, actual.stderr, "stderr");
  if (e) parts.push(e);
  return parts.join("\n\n");
}
