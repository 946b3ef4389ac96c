# test raw strings keep backslashes
p = r"C:\new\table"
print(p)
print(len(p))
print(repr(p))
print(r'\n' == '\\n')
print(R"upper\t")
print(r"""raw
triple\n""")
