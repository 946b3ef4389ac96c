# test string literals: single, double, triple quotes, quotes inside quotes
a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = "it's"
f = 'say "hi"'
g = """both ' and " inside"""
h = ''
print(a, b)
print(c)
print(d)
print(e, f, g)
print(len(h), repr(h))
print(repr(e), repr(f), repr(g))
print(repr('both \' and "'))
