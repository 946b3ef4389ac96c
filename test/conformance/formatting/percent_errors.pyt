# test %-formatting errors: too few/many args, wrong type
for fmt, args in [("%d %d", (1,)), ("%d", (1, 2)), ("%d", "x"), ("%z", (1,))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
