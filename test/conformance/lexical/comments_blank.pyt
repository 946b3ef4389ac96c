# test comments, blank lines and semicolons
x = 1  # trailing comment

# full-line comment

   # indented comment at odd indentation
if x:
    # comment inside block

    y = 2; z = 3
    print(y, z)
a = 1; b = 2; print(a + b)
if x: print("one-line if")
for i in range(2): print(i)
while False: pass
