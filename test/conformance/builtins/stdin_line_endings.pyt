# test sys.stdin gives lines as they came: "\r\n" kept, no "\n" added to an unterminated last line; input() drops only "\n"
import sys
print(repr(input("name: ")))
print(repr(sys.stdin.readline()))
for i, line in enumerate(sys.stdin):
    print(i, repr(line))
print(repr(sys.stdin.readline()))
