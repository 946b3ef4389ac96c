#!/usr/bin/env python3
"""Regenerate the expected outputs of test/interpreter/{types,builtins}/programs/*.py with CPython 3.11.

Writes <name>.out, <name>.err and <name>.status next to each program.
Usage: python3 test/interpreter/types/gen-expected.py [dir...]   (default: both program folders)
"""
import os, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
dirs = sys.argv[1:] or [os.path.join(root, "types", "programs"), os.path.join(root, "builtins", "programs")]
for here in dirs:
    for name in sorted(f for f in os.listdir(here) if f.endswith(".py")):
        r = subprocess.run([sys.executable, name, "arg1"], cwd=here, capture_output=True, text=True, timeout=60)
        stem = os.path.join(here, name[:-3])
        r.stderr = r.stderr.replace('File "' + os.path.join(here, ""), 'File "')
        with open(stem + ".out", "w") as f: f.write(r.stdout)
        with open(stem + ".err", "w") as f: f.write(r.stderr)
        with open(stem + ".status", "w") as f: f.write(str(r.returncode) + "\n")
        print(name, r.returncode)
