// CPython 3.11's standard-library modules (tools/gen-stdlib-names.py wrote this file; do not edit).
// One string, split on first use: only a failed import reads it.
export const STDLIB_MODULES =
  "__future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bootsubprocess _bz2 _codecs _codecs_cn " +
  "_codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections _collections_abc " +
  "_compat_pickle _compression _contextvars _crypt _csv _ctypes _curses _curses_panel _datetime _dbm " +
  "_decimal _elementtree _frozen_importlib _frozen_importlib_external _functools _gdbm _hashlib _heapq " +
  "_imp _io _json _locale _lsprof _lzma _markupbase _md5 _msi _multibytecodec _multiprocessing _opcode " +
  "_operator _osx_support _overlapped _pickle _posixshmem _posixsubprocess _py_abc _pydecimal _pyio " +
  "_queue _random _scproxy _sha1 _sha256 _sha3 _sha512 _signal _sitebuiltins _socket _sqlite3 _sre " +
  "_ssl _stat _statistics _string _strptime _struct _symtable _thread _threading_local _tkinter " +
  "_tokenize _tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi _zoneinfo abc aifc " +
  "antigravity argparse array ast asynchat asyncio asyncio.__main__ asyncio.base_events " +
  "asyncio.base_futures asyncio.base_subprocess asyncio.base_tasks asyncio.constants " +
  "asyncio.coroutines asyncio.events asyncio.exceptions asyncio.format_helpers asyncio.futures " +
  "asyncio.locks asyncio.log asyncio.mixins asyncio.proactor_events asyncio.protocols asyncio.queues " +
  "asyncio.runners asyncio.selector_events asyncio.sslproto asyncio.staggered asyncio.streams " +
  "asyncio.subprocess asyncio.taskgroups asyncio.tasks asyncio.threads asyncio.timeouts " +
  "asyncio.transports asyncio.trsock asyncio.unix_events asyncio.windows_events asyncio.windows_utils " +
  "asyncore atexit audioop base64 bdb binascii bisect builtins bz2 cProfile calendar cgi cgitb chunk " +
  "cmath cmd code codecs codeop collections collections.abc colorsys compileall concurrent " +
  "concurrent.futures concurrent.futures._base concurrent.futures.process concurrent.futures.thread " +
  "configparser contextlib contextvars copy copyreg crypt csv ctypes ctypes._aix ctypes._endian " +
  "ctypes.macholib ctypes.macholib.dyld ctypes.macholib.dylib ctypes.macholib.framework ctypes.util " +
  "ctypes.wintypes curses curses.ascii curses.has_key curses.panel curses.textpad dataclasses datetime " +
  "dbm dbm.dumb dbm.gnu dbm.ndbm decimal difflib dis distutils doctest email email._encoded_words " +
  "email._header_value_parser email._parseaddr email._policybase email.base64mime email.charset " +
  "email.contentmanager email.encoders email.errors email.feedparser email.generator email.header " +
  "email.headerregistry email.iterators email.message email.mime email.mime.application " +
  "email.mime.audio email.mime.base email.mime.image email.mime.message email.mime.multipart " +
  "email.mime.nonmultipart email.mime.text email.parser email.policy email.quoprimime email.utils " +
  "encodings encodings.aliases encodings.ascii encodings.base64_codec encodings.big5 " +
  "encodings.big5hkscs encodings.bz2_codec encodings.charmap encodings.cp037 encodings.cp1006 " +
  "encodings.cp1026 encodings.cp1125 encodings.cp1140 encodings.cp1250 encodings.cp1251 " +
  "encodings.cp1252 encodings.cp1253 encodings.cp1254 encodings.cp1255 encodings.cp1256 " +
  "encodings.cp1257 encodings.cp1258 encodings.cp273 encodings.cp424 encodings.cp437 encodings.cp500 " +
  "encodings.cp720 encodings.cp737 encodings.cp775 encodings.cp850 encodings.cp852 encodings.cp855 " +
  "encodings.cp856 encodings.cp857 encodings.cp858 encodings.cp860 encodings.cp861 encodings.cp862 " +
  "encodings.cp863 encodings.cp864 encodings.cp865 encodings.cp866 encodings.cp869 encodings.cp874 " +
  "encodings.cp875 encodings.cp932 encodings.cp949 encodings.cp950 encodings.euc_jis_2004 " +
  "encodings.euc_jisx0213 encodings.euc_jp encodings.euc_kr encodings.gb18030 encodings.gb2312 " +
  "encodings.gbk encodings.hex_codec encodings.hp_roman8 encodings.hz encodings.idna " +
  "encodings.iso2022_jp encodings.iso2022_jp_1 encodings.iso2022_jp_2 encodings.iso2022_jp_2004 " +
  "encodings.iso2022_jp_3 encodings.iso2022_jp_ext encodings.iso2022_kr encodings.iso8859_1 " +
  "encodings.iso8859_10 encodings.iso8859_11 encodings.iso8859_13 encodings.iso8859_14 " +
  "encodings.iso8859_15 encodings.iso8859_16 encodings.iso8859_2 encodings.iso8859_3 " +
  "encodings.iso8859_4 encodings.iso8859_5 encodings.iso8859_6 encodings.iso8859_7 encodings.iso8859_8 " +
  "encodings.iso8859_9 encodings.johab encodings.koi8_r encodings.koi8_t encodings.koi8_u " +
  "encodings.kz1048 encodings.latin_1 encodings.mac_arabic encodings.mac_croatian " +
  "encodings.mac_cyrillic encodings.mac_farsi encodings.mac_greek encodings.mac_iceland " +
  "encodings.mac_latin2 encodings.mac_roman encodings.mac_romanian encodings.mac_turkish " +
  "encodings.mbcs encodings.oem encodings.palmos encodings.ptcp154 encodings.punycode " +
  "encodings.quopri_codec encodings.raw_unicode_escape encodings.rot_13 encodings.shift_jis " +
  "encodings.shift_jis_2004 encodings.shift_jisx0213 encodings.tis_620 encodings.undefined " +
  "encodings.unicode_escape encodings.utf_16 encodings.utf_16_be encodings.utf_16_le encodings.utf_32 " +
  "encodings.utf_32_be encodings.utf_32_le encodings.utf_7 encodings.utf_8 encodings.utf_8_sig " +
  "encodings.uu_codec encodings.zlib_codec ensurepip enum errno faulthandler fcntl filecmp fileinput " +
  "fnmatch fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib grp gzip " +
  "hashlib heapq hmac html html.entities html.parser http http.client http.cookiejar http.cookies " +
  "http.server idlelib imaplib imghdr imp importlib importlib._abc importlib._bootstrap " +
  "importlib._bootstrap_external importlib.abc importlib.machinery importlib.metadata " +
  "importlib.metadata._adapters importlib.metadata._collections importlib.metadata._functools " +
  "importlib.metadata._itertools importlib.metadata._meta importlib.metadata._text importlib.readers " +
  "importlib.resources importlib.resources._adapters importlib.resources._common " +
  "importlib.resources._itertools importlib.resources._legacy importlib.resources.abc " +
  "importlib.resources.readers importlib.resources.simple importlib.simple importlib.util inspect io " +
  "ipaddress itertools json json.decoder json.encoder json.scanner json.tool keyword lib2to3 linecache " +
  "locale logging logging.config logging.handlers lzma mailbox mailcap marshal math mimetypes mmap " +
  "modulefinder msilib msvcrt multiprocessing multiprocessing.connection multiprocessing.context " +
  "multiprocessing.dummy multiprocessing.dummy.connection multiprocessing.forkserver " +
  "multiprocessing.heap multiprocessing.managers multiprocessing.pool multiprocessing.popen_fork " +
  "multiprocessing.popen_forkserver multiprocessing.popen_spawn_posix " +
  "multiprocessing.popen_spawn_win32 multiprocessing.process multiprocessing.queues " +
  "multiprocessing.reduction multiprocessing.resource_sharer multiprocessing.resource_tracker " +
  "multiprocessing.shared_memory multiprocessing.sharedctypes multiprocessing.spawn " +
  "multiprocessing.synchronize multiprocessing.util netrc nis nntplib nt ntpath nturl2path numbers " +
  "opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil platform " +
  "plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data " +
  "pydoc_data.topics pyexpat queue quopri random re re._casefix re._compiler re._constants re._parser " +
  "readline reprlib resource rlcompleter runpy sched secrets select selectors shelve shlex shutil " +
  "signal site smtpd smtplib sndhdr socket socketserver spwd sqlite3 sqlite3.dbapi2 sqlite3.dump " +
  "sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct subprocess sunau " +
  "symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios textwrap this threading " +
  "time timeit tkinter token tokenize tomllib tomllib._parser tomllib._re tomllib._types trace " +
  "traceback tracemalloc tty turtle turtledemo types typing unicodedata unittest unittest.__main__ " +
  "unittest._log unittest.async_case unittest.case unittest.loader unittest.main unittest.mock " +
  "unittest.result unittest.runner unittest.signals unittest.suite unittest.util urllib urllib.error " +
  "urllib.parse urllib.request urllib.response urllib.robotparser uu uuid venv venv.__main__ warnings " +
  "wave weakref webbrowser winreg winsound wsgiref wsgiref.handlers wsgiref.headers " +
  "wsgiref.simple_server wsgiref.types wsgiref.util wsgiref.validate xdrlib xml xml.dom " +
  "xml.dom.NodeFilter xml.dom.domreg xml.dom.expatbuilder xml.dom.minicompat xml.dom.minidom " +
  "xml.dom.pulldom xml.dom.xmlbuilder xml.etree xml.etree.ElementInclude xml.etree.ElementPath " +
  "xml.etree.ElementTree xml.etree.cElementTree xml.parsers xml.parsers.expat xml.sax " +
  "xml.sax._exceptions xml.sax.expatreader xml.sax.handler xml.sax.saxutils xml.sax.xmlreader xmlrpc " +
  "xmlrpc.client xmlrpc.server zipapp zipfile zipimport zlib zoneinfo zoneinfo._common " +
  "zoneinfo._tzpath zoneinfo._zoneinfo";
