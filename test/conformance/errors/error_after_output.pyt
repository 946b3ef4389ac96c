# test stdout written before an uncaught error is kept, stderr gets only the traceback
import sys
print("line 1")
print("line 2", end="")
sys.stdout.write(" partial\n")
print("to stderr first", file=sys.stderr)
raise RuntimeError("stop here")
