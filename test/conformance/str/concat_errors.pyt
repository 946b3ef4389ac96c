# test errors from str operations with wrong types
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    "a" * 1.5
except TypeError as e:
    print(e)
try:
    "a" - "b"
except TypeError as e:
    print(e)
try:
    "abc".upper(1)
except TypeError as e:
    print(e)
try:
    "a" < 1
except TypeError as e:
    print(e)
print("a" == 1, "a" != 1)
