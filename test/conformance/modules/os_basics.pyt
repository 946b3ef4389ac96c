# test os: process facts, getenv/environ, sep/linesep/name, os.path's string functions and misuse errors
import os
import os.path
from os.path import join
print(os.name, repr(os.sep), repr(os.linesep), type(os.getpid()), os.getpid() == os.getpid(), os.getppid() > 0)
print(os.cpu_count() >= 1, type(os.cpu_count()))
print(os.getenv('NOPE_XYZ'), os.getenv('NOPE_XYZ', 'dflt'), os.environ.get('NOPE_XYZ', 3), 'HOME' in os.environ, os.getenv('HOME') == os.environ['HOME'])
print(os.path.join('a','b','/c','d'), os.path.join('a/','b'), repr(os.path.join('','')), os.path.join('a',''), os.path.basename('/a/b/'), os.path.dirname('/a/b/c'), repr(os.path.dirname('a')), os.path.dirname('/'), os.path.dirname('//a'))
print(os.path.split('/a/b'), os.path.splitext('a.b.c'), os.path.splitext('.bashrc'), join('x', 'y'))
print(repr(os.environ)[:9], len(os.environ) > 0, isinstance(os.environ.copy(), dict))
for f in [lambda: os.getenv(1), lambda: os.getpid(1), lambda: os.getenv(), lambda: os.environ['NOPE_X'], lambda: os.path.join(1), lambda: os.path.join('a', 1), lambda: os.path.basename(1), lambda: os.cpu_count(1), lambda: os.environ.get(1), lambda: os.getenv('a','b','c'), lambda: os.path.dirname(None), lambda: os.path.join(), lambda: os.getppid(2, 3), lambda: os.path.basename()]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
os.environ['PYT_X'] = 'v'
print(os.getenv('PYT_X'), os.environ.pop('PYT_X'), os.getenv('PYT_X'))
print(os.path.normpath('a//b/../c/.'), os.path.isabs('/x'), os.path.isabs('x'))
