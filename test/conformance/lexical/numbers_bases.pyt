# test integer literals in every base, underscores, float literal forms
print(0x1F, 0X1f, 0o17, 0O17, 0b1011, 0B1011)
print(1_000_000, 0x_FF, 0b_1010_1010, 0o_7_7)
print(1.5, .5, 5., 1e3, 1E3, 1.5e-3, 2.5E+2, 1_0.0_1)
print(0, 00, 0_0)
print(10 ** 3 == 1e3, type(1e3).__name__)
print(123456789012345678901234567890)
print(0xFFFFFFFFFFFFFFFFFFFF)
