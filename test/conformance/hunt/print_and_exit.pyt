# test hunt: print sep/end/file/flush, sys.stdout/stderr.write, file-like objects, sys.exit with a message
import sys
print("a", "b", sep="-", end="!\n")
print("x", end="")
print("y")
print(1, 2, 3, sep="")
print(sep=",")
print()
print("err line", file=sys.stderr)
print("out", flush=True)
print(*range(5), sep=", ")
print("a\tb", repr("a\tb"), None, True)
sys.stdout.write("written\n")
n = sys.stdout.write("abc")
print("", n)
sys.stderr.write("to err\n")
print("multi\nline", "second", sep="\n---\n")
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
try:
    print("x", end=[])
except TypeError as e:
    print(e)
print("é ☃ 日本", "\u00e9")
print(repr(1.0), str(1.0), 1e300 * 1e300, -1e300 * 1e300, 0.1 + 0.7)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("to", "obj", file=w)
print(w.parts)
print(end="no newline")
print(flush=True)
sys.exit("fatal: done")
