#!/usr/bin/env python3
"""Regenerate the expected outputs of test/interpreter/programs/*.py with CPython 3.11.

Writes <name>.out (stdout), <name>.err (stderr) and <name>.status (exit status) next to each program.
Run from anywhere: python3 test/interpreter/gen-expected.py [names...]
"""
import os, subprocess, sys

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "programs")
names = sys.argv[1:] or sorted(f for f in os.listdir(here) if f.endswith(".py"))
for name in names:
    r = subprocess.run([sys.executable, name], cwd=here, capture_output=True, text=True, timeout=60)
    stem = os.path.join(here, name[:-3])
    # CPython prints the script's absolute path in tracebacks; keep the name only.
    r.stderr = r.stderr.replace('File "' + os.path.join(here, ""), 'File "')
    with open(stem + ".out", "w") as f: f.write(r.stdout)
    with open(stem + ".err", "w") as f: f.write(r.stderr)
    with open(stem + ".status", "w") as f: f.write(str(r.returncode) + "\n")
    print(name, r.returncode)
