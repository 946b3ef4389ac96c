# test identifiers are NFKC-normalized, as CPython reads them
ℌ = 1
ﬁle = "ligature"
print(H, file)
été = 2
print(été + H)
