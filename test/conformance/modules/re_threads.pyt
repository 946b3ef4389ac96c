# test re: one compiled Pattern (and the module-level cache) used from several threads, Match objects made in a thread read by the main thread
import re
import threading

WORD = re.compile(r'(?P<w>[a-zé]+)(?P<n>\d*)', re.I)
results = {}
lock = threading.Lock()


def worker(k):
    text = ' '.join('Wörd%d' % i if i % 2 else 'élan' for i in range(k, k + 6))
    found = WORD.findall(text)
    subbed = WORD.sub(r'\g<n>\g<w>', text)
    m = WORD.search(text, 3)
    ms = re.findall(r'\d+', text)
    with lock:
        results[k] = (found, subbed, m, ms, re.split(r'\s+', text, 2))


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    found, subbed, m, ms, parts = results[k]
    print(k, found)
    print(' ', subbed, ms, parts)
    print(' ', m, m.group('w'), m.span('n'), m.re is WORD, m.groupdict())
print(WORD.match('abc1').groups())
main_match = WORD.match('Abc42 rest')
seen = []


def reader(m, p):
    seen.append((m.group(0), m.expand(r'\2-\1'), m.span('n'), repr(m), p.groupindex, p.split('x1y22z')))


t = threading.Thread(target=reader, args=(main_match, WORD))
t.start()
t.join()
print(seen, WORD.groupindex)
