// Broken-down time as C's struct tm (local or UTC, from a POSIX time or back: mktime) and strftime over
// it with glibc's C-locale output: time.localtime/gmtime/strftime/ctime/asctime and logging's asctime.

export interface Tm {
  year: number; mon: number; mday: number; hour: number; min: number; sec: number;
  /** Monday is 0, as Python's tm_wday. */
  wday: number;
  yday: number;
  isdst: number;
  zone: string;
  gmtoff: number;
}

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const p2 = (n: number) => String(n).padStart(2, "0");

function yearDay(y: number, m0: number, d: number): number {
  return Math.round((Date.UTC(y, m0, d) - Date.UTC(y, 0, 1)) / 86400000) + 1;
}

// Intl names a zone by the tz database's abbreviation (what glibc prints) only in some locales:
// en-US knows EST but says GMT+1 for CET, which en-GB knows, and so on.
let zoneFormats: Intl.DateTimeFormat[] | null = null;
function zoneName(d: Date, offsetMinutes: number): string {
  zoneFormats ??= ["en-US", "en-GB", "en-IN", "en-AU"].map((l) => new Intl.DateTimeFormat(l, { timeZoneName: "short" }));
  let first: string | undefined;
  for (const f of zoneFormats) {
    const name = f.formatToParts(d).find((x) => x.type === "timeZoneName")?.value;
    // (GMT+1 is no abbreviation, but GMT itself is London's winter one, as glibc's)
    if (name !== undefined && (!name.startsWith("GMT") || (name === "GMT" && offsetMinutes === 0))) return name;
    first ??= name;
  }
  return offsetMinutes === 0 ? "UTC" : first ?? "UTC";
}

/** The broken-down local time of POSIX time `t` (seconds). */
export function localTm(t: number): Tm {
  const d = new Date(Math.floor(t) * 1000);
  const y = d.getFullYear();
  // DST is in force when the offset differs from the year's standard (larger getTimezoneOffset) one
  const std = Math.max(new Date(y, 0, 1).getTimezoneOffset(), new Date(y, 6, 1).getTimezoneOffset());
  const off = d.getTimezoneOffset();
  return {
    year: y, mon: d.getMonth() + 1, mday: d.getDate(), hour: d.getHours(), min: d.getMinutes(), sec: d.getSeconds(),
    wday: (d.getDay() + 6) % 7, yday: yearDay(y, d.getMonth(), d.getDate()), isdst: off < std ? 1 : 0,
    zone: zoneName(d, off),
    gmtoff: -off * 60,
  };
}

/**
 * time.timezone, altzone, daylight and tzname as CPython computes them on glibc (init_timezone): from
 * the local times of a start of year near now and half a year later, the larger offset west of UTC
 * being standard time (so the southern hemisphere's summer is DST too).
 */
export function zoneConstants(now: number): { timezone: number; altzone: number; daylight: number; tzname: [string, string] } {
  const YEAR = (365 * 24 + 6) * 3600;
  const t = Math.floor(now / YEAR) * YEAR;
  const jan = localTm(t), jul = localTm(t + YEAR / 2);
  const janzone = -jan.gmtoff, julzone = -jul.gmtoff;
  const daylight = janzone !== julzone ? 1 : 0;
  return janzone < julzone
    ? { timezone: julzone, altzone: janzone, daylight, tzname: [jul.zone, jan.zone] }
    : { timezone: janzone, altzone: julzone, daylight, tzname: [jan.zone, jul.zone] };
}

/** The broken-down UTC time of POSIX time `t`. */
export function utcTm(t: number): Tm {
  const d = new Date(Math.floor(t) * 1000);
  const y = d.getUTCFullYear();
  return {
    year: y, mon: d.getUTCMonth() + 1, mday: d.getUTCDate(), hour: d.getUTCHours(), min: d.getUTCMinutes(), sec: d.getUTCSeconds(),
    wday: (d.getUTCDay() + 6) % 7, yday: yearDay(y, d.getUTCMonth(), d.getUTCDate()), isdst: 0, zone: "GMT", gmtoff: 0,
  };
}

/** mktime: the POSIX time of a local broken-down time. */
export function mktime(tm: Tm): number {
  return new Date(tm.year, tm.mon - 1, tm.mday, tm.hour, tm.min, tm.sec).getTime() / 1000;
}

/** asctime/ctime's fixed format: 'Mon Jan  1 12:00:00 2024'. */
export function asctime(tm: Tm): string {
  return strftimeTm("%a %b %e %H:%M:%S %Y", tm);
}

/** Weeks in an ISO year: 53 when it starts on a Thursday, or on a Wednesday in a leap year. */
function isoWeeks(year: number): number {
  const jan1 = (new Date(Date.UTC(year, 0, 1)).getUTCDay() + 6) % 7; // 0 = Monday
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return jan1 === 3 || (jan1 === 2 && leap) ? 53 : 52;
}

/** The ISO 8601 year and week of a broken-down time (glibc's %G and %V). */
function isoWeek(tm: Tm): [number, number] {
  const week = Math.floor((tm.yday - (tm.wday + 1) + 10) / 7);
  if (week < 1) return [tm.year - 1, isoWeeks(tm.year - 1)];
  if (week > isoWeeks(tm.year)) return [tm.year + 1, 1];
  return [tm.year, week];
}

export function strftimeTm(fmt: string, tm: Tm): string {
  const h12 = tm.hour % 12 || 12;
  return fmt.replace(/%(.)/g, (m, c: string) => {
    switch (c) {
      case "Y": return String(tm.year);
      case "y": return p2(tm.year % 100);
      case "C": return p2(Math.floor(tm.year / 100));
      case "m": return p2(tm.mon);
      case "d": return p2(tm.mday);
      case "e": return String(tm.mday).padStart(2, " ");
      case "H": return p2(tm.hour);
      case "I": return p2(h12);
      case "k": return String(tm.hour).padStart(2, " ");
      case "l": return String(h12).padStart(2, " ");
      case "M": return p2(tm.min);
      case "S": return p2(tm.sec);
      case "p": return tm.hour < 12 ? "AM" : "PM";
      case "a": return DAYS[tm.wday].slice(0, 3);
      case "A": return DAYS[tm.wday];
      case "b": case "h": return MONTHS[tm.mon - 1].slice(0, 3);
      case "B": return MONTHS[tm.mon - 1];
      case "j": return String(tm.yday).padStart(3, "0");
      case "w": return String((tm.wday + 1) % 7);
      case "u": return String(tm.wday + 1);
      // week of the year, the first Sunday (U) or Monday (W) starting week 1
      case "U": return p2(Math.floor((tm.yday - 1 + 7 - ((tm.wday + 1) % 7)) / 7));
      case "W": return p2(Math.floor((tm.yday - 1 + 7 - tm.wday) / 7));
      case "V": return p2(isoWeek(tm)[1]);
      case "G": return String(isoWeek(tm)[0]);
      case "g": return p2(isoWeek(tm)[0] % 100);
      case "c": return strftimeTm("%a %b %e %H:%M:%S %Y", tm);
      case "x": case "D": return strftimeTm("%m/%d/%y", tm);
      case "X": case "T": return strftimeTm("%H:%M:%S", tm);
      case "R": return strftimeTm("%H:%M", tm);
      case "F": return strftimeTm("%Y-%m-%d", tm);
      case "r": return strftimeTm("%I:%M:%S %p", tm);
      case "z": { if (tm.isdst < 0) return ""; /* glibc: no offset for an unknown DST */ const o = Math.abs(tm.gmtoff) / 60; return (tm.gmtoff < 0 ? "-" : "+") + p2(Math.floor(o / 60)) + p2(o % 60); }
      case "Z": return tm.zone;
      case "n": return "\n";
      case "t": return "\t";
      case "%": return "%";
      default: return m;
    }
  });
}
