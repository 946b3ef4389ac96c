def parse(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError("bad input") from None
parse("x")
