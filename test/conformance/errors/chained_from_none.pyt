# test raise ... from None suppresses the context
def get(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError(f"missing {key}") from None

get({}, "x")
