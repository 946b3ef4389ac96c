# test json.dumps (indent, sort_keys, separators, ensure_ascii, special floats, default, errors) and json.loads (values, escapes, every decode error message), dump/load on StringIO
import json, io
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "score": 9.5, "ok": True, "none": None, "nested": {"x": [1, {"y": []}], "e": {}}, "uni": "héllo ✓ 😀", 3: "int key", 2.5: "f", False: 0, None: 1}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=False, ensure_ascii=False))
print(json.dumps({"b": 1, "a": [1, 2]}, sort_keys=True, indent=4, separators=(",", " = ")))
print(json.dumps([1, 2.0, 1e100, 1e-7, float("nan"), float("inf"), -float("inf"), 10**20, -0.0]))
print(json.dumps("quote\" back\\ nl\n tab\t ctrl\x01 del\x7f"), json.dumps([]), json.dumps({}), json.dumps((1, 2)))
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
attempt("set", lambda: json.dumps({1, 2}))
attempt("tuple key", lambda: json.dumps({(1,): 2}))
attempt("skipkeys", lambda: json.dumps({(1,): 2, "a": 1}, skipkeys=True))
l = [1]; l.append(l)
attempt("circular", lambda: json.dumps(l))
attempt("nan strict", lambda: json.dumps(float("nan"), allow_nan=False))
attempt("default", lambda: json.dumps({"s": {3, 1}}, default=sorted))
class P:
    def __init__(self): self.x = 1
attempt("default obj", lambda: json.dumps(P(), default=lambda o: o.__dict__))
attempt("obj", lambda: json.dumps(P()))
for s in ['{"a": 1, "b": [true, false, null], "c": 1.5e3, "d": "x\\u00e9\\n\\ud83d\\ude00"}', '[]', ' 42 ', '-0', '1E5', '"\\/"', 'NaN', '[-Infinity, Infinity]', '{"a": 1, "a": 2}',
          '', '   ', '{', '[1, 2', '[1 2]', '{"a" 1}', '{a: 1}', '{"a": 1,}', '[1,]', '"abc', '"a\\qb"', '"a\tb"', '01', '1.', '.5', 'tru', '[1] x', '{"a": }', '"\\u12"', '-', '1e', '{"a":1}\n\n  z']:
    attempt(repr(s), lambda: json.loads(s))
attempt("bytes", lambda: json.loads(5))
try:
    json.loads('{"a": 1,\n "b": oops}')
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError), type(e).__name__, type(e).__module__)
attempt("object_hook", lambda: json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)))
attempt("parse_float", lambda: json.loads('[1.5, 2]', parse_float=str, parse_int=float))
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=1)
print(repr(buf.getvalue()))
buf.seek(0)
print(json.load(buf))
print(json.loads(json.dumps(data)) == {str(k) if not isinstance(k, str) else k: v for k, v in data.items()} if False else json.loads(json.dumps(data))["nested"])
