#!/usr/bin/env python3
"""Write interpreter/modules/py/builtin_docs.json: CPython 3.11's docstrings of the builtins pyt implements
natively (functions, the builtin types and their methods), of _thread's functions and lock methods, and of
the time, math and random module functions, keyed as pyt looks them up (builtin_function_or_method and
method_descriptor __doc__, interpreter/objects/function.ts; a native type's, object-type.ts): "len", "int",
"str.upper", "time.sleep", "lock.acquire".

Usage: python3 tools/gen-builtin-docs.py   (then node interpreter/modules/py/gen.mjs)
"""
import _thread
import builtins
import json
import math
import sys
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "interpreter" / "modules" / "py" / "builtin_docs.json"
docs = {}


def add(key, obj):
    doc = getattr(obj, "__doc__", None)
    if isinstance(doc, str) and doc:
        docs[key] = doc


def methods(t, name=None):
    for k, v in vars(t).items():
        if callable(v) or isinstance(v, (classmethod, staticmethod)):
            add(f"{name or t.__name__}.{k}", getattr(t, k, v))


for name in dir(builtins):
    obj = getattr(builtins, name)
    if isinstance(obj, type):
        if not issubclass(obj, BaseException) and obj.__module__ == "builtins":
            add(name, obj)
            methods(obj)
    elif callable(obj) and type(obj).__name__ == "builtin_function_or_method":
        add(name, obj)
for name in ("allocate_lock", "start_new_thread", "get_ident", "get_native_id", "interrupt_main", "stack_size", "exit"):
    add(f"_thread.{name}", getattr(_thread, name))
methods(type(_thread.allocate_lock()))
methods(_thread.RLock)
for mod in (time, math):
    for name in dir(mod):
        obj = getattr(mod, name)
        if callable(obj) and type(obj).__name__ == "builtin_function_or_method":
            add(f"{mod.__name__}.{name}", obj)
OUT.write_text(json.dumps(docs, indent=0, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
print(f"{len(docs)} docstrings, {OUT.stat().st_size} bytes, CPython {sys.version.split()[0]}")
