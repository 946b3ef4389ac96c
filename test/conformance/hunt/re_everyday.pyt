# test hunt: re: named groups over a log, findall/sub/split/escape, flags, lookarounds, backreferences, re.error positions
import re
log = """2024-01-05 10:00:01 INFO  worker-1 started job=42
2024-01-05 10:00:02 ERROR worker-2 failed job=43 reason="disk full"
2024-01-05 10:00:03 WARN  worker-1 slow job=42 took=3.5s"""
pat = re.compile(r"^(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+)\s+(?P<who>[\w-]+) (?P<msg>.*)$", re.M)
for m in pat.finditer(log):
    print(m["level"], m.group("who"), m.groupdict()["msg"], m.span("msg"), m.lastgroup, m.lastindex)
print(re.findall(r"job=(\d+)", log), re.findall(r"(\w+)=(\S+)", log), re.findall(r"\d{2}:\d{2}", log)[:2])
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", "on 2024-01-05"), re.sub(r"(?P<n>\d+)", r"<\g<n>>", "a1b22"), re.subn(r"o", "0", "foo boo"))
print(re.split(r"\s*[,;]\s*", "a , b;c ;d"), re.split(r"(\d)", "a1b2c"), re.split(r"x*", "abc"), re.split(",", "a,b,c", maxsplit=1))
print(re.match(r"\d+", "123abc").group(), re.match(r"\d+", "abc"), re.search(r"b+", "abbbc").span(), re.fullmatch(r"a|ab", "ab"))
print(re.escape("a.b*c?(d)[e]{f}|g^h$i\\j k"), re.compile("a", re.I | re.M).flags, re.I, re.IGNORECASE | re.DOTALL)
m = re.match(r"(a)(b)?(c)", "ac")
print(m.groups(), m.groups("-"), m.group(0, 1, 2), m.start(2), m.end(3), m.string, m.re.pattern, m.pos, m.endpos, repr(m)[:40])
print(re.sub(r"\w+", lambda mo: mo.group().upper()[::-1], "hello world"), re.sub("a", r"\n", "bab"), re.sub("", "-", "abc"))
print(re.findall(r"(?i)hello", "Hello HELLO hello"), re.findall(r"^\w", "a\nb", re.M), re.findall(r".", "a\nb", re.S), re.findall(r"\bcat\b", "cat concat cat."))
print(re.findall(r"[\u00e9\w]+", "café naïve"), re.findall(r"\d", "٣4"), re.findall(r"(?a)\w+", "café"), re.search(r"(?<=\$)\d+", "cost $42").group())
print(re.findall(r"a(?=b)", "ab ac ab"), re.findall(r"a(?!b)", "ab ac ab"), re.findall(r"(\w)\1", "aabbcd"), re.sub(r"(?P<x>a)", r"\g<x>\g<0>", "a"))
for bad in ["(", "[a-", "a{2,1}", "*a", r"\p", "(?P<1>x)", "a)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "->", e, e.pos)
print(type(pat).__name__, pat.groups, pat.groupindex["level"], re.compile(r"\d").pattern, pat.search(log, 50).group("who"))
print(re.findall(r"\d+(?:\.\d+)?", "3.14 and 42 and 1.0e3"), re.match(r"(?x) \d+  # digits", "12").group())
print(bool(re.match(r"^[\w.+-]+@[\w-]+\.[\w.]+$", "a.b+c@ex-ample.co.uk")), re.sub(r"\s+$", "", "trail   "), re.sub(r"^\s+|\s+$", "", "  both  "))
