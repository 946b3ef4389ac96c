# test TypeError when calling a non-callable value
value = 5
result = value(3)
