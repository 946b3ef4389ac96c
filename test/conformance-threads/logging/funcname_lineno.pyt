# test logging's %(funcName)s, %(lineno)d, %(filename)s and %(module)s name the user code that logged, in threads too
import logging, sys, threading
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s %(filename)s %(module)s %(funcName)s:%(lineno)d [%(threadName)s] %(message)s")
log = logging.getLogger("bank")

class Account:
    def __init__(self, balance):
        self.balance = balance
        log.debug("opened with %d", balance)

    def withdraw(self, amount):
        if amount > self.balance:
            log.warning("refused %d", amount)
            return False
        self.balance -= amount
        log.info("withdrew %d", amount)
        return True

def teller(acct, amounts):
    for a in amounts:
        acct.withdraw(a)

acct = Account(100)
t = threading.Thread(target=teller, args=(acct, [30, 200]), name="Teller-1")
t.start()
t.join()
logging.info("module level")
def helper():
    def inner():
        logging.error("nested")
    inner()
helper()
log.log(logging.CRITICAL, "via log()")
