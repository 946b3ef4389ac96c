#!/usr/bin/env python3
"""Write interpreter/modules/stdlib-names.ts: the modules of CPython 3.11's standard library, so that
importing one pyt lacks says it is not supported yet instead of "No module named ...", which reads as
if the module did not exist. The names: sys.stdlib_module_names and, for each package among them, its
submodules (pkgutil), less test packages and IDLE's.

Usage: python3 tools/gen-stdlib-names.py   (with CPython 3.11)
"""
import importlib
import io
import contextlib
import os
import pkgutil
import sys

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"
SKIP = {"test", "idlelib", "lib2to3", "tkinter", "turtledemo", "ensurepip", "distutils", "this", "antigravity"}
names = set(sys.stdlib_module_names)
for top in sorted(names - SKIP):
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            m = importlib.import_module(top)
    except Exception:
        continue
    for info in pkgutil.walk_packages(getattr(m, "__path__", []), top + ".", onerror=lambda _: None):
        if ".test" not in info.name and "tests" not in info.name:
            names.add(info.name)
out = os.path.join(os.path.dirname(__file__), "..", "interpreter", "modules", "stdlib-names.ts")
with open(out, "w") as f:
    f.write("// CPython 3.11's standard-library modules (tools/gen-stdlib-names.py wrote this file; do not edit).\n")
    f.write("// One string, split on first use: only a failed import reads it.\n")
    f.write("export const STDLIB_MODULES =\n")
    line = ""
    parts = []
    for n in sorted(names):
        if len(line) + len(n) + 1 > 100:
            parts.append(line)
            line = ""
        line += n + " "
    parts.append(line)
    f.write("\n".join("  " + repr(p).replace("'", '"') + " +" for p in parts[:-1]) + "\n  " + repr(parts[-1].rstrip()).replace("'", '"') + ";\n")
print(f"{len(names)} names -> {os.path.normpath(out)}")
