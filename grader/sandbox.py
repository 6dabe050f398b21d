"""Running a student's code in another process, and talking to it.

`Worker` starts grader/worker.py (the zygote) for one submission folder; each
exercise gets a fresh child forked from it (`Worker.session`), so NumPy and
sympy are imported once per submission, not once per exercise.  A session's
requests have a time limit; a child that hangs is killed, and one that dies
costs only the check that was running.  A call's time limit bounds the whole
reply; a reply larger than the limit costs only that call (the child is
replaced before the next request).  Only plain data comes back.

The isolation layer (how the zygote is launched: bubblewrap or a plain
subprocess with resource limits) is chosen by `launcher()`.
"""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from .untrusted import HostPaths, copy_submission
from .wire import ERROR_KINDS, BadAnswer, StudentCrash, StudentError, StudentTimeout
from .worker import HEADER, recv_exact, send, wait_until

HERE = Path(__file__).resolve().parent
MAX_REPLY = 64 << 20
CONTROL_TIMEOUT = 60.0

@dataclass
class Limits:
    """Bounds on one exercise's child process."""
    call_seconds: float = 20.0          # wall time for one call into student code
    cpu_seconds: float = 120.0          # CPU time for the whole exercise
    memory_bytes: int = 4 << 30         # address space
    file_bytes: int = 16 << 20          # largest file it may write
    processes: int = 16                 # per exercise (RLIMIT_NPROC of the exercise's own uid)
    reply_bytes: int = MAX_REPLY        # largest answer sent back
    wall_seconds: float | None = None   # wall time for the whole exercise (default 4 calls' worth)
    import_seconds: float = 10.0        # wall time for importing the student's module
    submission_seconds: float = 150.0   # wall time for the whole submission (see runner.grade)
    nice: int = 10                      # student code runs below the grader's own processes

    def exercise_seconds(self) -> float:
        return self.wall_seconds if self.wall_seconds is not None else max(60.0, 4 * self.call_seconds)

    def for_child(self) -> dict:
        return {"cpu_seconds": self.cpu_seconds, "memory_bytes": self.memory_bytes,
                "file_bytes": self.file_bytes, "processes": self.processes, "nice": self.nice}


class ReplyTooLarge(ValueError):
    """A frame announced more bytes than the reader accepts (it is left unread)."""


def _recv_frame(sock: socket.socket, with_fds: bool = False, max_bytes: int = MAX_REPLY,
                deadline: float | None = None):
    """One frame, whole by ``deadline`` (default: CONTROL_TIMEOUT from now), else TimeoutError."""
    if deadline is None:
        deadline = time.monotonic() + CONTROL_TIMEOUT
    fds = []
    if with_fds:
        wait_until(sock, deadline)
        head, fds, _flags, _addr = socket.recv_fds(sock, HEADER.size, 4)
        if not head:
            raise EOFError
        if len(head) < HEADER.size:
            head += recv_exact(sock, HEADER.size - len(head), deadline)
    else:
        head = recv_exact(sock, HEADER.size, deadline)
    (n,) = HEADER.unpack(head)
    if n > max_bytes:
        raise ReplyTooLarge(n)
    return recv_exact(sock, n, deadline), fds


def _send(sock: socket.socket, obj, deadline: float | None = None) -> None:
    """Send one frame by ``deadline`` (default: CONTROL_TIMEOUT from now)."""
    wait_until(sock, deadline or time.monotonic() + CONTROL_TIMEOUT)  # bounds the whole sendall
    send(sock, json.dumps(obj, allow_nan=True, separators=(",", ":")).encode())


def crash_message(status: str, what: str, limits: Limits, worker=None) -> str:
    if worker is not None and getattr(worker, "out_of_memory", lambda: False)():
        return (f"your code used more than {limits.memory_bytes / (1 << 30):g} GB of memory (all of its "
                f"processes together) while running {what}, and was stopped")
    if "SIGXCPU" in status:
        return f"your code used more than {limits.cpu_seconds:.0f} s of CPU time while running {what}"
    if "SIGXFSZ" in status:
        return f"your code wrote more than {limits.file_bytes >> 20} MB to a file while running {what}"
    if "exited with code" in status:
        code = status.rsplit(" ", 1)[-1]
        return (f"your code ended its own process (exit code {code}) while running {what}; "
                "do not call sys.exit, os._exit or quit in an exercise")
    if "SIGKILL" in status:
        return (f"the process running {what} was killed (out of memory, or too many processes); "
                f"the limit is {limits.memory_bytes >> 30} GB of memory")
    return f"the process running {what} died ({status})"


class ImportFailed(StudentError):
    """The student's module never finished importing: the whole exercise is lost, once."""


class ImportTimeout(ImportFailed, StudentTimeout):
    kind = "timeout"


class ImportCrash(ImportFailed, StudentCrash):
    kind = "crash"


class Session:
    """One exercise's child process: send requests, get plain-data replies.

    With ``importing`` the child first reports that the student's module is
    imported; that wait has a budget of its own (``Limits.import_seconds``), so
    an import that hangs is told apart from a slow call and costs its exercise
    once.  ``gate`` (grader.runner.Gate) is told whenever the session waits on
    the student's process, so that other exercises of the submission may run
    meanwhile.  ``deadline_what`` says what the overall ``deadline`` is.
    """

    def __init__(self, worker: "Worker", sock: socket.socket | None, pid: int, limits: Limits,
                 deadline: float | None = None, respawn=None, importing: bool = False,
                 module: str = "", gate=None, deadline_what: str = ""):
        self.worker, self.sock, self.pid, self.limits = worker, sock, pid, limits
        self.deadline = deadline      # time.monotonic() by which the whole exercise must end
        self.respawn = respawn        # () -> (sock, pid) of a fresh child for the same exercise
        self.dead: str | None = None
        self.importing = importing    # the child's "imported" frame is still to come
        self.module = module
        self.gate = gate
        self.deadline_what = deadline_what or (
            f"this exercise used up its total time of {limits.exercise_seconds():.0f} s")

    def _waiting(self):
        return self.gate.waiting() if self.gate is not None else contextlib.nullcontext()

    def _await_import(self) -> None:
        """Wait for the child's report that the student's module is imported (or failed to)."""
        relpath = self.module.replace(".", "/") + ".py"
        deadline, overall = time.monotonic() + self.limits.import_seconds, False
        if self.deadline is not None and self.deadline < deadline:
            deadline, overall = self.deadline, True
        try:
            with self._waiting():
                _recv_frame(self.sock, deadline=deadline)
        except TimeoutError:
            if overall:
                self.dead = f"importing {relpath} was still running when {self.deadline_what}"
            else:
                self.dead = (f"importing {relpath} did not finish within {self.limits.import_seconds:g} s "
                             "(an endless loop or long work at import time? put the work inside the "
                             "functions); the rest of this exercise was not run")
            self.worker.end(kill=True)
            raise ImportTimeout(self.dead) from None
        except (EOFError, OSError, ReplyTooLarge):
            status = self.worker.end(kill=True)
            self.dead = crash_message(status, f"the import of {relpath}", self.limits, self.worker)
            raise ImportCrash(self.dead) from None
        self.importing = False

    def request(self, msg: dict) -> dict:
        what = f"`{msg.get('name', '?')}`"
        if self.dead:
            raise StudentCrash(self.dead)
        if self.sock is None:  # the last reply was too large and its child was ended
            try:
                self.sock, self.pid = self.respawn()
                self.importing = bool(self.module)
            except RuntimeError as exc:
                self.dead = f"the grader could not restart this exercise: {exc}"
                raise StudentCrash(self.dead) from None
        if self.importing:
            self._await_import()
        timeout, overall = self.limits.call_seconds, False
        if self.deadline is not None:
            left = self.deadline - time.monotonic()
            if left < timeout:
                timeout, overall = max(left, 0.0), True
        if timeout <= 0:
            self.dead = f"{self.deadline_what} before {what} could run"
            self.worker.end(kill=True)
            raise StudentTimeout(self.dead)
        deadline = time.monotonic() + timeout  # for the whole exchange, not for each read
        try:
            with self._waiting():
                _send(self.sock, msg, deadline)
                raw, _ = _recv_frame(self.sock, max_bytes=self.limits.reply_bytes, deadline=deadline)
        except TimeoutError:
            if overall:
                self.dead = f"{what} was still running when {self.deadline_what}"
            else:
                self.dead = (f"{what} did not finish within {self.limits.call_seconds:g} s "
                             "(an endless loop, or far too slow?)")
            self.worker.end(kill=True)
            raise StudentTimeout(self.dead) from None
        except ReplyTooLarge:
            # The reply is left unread: end this child; the next request gets a fresh one.
            self.worker.end(kill=True)
            self.sock.close()
            self.sock = None
            mb = self.limits.reply_bytes / (1 << 20)
            verb = "is" if msg.get("op") == "getattr" else "returned"
            raise BadAnswer(f"your function {what} {verb} more than {mb:g} MB, the most the grader reads; "
                            "return only what the exercise asks for") from None
        except (EOFError, OSError):
            status = self.worker.end(kill=True)
            self.dead = crash_message(status, what, self.limits, self.worker)
            raise StudentCrash(self.dead) from None
        try:
            reply = json.loads(raw)
        except ValueError:
            raise BadAnswer(f"{what} sent back something that is not plain data") from None
        if not isinstance(reply, dict):
            raise BadAnswer(f"{what} sent back something that is not plain data")
        if "error" in reply:
            cls = ERROR_KINDS.get(reply["error"], StudentError)
            raise cls(str(reply.get("message", "error"))[:2000])
        return reply

    def close(self) -> None:
        try:
            if self.sock is not None:
                self.sock.close()
        finally:
            if not self.dead:
                self.worker.end(kill=True)


class Watchdog:
    """Bounds one exercise's processes together, not one by one (root + sandbox uid only).

    Every exercise's child runs under a uid of its own (``NNDL_SANDBOX_UID``),
    so the grader, outside the sandbox, sees every process it made (forks that
    called setsid included) by that uid.  Twice a second it adds up their
    resident memory: over ``Limits.memory_bytes`` they are all killed and the
    exercise says it ran out of memory.  An exercise running more than
    ``FAIR_PROCESSES`` processes has them all reniced to 19, so that many
    processes of one student compete for the CPU below the single process of
    a classmate's exercise (nice 10).  Where cgroups v2 are delegated
    (grader.cgroups) they bound the same things exactly.
    """

    PERIOD = 0.5
    FAIR_PROCESSES = 2

    def __init__(self, uid: int):
        self.uid = uid
        self.limit: int | None = None
        self.tripped = False
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name=f"nndl-watchdog-{uid}")
        self._page = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def arm(self, limit: int) -> None:
        self.limit, self.tripped, self.peak = limit, False, 0

    def processes(self) -> list[int]:
        out = []
        try:
            names = os.listdir("/proc")
        except OSError:
            return out
        for name in names:
            if name.isdigit():
                try:
                    if os.stat(f"/proc/{name}").st_uid == self.uid:
                        out.append(int(name))
                except OSError:
                    pass
        return out

    def _rss(self, pid: int) -> int:
        try:
            with open(f"/proc/{pid}/statm", "rb") as f:
                return int(f.read().split()[1]) * self._page
        except (OSError, ValueError, IndexError):
            return 0

    def check(self) -> None:
        pids = self.processes()
        if not pids:
            return
        total = sum(self._rss(p) for p in pids)
        self.peak = max(self.peak, total)
        if self.limit is not None and total > self.limit:
            self.tripped = True
            for p in pids:
                try:
                    os.kill(p, signal.SIGKILL)
                except OSError:
                    pass
            return
        if len(pids) > self.FAIR_PROCESSES:
            for p in pids:
                try:
                    os.setpriority(os.PRIO_PROCESS, p, 19)
                except OSError:
                    pass

    def _run(self) -> None:
        while not self._stop.wait(self.PERIOD):
            if self.limit is not None:
                self.check()


class Worker:
    """The zygote process for one submission folder."""

    def __init__(self, root: Path, isolation: str = "auto", copy: bool = True):
        """``root`` is read once, through grader.untrusted, into a copy the worker uses
        (regular files of bounded size; nothing else, no link followed, at the top
        or inside); ``refused`` says what was left out and why.  ``copy=False`` (a
        shared worker over a folder of trusted submissions that grows while it
        runs, the kit's own tests) lets the worker read ``root`` itself."""
        # Never resolve: a submission folder that is a link must be seen as one.
        self.root = Path(os.path.abspath(root))
        self.isolation = isolation
        self.proc: subprocess.Popen | None = None
        self.control: socket.socket | None = None
        self.child: int | None = None
        self.tmp = Path(tempfile.mkdtemp(prefix="nndl-worker-"))
        self.refused: dict[str, str] = {}
        self.files = self.root
        try:
            # Only these two files of the kit go near the student's code.
            for name in ("worker.py", "wire.py"):
                shutil.copy(HERE / name, self.tmp / name)
            if copy:
                self.files = self.tmp / "submission"
                self.refused = copy_submission(self.root, self.files)
        except BaseException:
            shutil.rmtree(self.tmp, ignore_errors=True)
            raise
        self.mode = ""
        self.watchdog: Watchdog | None = None

    def host_paths(self, subdir: str = "") -> HostPaths:
        """Rewrites this worker's folders in a message, relative to the submission."""
        dirs = [self.files / subdir, self.files, self.root / subdir, self.root]
        return HostPaths([d for d in dirs if str(d) not in ("/", "")])

    # -- lifecycle -------------------------------------------------------------
    def start(self) -> None:
        ours, theirs = socket.socketpair()
        launch = launcher(self.isolation)
        cmd, env, self.mode = launch(self.tmp, self.files, theirs.fileno())
        # cwd: the worker's own folder, never the grader's (a plain subprocess starts there).
        self.proc = subprocess.Popen(cmd, pass_fds=[theirs.fileno()], env=env, cwd=self.tmp,
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, start_new_session=True)
        theirs.close()
        self.control = ours
        uid = env.get("NNDL_SANDBOX_UID") if env else None
        if uid and os.geteuid() == 0 and self.watchdog is None:
            self.watchdog = Watchdog(int(uid))
            self.watchdog.start()
        elif uid and self.watchdog is not None:
            self.watchdog.uid = int(uid)
        try:
            raw, _ = _recv_frame(self.control)
            assert json.loads(raw).get("ready")
        except Exception:  # noqa: BLE001
            err = self._stderr_tail()
            self.stop()
            raise RuntimeError(f"could not start the grading worker ({self.mode}): {err}") from None

    def _stderr_tail(self) -> str:
        if self.proc is None or self.proc.stderr is None:
            return ""
        try:
            self.proc.wait(timeout=2)
            return self.proc.stderr.read().decode(errors="replace")[-2000:]
        except Exception:  # noqa: BLE001
            return ""

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self) -> None:
        # Another thread (Ctrl-C in the grader's main thread) may stop this worker at the
        # same time: take each handle once and work on the local copy.
        control, self.control = self.control, None
        if control is not None:
            try:
                _send(control, {"op": "quit"})
            except OSError:
                pass
            control.close()
        proc, self.proc = self.proc, None
        if proc is not None:
            try:
                proc.wait(timeout=2)
            except subprocess.TimeoutExpired:
                pass
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass
                proc.wait()
            if proc.stderr:
                proc.stderr.close()

    def close(self) -> None:
        self.stop()
        if self.watchdog is not None:
            self.watchdog.stop()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def out_of_memory(self) -> bool:
        """Whether the watchdog ended the last exercise for its memory (all its processes together)."""
        return self.watchdog is not None and self.watchdog.tripped

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.close()

    # -- exercises -------------------------------------------------------------
    def session(self, module: str, limits: Limits, subdir: str = "",
                deadline: float | None = None, preload: tuple = (), gate=None,
                deadline_what: str = "") -> Session:
        """A fresh child for one exercise (the module ``module`` of the folder ``subdir``)."""
        def spawn():
            return self._spawn(module, limits, subdir, preload)
        sock, pid = spawn()
        return Session(self, sock, pid, limits, deadline, respawn=spawn, importing=True,
                       module=module, gate=gate, deadline_what=deadline_what)

    def _spawn(self, module: str, limits: Limits, subdir: str, preload: tuple,
               _retry: bool = True) -> tuple[socket.socket, int]:
        if not self.alive():
            self.stop()
            self.start()
        try:
            _send(self.control, {"op": "spawn", "module": module, "limits": limits.for_child(),
                                 "subdir": subdir, "preload": list(preload)})
            raw, fds = _recv_frame(self.control, with_fds=True)
            pid = json.loads(raw)["pid"]
            if not fds:
                raise OSError("no socket from the worker")
        except (EOFError, OSError, ValueError, KeyError):  # TimeoutError is an OSError
            self.stop()
            if not _retry:
                raise RuntimeError("the grading worker failed twice in a row")
            self.start()
            return self._spawn(module, limits, subdir, preload, _retry=False)
        self.child = pid
        if self.watchdog is not None:
            self.watchdog.arm(limits.memory_bytes)
        return socket.socket(fileno=fds[0]), pid

    def end(self, kill: bool) -> str:
        """Finish the current child; returns how it ended."""
        if self.child is None:
            return "no child"
        self.child = None
        if self.watchdog is not None:
            self.watchdog.limit = None  # idle until the next exercise (``tripped`` is kept for its message)
        try:
            _send(self.control, {"op": "end", "kill": kill})
            raw, _ = _recv_frame(self.control)
            return json.loads(raw)["status"]
        except (EOFError, OSError, ValueError):  # TimeoutError is an OSError
            # The zygote itself is gone (the student's code may have killed it).
            self.stop()
            return "killed together with the grading worker (did the code kill its parent process?)"


# --------------------------------------------------------------------- launchers

def _env() -> dict:
    env = {k: v for k, v in os.environ.items()
           if k in ("PATH", "LANG", "LC_ALL", "HOME", "OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE",
                    "SYSTEMROOT", "TMPDIR")}
    env.update({"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
                "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1", "PYTHONNOUSERSITE": "1",
                "MPLBACKEND": "Agg"})
    return env


def plain_launcher(tmp: Path, root: Path, fd: int):
    """A plain subprocess: separate process and resource limits, no filesystem isolation.

    ``root`` is the worker's copy of the submission (regular files only), so even
    here a link in the submission leads nowhere.
    """
    cmd = [sys.executable, "-B", "-s", str(tmp / "worker.py"), str(root), str(fd)]
    return cmd, _env(), "subprocess"


def launcher(isolation: str):
    """Pick how the worker is launched: 'auto', 'sandbox' or 'subprocess'."""
    if isolation in ("auto", "sandbox"):
        try:
            from .isolation import sandbox_launcher  # bubblewrap, where available
        except ImportError:
            sandbox_launcher = None
        if sandbox_launcher is not None:
            found = sandbox_launcher()
            if found is not None:
                return found
        why = _why_no_sandbox()
        if isolation == "sandbox":
            raise RuntimeError(f"the bubblewrap sandbox is required but unusable here ({why}); "
                               "install it (Debian: apt-get install bubblewrap) or drop --require-sandbox")
        confined = _landlock_launcher()
        if confined is not None:
            _warn_confined(why)
            return confined
        _warn_weaker(why)
        if os.geteuid() == 0:
            return plain_launcher_unprivileged
    return plain_launcher


def _readable_by_others(path: str) -> bool:
    """Whether an unprivileged uid can reach and read ``path`` (every parent o+x)."""
    p = Path(path).resolve()
    for part in [p, *p.parents]:
        try:
            mode = part.stat().st_mode
        except OSError:
            return False
        if not mode & 0o001:
            return False
    return True


def plain_launcher_unprivileged(tmp: Path, root: Path, fd: int):
    """The fallback when grading as root, without bubblewrap.

    The worker runs in a PID namespace of its own (``unshare``), so the
    student's code cannot signal the rest of the machine; where the Python
    install is readable by others, the student's code also runs under an
    unprivileged uid of its own on a world-readable copy of the submission.
    There is still no filesystem isolation.
    """
    from .isolation import _next_uid, _prepare
    cmd, env, mode = plain_launcher(tmp, root, fd)
    if all(_readable_by_others(d) for d in {sys.base_prefix, sys.prefix, str(Path(__file__).parent)}):
        sub = _prepare(Path(tmp), Path(root))
        cmd = [sys.executable, "-B", "-s", str(Path(tmp) / "kit" / "worker.py"), str(sub), str(fd)]
        env["NNDL_SANDBOX_UID"] = str(_next_uid())
        mode += ", unprivileged uid"
    if _pid_namespace_works():  # not in a container that refuses namespaces
        cmd = [shutil.which("unshare"), "--pid", "--fork", "--kill-child", *cmd]
        mode += ", own PID namespace"
    return cmd, env, mode


def _landlock_launcher():
    """Landlock and seccomp, where bubblewrap cannot start but the kernel has Landlock."""
    try:
        from .isolation import landlock_launcher
    except ImportError:
        return None
    return landlock_launcher()


def _pid_namespace_works() -> bool:
    try:
        from .isolation import pid_namespace_works
    except ImportError:
        return False
    return pid_namespace_works()


_warned = False
_warned_confined = False


def _warn_confined(why: str) -> None:
    global _warned_confined
    if _warned_confined:
        return
    _warned_confined = True
    from .isolation import landlock_describe
    print(f"\nNOTE: bubblewrap cannot run here ({why.strip()}).\nIsolation in force: "
          f"{landlock_describe()}.\nStudent code runs as a separate process with resource limits; "
          "pass --require-sandbox to refuse to grade without bubblewrap.\n", file=sys.stderr)


def _why_no_sandbox() -> str:
    try:
        from .isolation import probe
        return probe() or "unknown reason"
    except ImportError:
        return "grader.isolation is missing"


def _warn_weaker(why: str) -> None:
    global _warned
    if _warned:
        return
    _warned = True
    msg = ("WARNING: grading WITHOUT the bubblewrap sandbox (" + why + "). Student code runs as a "
           "plain subprocess with resource limits only: it can read any file this user can read "
           "(solutions, hidden checks) and reach the network" + (
           "; as root it is kept in a PID namespace of its own (unshare), but not out of the files"
           if os.geteuid() == 0 and _pid_namespace_works() else "")
           + ". Install bubblewrap, or pass "
           "--require-sandbox to refuse to grade like this.")
    # Printed once, plainly (not also as a Python warning with a source line).
    print("\n!!! " + msg + "\n", file=sys.stderr)
