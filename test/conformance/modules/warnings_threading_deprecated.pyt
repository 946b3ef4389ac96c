# test threading's camelCase DeprecationWarnings go through warnings: once per line before and after importing warnings, captured by catch_warnings, raised under 'error', ignored under 'ignore'
import threading
t = threading.currentThread()
t = threading.currentThread()
for i in range(2):
    threading.currentThread()
import warnings
for i in range(2):
    threading.currentThread()        # already shown from this line: registry kept
threading.activeCount()
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    threading.currentThread().getName()
    threading.Event().isSet()
print([(str(m.message), m.category.__name__, m.lineno) for m in log])
warnings.simplefilter("error", DeprecationWarning)
try:
    threading.current_thread().setDaemon(False)
except DeprecationWarning as e:
    print("raised:", e)
warnings.simplefilter("ignore")
threading.current_thread().isDaemon()
print("done")
