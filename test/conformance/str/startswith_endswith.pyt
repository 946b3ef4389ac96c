# test startswith/endswith with tuples and ranges
name = "report_2024.csv"
print(name.startswith("report"), name.endswith(".csv"), name.endswith(".txt"))
print(name.endswith((".txt", ".csv")), name.startswith(("a", "b")))
print("abc".startswith(""), "".startswith(""), "".endswith("a"))
print("hello".startswith("ell", 1), "hello".endswith("ell", 0, 4))
try:
    "x".startswith(["x"])
except TypeError as e:
    print(e)
