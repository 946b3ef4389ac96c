# test import forms: import x, import x as y, from x import a, b as c
import math
import random as rnd
from math import sqrt, floor as fl
from sys import argv
import time, sys
print(math.pi)
print(sqrt(16), fl(2.7))
print(rnd.__name__, math.__name__)
print(type(argv).__name__)
print(time.__name__, sys.__name__)
from threading import Lock, Thread
print(callable(Lock), Thread.__name__)
