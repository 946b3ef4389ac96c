# test keyword arguments to builtins and str/list/dict methods: accepted ones work, the others are refused in CPython's words
try:
    print('sorted(key=len)', "->", repr((sorted(key=len))))
except Exception as e:
    print('sorted(key=len)', '!!', type(e).__name__, e)
try:
    print('min([], key=len)', "->", repr((min([], key=len))))
except Exception as e:
    print('min([], key=len)', '!!', type(e).__name__, e)
try:
    print('max([], key=len, default=None)', "->", repr((max([], key=len, default=None))))
except Exception as e:
    print('max([], key=len, default=None)', '!!', type(e).__name__, e)
try:
    print("{}.get('k', default=1)", "->", repr(({}.get('k', default=1))))
except Exception as e:
    print("{}.get('k', default=1)", '!!', type(e).__name__, e)
try:
    print('"x".join(iterable=[])', "->", repr(("x".join(iterable=[]))))
except Exception as e:
    print('"x".join(iterable=[])', '!!', type(e).__name__, e)
try:
    print('[].index(1, start=0)', "->", repr(([].index(1, start=0))))
except Exception as e:
    print('[].index(1, start=0)', '!!', type(e).__name__, e)
try:
    print('"abc".startswith(prefix="a")', "->", repr(("abc".startswith(prefix="a"))))
except Exception as e:
    print('"abc".startswith(prefix="a")', '!!', type(e).__name__, e)
try:
    print('"abc".find(sub="a")', "->", repr(("abc".find(sub="a"))))
except Exception as e:
    print('"abc".find(sub="a")', '!!', type(e).__name__, e)
try:
    print('[3, 1].sort(key=None, reverse=True)', "->", repr(([3, 1].sort(key=None, reverse=True))))
except Exception as e:
    print('[3, 1].sort(key=None, reverse=True)', '!!', type(e).__name__, e)
try:
    print('list(iterable=[1])', "->", repr((list(iterable=[1]))))
except Exception as e:
    print('list(iterable=[1])', '!!', type(e).__name__, e)
try:
    print('dict(iterable=[1])', "->", repr((dict(iterable=[1]))))
except Exception as e:
    print('dict(iterable=[1])', '!!', type(e).__name__, e)
try:
    print('int(x="5")', "->", repr((int(x="5"))))
except Exception as e:
    print('int(x="5")', '!!', type(e).__name__, e)
try:
    print('int("5", base=10)', "->", repr((int("5", base=10))))
except Exception as e:
    print('int("5", base=10)', '!!', type(e).__name__, e)
try:
    print('float(x="1.5")', "->", repr((float(x="1.5"))))
except Exception as e:
    print('float(x="1.5")', '!!', type(e).__name__, e)
try:
    print('str(object=5)', "->", repr((str(object=5))))
except Exception as e:
    print('str(object=5)', '!!', type(e).__name__, e)
try:
    print('str(object=b"x", encoding="utf-8") if False else 0', "->", repr((str(object=b"x", encoding="utf-8") if False else 0)))
except Exception as e:
    print('str(object=b"x", encoding="utf-8") if False else 0', '!!', type(e).__name__, e)
try:
    print('bool(x=1)', "->", repr((bool(x=1))))
except Exception as e:
    print('bool(x=1)', '!!', type(e).__name__, e)
try:
    print('tuple(iterable=[1])', "->", repr((tuple(iterable=[1]))))
except Exception as e:
    print('tuple(iterable=[1])', '!!', type(e).__name__, e)
try:
    print('range(stop=5)', "->", repr((range(stop=5))))
except Exception as e:
    print('range(stop=5)', '!!', type(e).__name__, e)
try:
    print('print("a", "b", sep="-", end="!\\n", file=None, flush=False)', "->", repr((print("a", "b", sep="-", end="!\n", file=None, flush=False))))
except Exception as e:
    print('print("a", "b", sep="-", end="!\\n", file=None, flush=False)', '!!', type(e).__name__, e)
try:
    print('round(number=2.5, ndigits=None)', "->", repr((round(number=2.5, ndigits=None))))
except Exception as e:
    print('round(number=2.5, ndigits=None)', '!!', type(e).__name__, e)
try:
    print('abs(x=-1)', "->", repr((abs(x=-1))))
except Exception as e:
    print('abs(x=-1)', '!!', type(e).__name__, e)
try:
    print('len(obj=[1])', "->", repr((len(obj=[1]))))
except Exception as e:
    print('len(obj=[1])', '!!', type(e).__name__, e)
try:
    print('isinstance(obj=1, class_or_tuple=int)', "->", repr((isinstance(obj=1, class_or_tuple=int))))
except Exception as e:
    print('isinstance(obj=1, class_or_tuple=int)', '!!', type(e).__name__, e)
try:
    print('getattr(1, "real", default=0)', "->", repr((getattr(1, "real", default=0))))
except Exception as e:
    print('getattr(1, "real", default=0)', '!!', type(e).__name__, e)
try:
    print('divmod(x=1, y=2)', "->", repr((divmod(x=1, y=2))))
except Exception as e:
    print('divmod(x=1, y=2)', '!!', type(e).__name__, e)
try:
    print('pow(base=2, exp=3, mod=5)', "->", repr((pow(base=2, exp=3, mod=5))))
except Exception as e:
    print('pow(base=2, exp=3, mod=5)', '!!', type(e).__name__, e)
try:
    print('sum([1], start=2)', "->", repr((sum([1], start=2))))
except Exception as e:
    print('sum([1], start=2)', '!!', type(e).__name__, e)
try:
    print('format(value=1, format_spec="5")', "->", repr((format(value=1, format_spec="5"))))
except Exception as e:
    print('format(value=1, format_spec="5")', '!!', type(e).__name__, e)
try:
    print('repr(obj=1)', "->", repr((repr(obj=1))))
except Exception as e:
    print('repr(obj=1)', '!!', type(e).__name__, e)
try:
    print('"abc".split(sep="b", maxsplit=0)', "->", repr(("abc".split(sep="b", maxsplit=0))))
except Exception as e:
    print('"abc".split(sep="b", maxsplit=0)', '!!', type(e).__name__, e)
try:
    print('"a b".rsplit(None, maxsplit=1)', "->", repr(("a b".rsplit(None, maxsplit=1))))
except Exception as e:
    print('"a b".rsplit(None, maxsplit=1)', '!!', type(e).__name__, e)
try:
    print('"abc".replace(old="a", new="b")', "->", repr(("abc".replace(old="a", new="b"))))
except Exception as e:
    print('"abc".replace(old="a", new="b")', '!!', type(e).__name__, e)
try:
    print('"abc".center(width=5)', "->", repr(("abc".center(width=5))))
except Exception as e:
    print('"abc".center(width=5)', '!!', type(e).__name__, e)
try:
    print('"abc".encode(encoding="utf-8") if False else 0', "->", repr(("abc".encode(encoding="utf-8") if False else 0)))
except Exception as e:
    print('"abc".encode(encoding="utf-8") if False else 0', '!!', type(e).__name__, e)
try:
    print('"abc".count(x="a")', "->", repr(("abc".count(x="a"))))
except Exception as e:
    print('"abc".count(x="a")', '!!', type(e).__name__, e)
try:
    print('[1, 2].pop(index=0)', "->", repr(([1, 2].pop(index=0))))
except Exception as e:
    print('[1, 2].pop(index=0)', '!!', type(e).__name__, e)
try:
    print('{1: 2}.pop(key=1)', "->", repr(({1: 2}.pop(key=1))))
except Exception as e:
    print('{1: 2}.pop(key=1)', '!!', type(e).__name__, e)
try:
    print('{1: 2}.setdefault(1, default=3)', "->", repr(({1: 2}.setdefault(1, default=3))))
except Exception as e:
    print('{1: 2}.setdefault(1, default=3)', '!!', type(e).__name__, e)
try:
    print('set().add(elem=1)', "->", repr((set().add(elem=1))))
except Exception as e:
    print('set().add(elem=1)', '!!', type(e).__name__, e)
try:
    print('"a".ljust(5, fillchar="*")', "->", repr(("a".ljust(5, fillchar="*"))))
except Exception as e:
    print('"a".ljust(5, fillchar="*")', '!!', type(e).__name__, e)
try:
    print('"a".zfill(width=3)', "->", repr(("a".zfill(width=3))))
except Exception as e:
    print('"a".zfill(width=3)', '!!', type(e).__name__, e)
try:
    print('"{}".format(*[1], **{})', "->", repr(("{}".format(*[1], **{}))))
except Exception as e:
    print('"{}".format(*[1], **{})', '!!', type(e).__name__, e)
