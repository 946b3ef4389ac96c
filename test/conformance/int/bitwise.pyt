# test bitwise operators on positive and negative ints
print(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1)
print(-5 & 3, -5 | 3, -5 ^ 3)
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 10)
print((2 ** 70) & (2 ** 70 - 1), (2 ** 70) | 1)
print(bin(0b1010 & 0b0110), bin(~0b1010))
print((255).bit_length(), (0).bit_length(), (-8).bit_length())
