# test threading.excepthook's argument is a 4-field struct sequence: unpacked, indexed, len(), kept and read in main
import threading

def hook(args):
    exc_type, exc_value, tb, thread = args
    seen.append(args)
    print(exc_type.__name__, exc_value, tb is not None, thread.name, args.thread is thread, len(args), args[0] is args.exc_type)

seen = []
threading.excepthook = hook
t = threading.Thread(target=lambda: 1 / 0, name="divider")
t.start()
t.join()
a = seen[0]
print(type(a).__name__, type(a).__module__, isinstance(a, tuple), a[3].name, a.exc_value, a[1:2])
print(a.n_fields, a.n_sequence_fields, a.n_unnamed_fields)

b = threading.ExceptHookArgs((ValueError, ValueError("x"), None, None))
print(b, list(b), b == (ValueError, b[1], None, None))
for bad in (lambda: setattr(b, "exc_type", 1), lambda: threading.ExceptHookArgs((1, 2))):
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
