# test TypeError: unhashable type used as a dict key
seen = {}
seen[[1, 2]] = True
