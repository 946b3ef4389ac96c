# test sys.stdout/sys.stderr kept in a global, a logging handler and a thread's argument, written from threads
import logging, sys, threading
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(threadName)s: %(message)s")
out = sys.stdout
def work(n, err):
    logging.info("hello %d", n)
    print("direct", n, file=out)
    out.write("write %d\n" % n)
    print("err", n, file=err)
    print(out is sys.stdout, err is sys.stderr, sys.__stdout__ is out)
ts = [threading.Thread(target=work, args=(i, sys.stderr)) for i in range(2)]
for t in ts:
    t.start()
    t.join()
print(out is sys.stdout)
