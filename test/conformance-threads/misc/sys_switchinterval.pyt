# test sys.getswitchinterval/setswitchinterval (GIL lessons set it to provoke races), sys.intern, the encodings
import sys, threading
print(sys.getswitchinterval(), sys.maxunicode, sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.is_finalizing())
for v in [0, -1, 'a', None, 1, True, 1e-6, 0.0000001]:
    try:
        sys.setswitchinterval(v); print('ok', v, sys.getswitchinterval())
    except Exception as e:
        print(type(e).__name__, e)
for v in [1, None]:
    try:
        sys.intern(v)
    except Exception as e:
        print(type(e).__name__, e)
print(sys.intern('ab'))
try:
    sys.getswitchinterval(1)
except TypeError as e:
    print(e)
try:
    sys.setswitchinterval()
except TypeError as e:
    print(e)
sys.setswitchinterval(0.0001)
counter = 0
lock = threading.Lock()
def work():
    global counter
    for _ in range(1000):
        with lock:
            counter += 1
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter, sys.getswitchinterval())
