# test sys.platform is what CPython reports on Linux
import sys
print(sys.platform, sys.platform.startswith("linux"), sys.platform == "win32")
