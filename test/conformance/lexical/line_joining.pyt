# test implicit line joining in brackets and backslash continuation
total = (1 +
         2 +
   3)
print(total)
values = [
    10,
    20,  # a comment inside
    30,
]
print(values)
config = {
    "a": 1,
        "b": 2,
}
print(config)
long = 1 + \
    2 + \
    3
print(long)
if total > 5 and \
        long > 5:
    print("both")
def f(a,
      b):
    return a + \
        b
print(f(1,
  2))
