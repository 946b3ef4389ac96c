# test format() builtin and bin/oct/hex helpers
print(format(1234.5678, ".2f"), format(1234, ","), format(0.5, "%"), format("x", ">3"), format(7, "03"))
print(bin(5), bin(-5), oct(8), hex(255), hex(0), format(255, "b"))
print(format(True), format(None), format([1, 2]), format(3))
