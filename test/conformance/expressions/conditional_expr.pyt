# test conditional expressions
for n in range(-1, 2):
    print("pos" if n > 0 else "zero" if n == 0 else "neg")
x = [1, 2] if True else None
print(x)
print((lambda a: "even" if a % 2 == 0 else "odd")(3))
print([("big" if i > 1 else "small") for i in range(3)])
