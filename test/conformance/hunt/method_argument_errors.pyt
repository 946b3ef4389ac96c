# test hunt: errors of str/list/dict/set methods and builtins given wrong arguments, sorted()'s keyword errors worded by list.sort
tests = [lambda: "a,b".split(""), lambda: "ab".center(5, "xy"), lambda: "ab".ljust("5"), lambda: "x".join(None), lambda: "x".join([None]),
         lambda: [].sort(key=1), lambda: sorted([], cmp=None), lambda: [3, 1].sort(reverse=None), lambda: "ab".replace("a", "b", "1"),
         lambda: "abc".startswith(["a"]), lambda: "abc".count(1), lambda: "abc".strip(1), lambda: "a".zfill("3"), lambda: "abc"[1.5],
         lambda: [1][None], lambda: [1, 2][1:2:0], lambda: "x" * "3", lambda: {}.update([1]), lambda: {}.update([(1, 2, 3)]),
         lambda: dict.fromkeys(1), lambda: [].extend(1), lambda: [].insert("0", 1), lambda: set().update(1), lambda: (1,).count(),
         lambda: "abc".index(""), lambda: "a".encode("rot13") if False else "skip", lambda: "{0}{1}".format(1), lambda: "{a}".format(b=1),
         lambda: "{0:{1}}".format(1), lambda: "{:d}".format("x"), lambda: "{!x}".format(1), lambda: "{".format(), lambda: "}".format(),
         lambda: "{0.nope}".format(1), lambda: "{0[5]}".format([1]), lambda: "{0[a]}".format({}), lambda: "%(a)s" % 5, lambda: "%z" % 1,
         lambda: "%d %d" % (1,), lambda: "%s" % (), lambda: "%.*f" % (2, 1.2345), lambda: "%(a)s %s" % {"a": 1}, lambda: "%" % (),
         lambda: list(range(3)).remove(5), lambda: [].index(1), lambda: ().index(1), lambda: "".index("a"), lambda: b"" if False else str.upper(5),
         lambda: str.join(",", "ab"), lambda: list.append([], 1, 2), lambda: dict.get({}, 1, 2, 3), lambda: int.bit_length("x"),
         lambda: "abc".split(maxsplit="1"), lambda: "x".splitlines(5), lambda: "a b".split(None, 1.0), lambda: max([1, 2], key=len),
         lambda: sum(["a"]), lambda: sum([[1]]), lambda: min(1), lambda: round(1.5, "1"), lambda: enumerate(5), lambda: zip(5),
         lambda: map(len), lambda: filter(5), lambda: reversed([].__iter__()), lambda: sorted(5), lambda: list(5), lambda: tuple(None),
         lambda: dict(5), lambda: set(5), lambda: frozenset([[]]), lambda: str(1, 2), lambda: bool(1, 2), lambda: float(1, 2), lambda: range(1.5),
         lambda: range(0, 10, 0), lambda: slice(), lambda: divmod(), lambda: isinstance(), lambda: getattr(1), lambda: hasattr(1, 2), lambda: print(end=5)]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, repr(r)[:60])
    except Exception as e:
        print(i, type(e).__name__, e)
for f in [lambda: sorted([], key=None, reverse=False, x=1), lambda: sorted(5, cmp=1), lambda: sorted([2, 1], reverse=True, key=None)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
