# test sys: argv, getrecursionlimit, stdout/stderr write, platform-independent facts
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0].endswith(".pyt"))
print(sys.getrecursionlimit())
sys.stdout.write("via stdout\n")
sys.stderr.write("via stderr\n")
print(sys.version_info[0], sys.version_info >= (3, 0))
print(type(sys.maxsize).__name__, sys.maxsize == 2 ** 63 - 1)
