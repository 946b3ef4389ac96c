# test tutorials: debugging threads with traceback.print_stack (where is each thread now?), format_stack and extract_stack with limits, in MainThread and in worker threads
import traceback, threading, sys
def where(tag):
    print(f"--- {tag}", file=sys.stderr)
    traceback.print_stack()
def task(n, ready):
    helper(n)
    ready.set()
def helper(n):
    where(f"worker {n}")
    stack = traceback.extract_stack()
    print(n, [fs.name for fs in stack][-2:], stack[-1].line)
    print(n, [fs.name for fs in traceback.extract_stack(limit=2)], len(traceback.extract_stack(limit=0)))
    lines = traceback.format_stack(limit=1)
    print(n, len(lines), lines[0].splitlines()[1].strip())
for i in range(2):
    ready = threading.Event()
    t = threading.Thread(target=task, args=(i, ready), name=f"Worker-{i}")
    t.start(); ready.wait(); t.join()
def outer():
    return inner()
def inner():
    where("main")
    s = traceback.extract_stack()
    return [(fs.name, fs.lineno) for fs in s], [fs.name for fs in traceback.extract_stack(limit=-1)]
print(outer())
