// Unicode 14.0's East_Asian_Width W and F code points (CPython 3.11's unicodedata), which CPython's
// traceback counts as two columns when it places carets under a source line (traceback._display_width).
// Generated from unicodedata over assigned code points (CPython also says W for unassigned ones; a range
// here spans the unassigned between its wide ones): "gap.length" in base 36, gap from the previous end + 1.
const ENCODED =
  "3cw.2n,3i2.1,d.1,5a.3,3.0,2.0,eh.1,l.1,1e.b,17.0,j.0,d.0,8.1,h.1,5.1,8.0,5.0,l.0,7.1,1.0,4.0,2.0,7.0,4.1,s.0,z" +
  ".0,1.0,4.2,1.0,1p.2,o.0,e.0,nv.1,1f.0,4.0,mi.ce,2.ee,8.5f3,1s.h52,wp.s,hv.8mb,6l8.d5,mu.9,m.1n,45.2n,3j.6,m49." +
  "d97,c20.0,5m.0,5a.0,2.9,2t.80,c.8,1.1x,1.l,c.16,4.4,c.g,3.0,3.1y,1.0,1.56,2.1q,d.3,1.n,i.0,q.1,d.0,2e.2c,1c.1x" +
  ",6.0,3.2,2.a,b.1,7.8,6b.g,7v.1a,1.9,1.54,34.3q,zt.1idm";

let starts: number[] | null = null, ends: number[] = [];

function decode(): void {
  starts = [];
  let prev = 0;
  for (const part of ENCODED.split(",")) {
    const [gap, len] = part.split(".");
    const a = prev + parseInt(gap, 36), b = a + parseInt(len, 36);
    starts.push(a); ends.push(b);
    prev = b + 1;
  }
}

/** 2 for a wide or fullwidth code point, else 1. */
export function displayWidth(cp: number): number {
  if (cp < 0x1100) return 1;
  if (starts === null) decode();
  const s = starts!;
  let lo = 0, hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < s[mid]) hi = mid - 1;
    else if (cp > ends[mid]) lo = mid + 1;
    else return 2;
  }
  return 1;
}
