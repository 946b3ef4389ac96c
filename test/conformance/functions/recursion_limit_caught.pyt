# test deep recursion raises RecursionError that can be caught, and the program continues
import sys
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())
def count(n):
    return n if n == 0 else count(n - 1)
print(count(500))
