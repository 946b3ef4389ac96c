# test import honours sys.modules: an assigned object is what import binds, a deleted entry is imported afresh
import sys
import math
print("math" in sys.modules)
m = sys.modules["math"]
del sys.modules["math"]
import math as m2
print(m2 is m, "math" in sys.modules)
class Fake:
    pi = 3
sys.modules["fakemod"] = Fake()
import fakemod
print(fakemod.pi)
sys.modules["math"] = Fake()
import math
print(math.pi)
from math import pi
print(pi)
sys.modules["settings"] = type("S", (), {"DEBUG": True, "_hidden": 1})
from settings import DEBUG
import settings
print(DEBUG, settings.DEBUG)
try:
    from settings import missing
except ImportError as e:
    print(type(e).__name__)
