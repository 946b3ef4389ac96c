s = "abc"
s.foo()
