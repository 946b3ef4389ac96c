# test hash("") is 0 (CPython fixes it whatever the hash seed)
print(hash(""), hash(("",)) == hash(("",)), {"": 1}[""], "" in {"", "x"})
