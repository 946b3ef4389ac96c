# test a __future__ import after other code is a SyntaxError
import sys
from __future__ import annotations
print(sys.argv)
