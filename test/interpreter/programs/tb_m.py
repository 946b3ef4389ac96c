def f():
    try:
        1/0
    except Exception as e:
        raise e
f()
