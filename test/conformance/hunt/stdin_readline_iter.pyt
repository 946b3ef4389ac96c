# test hunt: sys.stdin.readline, iteration, readlines and read over piped input
import sys
first = sys.stdin.readline()
print(repr(first))
n = int(sys.stdin.readline())
nums = [int(x) for x in sys.stdin.readline().split()]
print(n, nums, sum(nums))
for i, line in enumerate(sys.stdin):
    print(i, repr(line.rstrip("\n")))
    if i == 1:
        break
rest = sys.stdin.readlines()
print(rest)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
