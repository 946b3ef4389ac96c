# test hunt: print to file-like objects (each piece written, flush=True calls its flush()), StringIO, sys.stdout replaced, write errors
import sys, io
print("a", "b", sep=None, end=None)
print("x", file=None)
buf = io.StringIO()
print("to buf", 1, sep="|", file=buf)
print(repr(buf.getvalue()), buf.tell(), buf.read(), buf.seek(0), buf.read(3), buf.readline(), buf.getvalue().splitlines())
buf2 = io.StringIO("line1\nline2\nline3")
print(buf2.readlines(), [l for l in io.StringIO("a\nb")], io.StringIO("x").read(0))
sys.stdout.write("no newline")
sys.stdout.write("\n")
print(sys.stdout.writable(), sys.stdin.readable() if hasattr(sys.stdin, "readable") else True, sys.stderr.isatty() in (True, False))
try:
    print("x", file=5)
except AttributeError as e:
    print(e)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
try:
    print("a", flush="yes")
except TypeError as e:
    print(e)
class Echo:
    def write(self, s):
        sys.stdout.write(s.upper())
        return len(s)
    def flush(self):
        sys.stdout.write("<flush>")
print("hello", "echo", file=Echo(), flush=True)
print()
old = sys.stdout
sys.stdout = io.StringIO()
print("captured")
cap = sys.stdout.getvalue()
sys.stdout = old
print("got", repr(cap))
print(*[1, 2, 3], sep=", ", end=".\n")
print("tab\tsep", "uni\u00e9", "emoji\U0001F600"[:5], "null\0char".split("\0"))
class NoFlush:
    def write(self, s):
        pass
try:
    print("x", file=NoFlush(), flush=True)
except AttributeError as e:
    print(e)
print("not flushed", file=Echo(), flush=0)
print()
