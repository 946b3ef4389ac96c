# test type(name, bases, ns) argument-type errors and issubclass's wording for a bad second argument
for f in [lambda: type('X', 5, {}), lambda: type('X', (), 5), lambda: type(5, (), {}), lambda: issubclass(int, (str, 5)),
          lambda: issubclass(int, 5), lambda: isinstance(1, 5)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
