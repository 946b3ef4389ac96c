# test f-strings nested inside f-string expressions
a = 5
print(f"outer {f'inner {a}'} end")
print(f"{'-' * a}")
rows = [("x", 1), ("yy", 22)]
for k, v in rows:
    print(f"{k:<4}|{v:>4}|")
print(f"{'{'}{a}{'}'}")
print(f"{a:{'>' if a else '<'}6}")
