"""The process that holds a student's code.  It never decides a grade.

Started by grader.sandbox as ``python worker.py ROOT CONTROL_FD``, inside the
sandbox when there is one.  It imports NumPy and sympy once (the "zygote"), then
for each exercise forks a child that imports the student's module and answers
requests over its own socket, which the zygote hands to the grader with
SCM_RIGHTS.  Only plain data (grader.wire) goes back.

Control messages (grader -> zygote), one JSON object per frame:
    {"op": "spawn", "module": "ch1.perceptron", "limits": {...}}
        -> {"pid": N} with the child's socket attached
    {"op": "end", "kill": bool} -> {"status": "..."} once the child is gone
    {"op": "quit"}
Child requests: getattr / call / probe / seed / exit (see serve()).

This file and wire.py are copied side by side into the sandbox, so it imports
only the standard library, NumPy, sympy and wire.
"""
from __future__ import annotations

import importlib
import json
import math
import os
import random
import resource
import signal
import socket
import struct
import sys
import time
import traceback

try:
    from . import wire  # as grader.worker, in the grader's process
except ImportError:     # as a script, with wire.py beside it in the sandbox
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import wire

HEADER = struct.Struct("!Q")
SEED = 1234  # every check starts from this seed, whether graded or run by pytest


def seed_all() -> None:
    """Seed the random sources student code may use (random, np.random)."""
    import numpy as np
    random.seed(SEED)
    np.random.seed(SEED)


def send(sock: socket.socket, payload: bytes, fds=()) -> None:
    data = HEADER.pack(len(payload)) + payload
    if fds:
        socket.send_fds(sock, [data[:HEADER.size]], list(fds))
        sock.sendall(data[HEADER.size:])
    else:
        sock.sendall(data)


def wait_until(sock: socket.socket, deadline: float | None) -> None:
    """Make the next blocking operation on ``sock`` give up at ``deadline`` (time.monotonic())."""
    if deadline is not None:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError
        sock.settimeout(left)


def recv_exact(sock: socket.socket, n: int, deadline: float | None = None) -> bytes:
    chunks, got = [], 0
    while got < n:
        wait_until(sock, deadline)
        chunk = sock.recv(min(n - got, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def recv(sock: socket.socket) -> bytes:
    (n,) = HEADER.unpack(recv_exact(sock, HEADER.size))
    return recv_exact(sock, n)


# ------------------------------------------------------------------ the child

def limit(resource_name: str, value) -> None:
    if value is None:
        return
    res = getattr(resource, resource_name)
    value = int(value)
    soft, hard = resource.getrlimit(res)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    try:
        resource.setrlimit(res, (value, value if res != resource.RLIMIT_CPU else value + 1))
    except (ValueError, OSError):
        pass


def sandbox_uid() -> int | None:
    uid = os.environ.get("NNDL_SANDBOX_UID")
    return int(uid) if uid else None


def drop_privileges() -> None:
    """In the sandbox run as root: become an unprivileged uid of our own for good."""
    uid = sandbox_uid()
    if uid is None:
        return
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)
    if os.getuid() != uid or os.geteuid() != uid:
        os._exit(3)


def reap_uid() -> None:
    """Kill every process left by the last exercise (forks that changed group too)."""
    reap_domain()
    uid = sandbox_uid()
    if uid is None:
        return
    pid = os.fork()
    if pid == 0:
        try:
            os.setgroups([])
            os.setresgid(uid, uid, uid)
            os.setresuid(uid, uid, uid)
            for _ in range(1000):  # kill(-1): every process this uid may signal, not us
                try:
                    os.kill(-1, signal.SIGKILL)
                except ProcessLookupError:
                    break
        finally:
            os._exit(0)
    os.waitpid(pid, 0)


def child_setup(limits: dict) -> None:
    os.setsid()
    # The student's prints go nowhere; their size is bounded by RLIMIT_FSIZE
    # should they be sent to a file instead.
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    os.close(devnull)
    # Not a StringIO: gigabytes of print() must not pile up in memory.
    sys.stdout = open(os.devnull, "w")
    sys.stderr = open(os.devnull, "w")
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    limit("RLIMIT_CPU", limits.get("cpu_seconds"))
    limit("RLIMIT_AS", limits.get("memory_bytes"))
    limit("RLIMIT_FSIZE", limits.get("file_bytes"))
    limit("RLIMIT_NPROC", limits.get("processes"))
    limit("RLIMIT_CORE", 0)
    try:  # student code yields the CPU to the grader's own processes (timers, checks)
        os.nice(int(limits.get("nice", 0)))
    except (OSError, ValueError):
        pass
    drop_privileges()
    seed_all()  # for the import; the grader reseeds at each check


def describe(exc: BaseException, filename: str | None, name: str) -> dict:
    """An exception raised by student code, in plain words: {"error": kind, "message": ...}."""
    if isinstance(exc, NotImplementedError):
        return {"error": "not_implemented", "message": f"`{name}` is not implemented yet"}
    if isinstance(exc, wire.StudentError):
        return {"error": exc.kind, "message": exc.message}
    if isinstance(exc, MemoryError):
        return {"error": "exception", "message": f"`{name}` ran out of memory (the limit is there to protect the grader)"}
    line = ""
    if filename:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == filename]
        if frames:
            code = (frames[-1].line or "").strip()
            line = f" (line {frames[-1].lineno}: {code})" if code else f" (line {frames[-1].lineno})"
    try:
        text = str(exc)
    except BaseException:  # noqa: BLE001 - a hostile __str__
        text = ""
    if len(text) > 300:
        text = text[:297] + "..."
    try:
        tname = type(exc).__name__
    except BaseException:  # noqa: BLE001
        tname = "exception"
    msg = f"`{name}` raised {tname}" + (f": {text}" if text else "") + line
    return {"error": "exception", "message": msg}


def probe_function(source: str, name: str):
    """A probe rebuilt from its source alone, with np, math and random at hand."""
    import numpy as np
    ns = {"np": np, "math": math, "random": random, "__name__": "nndl_probe"}
    exec(compile(source, f"<probe {name}>", "exec"), ns)
    return ns[name]


def import_student(root: str, module: str):
    """(module, None) or (None, error reply) for the student's module."""
    relpath = module.replace(".", "/") + ".py"
    path = os.path.join(root, relpath)
    if not os.path.exists(path):
        return None, {"error": "missing", "message": f"{relpath} is missing from the submission"}
    try:
        return importlib.import_module(module), None
    except SyntaxError as exc:
        return None, {"error": "syntax", "message": f"{relpath} has a syntax error on line {exc.lineno}: {exc.msg}"}
    except NotImplementedError:
        return None, {"error": "not_implemented", "message": f"{relpath} raises NotImplementedError when imported"}
    except BaseException as exc:  # noqa: BLE001 - SystemExit, KeyboardInterrupt too
        reply = describe(exc, path, relpath)
        reply["message"] = reply["message"].replace(f"`{relpath}` raised", f"importing {relpath} raised")
        reply["error"] = "import"
        return None, reply


def encode_reply(value, name: str) -> bytes:
    try:
        return json.dumps({"ok": wire.encode(value)}, allow_nan=True, separators=(",", ":")).encode()
    except wire.StudentError as exc:
        return json.dumps({"error": exc.kind, "message": f"`{name}`: {exc.message}"}).encode()
    except BaseException as exc:  # noqa: BLE001 - a hostile object while encoding
        return json.dumps(describe(exc, None, name)).encode()


def serve(sock: socket.socket, root: str, module_name: str) -> None:
    module, import_error = import_student(root, module_name)
    # The import is over (or failed): the grader times it apart from the calls.
    send(sock, b'{"imported":true}')
    filename = getattr(module, "__file__", None)
    while True:
        try:
            req = json.loads(recv(sock))
        except (EOFError, OSError):
            os._exit(0)
        op = req.get("op")
        if op == "exit":
            os._exit(0)
        if op == "seed":  # a new check starts
            seed_all()
            send(sock, b'{"ok":null}')
            continue
        if import_error is not None:
            send(sock, json.dumps(import_error).encode())
            continue
        name = req.get("name", "")
        try:
            if op == "getattr":
                if not hasattr(module, name):
                    reply = json.dumps({"error": "missing",
                                        "message": f"{module_name.replace('.', '/')}.py has no `{name}`; "
                                                   "define it (check the spelling)"}).encode()
                else:
                    value = getattr(module, name)
                    reply = (b'{"callable":true}' if callable(value) else encode_reply(value, name))
            elif op == "call":
                fn = getattr(module, name)
                args = wire.decode(req["args"])
                kwargs = wire.decode(req["kwargs"])
                reply = encode_reply(fn(*args, **kwargs), name)
            elif op == "probe":
                fn = probe_function(req["source"], name)
                args = wire.decode(req["args"])
                kwargs = wire.decode(req["kwargs"])
                reply = encode_reply(fn(module, *args, **kwargs), name)
            else:
                reply = json.dumps({"error": "error", "message": f"unknown request {op!r}"}).encode()
        except BaseException as exc:  # noqa: BLE001 - student code may raise anything
            reply = json.dumps(describe(exc, filename, name)).encode()
        send(sock, reply)


# ------------------------------------------------------------------ the zygote

def status_text(status: int) -> str:
    if os.WIFEXITED(status):
        code = os.WEXITSTATUS(status)
        return f"exited with code {code}"
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        try:
            name = signal.Signals(sig).name
        except ValueError:
            name = str(sig)
        return f"killed by {name}"
    return "stopped"


PRELOADABLE = ("sympy",)


def preload(names) -> None:
    """Import heavy libraries in the zygote, so that every later child has them for free."""
    for name in names:
        if name in PRELOADABLE and name not in sys.modules:
            try:
                importlib.import_module(name)
            except ImportError:
                pass


def zygote(root: str, control_fd: int) -> None:
    control = socket.socket(fileno=control_fd)
    root = os.path.normpath(os.path.abspath(root))
    # Import the heavy libraries once; every child inherits them.  The submission
    # is not on sys.path yet: a student's numpy.py must not run in the zygote.
    import numpy  # noqa: F401
    if os.environ.get("NNDL_PRELOAD_SYMPY") == "1":
        preload(["sympy"])
    send(control, b'{"ready":true}')
    child = None
    while True:
        try:
            msg = json.loads(recv(control))
        except (EOFError, OSError):
            break
        op = msg.get("op")
        if op == "spawn":
            preload(msg.get("preload") or [])  # e.g. sympy, once, on the first exercise needing it
            ours, theirs = socket.socketpair()
            pid = os.fork()
            if pid == 0:
                try:
                    control.close()
                    ours.close()
                    child_setup(msg.get("limits", {}))
                    sub = os.path.normpath(os.path.join(root, msg.get("subdir") or "."))
                    if sub != root and not sub.startswith(root + os.sep):
                        os._exit(2)
                    sys.path.insert(0, sub)
                    serve(theirs, sub, msg["module"])
                finally:
                    os._exit(0)
            theirs.close()
            child = pid
            send(control, json.dumps({"pid": pid}).encode(), fds=[ours.fileno()])
            ours.close()
        elif op == "end":
            status = "no child"
            if child is not None:
                if msg.get("kill"):
                    _killpg(child)
                    reap_uid()  # the zygote may not signal a child that dropped its uid
                _, st = os.waitpid(child, 0)
                status = status_text(st)
                _killpg(child)  # anything it left behind in its group
                reap_uid()      # and anything that left the group
                child = None
            send(control, json.dumps({"status": status}).encode())
        elif op == "quit":
            break
    if child is not None:
        _killpg(child)
    os._exit(0)


def _killpg(pid: int) -> None:
    for target in (lambda: os.killpg(pid, signal.SIGKILL), lambda: os.kill(pid, signal.SIGKILL)):
        try:
            target()
        except (ProcessLookupError, PermissionError):
            pass


# ------------------------------------------------------------------ confinement without namespaces
#
# Where bubblewrap cannot create its namespaces (inside some Docker containers,
# Gradescope's among them), the grader starts this file with NNDL_CONFINE set to
# a JSON description of what the worker may touch.  Before NumPy is imported and
# before any student code runs, the process confines itself for good (every
# child forked later inherits it):
#   - Landlock (Linux >= 5.13): read-only access to the listed folders (the
#     Python install, site-packages, the submission copy, this file), read-write
#     to a private scratch folder, nothing else of the file system; from ABI 4 no
#     TCP bind/connect; from ABI 6 no signals to processes outside, no abstract
#     unix sockets outside;
#   - seccomp: socket(2) is refused (only the socketpairs the worker makes
#     remain), io_uring too (it can open sockets past seccomp), and syscalls of
#     another ABI (x32, i386) that could get around the filter.
# Landlock and seccomp are plain syscalls, called through ctypes: nothing to
# install, and only this file goes into the sandbox.

_LL_CREATE_RULESET, _LL_ADD_RULE, _LL_RESTRICT_SELF = 444, 445, 446   # the same on every architecture
_LL_VERSION = 1 << 0
_LL_RULE_PATH_BENEATH, _LL_RULE_NET_PORT = 1, 2
_FS_EXECUTE, _FS_WRITE_FILE, _FS_READ_FILE, _FS_READ_DIR = 1 << 0, 1 << 1, 1 << 2, 1 << 3
_FS_TRUNCATE, _FS_IOCTL_DEV = 1 << 14, 1 << 15
_FS_FILE_ONLY = _FS_EXECUTE | _FS_WRITE_FILE | _FS_READ_FILE | _FS_TRUNCATE | _FS_IOCTL_DEV
_NET_BIND_TCP, _NET_CONNECT_TCP = 1 << 0, 1 << 1
_SCOPE_ABSTRACT_UNIX_SOCKET, _SCOPE_SIGNAL = 1 << 0, 1 << 1
_PR_SET_NO_NEW_PRIVS, _PR_SET_SECCOMP, _SECCOMP_MODE_FILTER = 38, 22, 2

# seccomp: (audit arch, socket, io_uring_setup, io_uring_enter, io_uring_register, lowest foreign nr)
_SECCOMP_ARCH = {
    "x86_64": (0xC000003E, 41, 425, 426, 427, 0x40000000),   # nr >= 0x40000000: the x32 ABI
    "aarch64": (0xC00000B7, 198, 425, 426, 427, None),
}


class ConfineError(OSError):
    pass


def _libc():
    import ctypes
    return ctypes, ctypes.CDLL(None, use_errno=True)


def _prctl(option: int, arg2: int = 0, arg3: int = 0) -> None:
    """prctl with every argument a full unsigned long (the kernel wants the unused ones 0)."""
    ctypes, libc = _libc()
    libc.prctl.argtypes = [ctypes.c_int] + [ctypes.c_ulong] * 4
    if libc.prctl(option, arg2, arg3, 0, 0) != 0:
        raise ConfineError(f"prctl({option}) failed: {os.strerror(ctypes.get_errno())}")


def landlock_abi() -> int:
    """The kernel's Landlock ABI version, 0 when there is none (or it is disabled or filtered)."""
    if not sys.platform.startswith("linux"):
        return 0
    ctypes, libc = _libc()
    libc.syscall.restype = ctypes.c_long
    abi = libc.syscall(ctypes.c_long(_LL_CREATE_RULESET), None, ctypes.c_size_t(0), ctypes.c_uint32(_LL_VERSION))
    return max(int(abi), 0)


def _fs_rights(abi: int) -> int:
    rights = (1 << 13) - 1                    # ABI 1: execute ... make_sym
    if abi >= 2:
        rights |= 1 << 13                     # refer
    if abi >= 3:
        rights |= _FS_TRUNCATE
    if abi >= 5:
        rights |= _FS_IOCTL_DEV
    return rights


def landlock_restrict(read=(), listing=(), write=(), devices=()) -> dict:
    """Confine this process and its future children with Landlock; raises ConfineError.

    ``read``: folders or files readable (and executable) with everything beneath;
    ``listing``: folders whose entries may be listed only (a secret lies beneath);
    ``write``: folders with every right beneath; ``devices``: files read and written.
    """
    ctypes, libc = _libc()
    abi = landlock_abi()
    if abi < 1:
        raise ConfineError("this kernel has no Landlock (Linux 5.13 or later, with landlock among its LSMs)")

    class RulesetAttr(ctypes.Structure):
        _fields_ = [("handled_access_fs", ctypes.c_uint64), ("handled_access_net", ctypes.c_uint64),
                    ("scoped", ctypes.c_uint64)]

    class PathBeneath(ctypes.Structure):
        _pack_ = 1
        _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]

    all_fs = _fs_rights(abi)
    attr = RulesetAttr(all_fs, 0, 0)
    size = 8
    if abi >= 4:
        attr.handled_access_net = _NET_BIND_TCP | _NET_CONNECT_TCP     # and no port is allowed
        size = 16
    if abi >= 6:
        attr.scoped = _SCOPE_ABSTRACT_UNIX_SOCKET | _SCOPE_SIGNAL
        size = 24
    libc.syscall.restype = ctypes.c_long
    ruleset = libc.syscall(ctypes.c_long(_LL_CREATE_RULESET), ctypes.byref(attr), ctypes.c_size_t(size),
                           ctypes.c_uint32(0))
    if ruleset < 0:
        raise ConfineError(f"landlock_create_ruleset failed: {os.strerror(ctypes.get_errno())}")
    ruleset = int(ruleset)
    read_rights = _FS_EXECUTE | _FS_READ_FILE | _FS_READ_DIR
    try:
        rules = ([(p, read_rights) for p in read] + [(p, _FS_READ_DIR) for p in listing]
                 + [(p, all_fs) for p in write]
                 + [(p, _FS_READ_FILE | _FS_WRITE_FILE | (_FS_TRUNCATE | _FS_IOCTL_DEV) & all_fs) for p in devices])
        for path, rights in rules:
            try:
                fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
            except OSError:
                continue                      # a folder that is not there needs no rule
            try:
                if not os.path.isdir(path):
                    rights &= _FS_FILE_ONLY
                if not rights & ~_FS_READ_DIR and not os.path.isdir(path):
                    continue
                rule = PathBeneath(rights & all_fs, fd)
                if libc.syscall(ctypes.c_long(_LL_ADD_RULE), ctypes.c_int(ruleset),
                                ctypes.c_int(_LL_RULE_PATH_BENEATH), ctypes.byref(rule), ctypes.c_uint32(0)) < 0:
                    raise ConfineError(f"landlock_add_rule({path}) failed: {os.strerror(ctypes.get_errno())}")
            finally:
                os.close(fd)
        _prctl(_PR_SET_NO_NEW_PRIVS, 1)
        if libc.syscall(ctypes.c_long(_LL_RESTRICT_SELF), ctypes.c_int(ruleset), ctypes.c_uint32(0)) < 0:
            raise ConfineError(f"landlock_restrict_self failed: {os.strerror(ctypes.get_errno())}")
    finally:
        os.close(ruleset)
    return {"landlock": abi, "tcp": abi >= 4, "signals": abi >= 6}


def seccomp_no_sockets() -> None:
    """Refuse socket(2) and io_uring for good (socketpair(2) stays); raises ConfineError."""
    ctypes, libc = _libc()
    table = _SECCOMP_ARCH.get(os.uname().machine)
    if table is None:
        raise ConfineError(f"no seccomp filter for the {os.uname().machine} architecture")
    arch, nr_socket, *uring, foreign = table

    class SockFilter(ctypes.Structure):
        _fields_ = [("code", ctypes.c_uint16), ("jt", ctypes.c_uint8), ("jf", ctypes.c_uint8),
                    ("k", ctypes.c_uint32)]

    class SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(SockFilter))]

    LD_W_ABS, JEQ, JGE, RET = 0x20, 0x15, 0x35, 0x06
    ALLOW, ERRNO = 0x7FFF0000, 0x00050000
    deny = lambda errno_: (RET, 0, 0, ERRNO | errno_)  # noqa: E731
    prog = [(LD_W_ABS, 0, 0, 4),                  # seccomp_data.arch
            (JEQ, 1, 0, arch), deny(1),           # another ABI: EPERM
            (LD_W_ABS, 0, 0, 0)]                  # seccomp_data.nr
    if foreign is not None:
        prog += [(JGE, 0, 1, foreign), deny(1)]
    prog += [(JEQ, 0, 1, nr_socket), deny(13)]    # socket: EACCES
    for nr in uring:
        prog += [(JEQ, 0, 1, nr), deny(38)]       # io_uring: ENOSYS
    prog.append((RET, 0, 0, ALLOW))
    filters = (SockFilter * len(prog))(*[SockFilter(*ins) for ins in prog])
    fprog = SockFprog(len(prog), filters)
    _prctl(_PR_SET_NO_NEW_PRIVS, 1)
    _prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.addressof(fprog))


def confine(spec: dict) -> dict:
    """Apply NNDL_CONFINE's description (see above); returns what is in force."""
    done = landlock_restrict(spec.get("read", ()), spec.get("list", ()), spec.get("write", ()),
                             spec.get("devices", ()))
    done["seccomp"] = False
    if spec.get("seccomp", True):
        seccomp_no_sockets()
        done["seccomp"] = True
    if spec.get("chdir"):
        os.chdir(spec["chdir"])
    return done


def confine_selftest(spec: dict, secret: str, allowed: str) -> dict:
    """Confine, then try what student code would: the grader's probe reads the answer."""
    try:
        done = confine(spec)
    except ConfineError as exc:
        return {"error": str(exc)}
    result = dict(done)
    try:
        with open(secret, "rb"):
            result["secret_readable"] = True
    except OSError:
        result["secret_readable"] = False
    try:
        with open(allowed, "rb") as fh:
            result["allowed_readable"] = bool(fh.read(1) or True)
    except OSError:
        result["allowed_readable"] = False
    try:
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM).close()
        result["inet_socket"] = True
    except OSError:
        result["inet_socket"] = False
    try:
        a, b = socket.socketpair()
        a.close()
        b.close()
        result["socketpair"] = True
    except OSError:
        result["socketpair"] = False
    return result


_SIGNALS_SCOPED = False   # set once Landlock confines signals to this worker's own processes


def reap_domain() -> None:
    """Confined with Landlock ABI >= 6, kill(-1) reaches only this worker's own processes:
    every one the last exercise left behind, daemons that left the group included."""
    if _SIGNALS_SCOPED:
        try:
            os.kill(-1, signal.SIGKILL)   # never the caller itself
        except OSError:
            pass


def _confine_from_env() -> None:
    """Before anything else: confine as NNDL_CONFINE says, or refuse to run at all."""
    raw = os.environ.get("NNDL_CONFINE")
    if not raw:
        return
    global _SIGNALS_SCOPED
    try:
        _SIGNALS_SCOPED = bool(confine(json.loads(raw)).get("signals"))
    except (ConfineError, ValueError, OSError) as exc:
        sys.stderr.write(f"the grading worker could not confine itself: {exc}\n")
        os._exit(4)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--confine-selftest"]:
        print(json.dumps(confine_selftest(json.loads(os.environ["NNDL_CONFINE"]), sys.argv[2], sys.argv[3])))
        sys.exit(0)
    _confine_from_env()
    zygote(sys.argv[1], int(sys.argv[2]))
