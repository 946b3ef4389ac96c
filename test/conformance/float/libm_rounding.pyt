# test float ** float, math.pow/exp/log/sin/cos/tan, and random's variates round their last digit as CPython's libm does
import math, random
for years in range(1, 21):
    print(years, round(1000 * 1.05 ** years, 2), 1000 * 1.05 ** years, 1.07 ** years, 2 ** (years / 10), 0.5 ** (years / 3))
print(2 ** -3, 10 ** -5, 3 ** -7, (-2.0) ** 3, (-2.0) ** -3, 2.0 ** 0.5, 9 ** 0.5, 1e10 ** 1.5, pow(2.5, 3.5))
print([math.exp(x / 7) for x in range(-20, 21)])
print([math.log(x * 1.7) for x in range(1, 30)], math.log(1000, 10), math.log(2 ** 1000), math.log(8, 2))
print([math.sin(x / 3) for x in range(-12, 13)])
print([math.cos(x / 3) for x in range(-12, 13)])
print([math.tan(x / 5) for x in range(-7, 8)], math.sin(math.pi), math.cos(math.pi / 2))
print([math.pow(1.1, k) for k in range(-10, 40, 3)])
random.seed(2024)
print([random.expovariate(0.5) for _ in range(8)], [random.gauss(10, 2) for _ in range(8)])
print([random.lognormvariate(0, 0.5) for _ in range(5)], [random.paretovariate(3) for _ in range(5)])
