# test the exception hierarchy: matching by base class, issubclass relations, __mro__ names
checks = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (IndentationError, SyntaxError), (FileNotFoundError, OSError), (ModuleNotFoundError, ImportError),
    (Exception, BaseException), (KeyboardInterrupt, Exception), (SystemExit, Exception),
    (StopIteration, Exception), (AssertionError, Exception), (bool, int), (TimeoutError, OSError),
]
for sub, base in checks:
    print(sub.__name__, base.__name__, issubclass(sub, base))
try:
    {}["k"]
except LookupError as e:
    print("caught as LookupError:", type(e).__name__)
try:
    1 / 0
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__)
print([c.__name__ for c in ZeroDivisionError.__mro__])
