# test round() with banker's rounding and float representation effects
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1.005, 2))
print(round(3.14159, 3), round(-3.14159, 1), round(1234.5678, -2))
print(round(2.5, 0), round(7.0), type(round(7.5)).__name__, type(round(7.5, 1)).__name__)
print(round(1e16 + 0.5), round(0.0), round(-0.4))
print(round(5, 1), round(15, -1), round(25, -1))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(math.floor(2.5), math.ceil(2.1), int(-0.9))
