# test f"{x!}" is 3.11's "invalid conversion character" error
x = 1
print(f"{x!}")
