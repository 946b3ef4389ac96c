# test TypeError when subscripting a non-subscriptable value
number = 42
print(number[0])
