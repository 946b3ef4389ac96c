# test pow with two and three arguments, negative exponents, zero powers
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 2))
print(pow(2, 10, 1000), pow(3, 200, 13), pow(7, 0, 5), pow(5, 3, 1))
print(pow(-2, 3, 5), pow(2, 100, 10 ** 9 + 7))
print(0 ** 0, 0.0 ** 0, 2 ** 0.5, 4 ** 0.5)
print((-8) ** 3, 10 ** -2, (-2) ** -1)
print(pow(3, -1, 7))
