# test AttributeError on a builtin type method typo
names = ["a", "b"]
names.push("c")
