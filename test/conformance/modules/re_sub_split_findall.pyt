# test re: sub/subn with templates (\1, \g<n>, \g<name>, escapes) and callables, count, CPython 3.7+'s empty-match rules in sub/findall/split/finditer, split with groups and maxsplit, findall by group count
import re

print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub('a*', '-', 'baaac'))
print(re.findall('a*?', 'aa'), re.sub('x*|b', '-', 'b'), re.findall(r'\b', 'a b'), re.findall('', 'ab'))
print(re.sub(r'(\w+)@(\w+)\.com', r'\2 at \1', 'mail joe@home.com now'))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>=\g<k>;\g<0>', 'a=1 b=2'))
print(re.sub('-', r'\n\t\\', 'a-b'), repr(re.sub('-', r'\.', 'a-b')), re.sub('(a)', r'\1\060', 'a'))
print(re.sub('(a)|b', r'[\1]', 'ab'), re.sub('a', '', 'banana'), re.sub('a', 'o', 'banana', count=2))
print(re.subn('a', 'o', 'banana'), re.subn('z', 'o', 'banana'), re.subn('a', 'o', 'banana', 1))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub('(a)(b)?', lambda m: repr(m.groups()), 'ab a'))
print(re.sub('a', lambda m: None, 'banana') if False else re.subn(r'\s+', ' ', '  a \n b  '))
p = re.compile(r'(\d)')
print(p.sub(r'<\1>', 'a1b2'), p.subn(r'<\1>', 'a1b2', count=1), re.sub(p, 'N', 'x9'))

print(re.split(r',\s*', 'a, b,c,  d'), re.split(r'(,)\s*', 'a, b,c'), re.split('(a)|(b)', 'xaybz'))
print(re.split(',', 'a,b,c,d', maxsplit=2), re.split(',', 'a,b', 1), re.split(',', ''), re.split('x*', 'axbc'))
print(re.split(r'\b', 'hi there'), re.split('', 'abc'), re.split(r'(?=b)', 'abab'), re.split(r'\s+', ' a b '))
print(re.compile(r'\W+').split('Words, words, words.', 1))

print(re.findall(r'\d+', 'a1 b22 c333'), re.findall(r'(\w)=(\d)', 'a=1 b=2 c=x'), re.findall(r'(\w)\d', 'a1 b2'))
print(re.findall(r'(a)|(b)', 'ab'), re.findall(r'(\w)(\d)?', 'a1 b c3'), re.findall('z', 'abc'), re.findall(r'((a)b)', 'abab'))
print(re.compile('o').findall('foo boo', 2, 6))
for m in re.finditer(r'(\w)(\d)', 'a1 b2 c3'):
    print(m.span(), m.group(1), m.groups())
print([m.span() for m in re.finditer('x*', 'axb')], [m.group() for m in re.compile('.').finditer('abcd', 1, 3)])
it = re.finditer('a', 'aa')
print(next(it).span(), next(it).span(), next(it, 'done'))

for args in [('(a)', r'\2', 'a'), ('(a)', r'\g<x>', 'a'), ('(a)', r'\g<1', 'a'), ('(a)', r'\q', 'a'), ('a', 'x\\', 'a'),
             ('(a)', r'\g<a b>', 'a'), ('(a)', r'\g', 'a'), ('(a)', r'\g<>', 'a'), ('a', r'\400', 'a')]:
    try:
        print(re.sub(*args))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub('a', lambda m: 1, 'xaya')
except TypeError as e:
    print('TypeError', e)
