# test hunt: string.Formatter: format/vformat/parse, nested specs, subclass hooks (format_field, get_value, check_unused_args), parse errors as CPython's C parser
import string
fmt = string.Formatter()
print(fmt.format("{0} {x:>4} {1!r} {{literal}}", 1, "two", x="y"))
print(list(fmt.parse("a{b!r:>3}c{}{{d}}")), list(fmt.parse("")))
print(fmt.format("{p.real} {d[k]} {l[1]} {0:{1}}", 3.5, 8, p=2, d={"k": "v"}, l=[0, 9]))
print(fmt.vformat("{} and {}", ("a", "b"), {}), fmt.format("{:{}}|", "x", 4))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}>"
        return super().get_value(key, args, kwargs)
print(Upper().format("hello {name} {missing} {0:.2f}", 3.14159, name="bob"))
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra:
            raise ValueError(f"unused: {sorted(extra)}")
try:
    Strict().format("{a}", a=1, b=2)
except ValueError as e:
    print(e)
for bad in ["{", "}", "{0!x}", "{0!}", "{a[}", "{0:{1:{2:{3}}}}", "{} {0}", "{0} {}", "{0.}", "{0[0]x}"]:
    try:
        print(fmt.format(bad, *range(5), a=[1]))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
print(fmt.convert_field("x", "r"), fmt.get_field("0.imag", [5], {}), string.Formatter.__module__)
