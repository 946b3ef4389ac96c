# test upper, lower, title, capitalize, swapcase, casefold
s = "hello WORLD it's a 2nd-try"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("ÉCOLE".lower(), "straße".upper(), "ǅ".lower())
print("they're bill's friends".title())
print("".upper(), "123".title(), "a1b2".title())
print("Hello".casefold(), "ABC".isupper(), "abc".islower(), "Abc Def".istitle())
