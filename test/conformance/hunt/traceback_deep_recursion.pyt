# test hunt: an uncaught RecursionError past a raised recursion limit prints only the 1000 innermost entries, as CPython's display
import sys
sys.setrecursionlimit(3000)
def down(n):
    return down(n + 1)
print("start")
down(0)
