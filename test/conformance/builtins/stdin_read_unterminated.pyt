# test sys.stdin.read() returns the input exactly, without a "\n" the input did not end with
import sys
first = input()
rest = sys.stdin.read()
print(repr(first), repr(rest))
print(rest.split("\n"))
