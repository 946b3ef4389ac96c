# test logger.exception, exc_info and stack_info in threads
import logging, threading, sys
logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="%(levelname)s:%(threadName)s:%(funcName)s:%(message)s")
log = logging.getLogger(__name__)
def parse(s):
    return int(s)
def worker(s):
    try:
        parse(s)
    except ValueError as e:
        log.exception("parse failed for %r", s)
        log.error("again", exc_info=True)
        log.warning("as tuple", exc_info=(type(e), e, e.__traceback__))
        log.info("not exc", exc_info=False)
ts = [threading.Thread(target=worker, args=(s,), name=f"P{s}") for s in ["a"]]
for t in ts: t.start()
for t in ts: t.join()
log.error("outside", exc_info=True)
log.exception("exception outside handler")
