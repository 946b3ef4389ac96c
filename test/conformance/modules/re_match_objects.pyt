# test re: match/search/fullmatch with pos and endpos, the Match API (group by index and name, groups/groupdict defaults, start/end/span, lastindex/lastgroup, expand, regs) and the reprs of Pattern, Match and flags
import re

p = re.compile(r'(?P<first>\w+) (?P<last>\w+)(?P<tail>!)?')
print(p, p.pattern, p.flags, p.groups, dict(p.groupindex))
m = p.match('Jane Doe and more')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 0))
print(m[0], m['first'], m[2])
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(2), m.end('last'), m.span('tail'), m.start(3))
print(m.lastindex, m.lastgroup, m.string, m.re is p, m.pos, m.endpos, m.regs)
print(m.expand(r'\2, \g<first>\t\g<1>!'))
print(bool(m), p.match('x') is None, p.search('  Ann Lee!').groups())
for bad in (4, 'nope', -1):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)

print(re.match('b', 'ab'), re.search('b', 'ab'), re.fullmatch('a|ab', 'ab'), re.fullmatch('a', 'ab'))
q = re.compile('o')
print(q.search('foo boo', 3), q.search('foo boo', 3, 5), q.match('foo', 1), q.match('foo', 1, 1))
print(q.fullmatch('xox', 1, 2), q.search('foo', 10), q.search('foo', -5), q.search('foo', 2, 1))
print(re.compile('^o').search('foo', 1), re.compile('o$').search('foo', 0, 2), re.compile(r'\Ao').match('oo', 1))
m = re.compile('(a)|(b)').match('b')
print(m.lastindex, m.groups(), m.span(1), re.match('((a)b)', 'ab').lastindex, re.match('(x)?y', 'y').lastindex)
m = re.match(r'(?P<a>a)(?P<b>b)?', 'ac')
print(m.lastgroup, m.groupdict(), m.group('b', 'a'))
print(re.compile('a', re.I | re.M), re.compile('a', re.A), re.compile('a', re.X | re.S), re.compile("it's"))
print(re.I, re.I | re.M, re.NOFLAG, re.IGNORECASE == 2, re.M | 1, int(re.S), type(re.I | re.S).__name__)
print(re.compile('x' * 300) == re.compile('x' * 300), len(repr(re.compile('x' * 300))))
print(repr(re.match('.*', 'y' * 80)))
print(re.compile(p) is p, re.compile('(?i)a').flags, re.compile('(?a)a').flags, re.compile('(?x)a b').pattern)
print(type(m).__name__, type(p).__name__, isinstance(p, re.Pattern), isinstance(m, re.Match))
print(re.I | re.M | re.S | re.X | re.A | re.T | re.DEBUG | re.L, re.U | re.I, ~re.I, re.I & re.M, re.I ^ re.I)
