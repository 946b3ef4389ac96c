# test 'f' formatting rounds as CPython (exact value, ties to even) for many floats and precisions: f-strings, format(), %, round-trip of halves
import random
random.seed(11)
out = []
for _ in range(3000):
    e = random.randint(-8, 12)
    x = random.uniform(-1, 1) * 10.0 ** e
    p = random.randint(0, 12)
    out.append(f"{x:.{p}f}")
# values at exact binary halves and quarters (ties), and near them
for k in range(-300, 300):
    for d in (2, 4, 8, 16, 32, 1024):
        x = k / d
        for p in range(0, 6):
            out.append(format(x, f".{p}f"))
for x in (0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 1e-7, 123456789.125, 9.995, 0.045, 1e15 + 0.5, 2.0 ** 40 + 0.5, 1e20, 1e22):
    out.append("%.2f %.0f %#.0f %.3f %.10f" % (x, x, x, x, x))
print(len(out))
h = 0
for s in out:
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000000007
print(h)
print(out[:20])
print(out[-15:])
