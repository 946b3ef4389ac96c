# test datetime.strptime and textwrap called from several threads at once (the _strptime cache lock and regex cache, patterns compiled in one thread used in another)
import threading
import textwrap
from datetime import datetime

out = {}


def work(k):
    d = datetime.strptime('2024-%02d-%02d %02d:30' % (k + 1, k + 10, k), '%Y-%m-%d %H:%M')
    w = textwrap.fill('thread %d wraps this sentence into short lines' % k, 12)
    out[k] = (d, w)


threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(out):
    print(out[k][0], repr(out[k][1]))
print(datetime.strptime('1/2/03', '%d/%m/%y'))
