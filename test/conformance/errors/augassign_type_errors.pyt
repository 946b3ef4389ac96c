# test augmented assignment's TypeErrors name the augmented operator (+=, **=...), on names, attributes, items, in functions and generators
import operator
def attempt(label, fn):
    try:
        fn()
    except TypeError as e:
        print(label, "->", e)

def name_add():
    x = None
    x += 1
def name_pow():
    x = None
    x **= 2
def item_matmul():
    d = {"k": 1}
    d["k"] @= 2
class A:
    pass
def attr_sub():
    a = A()
    a.v = "s"
    a.v -= 1
def str_concat():
    s = "a"
    s += 1
def seq_mul():
    xs = [1]
    xs *= "x"
def gen():
    y = None
    y |= (yield 1)
attempt("name +=", name_add)
attempt("name **=", name_pow)
attempt("item @=", item_matmul)
attempt("attr -=", attr_sub)
attempt("str +=", str_concat)
attempt("list *=", seq_mul)
attempt("operator.iadd", lambda: operator.iadd(None, 1))
attempt("operator.add", lambda: operator.add(None, 1))
attempt("plain **", lambda: None ** 2)
g = gen()
next(g)
attempt("generator |=", lambda: g.send(3))
x = None
x += 1
