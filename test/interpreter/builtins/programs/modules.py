# sys, time, math, random
import sys, time, math, random
print(sys.getrecursionlimit(), sys.maxsize, sys.version_info[:2], type(sys.argv).__name__)
t0 = time.time(); m0 = time.monotonic(); time.sleep(0.01); print(time.monotonic() - m0 >= 0.005, time.time() >= t0, type(time.time_ns()).__name__)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
print(math.sqrt(16), math.pi, math.floor(2.7), math.ceil(2.1), math.factorial(20), math.gcd(12, 18), math.isqrt(17), math.log(8, 2), math.log10(1000), math.hypot(3, 4))
print(math.fsum([0.1] * 10), math.comb(10, 3), math.perm(5, 2), math.isclose(0.1 + 0.2, 0.3), math.inf, math.isnan(math.nan), math.trunc(-2.5), math.copysign(1, -0.0), math.exp(0))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000), lambda: math.sqrt("x")]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
random.seed(42)
print(random.random(), random.randint(1, 100), random.randrange(10), random.randrange(0, 100, 5), random.choice("abcdef"), random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l, random.sample(range(100), 5), random.choices("abc", k=5), random.choices([1, 2, 3], weights=[1, 0, 5], k=4))
print(round(random.gauss(0, 1), 10))
random.seed("hello")
print(random.random())
try:
    random.choice([])
except IndexError as e:
    print(e)
try:
    sys.exit(3)
except SystemExit as e:
    print("exit", e.code)
