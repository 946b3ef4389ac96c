# test types.MappingProxyType over dicts and other objects with __getitem__: len/keys/get/copy/|/reversed/repr and their errors
import types
class G:
    def __getitem__(self, k): return k * 2
p = types.MappingProxyType(G())
def t(label, f):
    try: print(label, f())
    except Exception as e: print(label, "!!", type(e).__name__, e)
t("get", lambda: p[3])
t("len", lambda: len(p))
t("keys", lambda: p.keys())
t("get()", lambda: p.get(1))
t("copy", lambda: p.copy())
t("repr", lambda: repr(p)[:22])
t("str", lambda: str(p)[:22])
t("eq", lambda: p == p)
t("or", lambda: p | {1: 2})
t("nested", lambda: types.MappingProxyType(types.MappingProxyType({"a": 1}))["a"])
t("str arg", lambda: types.MappingProxyType("abc"))
t("kw", lambda: types.MappingProxyType(mapping={"a": 1}))
t("none", lambda: types.MappingProxyType(None))
t("reversed", lambda: list(reversed(types.MappingProxyType({"a": 1, "b": 2}))))
t("hash", lambda: hash(types.MappingProxyType({})))
t("mt call kw", lambda: types.MethodType(lambda self, **k: k, 1)(a=1))
t("mt eq", lambda: types.MethodType(len, "a") == types.MethodType(len, "a"))
t("mod dir", lambda: sorted(dir(types.ModuleType("q"))))
t("mod sub", lambda: type("MyMod", (types.ModuleType,), {})("zz"))
t("mod attr err", lambda: types.ModuleType("q").nope)
t("ns kw self", lambda: types.SimpleNamespace(self=1))
q = types.MappingProxyType({"a": 1})
print(q | {"b": 2}, {"z": 0} | q, q | q, q.copy(), q.items(), list(reversed(q)), q.values())
class C:
    x = 1
print(C.__dict__["x"], "x" in C.__dict__, sorted(k for k in C.__dict__ if not k.startswith("__")))
