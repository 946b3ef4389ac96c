# test argument errors of sum(), format(), super() and str.format_map in CPython's words
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
attempt("sum()", lambda: sum())
attempt("sum(start=5)", lambda: sum(start=5))
attempt("sum([], start=5)", lambda: sum([], start=5))
attempt("format()", lambda: format())
attempt("super(1)", lambda: super(1))
attempt("super(1, 2)", lambda: super(1, 2))
attempt("super(int, 1, 2)", lambda: super(int, 1, 2))
attempt("'{}'.format_map", lambda: '{}'.format_map({}))
attempt("'{0}'.format_map", lambda: '{0}'.format_map({}))
attempt("'{a}'.format_map", lambda: '{a}'.format_map({'a': 1}))
