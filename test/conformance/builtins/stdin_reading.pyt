# test sys.stdin: readline, iteration, read, readlines with piped input
import sys
first = sys.stdin.readline()
print(repr(first))
for i, line in enumerate(sys.stdin):
    print(i, repr(line), line.strip().upper())
    if i == 1:
        break
rest = sys.stdin.read()
print(repr(rest))
print(repr(sys.stdin.readline()), sys.stdin.readlines(), sys.stdin)
total = sum(int(x) for x in "1 2 3".split())
print(total, sys.stdin.name, sys.stdin.readable())
