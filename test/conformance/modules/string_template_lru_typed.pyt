# test string.Template (substitute, safe_substitute, invalid placeholders, a custom delimiter, get_identifiers) and lru_cache typed/cache_parameters and its single-int key
from string import Template
import functools
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
t = Template("Hello $name, you owe $$${amount}. ${name}!")
attempt("sub", lambda: t.substitute(name="Ann", amount=5))
attempt("sub map+kw", lambda: t.substitute({"name": "A", "amount": 1}, amount=2))
attempt("missing", lambda: t.substitute(name="x"))
attempt("safe", lambda: t.safe_substitute(name="x"))
attempt("invalid", lambda: Template("a\nb $ c").substitute())
attempt("invalid brace", lambda: Template("x ${1} y").substitute())
attempt("invalid safe", lambda: Template("cost: $5 and ${bad").safe_substitute())
attempt("ids", lambda: (Template("$a $b ${a} $$c $").get_identifiers(), Template("$a $").is_valid(), Template("$a").is_valid()))
attempt("attrs", lambda: (t.template[:5], Template.delimiter))
class Pct(Template):
    delimiter = "%"
attempt("subclass", lambda: Pct("%who is %% %{what}").substitute(who="me", what="it"))
attempt("nonascii", lambda: Template("$é $x").safe_substitute(x=1))
attempt("trailing", lambda: Template("$").safe_substitute())
attempt("kw only name", lambda: Template("$mapping").substitute(mapping=3))
@functools.lru_cache(maxsize=None, typed=True)
def ident(x):
    print("computing", repr(x))
    return x
ident(1); ident(1.0); ident(1)
attempt("typed info", lambda: (ident.cache_info(), ident.cache_parameters()))
@functools.lru_cache
def plain(x): return x
plain(1); plain(1.0)
attempt("untyped info", lambda: (plain.cache_info(), plain.cache_parameters()))
