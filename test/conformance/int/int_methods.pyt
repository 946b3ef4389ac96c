# test int methods and attributes lessons use
n = 42
print(n.bit_length(), (-42).__abs__(), n.real, n.imag)
print(int.__name__, type(n) is int, isinstance(True, int))
print(abs(-0), abs(7), -(-3))
print(max(3, 7, 5), min(3, 7, 5))
print(round(7), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
