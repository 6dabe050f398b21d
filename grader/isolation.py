"""The bubblewrap sandbox the grading worker runs in (Linux).

`sandbox_launcher()` returns a launch function ``(tmp, root, fd) -> (cmd, env, mode)``
for grader.sandbox, or None when bubblewrap is missing or does not work here
(probed once per process).  Inside the sandbox:

- no network, no IPC, its own PID namespace (the worker dies with the grader);
- read-only: the Python install and the system libraries where they are,
  each site-packages folder outside the install under /pyenv/N (a venv's host
  path would show where the kit is: CI's venv lives inside the checkout), the
  worker's two files (worker.py, wire.py) and a *copy* of the submission
  (its regular files only, made by grader.untrusted: no link is followed or
  kept, no device or FIFO read, no file over the size limit); nothing else of the host is there: not the kit's repository, not
  solutions/, not the hidden checks, not a course folder, gradebook or results
  file.  Where one of those lies inside a bound folder (e.g. the kit installed
  into site-packages), it is masked by an empty tmpfs;
- a private, size-bounded /tmp, a fresh /proc and a minimal /dev;
- student code runs as an unprivileged uid, so RLIMIT_NPROC (a fork bomb)
  binds even when the grader runs as root.  As root, bubblewrap runs without a
  user namespace, keeps only CAP_SETUID/CAP_SETGID for the zygote (which runs
  no student code) and each exercise's child drops to a uid of its own
  (``NNDL_SANDBOX_UID``); the zygote clears that uid's processes after every
  exercise.  As an ordinary user, bubblewrap's user namespace already does it.
"""
from __future__ import annotations

import functools
import itertools
import json
import os
import shutil
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

from . import ROOT

HERE = Path(__file__).resolve().parent
TMP_BYTES = 64 << 20                    # the private /tmp
WORKER_DIR = "/nndl"                    # worker.py and wire.py
SUBMISSION_DIR = "/submission"          # the copy of the student's files
SITE_DIR = "/pyenv"                     # site-packages folders outside the Python install

# Folders the student must never see, even if they sit inside a bound folder.
# Other parts of the kit (e.g. the nbgrader bridge) may add theirs.
EXTRA_MASKS: list[Path] = []

_uids = itertools.count()


def _sensitive() -> list[Path]:
    paths = [ROOT, HERE, ROOT / "solutions", ROOT / "grader", HERE / "hidden", *EXTRA_MASKS]
    extra = os.environ.get("NNDL_SANDBOX_MASK", "")
    paths += [Path(p) for p in extra.split(os.pathsep) if p]
    # Another copy of the kit installed into a site-packages folder: Gradescope's
    # run_autograder runs the grader from /autograder/source, while setup.sh also
    # installed it (hidden checks and all) into /autograder/venv.
    for site in _site_path():
        if (Path(site) / "grader" / "hidden").is_dir():
            paths.append(Path(site) / "grader")
    out = []
    for p in paths:
        try:
            out.append(Path(os.path.realpath(p)))
        except OSError:
            pass
    return out


def _install_dirs() -> list[Path]:
    """The Python install itself (interpreter and standard library): bound where it is."""
    dirs = {Path(os.path.realpath(sys.base_prefix)), Path(os.path.realpath(sys.base_exec_prefix)),
            Path(os.path.realpath(_interpreter())).parent}
    # The base install's paths: in a venv, plain get_paths() puts platstdlib in the venv.
    base = {"base": sys.base_prefix, "platbase": sys.base_exec_prefix,
            "installed_base": sys.base_prefix, "installed_platbase": sys.base_exec_prefix}
    for key in ("stdlib", "platstdlib"):
        p = sysconfig.get_paths(vars=base).get(key)
        if p:
            dirs.add(Path(os.path.realpath(p)))
    return _outermost(dirs)


def _outermost(dirs) -> list[Path]:
    dirs = sorted(set(dirs), key=lambda p: len(p.parts))
    out: list[Path] = []
    for d in dirs:
        if not any(d == o or o in d.parents for o in out):
            out.append(d)
    return out


def _site_path() -> list[str]:
    """The site-packages folders on sys.path, in order (numpy and sympy live there)."""
    keep = []
    for p in sys.path:
        if p and os.path.isdir(p) and p.endswith(("site-packages", "dist-packages")):
            keep.append(os.path.realpath(p))
    return list(dict.fromkeys(keep))


def _site_map() -> dict[Path, str]:
    """Each site-packages folder outside the install, and where the sandbox shows it.

    A venv's site-packages appears under /pyenv/N, never at its host path: the
    venv may live inside the kit's checkout (CI's .venv) or under /tmp (which the
    sandbox replaces), and its host path would show where the kit is.
    """
    install = _install_dirs()
    out: dict[Path, str] = {}
    for p in map(Path, _site_path()):
        if not any(p == d or d in p.parents for d in install):
            out[p] = f"{SITE_DIR}/{len(out)}"
    return out


def _inside(host: Path) -> str | None:
    """Where a host path appears in the sandbox, or None when it does not."""
    for d in [Path("/usr"), *_install_dirs()]:
        if host == d or d in host.parents:
            return str(host)
    for site, inside in _site_map().items():
        if host == site or site in host.parents:
            return inside + str(host)[len(str(site)):]
    return None


def _system_args() -> list[str]:
    args = ["--ro-bind", "/usr", "/usr"]
    for name in ("bin", "sbin", "lib", "lib32", "lib64", "libx32"):
        p = Path("/") / name
        if p.is_symlink():
            args += ["--symlink", os.readlink(p), str(p)]
        elif p.is_dir():
            args += ["--ro-bind", str(p), str(p)]
    for name in ("/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d", "/etc/alternatives",
                 "/etc/localtime"):
        if os.path.exists(name):
            args += ["--ro-bind", name, name]
    return args


def _bwrap_args(tmp: Path, sub: Path, as_root: bool) -> list[str]:
    bwrap = shutil.which("bwrap")
    args = [bwrap, "--die-with-parent", "--new-session"]
    if as_root:
        # No user namespace: a uid inside one would still be root outside, and
        # RLIMIT_NPROC does not bind root.  The children drop to a real uid.
        args += ["--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts",
                 "--unshare-cgroup-try", "--cap-drop", "ALL",
                 "--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"]
    else:
        args += ["--unshare-all", "--unshare-user", "--disable-userns"]
    args += _system_args()
    bound = [Path("/usr")]
    made: set[Path] = set()

    def parents(d: Path):
        # bwrap makes missing parents 0700, which the unprivileged uid cannot cross.
        for parent in reversed(Path(d).parents[:-1]):
            if parent not in made:
                args.extend(["--perms", "0755", "--dir", str(parent)])
                made.add(parent)

    for d in _install_dirs():
        if any(d == b or b in d.parents for b in bound):
            continue
        parents(d)
        args += ["--ro-bind", str(d), str(d)]
        bound.append(d)
    for site, inside in _site_map().items():
        parents(Path(inside))
        args += ["--ro-bind", str(site), inside]
    args += ["--ro-bind", str(tmp / "kit"), WORKER_DIR,
             "--ro-bind", str(sub), SUBMISSION_DIR,
             "--size", str(TMP_BYTES), "--tmpfs", "/tmp",
             "--proc", "/proc", "--dev", "/dev", "--chdir", "/tmp"]
    # Mask whatever is secret and happens to lie inside a bound folder, but
    # never a Python folder whole (a kit installed into site-packages has
    # ROOT == site-packages; its grader/ package is masked instead).
    python = {Path("/usr"), *_install_dirs(), *_site_map()}
    for s in _sensitive():
        inside = _inside(s)
        if inside and s.is_dir() and not any(s == p or s in p.parents for p in python):
            args += ["--tmpfs", inside]
    return args


def _env(uid: int | None) -> dict:
    from .sandbox import _env as base_env
    env = base_env()
    env.update({"HOME": "/tmp", "TMPDIR": "/tmp", "PATH": "/usr/bin:/bin",
                "PYTHONPATH": os.pathsep.join(_inside(Path(p)) for p in _site_path())})
    if uid is not None:
        env["NNDL_SANDBOX_UID"] = str(uid)
    return env


def _interpreter() -> str:
    return os.path.realpath(getattr(sys, "_base_executable", None) or sys.executable)


def _prepare(tmp: Path, root: Path) -> Path:
    """World-readable copies of the worker files and the submission, inside tmp.

    The submission is copied by grader.untrusted (regular files of bounded size,
    no link followed or kept), unless ``root`` is that copy already (grader.sandbox
    makes it when the worker is created).
    """
    from .untrusted import copy_submission
    os.chmod(tmp, 0o755)
    kit = tmp / "kit"
    kit.mkdir(exist_ok=True)
    for name in ("worker.py", "wire.py"):
        shutil.copy(tmp / name, kit / name)
    sub = tmp / "submission"
    if Path(root) != sub:
        if sub.exists():
            shutil.rmtree(sub)
        copy_submission(root, sub)
    for dirpath, dirnames, filenames in os.walk(tmp):
        for d in dirnames:
            p = os.path.join(dirpath, d)
            if not os.path.islink(p):
                os.chmod(p, 0o755)
        for f in filenames:
            p = os.path.join(dirpath, f)
            if not os.path.islink(p):
                os.chmod(p, 0o644)
    return sub


def _next_uid() -> int:
    # A uid of its own for every worker: one student's processes can neither
    # signal another's nor use up their process budget.
    return 200_000 + (os.getpid() % 10_000) * 100 + next(_uids) % 100


def launch(tmp: Path, root: Path, fd: int):
    as_root = os.geteuid() == 0
    sub = _prepare(Path(tmp), Path(root))
    cmd = _bwrap_args(Path(tmp), sub, as_root)
    cmd += [_interpreter(), "-B", "-s", f"{WORKER_DIR}/worker.py", SUBMISSION_DIR, str(fd)]
    return cmd, _env(_next_uid() if as_root else None), "bubblewrap"


@functools.lru_cache(maxsize=1)
def probe() -> str | None:
    """None if the sandbox works here, else why not."""
    if not sys.platform.startswith("linux"):
        return "bubblewrap runs on Linux only"
    if shutil.which("bwrap") is None:
        return "bubblewrap (bwrap) is not installed"
    import tempfile
    tmp = Path(tempfile.mkdtemp(prefix="nndl-probe-"))
    try:
        (tmp / "empty").mkdir()
        for name in ("worker.py", "wire.py"):
            shutil.copy(HERE / name, tmp / name)
        sub = _prepare(tmp, tmp / "empty")
        cmd = _bwrap_args(tmp, sub, os.geteuid() == 0)
        cmd += [_interpreter(), "-B", "-s", "-c", "import numpy; print('ok')"]
        try:
            out = subprocess.run(cmd, env=_env(None), capture_output=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return f"bubblewrap could not start: {exc}"
        if out.returncode != 0 or b"ok" not in out.stdout:
            return "bubblewrap does not work here: " + out.stderr.decode(errors="replace")[-500:]
        return None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def sandbox_launcher():
    """The bubblewrap launch function, or None when bubblewrap is unusable here."""
    return launch if probe() is None else None


# --------------------------------------------------------------------- Landlock (no namespaces)
#
# Inside a container that forbids new namespaces, bubblewrap cannot start.  There
# the worker confines itself (grader/worker.py, `confine`): Landlock lets it read
# the Python install, the site-packages folders (minus the kit's own grader/),
# the system libraries, its two files and the submission copy, and write only a
# private scratch folder; seccomp refuses it sockets.  The grader keeps its own
# process, the hidden checks, the course and results files out of its reach.

SYSTEM_READ = ["/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32",
               "/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d", "/etc/alternatives",
               "/etc/localtime"]
DEVICES = ["/dev/null", "/dev/zero", "/dev/urandom", "/dev/random"]


def _split_around(folder: Path, secrets: list[Path], read: list[str], listing: list[str]) -> None:
    """Read rights on ``folder``, or on each of its entries but the secret ones."""
    inside = [s for s in secrets if folder in s.parents]
    if not inside:
        read.append(str(folder))
        return
    listing.append(str(folder))       # its names may be listed, not read
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        real = Path(os.path.realpath(entry.path))
        if any(s == real or s in real.parents for s in inside):
            continue                                    # secret, or inside a secret
        if any(real in s.parents for s in inside):
            _split_around(real, secrets, read, listing)  # a secret lies beneath
        else:
            read.append(entry.path)


def landlock_spec(tmp: Path, sub: Path, scratch: Path) -> dict:
    """What the confined worker may touch (grader/worker.py reads it from NNDL_CONFINE)."""
    python = _outermost([Path(os.path.realpath(p)) for p in SYSTEM_READ if os.path.exists(p)]
                        + _install_dirs() + [Path(p) for p in _site_path()])
    # A secret that *is* a Python folder (the kit installed into site-packages has
    # ROOT == site-packages) is not hidden whole: its grader/ package is.
    secrets = [s for s in _sensitive() if s not in python]
    read: list[str] = []
    listing: list[str] = []
    for folder in python:
        _split_around(folder, secrets, read, listing)
    read += [str(tmp / "kit"), str(sub)]
    return {"read": read, "list": listing, "write": [str(scratch)], "devices": DEVICES,
            "chdir": str(scratch), "seccomp": True}


def _landlock_env(spec: dict, scratch: Path, uid: int | None) -> dict:
    from .sandbox import _env as base_env
    env = base_env()
    env.update({"HOME": str(scratch), "TMPDIR": str(scratch), "NNDL_CONFINE": json.dumps(spec)})
    if uid is not None:
        env["NNDL_SANDBOX_UID"] = str(uid)
    return env


def _scratch(tmp: Path, uid: int | None) -> Path:
    scratch = tmp / "scratch"
    if scratch.exists():
        shutil.rmtree(scratch)
    scratch.mkdir(mode=0o700)
    if uid is not None:
        os.chown(scratch, uid, uid)
    return scratch


def landlock_launch(tmp: Path, root: Path, fd: int):
    """The worker as a plain subprocess that confines itself with Landlock and seccomp."""
    from .sandbox import _readable_by_others
    tmp = Path(tmp)
    sub = _prepare(tmp, Path(root))
    uid = None
    mode = "Landlock"
    if os.geteuid() == 0 and all(_readable_by_others(d) for d in {sys.base_prefix, sys.prefix}):
        uid = _next_uid()
        mode += ", unprivileged uid"
    scratch = _scratch(tmp, uid)
    spec = landlock_spec(tmp, sub, scratch)
    spec["seccomp"] = landlock_probe_result().get("seccomp", False)
    cmd = [sys.executable, "-B", "-s", str(tmp / "kit" / "worker.py"), str(sub), str(fd)]
    if os.geteuid() == 0 and pid_namespace_works():
        cmd = [shutil.which("unshare"), "--pid", "--fork", "--kill-child", *cmd]
        mode += ", own PID namespace"
    return cmd, _landlock_env(spec, scratch, uid), mode


@functools.lru_cache(maxsize=1)
def pid_namespace_works() -> bool:
    """Whether ``unshare --pid`` can start a process here (not in a container without CAP_SYS_ADMIN)."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return False
    try:
        return subprocess.run([unshare, "--pid", "--fork", "--kill-child", "true"], capture_output=True,
                              timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@functools.lru_cache(maxsize=1)
def landlock_probe_result() -> dict:
    """Run the worker's self-test once: confined, can it read a secret? a socket?"""
    if not sys.platform.startswith("linux"):
        return {"error": "Landlock is Linux only"}
    import tempfile
    tmp = Path(tempfile.mkdtemp(prefix="nndl-landlock-"))
    try:
        (tmp / "empty").mkdir()
        (tmp / "empty" / "visible.txt").write_text("visible\n")
        for name in ("worker.py", "wire.py"):
            shutil.copy(HERE / name, tmp / name)
        sub = _prepare(tmp, tmp / "empty")
        (tmp / "secret.txt").write_text("secret\n")
        scratch = _scratch(tmp, None)
        spec = landlock_spec(tmp, sub, scratch)
        env = _landlock_env(spec, scratch, None)
        cmd = [sys.executable, "-B", "-s", str(tmp / "kit" / "worker.py"), "--confine-selftest",
               str(tmp / "secret.txt"), str(sub / "visible.txt")]
        try:
            out = subprocess.run(cmd, env=env, capture_output=True, timeout=120)
            result = json.loads(out.stdout.decode().strip().splitlines()[-1])
        except (OSError, subprocess.TimeoutExpired, ValueError, IndexError) as exc:
            return {"error": f"the Landlock self-test did not run: {exc}"}
        if "error" not in result and not result.get("socketpair"):
            result["seccomp"] = False    # too strict for the worker: keep Landlock alone
        if "error" not in result and not result.get("seccomp"):
            # Seccomp refused or too strict: retry without it, Landlock alone.
            spec["seccomp"] = False
            env = _landlock_env(spec, scratch, None)
            try:
                out = subprocess.run(cmd, env=env, capture_output=True, timeout=120)
                result = json.loads(out.stdout.decode().strip().splitlines()[-1])
            except (OSError, subprocess.TimeoutExpired, ValueError, IndexError) as exc:
                return {"error": f"the Landlock self-test did not run: {exc}"}
        if "error" in result:
            return result
        if result.get("secret_readable") or not result.get("allowed_readable"):
            return {"error": "Landlock did not keep a test file out of reach here"}
        return result
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def landlock_probe() -> str | None:
    """None if the Landlock fallback works here, else why not."""
    if os.environ.get("NNDL_NO_LANDLOCK") == "1":
        return "turned off (NNDL_NO_LANDLOCK=1)"
    return landlock_probe_result().get("error")


def landlock_describe() -> str:
    r = landlock_probe_result()
    parts = [f"Landlock ABI {r.get('landlock')}: the student's code reads only the submission copy and "
             "the Python install, and writes only a private scratch folder"]
    if r.get("seccomp"):
        parts.append("seccomp: no sockets (no network)")
    elif r.get("tcp"):
        parts.append("Landlock: no TCP connections (UDP is not blocked: seccomp is unavailable)")
    else:
        parts.append("NO network restriction (neither seccomp nor Landlock ABI 4 is available)")
    if not r.get("signals"):
        parts.append("signals to other processes are not scoped (Landlock ABI < 6)")
    return "; ".join(parts)


def landlock_launcher():
    """The Landlock launch function, or None where Landlock does not work here."""
    return landlock_launch if landlock_probe() is None else None
