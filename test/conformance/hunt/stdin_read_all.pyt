# test hunt: sys.stdin.read() of all piped input
import sys
data = sys.stdin.read()
print(len(data), data.split())
print(sys.stdin.read() == "", input.__name__)
