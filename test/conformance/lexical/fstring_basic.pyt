# test f-strings: expressions, method calls, quotes inside, braces escaping
name = "Ada"
age = 36
print(f"{name} is {age}")
print(f"{name.upper()} {age + 1} {age * 2}")
print(F"capital F {name}")
print(f"{{literal braces}} {name}")
d = {"k": "v"}
print(f"{d['k']}")
print(f'{"double inside single"}')
print(f"{[1, 2, 3]} {(1,)} {{}}")
print(f"{name!s} {name!r}")
items = ["a", "b"]
print(f"{len(items)} items: {', '.join(items)}")
print(f"{3 if age > 30 else 4}")
print(f"{(lambda v: v * 2)(4)}")
