# test str() given an encoding or errors: decoding needs bytes, so CPython refuses anything else
for f in [lambda: str(1, 2), lambda: str(1, 'utf-8'), lambda: str('a', 'utf-8'), lambda: str(encoding='utf-8'), lambda: str(errors='strict'), lambda: str(1, errors=5), lambda: str([1], 'ascii', 'ignore'), lambda: str(object=5), lambda: str(1, 2, 3, 4)]:
    try:
        print(repr(f()))
    except TypeError as e:
        print(e)
