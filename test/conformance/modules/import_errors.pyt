# test importing a missing module or name raises catchable errors
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import math as m
print(m.floor(1.5))
