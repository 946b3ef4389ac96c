# test re: pattern syntax as CPython's (classes with \d \w \s and their negations, Unicode and re.ASCII semantics, \b, $ before a final newline, MULTILINE, DOTALL, IGNORECASE, VERBOSE, inline and scoped flags, named groups and backreferences, lookarounds, quantifiers, escapes) and re.escape
import re

print(re.findall(r'\w+', 'héllo wörld_1 ñ 42 ٣'), re.findall(r'\w+', 'héllo wörld', re.A), re.findall(r'(?a)\w+', 'héllo'))
print(re.findall(r'\d', '1٣x'), re.findall(r'\d', '1٣x', re.ASCII), re.findall(r'\s', 'a b\tc\xa0d\u3000e'), re.findall(r'\s', 'a\xa0b', re.A))
print(re.findall(r'[^\W\d]+', 'ab12cd é3'), re.findall(r'[\W\d]+', 'ab, 12!cd'), re.findall(r'[a\S]', 'a b'), re.findall(r'[\D]+', 'a1b'))
print(re.findall(r'\bfoo\b', 'foo foobar éfoo foo.'), re.findall(r'\Boo\B', 'foo boot'), re.sub(r'\b', '|', 'ab cd'))
print(re.search('a$', 'a\n'), re.search('a$', 'a\n\n'), re.search(r'a\Z', 'a\n'), re.findall('$', 'a\nb\n'), re.findall('$', 'a\nb\n', re.M))
print(re.findall('^.', 'ab\ncd\n', re.M), re.findall('^.', 'ab\ncd'), re.findall('.', 'a\nb'), re.findall('.', 'a\nb', re.S))
print(re.findall('a.c', 'a\rc a\u2028c'), re.findall('^b', 'a\rb', re.M), re.findall('x$', 'x\r\n'), re.sub('(?m)$', '!', 'a\nb'))
print(re.findall('hello', 'Hello HELLO hello', re.I), re.findall('[a-c]+', 'ABCabc', re.I), re.findall('ß|straße', 'STRASSE', re.I))
print(re.findall('(?i)é', 'É'), re.findall('(?i:b)a', 'Ba BA ba'), re.findall('a(?i:b|c)', 'aB aC Ab'), re.findall('(?i:[x-z])1', 'X1 y1 Z1'))
print(re.findall('(?s:.)', '\n'), re.findall('a(?s:.).', 'a\nb a\n\n'), re.findall('(?m:^x)', 'a\nx'), re.findall('(?x: a b )c', 'abc'))
print(re.findall(r'(?ms)^a.b$', 'a\nb\na\nb'), re.compile('(?imsx)a').flags, re.compile('(?u)a').flags)
v = re.compile(r"""
    (?P<int> \d+ )      # digits
    \s* [#] \s*         # a literal hash in a class
    (?P<word> [a-z ]+ ) # spaces in a class stay
    \ x                 # an escaped space
""", re.VERBOSE)
print(v.findall('12 # ab c x, 3#z x'), v.groupindex['word'])
print(re.match(r'(?x) a \# b', 'a#b'), re.match('(?x)a{ 2 }', 'a{ 2 }'), re.match(r'(?x)a  {2}', 'aa'))
print(re.findall(r'(?P<q>[\'"]).*?(?P=q)', '"a" \'b\' "c\''), re.findall(r'(\w)\1', 'aabbcd'), re.sub(r'(\w)\1', r'<\1>', 'aabcc'))
print(re.findall(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj'), re.findall(r'(a)\1{2}', 'aaa aaaa'))
print(re.findall(r'(?<=\$)\d+', 'cost $12 or 13'), re.findall(r'(?<!\$)\b\d+', 'cost $12 or 13'), re.findall(r'\w+(?=,)', 'a, b, c'), re.findall(r'\w+(?!\w|,)', 'a, b, c'))
print(re.findall(r'(?<=ab|cd)x', 'abx cdx efx'), re.findall(r'(?<=(a))b', 'ab'), re.findall(r'(?#comment)a', 'a'))
print(re.findall('a{2}', 'aaaaa'), re.findall('a{2,}', 'a aa aaaaa'), re.findall('a{,2}', 'aaa'), re.findall('a{1,2}?', 'aaa'), re.findall('a{', 'a{'), re.findall('x{}', 'x{}'), re.findall('a{1,x}', 'a{1,x}'))
print(re.findall('a+?', 'aaa'), re.findall('a*?b', 'aab'), re.findall('(ab)+', 'ababab'), re.findall('(?:ab)+', 'ababab'), re.findall('a??b', 'ab'))
print(re.findall(r'\x41\u0042\U00000043\101\0\t\.', 'ABCA\x00\t.'), re.findall(r'[\x41-\x43\]]+', 'AB]C'), re.findall('[]a]+', ']a]'), re.findall('[^]a]+', ']ab'))
print(re.findall('[a-]+', 'a-b'), re.findall(r'[\-\w]+', 'a-b c'), re.findall('[.*+?]', 'a.b*c+d?'), re.findall(r'[\b]', 'a\bb'), re.findall('[&~|]', '&~|'))
print(re.findall('(?:a|b)*c', 'ababc'), re.findall('a|', 'ab'), re.findall('|a', 'ab'), re.findall('x(y|)z', 'xz xyz'))
print(re.escape('a.b*c? [d] {e} (f) ^g$ h|i \\ j-k # & ~ \t\n'), re.escape('héllo_1'), re.match(re.escape('1+1=2?'), '1+1=2?'))
print(re.findall('😀+', 'a😀😀b'), re.findall('[😀-😂]', '😁x😂'), re.sub('.', '-', 'a😀b'), re.findall(r'\w', 'a😀'))
print(re.findall(r'\s+', 'a\x1c\x1d\x1e\x1f\x85b'), re.findall(r'\S+', 'a\x85b\ufeffc'))
print(re.split(r'[\s,]+', 'a , b\n\tc'), re.fullmatch(r'[\w.+-]+@[\w-]+\.[\w.]+', 'john.doe+x@mail-host.co.uk').group())
print(re.findall('(?i)a(?-i:b)c', 'ABC AbC abc aBc'), re.findall('a(?-i:[b-c]x)', 'AbX ABX Acx', re.I), re.findall('(?i)[^a](?-i:z)', 'bZ bz Bz'))
print(re.match(r'(?P<z>[+-]\d\d:?[0-5]\d|(?-i:Z))', 'z', re.I), re.match(r'(?:\d|(?-i:Z))', 'Z', re.I), re.findall('(?i)é(?-i:é)', 'ÉÉ Éé'))
print(re.findall('(?i:k)', 'kK\u212a'), re.findall('(?i:[a-z])', 'aZ\u212a\u017f'), re.findall('(?i:s)x(?-i:y)', 'SxY \u017fxy'), re.findall('(?ai:k)', 'kK\u212a'))
print(re.findall('(?i:µ)', 'µμΜ'), re.findall('(?i:ß)', 'ßẞ'), re.findall('(?i)k', 'kK\u212a'), re.findall('(?i)[^k]', 'kK\u212ax'))
