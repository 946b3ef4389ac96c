# test __import__: a module by name, a dotted name gives its top package unless fromlist, errors
m = __import__('math')
print(m.sqrt(16), __import__('os.path').__name__, __import__('os.path', fromlist=['join']).__name__)
try:
    __import__('nosuchmod')
except ModuleNotFoundError as e:
    print(e)
try:
    __import__(5)
except TypeError as e:
    print(e)
try:
    __import__('')
except ValueError as e:
    print(e)
print(__import__('collections').deque([1]))
