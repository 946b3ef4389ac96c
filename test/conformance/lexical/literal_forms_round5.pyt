# test number literal forms with underscores and leading zeros, escapes, string prefixes, and a backslash before an f-string brace
print(0_0, 00, 1_000.5, 1e1_0, 0x_1f, 0o_17, 0b_1, 1_0j if False else 0, .5, 5., 1E5, 0e0, 00.5, 09.5, 1_2.3_4e-1_0)
print(0xFF, 0O17, 0B11, 1e-400, 1e400, 123456789012345678901234567890)
print('\x41\101\u0041\U00000041', '\a\b\f\v\0'.encode() if False else len('\a\b\f\v\0'))
print(r'\n', rb'x' if False else R'\t', f'{1}' F'{2}', u'x', Rf'{3}\n', fr'\{4}')
print('''a
b''', """c\
d""", 'e' 'f' "g")
print('\q', '\8', "\%")
x = 5
print(f'\{x}', fr'\{x}', f'a\{x}b', fr'\{{x}}', f'\{{x}}')
