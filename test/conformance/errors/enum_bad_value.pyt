# test an invalid enum value: the uncaught ValueError as CPython prints it
from enum import Enum
class Color(Enum):
    RED = 1
print(Color(3))
