# test contextlib: suppress, nullcontext, ExitStack (enter_context, callback, push, pop_all, close, suppression, exception context), redirect_stdout, closing, ContextDecorator, AbstractContextManager
import contextlib, sys
from contextlib import suppress, nullcontext, ExitStack, redirect_stdout, closing
with suppress(KeyError):
    {}['x']
print('after suppress')
with suppress(KeyError, IndexError):
    [][1]
with suppress():
    pass
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print('not suppressed:', e)
with suppress(LookupError):
    raise KeyError('sub')
print('subclass suppressed')
with nullcontext() as v:
    print('null', v)
with nullcontext(42) as v:
    print('null', v)
class Res:
    def __init__(self, name, log, swallow=False):
        self.name, self.log, self.swallow = name, log, swallow
    def __enter__(self):
        self.log.append('enter ' + self.name)
        return self.name.upper()
    def __exit__(self, et, e, tb):
        self.log.append('exit %s %s' % (self.name, et.__name__ if et else None))
        return self.swallow
log = []
with ExitStack() as stack:
    got = [stack.enter_context(Res(n, log)) for n in 'abc']
    stack.callback(log.append, 'callback')
    cb = stack.callback(lambda *a, **k: log.append(('cb', a, k)), 1, 2, k=3)
    print(got)
print(log)
log = []
with ExitStack() as stack:
    stack.enter_context(Res('outer', log, swallow=True))
    stack.enter_context(Res('inner', log))
    raise ValueError('boom')
print('swallowed', log)
log = []
stack = ExitStack()
stack.enter_context(Res('x', log))
stack.push(lambda et, e, tb: log.append('pushed'))
moved = stack.pop_all()
stack.close()
print(log)
moved.close()
print(log)
try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError('first')
except ZeroDivisionError as e:
    print(type(e).__name__, type(e.__context__).__name__, e.__context__)
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print(e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
with redirect_stdout(w) as target:
    print('captured', target is w)
print(''.join(w.parts), end='')
class Thing:
    def close(self):
        print('closed')
with closing(Thing()) as t:
    print(type(t).__name__)
class cm(contextlib.ContextDecorator):
    def __enter__(self):
        print('enter')
    def __exit__(self, *a):
        print('exit')
@cm()
def f(x):
    print('in f', x)
    return x * 2
print(f(3), f.__name__)
class Mine(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print('mine exit')
with Mine() as a:
    print(type(a).__name__)
for bad in [contextlib.AbstractContextManager, type('NoExit', (contextlib.AbstractContextManager,), {})]:
    try:
        bad()
    except TypeError as e:
        print(e)
