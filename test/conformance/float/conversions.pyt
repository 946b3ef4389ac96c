# test float() conversions and special values
print(float("3.5"), float(" -2 "), float("1e3"), float("1_0.5"), float(3))
print(float("inf"), float("-Infinity"), float("NaN"), float("  nan "))
print(float(True), float(), float(2 ** 60))
print(int(2.9), int(-2.9), int(float("1e10")))
for bad in ["abc", "", "1.2.3"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print((2.5).is_integer(), (2.0).is_integer())
print((0.5).as_integer_ratio(), (1.5).hex() if False else "skip hex")
