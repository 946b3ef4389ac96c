# Generates test/lib/fixtures/*.json: expected values for interpreter/lib, computed by CPython 3.11.
# Run once with `python3 test/lib/gen_fixtures.py`; the tests read the committed JSON only.
# Encoding: int -> {"i": hex(v)}, float -> {"f": repr}, str/bool/None as JSON, list/tuple -> array,
# tuple -> {"t": [...]}, dict -> {"d": [[k, v], ...]}, Obj() -> {"obj": "Obj"}, exception -> {"err": type, "msg": str(e)}.
import json, math, os, random, sys

OUT = os.path.join(os.path.dirname(__file__), "fixtures")
R = random.Random(12345)

def enc(v):
    if isinstance(v, bool) or v is None or isinstance(v, str): return v
    if isinstance(v, int): return {"i": hex(v)}
    if isinstance(v, float): return {"f": repr(v)}
    if isinstance(v, tuple): return {"t": [enc(x) for x in v]}
    if isinstance(v, list): return [enc(x) for x in v]
    if isinstance(v, Obj): return {"obj": "Obj"}
    if isinstance(v, dict): return {"d": [[enc(k), enc(x)] for k, x in v.items()]}
    raise TypeError(type(v))

def case(fn, f, *args):
    try:
        out = enc(f(*args))
    except Exception as e:
        out = {"err": type(e).__name__, "msg": str(e) if not isinstance(e, KeyError) else repr(e.args[0])}
    return [fn, [enc(a) for a in args], out]

def dump(name, cases):
    with open(os.path.join(OUT, name + ".json"), "w") as fh:
        json.dump(cases, fh, ensure_ascii=False, indent=0)
    print(name, len(cases))

def interesting_floats():
    xs = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 2.675, 1e-5, 1e-4, 0.0001234, 1e15, 1e16, 1e17, 1e22, 1e100,
          1e-100, 5e-324, 1.7976931348623157e308, 123456789.0, 1234.5, 100.0, 0.3, 2/3, math.pi, -math.e,
          1.2345678901234567e20, 9.999999999999999e15, 0.125, 0.0625, 99.55, 1e21, 12345678.0, 0.35, 1.05,
          float("inf"), float("-inf"), float("nan"), 4.35, 0.045, 1e-7, 123.456, 9.5, 10.5, -2.5]
    for _ in range(60):
        xs.append(R.uniform(-1e6, 1e6))
        xs.append(math.ldexp(R.random(), R.randint(-60, 80)) * R.choice([1, -1]))
    return xs

def gen_float():
    cases = [case("repr", repr, x) for x in interesting_floats()]
    for x in interesting_floats()[:50] + [float(R.randint(-10**6, 10**6)) / 8 for _ in range(20)]:
        for spec in ["", ".0f", ".1f", ".2f", ".3f", "f", ".0e", ".2e", "e", "E", "g", ".3g", ".1g", "G", ".10g", "#g",
                     "%", ".1%", ".3", ".0", "#.0f", "#.0e", "n", ".17g", "r" if False else ".12", "z.1f", "+", " .2f",
                     ",.2f", "_.3f", ",", "012,.2f", "0=+12.3f", "*^15.4e", "<10g", "F", ".20f", ".30g"]:
            cases.append(case("formatFloat", format, x, spec))
    for x in [2.675, 0.5, 1.5, 2.5, -0.5, 0.125, 0.375, 1e300, 1.005, 5e-324]:
        for p in range(0, 6):
            cases.append(case("percentFloat", lambda x, p: "%.*f" % (p, x), x, p))
    dump("float-format", cases)

def gen_format_int_str():
    cases = []
    ints = [0, 1, -1, 7, 42, -42, 255, -255, 1234, 123456789, -123456789, 2**31, 2**53 + 1, -(2**64), 10**30, 65, 0x1F600]
    specs = ["", "d", "5", "<5", ">5", "^5", "^6", "=8", "*^9", "0>8", "08", "+", "-", " ", "+08", "#x", "#X", "#o", "#b",
             "x", "X", "o", "b", "_b", "_x", "#_x", "#010_x", ",", "_", "010,", "08,", "012_", ",d", "c", "n", "e", ".2f",
             "%", "g", "E", ",.2f", "s", ".2", ".2d", "z", "#c", "+c", ",x", ",n", ",_", "_,", ".", "abc", "c,", "x<+10,",
             "#>+12_b", "=+10", " =10", "^+#12x", "\u00e9^9", "=010"]
    for v in ints:
        for s in specs:
            cases.append(case("formatInt", format, v, s))
    for s in ["", "d", ">5", "c", "x", ".1f"]:
        cases.append(case("formatInt", format, True, s))
        cases.append(case("formatInt", format, False, s))
    strs = ["", "a", "abc", "hello world", "\u00e9t\u00e9", "\U0001F600x"]
    for v in strs:
        for s in ["", "s", "5", "<5", ">5", "^5", "^6", "*^7", "05", ".2", "10.2", "^7.2", "=5", "+", " ", "#", "z", ",", "_",
                  "d", "x", ".", "abc", "0<6", "x<0"]:
            cases.append(case("formatStr", format, v, s))
    dump("format-int-str", cases)

class Obj:
    real = 5
    def __repr__(self): return "Obj()"
    def __format__(self, spec): return "OBJ" + spec

def gen_template():
    cases = []
    T = [("{}", [1], {}), ("{0} {1} {0}", ["a", "b"], {}), ("{a}-{b}", [], {"a": 1, "b": 2.5}), ("{:>8}|{:<8}|{:^8}", [1, "x", 2.5], {}),
         ("{0[0]} {0[1]}", [[10, 20]], {}), ("{d[k]}", [], {"d": {"k": "v"}}), ("{0!r} {0!s} {0!a}", ["\u00e9'"], {}),
         ("{:{w}.{p}f}", [3.14159], {"w": 10, "p": 2}), ("{:*^{}}", ["x", 7], {}), ("{{}} {{{}}}", [5], {}), ("{0:{1}}", [42, "x"], {}),
         ("{", [], {}), ("}", [], {}), ("{0", [1], {}), ("{!}", [1], {}), ("{!x}", [1], {}), ("{!r", [1], {}), ("{!rr}", [1], {}),
         ("{0.}", [1], {}), ("{0[}", [1], {}), ("{0[0]x}", [[1]], {}), ("{a}", [], {}), ("{}{0}", [1], {}), ("{0}{}", [1], {}),
         ("{1}", [1], {}), ("{:{:{}}}", [1, 2, 3], {}), ("{0:{", [1], {}), ("{:}}", [1], {}), ("{-1}", [1], {}), ("{ 0}", [1], {}),
         ("{:,}", [1234567], {}), ("{:08.3f}", [-3.14159], {}), ("{0.real}", [Obj()], {}), ("{0:abc}", [Obj()], {}),
         ("{!r:>10}", ["hi"], {}), ("{0[a]}", [{"a": 1}], {}), ("{0}", [None], {}), ("{}", [True], {}), ("{:d}", [True], {}),
         ("{:5}", [None], {}), ("a{{b}}c", [], {}), ("{:x}", ["s"], {}), ("{:.2}", [3], {}), ("}}{{", [], {}), ("{0[0]", [[1]], {}),
         ("{0]}", [1], {}), ("{0.a.b[1]}", [1], {})]
    for t, a, k in T:
        cases.append(case("template", lambda t, a, k: t.format(*a, **k), t, a, k))
    dump("template", cases)

def gen_percent():
    cases = []
    P = [("%d", 5), ("%d", -5), ("%5d|", 3), ("%-5d|", 3), ("%05d", -3), ("%+d", 3), ("% d", 3), ("%x", 255), ("%#x", 255),
         ("%#X", 255), ("%#o", 8), ("%o", -8), ("%#08x", 255), ("%+#08x", 255), ("%.3d", 5), ("%.5x", 255), ("%#.5x", 255),
         ("%s", "abc"), ("%5s|", "ab"), ("%-5s|", "ab"), ("%.2s", "abc"), ("%r", "x"), ("%a", "\u00e9"), ("%c", 65), ("%c", "z"),
         ("%f", 3.14159), ("%.2f", 2.675), ("%.0f", 0.5), ("%.0f", 1.5), ("%e", 12345.678), ("%E", 0.000123), ("%g", 1e-5),
         ("%g", 100000), ("%g", 1000000), ("%#g", 1.0), ("%G", 1e-10), ("%10.3f|", -3.14159), ("%-10.3e|", 3.14159),
         ("%08.2f", -1.5), ("% 08.2f", -1.5), ("%s %s", (1, 2)), ("%s", (1,)), ("%d%%", 50), ("%%", ()), ("%s", [1, 2]),
         ("%(a)s %(b)d", {"a": "x", "b": 2}), ("%(a)s", 1), ("%d", "a"), ("%d %d", (1,)), ("%d", (1, 2)), ("%", ()), ("%y", 1),
         ("%*d", (5, 3)), ("%-*d|", (5, 3)), ("%*d", (-5, 3)), ("%.*f", (2, 1.2345)), ("%*d", ("a", 1)), ("%x", 1.5),
         ("%c", "ab"), ("%c", 1.5), ("%f", "a"), ("%c", 2000000), ("%i", 3.9), ("%d", -3.99), ("%u", -3), ("%d", True),
         ("%x", True), ("%s", None), ("%r", 1.0), ("%s", 1e16), ("%d", 2**70), ("%x", 2**70), ("%05s", "ab"), ("%5%", (1,)),
         ("hello", 5), ("hello", {"a": 1}), ("%(a", {"a": 1}), ("%.3", 1), ("%s %", 1), ("%05f", float("inf")), ("%+f", float("nan")),
         ("%f", -0.0), ("%d", -0.0), ("%.1r", "xyz"), ("%10r|", "x"), ("%i", "1"), ("%o", "x"), ("%e", None), ("%c", None),
         ("%(a)d", {}), ("%z", ()), ("%s and %s", ("a", "b")), ("%-+5d|", 3), ("%0-5d|", 3), ("%#.0f", 3.0), ("%#.0e", 3.0)]
    for f, v in P:
        cases.append(case("percent", lambda f, v: f % v, f, v))
    dump("percent", cases)

def gen_str():
    cases = []
    S = ["", "a", "  a b  c  ", "a,b,,c,", "hello world", "Hello World", "\tx\ny\r\nz\x0bw\x0c", "they're bill's friends",
         "ABC def", "123", "\u00e9t\u00e9 \u00c9T\u00c9", "\u00df", "mississippi", "x\u2028y\x85z\x1cw", "  \t ", "a_b1", "1abc",
         "\u0663\u0664", "\u00b2", "\u2167", "\u4e00", "\u01c6xyz", "hello\x00\x7f\u200b", "\u03a3\u0391\u03a3", "Title Case Here", "tItLe"]
    for s in S:
        for m in ["split", "rsplit", "splitlines", "strip", "lstrip", "rstrip", "upper", "lower", "casefold", "swapcase",
                  "capitalize", "title", "isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper",
                  "islower", "istitle", "isidentifier", "isprintable", "isascii", "expandtabs"]:
            cases.append(case(m, lambda s, m=m: getattr(s, m)(), s))
        cases.append(case("repr", repr, s))
        cases.append(case("ascii", ascii, s))
    for s in ["  a b  c  ", "a,b,,c,", "a  b", "1,2,3", ",", "", "aaa"]:
        for sep in [None, ",", " ", "aa", "b"]:
            for mx in [-1, 0, 1, 2]:
                cases.append(case("split", lambda s, sep, mx: s.split(sep, mx), s, sep, mx))
                cases.append(case("rsplit", lambda s, sep, mx: s.rsplit(sep, mx), s, sep, mx))
    cases.append(case("split", lambda s, sep, mx: s.split(sep, mx), "a", "", -1))
    for s in ["a\nb\r\nc\rd\n", "\n\n", "x", "a\r"]:
        cases.append(case("splitlines", lambda s, k: s.splitlines(k), s, True))
    for s, c in [("xxaxx", "x"), ("abcba", "ab"), ("  a  ", None), ("", "x"), ("aaa", "a")]:
        for m in ["strip", "lstrip", "rstrip"]:
            cases.append(case(m, lambda s, c, m=m: getattr(s, m)(c), s, c))
    for s, sep in [("a=b=c", "="), ("abc", "x"), ("abc", "abc"), ("a", "")]:
        cases.append(case("partition", lambda s, sep: s.partition(sep), s, sep))
        cases.append(case("rpartition", lambda s, sep: s.rpartition(sep), s, sep))
    hay = "abcabcab"
    for sub in ["ab", "c", "", "x", "abcabcabc", "b"]:
        for st, en in [(None, None), (1, None), (-3, None), (2, 5), (0, -1), (10, None), (8, None), (-100, 100), (5, 2), (3, 3)]:
            for m in ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]:
                cases.append(case(m, lambda s, sub, st, en, m=m: getattr(s, m)(sub, st, en), hay, sub, st, en))
    cases.append(case("startswith", lambda s, t: s.startswith(t), "hello", ("x", "he")))
    cases.append(case("endswith", lambda s, t: s.endswith(t), "hello", ("x", "lo")))
    for s, old, new, cnt in [("aaa", "a", "b", -1), ("aaa", "a", "b", 2), ("abc", "", "-", -1), ("abc", "", "-", 2), ("abc", "x", "y", -1),
                             ("abab", "ab", "", -1), ("", "", "x", -1), ("aaa", "aa", "b", -1), ("abc", "b", "BB", 0)]:
        cases.append(case("replace", lambda s, o, n, c: s.replace(o, n, c), s, old, new, cnt))
    for s in ["abc", "ab", "", "\u00e9"]:
        for w in [0, 2, 5, 6, 7]:
            for m in ["center", "ljust", "rjust"]:
                cases.append(case(m, lambda s, w, f, m=m: getattr(s, m)(w, f), s, w, "*"))
            cases.append(case("center", lambda s, w: s.center(w), s, w))
            cases.append(case("zfill", lambda s, w: s.zfill(w), s, w))
    for s in ["-42", "+7", "42", "-", "a-1"]:
        cases.append(case("zfill", lambda s, w: s.zfill(w), s, 6))
    cases.append(case("center", lambda s, w, f: s.center(w, f), "ab", 5, "xy"))
    for s in ["a\tb\tc", "\tx\n\ty", "12345\t1", "abc\r\tx"]:
        for t in [8, 4, 0, 1]:
            cases.append(case("expandtabs", lambda s, t: s.expandtabs(t), s, t))
    for s, p in [("prefix_x", "prefix_"), ("x", "y"), ("aa", "")]:
        cases.append(case("removeprefix", lambda s, p: s.removeprefix(p), s, p))
        cases.append(case("removesuffix", lambda s, p: s.removesuffix(p), s, p))
    for s in ["it's", 'say "hi"', "both ' and \"", "back\\slash", "\x07\x7f\x80\xa0\xad", "\u0378\ud7ff\ue000", "\U0001F600", "\u2028", "\u00e9\u4e2d"]:
        cases.append(case("repr", repr, s))
        cases.append(case("ascii", ascii, s))
    dump("str", cases)

def gen_int():
    cases = []
    vals = [0, 1, -1, 7, -7, 2, -2, 3, 10, 2**31, -(2**31), 2**53 - 1, 2**53, -(2**53) - 5, 2**64 + 3, -(10**25) - 7, 10**40 + 1]
    for a in vals:
        for b in vals:
            cases.append(case("floorDiv", lambda a, b: a // b, a, b))
            cases.append(case("mod", lambda a, b: a % b, a, b))
            cases.append(case("truediv", lambda a, b: a / b, a, b))
            for op, f in [("and", lambda a, b: a & b), ("or", lambda a, b: a | b), ("xor", lambda a, b: a ^ b)]:
                cases.append(case(op, f, a, b))
    for a in vals:
        cases.append(case("invert", lambda a: ~a, a))
        cases.append(case("hash", hash, a))
        cases.append(case("bin", bin, a)); cases.append(case("oct", oct, a)); cases.append(case("hex", hex, a))
        cases.append(case("bitLength", lambda a: a.bit_length(), a))
        for n in [0, 1, 3, 31, 32, 53, 64, 100, -1]:
            cases.append(case("lshift", lambda a, n: a << n, a, n))
            cases.append(case("rshift", lambda a, n: a >> n, a, n))
        for nd in [-1, -2, -5, 0, 1]:
            cases.append(case("intRound", round, a, nd))
    for a, b in [(2, 10), (3, 40), (-3, 3), (-2, 63), (10, 20), (0, 0), (7, 1), (-1, 10**6 + 1), (2, 100)]:
        cases.append(case("pow", pow, a, b))
    for a, b, m in [(2, 10, 1000), (3, 200, 13), (-2, 5, 7), (2, -1, 7), (2, -1, 4), (2, 3, 0), (5, 3, -7), (10**20, 10**20, 10**9 + 7)]:
        cases.append(case("powmod", pow, a, b, m))
    for s, b in [("123", 10), ("  -42  ", 10), ("+7", 10), ("1_000", 10), ("0x1f", 16), ("0x1f", 0), ("1f", 16), ("0b101", 0), ("0o17", 0),
                 ("017", 0), ("000", 0), ("0", 0), ("z", 36), ("Z", 36), ("abc", 10), ("", 10), (" ", 10), ("1__0", 10), ("_1", 10),
                 ("1_", 10), ("0x_1f", 0), ("0x", 16), ("12", 1), ("12", 37), ("9" * 30, 10), ("-" + "7" * 25, 8), ("10", 2), ("12", 2),
                 ("\u0663\u0664", 10), ("1.5", 10), ("0_0", 0), ("00_1", 0), ("0b", 0), ("++1", 10), ("- 1", 10), ("1 2", 10),
                 ("4" * 5000, 10), ("\t12\n", 10), ("0X1F", 0), ("0B11", 2), ("zz", 35)]:
        cases.append(case("intFromString", int, s, b))
    for x in [0.0, -0.0, 1.9, -1.9, 1e20, -1e20, 2.0**53, 2.0**53 + 2, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 0.5, 123456.789]:
        cases.append(case("intFromFloat", int, x))
        cases.append(case("roundHalfEven", round, x))
        cases.append(case("floatHash", hash, x) if x == x else case("floatHash", lambda x: 0, x))
    for x in [0.5, 1.5, 2.5, -0.5, -1.5, 3.5, 4.5, 0.49999999999999994, 1e16 + 1, -2.5]:
        cases.append(case("roundHalfEven", round, x))
    for x in [2.675, 2.665, 1.005, 0.125, 0.375, -0.125, 1234.5678, 1e-10, 123456789.0, 5e-324, 1e300, 1.7e308, 0.5, 1.5, 2.5, -2.5, 12345.0, 0.1, 0.285, 1.0000000000000002]:
        for nd in [0, 1, 2, 3, -1, -2, 5, 10, 400, -400, -308]:
            cases.append(case("floatRound", round, x, nd))
    fl = [0.0, -0.0, 1.0, -1.0, 7.5, -7.5, 2.0, -2.0, 0.1, 1e300, 3.0, float("inf"), float("-inf"), float("nan"), 1e-300]
    for x in fl:
        for y in fl:
            cases.append(case("floatFloorDiv", lambda x, y: x // y, x, y))
            cases.append(case("floatMod", lambda x, y: x % y, x, y))
            cases.append(case("floatDivmod", divmod, x, y))
    for x in [1.5, -0.5, 1e100, 2.0**-30, 0.1, 1e-300, 5e-324, -1e308, 3.14159, 2.0**61, 2.0**62 - 2**10]:
        cases.append(case("floatHash", hash, x))
    for _ in range(40):
        a = R.randint(-10**40, 10**40); b = R.randint(1, 10**R.randint(1, 45)) * R.choice([1, -1])
        cases.append(case("truediv", lambda a, b: a / b, a, b))
        cases.append(case("floorDiv", lambda a, b: a // b, a, b))
        cases.append(case("mod", lambda a, b: a % b, a, b))
    cases.append(case("truediv", lambda a, b: a / b, 10**400, 3))
    cases.append(case("truediv", lambda a, b: a / b, 10**400, 10**399))
    cases.append(case("truediv", lambda a, b: a / b, 1, 10**400))
    cases.append(case("toFloat", float, 10**400))
    cases.append(case("toFloat", float, 2**53 + 1))
    cases.append(case("toFloat", float, 2**1023 * 3))
    cases.append(case("intToDecimal", str, 10**5000))
    dump("int", cases)

def gen_float_parse():
    cases = []
    for s in ["1", "1.5", " -2.5 ", "1e10", "1E-5", ".5", "5.", "1_0.5", "1__0", "_1", "1_", "1._5", "1e1_0", "inf", "-INF", "+Infinity",
              "nan", "-nan", "NaN", "iNfInItY", "infinit", "abc", "", " ", "0x10", "1e500", "-1e500", "1e-400", "\u0663.5", "1.2.3",
              "1e", "e5", ".", "+", "-0", "-0.0", "0.1", "123456789012345678901234567890", "2.2250738585072014e-308", "\t\n3.5\x0c",
              "1 2", "1_000_000.000_1", "4.9e-324", "1.7976931348623157e308", "1.7976931348623159e308", "0e0", "00.1", "1.e5"]:
        cases.append(case("floatFromString", float, s))
    dump("float-parse", cases)

def gen_math():
    cases = []
    for n in [0, 1, 5, 10, 20, 21, 25, 50, 100, -1]:
        cases.append(case("factorial", math.factorial, n))
    for args in [(12, 18), (0, 0), (-12, 18), (2**70, 2**65 * 3), (7,), (), (12, 18, 27), (0, 5)]:
        cases.append(case("gcd", math.gcd, *args))
        cases.append(case("lcm", math.lcm, *args))
    for n in [0, 1, 2, 3, 4, 15, 16, 17, 10**20, 10**20 - 1, 2**106, 2**106 - 1, 99, -1, 2**52 * 3 + 7]:
        cases.append(case("isqrt", math.isqrt, n))
    for n, k in [(5, 2), (10, 0), (10, 10), (3, 5), (52, 5), (100, 50), (-1, 2), (3, -1), (0, 0)]:
        cases.append(case("comb", math.comb, n, k))
        cases.append(case("perm", math.perm, n, k))
    for x in [1.5, -1.5, 2.0, -0.0, 1e20, -1e20, float("inf"), float("nan"), 0.9999999999999999, -2.5]:
        cases.append(case("floor", math.floor, x)); cases.append(case("ceil", math.ceil, x)); cases.append(case("trunc", math.trunc, x))
    for xs in [[0.1] * 10, [1e100, 1.0, -1e100], [1e308, 1e308], [float("inf"), float("-inf")], [float("inf"), 1.0], [], [0.1, 0.2, 0.3],
               [1, 1e-16, 1e-16], [float("nan"), 1.0], [-0.0], [2.0**-1074, 1.0, -1.0]]:
        cases.append(case("fsum", math.fsum, xs))
    for a, b, rt, at in [(1.0, 1.0 + 1e-10, 1e-9, 0.0), (1.0, 1.1, 1e-9, 0.0), (0.0, 1e-10, 1e-9, 0.0), (0.0, 1e-10, 1e-9, 1e-9),
                         (float("inf"), float("inf"), 1e-9, 0.0), (1.0, 1.0, -1.0, 0.0), (float("nan"), 1.0, 1e-9, 0.0)]:
        cases.append(case("isclose", lambda a, b, rt, at: math.isclose(a, b, rel_tol=rt, abs_tol=at), a, b, rt, at))
    for x in [1.0, 10.0, 0.5, 100.0, 0.0, -1.0, float("inf"), 1e-300, 2.0]:
        cases.append(case("logf", math.log, x)); cases.append(case("log2f", math.log2, x)); cases.append(case("log10f", math.log10, x))
        cases.append(case("sqrt", math.sqrt, x)); cases.append(case("exp", math.exp, x))
    for n in [1, 10, 1000, 10**400, 2**1000, 0, -5]:
        cases.append(case("logi", math.log, n)); cases.append(case("log2i", math.log2, n)); cases.append(case("log10i", math.log10, n))
    for x, b in [(8.0, 2.0), (100.0, 10.0), (10.0, 1.0), (10.0, 0.0), (1.0, 10.0)]:
        cases.append(case("logb", math.log, x, b))
    cases.append(case("logib", math.log, 2**1000, 2))
    for x, y in [(2.0, 10.0), (0.0, -1.0), (-8.0, 1 / 3), (10.0, 400.0), (-2.0, 3.0), (0.0, 0.0), (float("nan"), 0.0), (1.0, float("nan")),
                 (-1.0, float("inf")), (2.0, -1.0), (float("inf"), -1.0)]:
        cases.append(case("pow", math.pow, x, y))
        cases.append(case("fmod", math.fmod, x, y))
        cases.append(case("copysign", math.copysign, x, y))
        cases.append(case("hypot", math.hypot, x, y))
    for x in [1.5, -2.25, 0.0, -0.0, 1e300, float("inf"), 5e-324, 3.0]:
        cases.append(case("modf", math.modf, x)); cases.append(case("frexp", math.frexp, x))
        cases.append(case("degrees", math.degrees, x)); cases.append(case("radians", math.radians, x))
    for x, i in [(1.0, 2000), (1.0, 10), (3.0, -1074), (1.5, -1075), (1.0, -1080), (0.75, 1024), (-2.0, 3)]:
        cases.append(case("ldexp", math.ldexp, x, i))
    for name in ["asin", "acos", "atanh", "sinh", "cosh", "tan", "sin", "atan", "acosh", "expm1"]:
        for x in [0.5, 2.0, 1.0, 1000.0, float("inf"), -1.0]:
            cases.append(case("unary:" + name, getattr(math, name), x))
    cases.append(case("dist", math.dist, [1.0, 2.0], [4.0, 6.0]))
    cases.append(case("dist", math.dist, [1.0], [1.0, 2.0]))
    cases.append(case("prod", math.prod, [2**40, 2**40, 3]))
    dump("math", cases)

def gen_random():
    out = {}
    for seed in [42, 0, 1, -5, 2**32, 2**100 + 7, 12345678901234567890, "hello", "", "\u00e9t\u00e9 \U0001F600", True]:
        r = random.Random(seed)
        d = {}
        d["random"] = [r.random() for _ in range(20)]
        r.seed(seed); d["randint"] = [r.randint(1, 100) for _ in range(30)]
        r.seed(seed); d["randrange"] = [r.randrange(10), r.randrange(5, 50, 5), r.randrange(100, 0, -7), r.randrange(-10, 10), r.randrange(2**70)]
        r.seed(seed); d["getrandbits"] = [r.getrandbits(k) for k in [0, 1, 8, 31, 32, 33, 64, 100]]
        r.seed(seed); d["choice"] = [r.choice(range(7)) for _ in range(10)]
        r.seed(seed); x = list(range(10)); r.shuffle(x); d["shuffle"] = x
        r.seed(seed); d["sample"] = [r.sample(range(10), 5), r.sample(range(1000), 10), r.sample(range(30), 30), r.sample(range(100), 0)]
        r.seed(seed); d["uniform"] = [r.uniform(1.5, 7.25) for _ in range(5)]
        r.seed(seed); d["gauss"] = [r.gauss(0, 1) for _ in range(6)]
        r.seed(seed); d["choices"] = r.choices(range(9), k=8)
        out[repr(seed)] = [enc(seed), {k: enc(v) for k, v in d.items()}]
    r = random.Random(1.5); out["1.5"] = [{"hash": str(hash(1.5))}, {"random": enc([r.random() for _ in range(3)])}]
    with open(os.path.join(OUT, "random.json"), "w") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=0)
    print("random", len(out))

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), "fixtures must come from CPython 3.11"
    os.makedirs(OUT, exist_ok=True)
    gen_float(); gen_format_int_str(); gen_template(); gen_percent(); gen_str(); gen_int(); gen_float_parse(); gen_math(); gen_random()
