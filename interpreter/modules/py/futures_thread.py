"""ThreadPoolExecutor's worker loop and map jobs (CPython's concurrent.futures.thread)."""

# Apart from concurrent.futures: a new pool thread decodes and compiles only this module (and _queue)
# before it runs a map job, not the ~250 KB AST of concurrent.futures (issue 4: tens of ms per new
# worker on two cores). Decoding an object compiles its class's module (the class's slots are looked
# up), so what a pool thread touches lives here: the job, not the executor (passed only for a failing
# initializer). The rest of concurrent.futures loads there only if a submitted work item needs it.
import threading
import _pytsupport

_MISS = object()  # the native SimpleQueue get/put declined: use the queue's own methods
_JOB_PENDING = object()  # a job's result not there yet (or cancelled)
_JOB_FAILED = object()   # fn raised: the job's excs holds what to raise


def _worker(executor, work_queue, initializer, initargs, idle):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException as exc:
            # CPython's LOGGER.critical(..., exc_info=True) on the 'concurrent.futures' logger: stderr
            # through logging's last resort handler, or wherever the program's logging sends it
            import logging
            logging.getLogger("concurrent.futures").critical("Exception in initializer:", exc_info=exc)
            executor._initializer_failed()
            return
    while True:
        work_item = _pytsupport.simple_get(work_queue, _MISS)
        if work_item is _MISS:
            work_item = work_queue.get(block=True)
        if work_item is not None:
            ran = _pytsupport.job_run(work_item)  # -1: not a _MapJob
            if ran < 0:
                work_item.run()
            elif ran > 1:
                idle.release(ran - 1)
            work_item = None
            idle.release()
            continue
        if not _pytsupport.simple_put(work_queue, None):
            work_queue.put(None)
        return


class _MapJob:
    # ThreadPoolExecutor.map's inputs and results, run natively (modules/futures-native.ts) instead of
    # one Future and work item per input; the work queue holds one token (this object) per worker that
    # may take part. Its futures were never visible, so the program sees the same calls and results.
    def __init__(self, fn, items, star, rec):
        self.fn = fn
        self.items = items
        self.star = star
        self.rec = rec
        self.pending = _JOB_PENDING
        self.failed = _JOB_FAILED
        self.results = [_JOB_PENDING] * len(items)
        self.excs = {}
        self.broken = None
        self.lock = threading.Lock()

    def fail(self, i, exc):
        self.excs[i] = exc
        self.results[i] = _JOB_FAILED

    def cancel(self, start, broken=None):
        with self.lock:
            if broken is not None and self.broken is None:
                self.broken = broken
            _pytsupport.job_cancel(self, start)
