# builtin functions: len, abs, round, divmod, pow, min/max, sum, any/all, chr/ord, bin/oct/hex
print(len("abc"), len([1]), len({}), len(range(4)), abs(-3), abs(-2.5), abs(True), abs(-10 ** 30))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), round(15, -1), round(25, -1), round(1.23456, 3), round(7))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7, -2), pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(2, 100, 1000000007), pow(-2, 3, 7))
print(min(3, 1, 2), max([1, 5, 3]), min("bca"), max([], default="none"), min([(2, "b"), (1, "z")]), max(["aa", "b"], key=len), min([], key=len, default=0))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1, 0.2, 0.3]), sum([[1], [2]], []), sum(range(5), start=100), sum([]), sum([True, True]))
print(any([0, 0, 1]), any([]), all([1, 1]), all([]), all([1, 0]), any(x > 2 for x in range(5)))
print(chr(65), chr(0x1F600) == "\U0001F600", ord("A"), ord("€"), bin(10), bin(-10), oct(8), hex(255), hex(-255), bin(True))
for bad in [lambda: len(5), lambda: abs("a"), lambda: min([]), lambda: max(), lambda: sum(["a", "b"], ""), lambda: sum([1, "a"]), lambda: chr(-1), lambda: ord("ab"), lambda: ord(1),
            lambda: pow(2, 3, 1.5), lambda: divmod(1, 0), lambda: divmod("a", 1), lambda: max(1, 2, default=0), lambda: round("x"), lambda: hex(1.5), lambda: max([1, "a"])]:
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
