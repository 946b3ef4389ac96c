# test sys.implementation (a SimpleNamespace: name, cache_tag, version, hexversion), sys.hexversion, sys.warnoptions, sys.flags (CPython's fields and defaults, but for the environment-dependent dont_write_bytecode and hash_randomization), struct sequences' n_fields and their TypeErrors and read-only fields
import sys
impl = sys.implementation
print(type(impl).__name__, impl.name == "cpython" or impl.name == "pyt")
print(impl.version == sys.version_info, impl.version is sys.version_info, impl.hexversion == sys.hexversion)
print(sorted(k for k in vars(impl) if not k.startswith("_")))
print(hex(sys.hexversion)[:6], sys.hexversion >> 16 == 0x30b)
f = sys.flags
print(type(f).__name__, len(f), f.debug, f.inspect, f.interactive, f.optimize, f.no_user_site, f.no_site, f.ignore_environment,
      f.verbose, f.bytes_warning, f.quiet, f.isolated, f.dev_mode, f.utf8_mode, f.warn_default_encoding, f.safe_path, f.int_max_str_digits)
print(f.n_fields if hasattr(f, "n_fields") else "", f[0], f[13], f[-1], isinstance(f, tuple))
try:
    f.debug = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    type(f)()
except TypeError as e:
    print("TypeError:", e)
import time
for t in (time.struct_time, type(sys.version_info), type(sys.float_info), type(sys.int_info)):
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
    print(t.n_fields, t.n_sequence_fields, t.n_unnamed_fields, sys.version_info.n_fields)
for obj, attr in ((sys.version_info, "major"), (time.localtime(), "tm_zone"), (time.localtime(), "tm_year")):
    try:
        setattr(obj, attr, 1)
    except AttributeError as e:
        print("AttributeError:", e)
print(sys.warnoptions, type(sys.warnoptions).__name__)
