# test uncaught NameError at module level after some output
print("start")
total = 0
for i in range(3):
    total += i
print(totl)
print("never")
