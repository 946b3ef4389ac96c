# test main raises with pool work pending
from concurrent.futures import ThreadPoolExecutor
import threading
ex = ThreadPoolExecutor(1)
gate = threading.Event()
f = ex.submit(lambda: (gate.wait(), print("pool job ran"))[1])
threading.Timer(0.05, gate.set).start()
raise RuntimeError("main failed")
