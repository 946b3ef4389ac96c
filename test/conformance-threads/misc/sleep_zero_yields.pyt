# test misc: sleep zero yields
import threading, time
out = []
def w():
    for i in range(3):
        out.append(i)
        time.sleep(0)
t = threading.Thread(target=w); t.start(); t.join()
time.sleep(0)
print(out)
