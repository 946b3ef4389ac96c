# test float arithmetic, mixed int/float, inf and nan propagation
print(3 * 1.5, 10 / 4, 10 // 4.0, 2 ** 0.5, 1.0 + 2)
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, inf > 1e308)
print(nan + 1, nan == nan, nan != nan, nan < 1, nan > 1)
print(1e308 + 1e308, 1e-320 / 1e10)
print(0.1 * 0.1, 1 - 0.9, 100 * 1.1)
print(abs(-2.5), abs(-0.0), -(0.0))
print(7.0 % 2.5, -7.0 % 2.5, 7.0 % -2.5)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(1e400 == inf, -1e400)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(e)
try:
    5 % 0.0
except ZeroDivisionError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
