# test hunt: list[int], deque[str], queue.Queue[int] and int | None read by another thread
import threading, queue
from collections.abc import Callable
from collections import deque
hints = {"q": queue.Queue[int], "d": deque[str], "l": list[int]}
def w():
    print(hints, hints["cb"] == (Callable[[int], None] | None) if False else "", hints["l"] == list[int])
t = threading.Thread(target=w); t.start(); t.join()
