# test hunt: input() with sys.stdin replaced by a StringIO, with sys.stdout redirected (prompt goes there), EOF, bad readline, lost sys.stdin; then the real piped stdin
import sys, io
sys.stdin = io.StringIO("alpha\nbeta\n")
print(input("first? "), input())
try:
    input("third? ")
except EOFError as e:
    print("EOF", repr(e))
sys.stdin = sys.__stdin__
print(repr(input("real: ")))
print(sys.stdin.readline(), end="")
print(sys.stdin.read().split())
import contextlib
buf = io.StringIO()
sys.stdin = io.StringIO("from string\n")
with contextlib.redirect_stdout(buf):
    got = input("hidden prompt> ")
print(repr(got), repr(buf.getvalue()))
sys.stdout = sys.stderr
sys.stdin = io.StringIO("x\n")
v = input("to stderr> ")
sys.stdout = sys.__stdout__
print(v)
class Bad:
    def readline(self):
        return 5
sys.stdin = Bad()
try:
    input()
except TypeError as e:
    print(e)
sys.stdin = None
try:
    input()
except RuntimeError as e:
    print(e)
