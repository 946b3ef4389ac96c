# test a sys.excepthook that raises: 'Error in sys.excepthook', then the original exception
import sys
print(sys.excepthook is sys.__excepthook__, sys.excepthook)
def hook(t, v, tb):
    print('in hook', t.__name__, v, tb is v.__traceback__)
    raise KeyError('hookfail')
sys.excepthook = hook
def f(): raise ValueError('v')
f()
