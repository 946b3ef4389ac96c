# test print to a file object (each piece its own write), print after sys.stdout is replaced, sys.stdout.writelines
import sys
class Cap:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
c = Cap()
print("a", 1, sep="|", end="$", file=c)
print("b", file=c)
print(c.parts)
old = sys.stdout
sys.stdout = c
print("captured")
sys.stdout = old
print("restored", c.parts[-2:])
print(file=None)
try:
    print("x", file=5)
except AttributeError as e:
    print(e)
print(sys.stdout.write("w\n"), sys.stdout.isatty() in (True, False), sys.stdout.encoding)
sys.stdout.writelines(["l1\n", "l2\n"])
print(sys.stdout.name, sys.stderr.name)
