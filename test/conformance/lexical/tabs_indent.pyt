# test tabs as indentation
def f(n):
	if n > 0:
		return "pos"
	return "non-pos"
print(f(1), f(-1))
for i in range(2):
	print(i)
	print("\t" in "a\tb")
class T:
	def m(self):
		return 1
print(T().m())
