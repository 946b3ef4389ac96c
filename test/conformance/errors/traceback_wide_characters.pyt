# test caret lines under source with wide characters (CJK, emoji) take two columns per character, as CPython 3.11 counts them
import traceback
def run(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc()
def a():
    s = "日本語"; return s.upper() + 5
def b():
    return {"名前": 1}["年齢"] + 1
def c():
    x = "😀"; return x + 1
def d():
    return "⌚" + "时间" + 1
def e():
    return "𝔘𝔘" + None
def f():
    msg = "café"; return msg.missing
def g():
    return ["你好"][5]
for fn in (a, b, c, d, e, f, g):
    run(fn)
print("你好" + 1)
