# test f-string format specs, nested specs, !r with spec, = debugging
x = 3.14159
w = 10
p = 3
print(f"[{x:.2f}]")
print(f"[{x:{w}.{p}f}]")
print(f"[{x:>{w}}]")
print(f"[{'hi':^{w}}]")
print(f"[{'hi'!r:>8}]")
print(f"[{42:05d}] [{42:x}] [{42:#o}] [{255:#X}] [{5:b}]")
print(f"[{1234567:,}] [{1234567.891:,.2f}] [{0.25:.1%}]")
value = 7
print(f"{value=}")
print(f"{value = }")
print(f"{x=:.1f}")
print(f"{'s'=}")
print(f"{value*2=}")
print(f"{name!r}" if False else f"{value!r:>4}|")
