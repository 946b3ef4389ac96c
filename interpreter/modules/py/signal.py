"""signal for pyt: CPython 3.11's signal module for what lessons do with it (a handler for Ctrl-C or
SIGTERM that tells threads to stop). The handlers live in _handlers (shared: getsignal() in any thread
sees them); MainThread runs them where CPython would (interpreter/signals.ts), and the host is told what
to do with each signal (_signal.ts). Only SIGINT and SIGTERM come from outside the program; others reach
their handlers through raise_signal(). alarm, setitimer, pthread_kill, sigwait and the masks are not
provided."""

import _signal
from _signal import default_int_handler
from enum import IntEnum as _IntEnum

__all__ = ['signal', 'getsignal', 'raise_signal', 'strsignal', 'valid_signals', 'pause', 'default_int_handler',
           'Signals', 'Handlers', 'Sigmasks', 'SIG_DFL', 'SIG_IGN', 'NSIG']


class Signals(_IntEnum):
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGSTKFLT = 16
    SIGCHLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGTTIN = 21
    SIGTTOU = 22
    SIGURG = 23
    SIGXCPU = 24
    SIGXFSZ = 25
    SIGVTALRM = 26
    SIGPROF = 27
    SIGWINCH = 28
    SIGIO = 29
    SIGPWR = 30
    SIGSYS = 31
    SIGRTMIN = 34
    SIGRTMAX = 64
    SIGIOT = 6
    SIGCLD = 17
    SIGPOLL = 29


class Handlers(_IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


class Sigmasks(_IntEnum):
    SIG_BLOCK = 0
    SIG_UNBLOCK = 1
    SIG_SETMASK = 2


# (CPython's signal.py puts them in globals() with _IntEnum._convert_)
SIGHUP = Signals.SIGHUP
SIGINT = Signals.SIGINT
SIGQUIT = Signals.SIGQUIT
SIGILL = Signals.SIGILL
SIGTRAP = Signals.SIGTRAP
SIGABRT = Signals.SIGABRT
SIGIOT = Signals.SIGIOT
SIGBUS = Signals.SIGBUS
SIGFPE = Signals.SIGFPE
SIGKILL = Signals.SIGKILL
SIGUSR1 = Signals.SIGUSR1
SIGSEGV = Signals.SIGSEGV
SIGUSR2 = Signals.SIGUSR2
SIGPIPE = Signals.SIGPIPE
SIGALRM = Signals.SIGALRM
SIGTERM = Signals.SIGTERM
SIGSTKFLT = Signals.SIGSTKFLT
SIGCHLD = Signals.SIGCHLD
SIGCLD = Signals.SIGCLD
SIGCONT = Signals.SIGCONT
SIGSTOP = Signals.SIGSTOP
SIGTSTP = Signals.SIGTSTP
SIGTTIN = Signals.SIGTTIN
SIGTTOU = Signals.SIGTTOU
SIGURG = Signals.SIGURG
SIGXCPU = Signals.SIGXCPU
SIGXFSZ = Signals.SIGXFSZ
SIGVTALRM = Signals.SIGVTALRM
SIGPROF = Signals.SIGPROF
SIGWINCH = Signals.SIGWINCH
SIGIO = Signals.SIGIO
SIGPOLL = Signals.SIGPOLL
SIGPWR = Signals.SIGPWR
SIGSYS = Signals.SIGSYS
SIGRTMIN = Signals.SIGRTMIN
SIGRTMAX = Signals.SIGRTMAX
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIG_BLOCK = Sigmasks.SIG_BLOCK
SIG_UNBLOCK = Sigmasks.SIG_UNBLOCK
SIG_SETMASK = Sigmasks.SIG_SETMASK
NSIG = 65

_DESCRIPTIONS = {1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap', 6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1', 11: 'Segmentation fault', 12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated', 16: 'Stack fault', 17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)', 20: 'Stopped', 21: 'Stopped (tty input)', 22: 'Stopped (tty output)', 23: 'Urgent I/O condition', 24: 'CPU time limit exceeded', 25: 'File size limit exceeded', 26: 'Virtual timer expired', 27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible', 30: 'Power failure', 31: 'Bad system call'}

# signum -> what signal() set (absent: as at start: default_int_handler for SIGINT, SIG_IGN for SIGPIPE
# and SIGXFSZ as CPython sets them, None for 32 and 33 (the C library's own), SIG_DFL for the rest)
_handlers = {}


def _initial(signalnum):
    if signalnum == 2:
        return default_int_handler
    if signalnum == 13 or signalnum == 25:
        return 1
    if signalnum == 32 or signalnum == 33:
        return None
    return 0


def _int_to_enum(value, enum_klass):
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def _signum(signalnum):
    signalnum = _signal._index(signalnum)
    if signalnum < 1 or signalnum >= NSIG:
        raise ValueError("signal number out of range")
    return signalnum


def signal(signalnum, handler):
    """Set the action for the given signal.

The action can be SIG_DFL, SIG_IGN, or a callable Python object.
The previous action is returned.  See getsignal() for possible return values.

*** IMPORTANT NOTICE ***
A signal handler function is called with two arguments:
the first is the signal number, the second is the interrupted stack frame."""
    signalnum = _signal._index(_enum_to_int(signalnum))
    handler = _enum_to_int(handler)
    if not _signal._is_main():
        raise ValueError("signal only works in main thread of the main interpreter")
    signalnum = _signum(signalnum)
    if callable(handler):
        disposition = 0 if handler is default_int_handler and signalnum == 2 else 2
    elif type(handler) is int and handler == 1:
        disposition = 1
    elif type(handler) is int and handler == 0:
        disposition = 3
    else:
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    if signalnum == 9 or signalnum == 19 or signalnum == 32 or signalnum == 33:
        raise OSError(22, 'Invalid argument')
    old = _handlers.get(signalnum, _int_to_enum(_initial(signalnum), Handlers))
    _handlers[signalnum] = _int_to_enum(handler, Handlers)
    _signal._disposition(signalnum, disposition)
    return old


def getsignal(signalnum):
    """Return the current action for the given signal.

The return value can be:
  SIG_IGN -- if the signal is being ignored
  SIG_DFL -- if the default action for the signal is in effect
  None    -- if an unknown handler is in effect
  anything else -- the callable Python object used as a handler"""
    signalnum = _signum(signalnum)
    return _handlers.get(signalnum, _int_to_enum(_initial(signalnum), Handlers))


def raise_signal(signalnum):
    """Send a signal to the executing process."""
    signalnum = _signal._index(signalnum)
    if signalnum == 0:
        return None
    if signalnum < 0 or signalnum >= NSIG:
        raise OSError(22, 'Invalid argument')
    _signal._raise(signalnum)


def strsignal(signalnum):
    """Return the system description of the given signal.

Returns the description of signal *signalnum*, such as "Interrupt"
for :const:`SIGINT`. Returns :const:`None` if *signalnum* has no
description. Raises :exc:`ValueError` if *signalnum* is invalid."""
    signalnum = _signum(signalnum)
    if signalnum >= 34:
        return 'Real-time signal %d' % (signalnum - 34)
    return _DESCRIPTIONS.get(signalnum)


def valid_signals():
    """Return a set of valid signal numbers on this platform.

The signal numbers returned by this function can be safely passed to
functions like `pthread_sigmask`."""
    return {_int_to_enum(x, Signals) for x in range(1, NSIG) if x != 32 and x != 33}


def pause(*args):
    """Wait until a signal arrives."""
    if args:
        raise TypeError('_signal.pause() takes no arguments (%d given)' % len(args))
    _signal._pause()
