with 1:
    pass
