# test uncaught ZeroDivisionError from integer modulo
n = 10
print(n % 0)
