# test multiprocessing.dummy: Lock, RLock, Semaphore, Event, Condition, Barrier are threading's
import threading
import multiprocessing.dummy as mpd

print(mpd.Lock is threading.Lock, mpd.RLock is threading.RLock, mpd.Event is threading.Event,
      mpd.Condition is threading.Condition, mpd.Barrier is threading.Barrier,
      mpd.Semaphore is threading.Semaphore, mpd.BoundedSemaphore is threading.BoundedSemaphore)
print(mpd.current_process is threading.current_thread, hasattr(mpd, "cpu_count"))
print(sorted(mpd.__all__))
