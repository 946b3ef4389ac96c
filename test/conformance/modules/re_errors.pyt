# test re: re.error for bad patterns, with CPython's messages, positions, line and column; other errors of the module functions (TypeError, ValueError, OverflowError)
import re

bad = ['(', ')', 'a)', '[a', '[', '*', 'a**', '+a', 'a{3,2}', r'\q', '\\', r'[\q]', '(?P<1>a)', '(?P<a', '(?P<>a)', '(?P=x)',
       r'(a)\2', r'\1(a)', '(a\\1)', '(?z)', 'a(?i)', '(?i', '(?-', '(?i-i:a)', '(?L)a', '(?au)a', '(?-a:b)', r'\x1', r'\u12', r'\U0011FFFF',
       '[z-a]', r'[\d-z]', '(?<x', '(?P<a>x)(?P<a>y)', 'a\n(b', 'x\ny\n(?P=q)', '(?<=a+)b', '(?<=a|bc)d', '(?<!x*)y', '(?P<n>a)(?<=(?P=n)+)',
       '(?#abc', '(?', '(?P', '(?Px)', r'\400', '[\\400]', '^*', r'\b+', 'a{1}{2}', 'a|*', '(?i:a))', '(?x)[a']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), type(e).__name__, e)

print(isinstance(re.error('x'), Exception), re.error('m').msg, str(re.error('m', 'pat', 1)), re.error.__name__)
try:
    re.compile('a{99999999999}')
except OverflowError as e:
    print('OverflowError', e)
for call in [lambda: re.compile(re.compile('a'), re.I), lambda: re.compile('a', re.L), lambda: re.compile('a', re.A | re.U)]:
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
for call in [lambda: re.compile(5), lambda: re.match('a', 5), lambda: re.escape(5), lambda: re.sub('a', 5, 'a')]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile('(')
except re.error:
    print('caught', re.error.__mro__[1].__name__)
re.purge()
re.compile('[a')
