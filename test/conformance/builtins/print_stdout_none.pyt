# test print() writes nothing while sys.stdout is None (file=None means sys.stdout too)
import sys
sys.stdout = None
print("not shown")
print("not shown either", file=None)
sys.stdout = sys.__stdout__
print("shown again")
print("to stderr", file=sys.stderr)
