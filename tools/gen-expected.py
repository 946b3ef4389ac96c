#!/usr/bin/env python3
"""Regenerate the expected results of the conformance corpus from CPython 3.11.

For each test/conformance/<topic>/<case>.pyt (or only the paths given as arguments), run CPython with
cwd = the program's folder and argv[1] = its basename (so tracebacks say File "case.pyt"), then write
  <case>.out     stdout (always, possibly empty)
  <case>.err     stderr, only when non-empty
  <case>.status  the exit status, only when non-zero
Optional inputs beside a case: <case>.in (stdin) and <case>.args (a JSON array of extra arguments).
Each program runs twice with different PYTHONHASHSEED values; a program whose results differ is
nondeterministic and is reported (exit status 1) instead of being written.

Usage: python3 tools/gen-expected.py [--check] [PATH...]
  --check   write nothing; report which expected files would change (exit 1 if any)
"""
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "test" / "conformance"
# a traceback entry (File line, source line, optional caret line) of a stdlib module (threading.py,
# concurrent/futures/*.py, queue.py...: pyt's are frozen modules, whose frames it leaves out)
STDLIB_FRAME = re.compile(r'  File "/[^"]*/lib/python3\.\d+/[^"]*\.py", line \d+, in [\w<>]+\n    .*\n(?:    [ ~^]*\n)?')


def run(prog: Path, seed: str):
    args = []
    args_file = prog.with_suffix(".args")
    if args_file.exists():
        args = json.loads(args_file.read_text())
    stdin_file = prog.with_suffix(".in")
    stdin = stdin_file.read_bytes() if stdin_file.exists() else b""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONHASHSEED=seed, PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    p = subprocess.run(
        [sys.executable, prog.name, *args],
        cwd=prog.parent, input=stdin, capture_output=True, env=env, timeout=60,
    )
    # CPython 3.9+ turns the script path into an absolute one in tracebacks and warnings; pyt prints the
    # path as given on the command line (the basename here), as the lessons' .err files do.
    err = p.stderr.decode("utf-8").replace(str(prog.resolve()), prog.name)
    # Frames inside CPython's own library (threading.py, concurrent.futures...) are left out, as pyt (and
    # the lessons' .err files) do: a .pyt program has no library source to show.
    err = STDLIB_FRAME.sub("", err)
    return p.stdout.decode("utf-8"), err, p.returncode


def main(argv):
    check = "--check" in argv
    paths = [Path(a).resolve() for a in argv if a != "--check"]
    progs = []
    for p in paths or [CORPUS]:
        progs += sorted(p.rglob("*.pyt")) if p.is_dir() else [p]
    bad = changed = 0
    for prog in progs:
        first = prog.read_text(encoding="utf-8").split("\n", 1)[0]
        if not first.startswith("# test "):
            print(f"{prog.relative_to(ROOT)}: first line must be '# test <what>'")
            bad += 1
        a = run(prog, "1")
        b = run(prog, "4242")
        if a != b:
            print(f"{prog.relative_to(ROOT)}: NONDETERMINISTIC (differs between two runs)")
            bad += 1
            continue
        out, err, status = a
        if status < 0:
            print(f"{prog.relative_to(ROOT)}: killed by signal {-status}")
            bad += 1
            continue
        want = {".out": out, ".err": err or None, ".status": f"{status}\n" if status else None}
        for suffix, text in want.items():
            f = prog.with_suffix(suffix)
            have = f.read_text(encoding="utf-8") if f.exists() else None
            if have == text:
                continue
            changed += 1
            if check:
                print(f"{f.relative_to(ROOT)}: would change")
            elif text is None:
                f.unlink()
            else:
                f.write_text(text, encoding="utf-8", newline="")
    print(f"{len(progs)} programs, {changed} expected files {'to change' if check else 'written'}, {bad} problems")
    return 1 if bad or (check and changed) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
