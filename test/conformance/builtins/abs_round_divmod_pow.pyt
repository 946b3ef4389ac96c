# test abs, round, divmod, pow across int, float, bool, negative values
print(abs(-5), abs(5), abs(-2.5), abs(True), abs(-0), abs(-2 ** 70))
print(round(2.5), round(3.5), round(-1.5), round(0.125, 2), round(0.135, 2), round(12.0), round(2.675, 2))
print(round(1.23456, 3), round(15, -1), round(-15, -1), round(5.5), round(6.5), round(-0.5))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(True, 2))
print(pow(2, 8), pow(2, 8, 10), pow(-3, 3), pow(2.5, 2), pow(10, -1))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    round("1.5")
except TypeError as e:
    print(e)
