# test a SyntaxError late in the file prevents any earlier line from running
print("this must not print")
def f():
    return 1
x = (1, 2
     3)
