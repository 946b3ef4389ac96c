# test hunt: format() of ints, floats and bools over many specs, %-formatting, nested str.format
vals = [0, 1, -1, 7, 255, 1234567, -9876543210, 10**25, 2**64]
specs = ["", "d", ",", "_", ">12,", "<+10", "^10_", "08d", "=+12,", "x", "#X", "_x", "#_b", "o", "e", ".2e", "g", ".3g", "%", ".1%", "f", ".2f", ",.2f", "n", "c" ]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, OverflowError) as e:
            row.append(f"<{type(e).__name__}: {e}>")
    print(v, row)
fvals = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 1/3, 123456.789, 1e16, 1.5e-7, 9.999999e15, 1e100, 12345678.9, float("inf"), float("-inf"), float("nan"), 0.1, 100.0, 99.99, 5e-324]
fspecs = ["", "f", ".0f", ".1f", ",.2f", "_.3f", "e", ".0e", "E", "g", ".1g", ".10g", "G", "%", ".0%", "n", ">12.3", "<12g", "^+12.2e", "=+012.3f", "012,.1f", ".3", "#.0f", "#g", "#.3g", " .2f", "z.1f"]
for v in fvals:
    row = []
    for s in fspecs:
        try:
            row.append(format(v, s))
        except ValueError as e:
            row.append(f"<{e}>")
    print(repr(v), row)
for v in [True, False]:
    print([format(v, s) for s in ["", "d", "^6", "x", ".1f", "e", "%", ">5s" if False else "5"]])
print(["%5.1f%%" % 12.34, "%.0f" % 0.5, "%.0f" % 1.5, "%e" % 0, "%g" % 1e-5, "%G" % 1e20, "%+d" % 5, "% d" % 5, "%x" % -255, "%#o" % 8, "%05.1f" % -2.5, "%-8.3s|" % "abcdef", "%i" % 3.9, "%u" % 4])
print(["%s" % 1.0, "%r" % 1e16, "%.3r" % "abcdef", "%c" % 10004, "%(a)05d" % {"a": 3}, "%3d|%-3d|" % (1, 2), "%.2s" % True])
print("{:{fill}{align}{width}.{prec}f}".format(3.14159, fill="*", align="^", width=12, prec=2))
print("{0:>{1}}|{2:<{1}}|".format("a", 4, "b"), "{:{}}".format("x", 3) + "|", "{!s:>5}".format(None), "{0.imag}".format(3))
print("{:e}".format(10**400) if False else "skip", format(10**20, ".3e"), format(-(10**20), ",.1f"), format(2**53 + 1, ".0f"), format(10**16, "g"))
print(round(2.675, 2), round(0.285, 2), round(1.005, 2), round(-1.5), round(123.456, -1), round(-0.45, 1), round(5e-324, 320), round(1e300, -299))
print(f"{1e-320:e}", f"{1.7976931348623157e308:,.0f}"[:30], f"{2**0.5:.50f}")
