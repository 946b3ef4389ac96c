# test excepthook: restore default systemexit
import threading, sys
calls = []
threading.excepthook = lambda args: calls.append(args.exc_type.__name__)
t = threading.Thread(target=sys.exit); t.start(); t.join()
t = threading.Thread(target=lambda: [][1]); t.start(); t.join()
print(calls)
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=sys.exit); t.start(); t.join()
print("done")
