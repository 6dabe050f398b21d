"""A submission is data: reading its files, and showing its text, safely.

Every way into a student's files goes through here (`copy_submission`,
`read_file`, `tree_hash`):

- only regular files are read, each at most ``file_limit()`` bytes (and the
  whole submission at most ``total_limit()``); a device, a FIFO, a socket or a
  file over the limit is never opened for reading (or opened without blocking
  and closed unread), so it can neither fill the grader's memory nor hang it;
- a link is never followed, at the top (a submission folder that is itself a
  link) or anywhere inside: folders are opened with ``O_NOFOLLOW`` one level at
  a time, relative to their parent's descriptor, and files with
  ``O_NOFOLLOW | O_NONBLOCK``, then checked with ``fstat``;
- a file name that is not valid UTF-8 is left out (no exercise has one);
- whatever was left out is reported by its path relative to the submission,
  with a plain message, so the grader can say so on the exercise it costs.

Text that came from the student's side (exception messages, the source line
shown, answers quoted by a check, folder names) passes `plain()` before it is
shown anywhere: terminal control characters (ESC sequences, carriage returns,
other C0/C1 controls, bidirectional overrides) are removed, so the text cannot
repaint or hide anything in the instructor's terminal.  `HostPaths` rewrites
the grader's own folders (the copy the worker reads, the kit, the Python
install) so feedback names the submission's files relative to it and nothing of
the host.

Limits can be changed with ``NNDL_SUBMISSION_FILE_BYTES`` and
``NNDL_SUBMISSION_TOTAL_BYTES`` (the kit's tests use small ones).
"""
from __future__ import annotations

import errno
import hashlib
import itertools
import os
import re
import stat
import sys
from pathlib import Path

FILE_BYTES = 8 << 20          # the most the grader reads of one file
TOTAL_BYTES = 128 << 20       # ... and of one submission
MAX_ENTRIES = 20_000          # files and folders of one submission
MAX_DEPTH = 24                # folder levels
SKIP_DIRS = frozenset({"__pycache__", ".git", ".ipynb_checkpoints"})
SKIP_SUFFIXES = (".pyc",)

_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
_FILE_FLAGS = (os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_CLOEXEC", 0))


def _env_bytes(name: str, default: int) -> int:
    try:
        value = int(os.environ.get(name, ""))
    except ValueError:
        return default
    return value if value > 0 else default


def file_limit() -> int:
    return _env_bytes("NNDL_SUBMISSION_FILE_BYTES", FILE_BYTES)


def total_limit() -> int:
    return _env_bytes("NNDL_SUBMISSION_TOTAL_BYTES", TOTAL_BYTES)


def _size(n: int) -> str:
    if n >= 1 << 20:
        return f"{n / (1 << 20):.3g} MB"
    if n >= 1 << 10:
        return f"{n / (1 << 10):.3g} KB"
    return f"{n} bytes"


class Refused(OSError):
    """A file of the submission the grader does not read; ``str()`` is the plain reason."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason

    def __str__(self) -> str:
        return self.reason


# ------------------------------------------------------------------ what a path is

def _kind(mode: int) -> str:
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "dir"
    if stat.S_ISLNK(mode):
        return "link"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "other"


def why_not(rel: str, kind: str, outside: bool = True, folder: bool = False) -> str:
    """The plain message for a path of the submission that is not a regular file or folder."""
    what = "folder" if folder else "file"
    if kind == "link":
        if outside:
            return f"{rel} is a link to somewhere outside the submission; submit the {what} itself"
        return f"{rel} is a link; the grader reads no links: submit the {what} itself"
    names = {"fifo": "a named pipe (FIFO)", "socket": "a socket", "device": "a device",
             "other": "a special file"}
    return f"{rel} is {names.get(kind, 'a special file')}, not a regular file; submit the file itself"


def _link_leaves(dir_fd: int, name: str, rel: str) -> bool:
    """Whether the link ``name`` (at ``rel`` in the submission) points outside it (for the wording)."""
    try:
        target = os.readlink(name, dir_fd=dir_fd)
    except OSError:
        return True
    if os.path.isabs(target):
        return True
    joined = os.path.normpath(os.path.join(os.path.dirname(rel), target))
    return joined == ".." or joined.startswith("../")


def _valid_name(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _skip(name: str, is_dir: bool) -> bool:
    return (is_dir and name in SKIP_DIRS) or (not is_dir and name.endswith(SKIP_SUFFIXES))


def _read_fd(fd: int, rel: str, limit: int) -> bytes:
    """The bytes of an opened path, if it is a regular file of at most ``limit`` bytes."""
    st = os.fstat(fd)
    kind = _kind(st.st_mode)
    if kind != "file":
        raise Refused(why_not(rel, kind))
    if st.st_size > limit:
        raise Refused(f"{rel} is larger than {_size(limit)}, the most the grader reads of one file; "
                      "submit only what the exercise asks for")
    chunks, got = [], 0
    while got <= limit:
        chunk = os.read(fd, min(1 << 20, limit + 1 - got))
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    if got > limit:  # it grew while being read
        raise Refused(f"{rel} is larger than {_size(limit)}, the most the grader reads of one file; "
                      "submit only what the exercise asks for")
    return b"".join(chunks)


def _open_file(name: str, dir_fd: int | None, rel: str, expect: os.stat_result | None = None) -> int:
    try:
        fd = os.open(name, _FILE_FLAGS, dir_fd=dir_fd)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise Refused(why_not(rel, "link")) from None
        if exc.errno in (errno.ENXIO, errno.EOPNOTSUPP):  # a socket
            raise Refused(why_not(rel, "socket")) from None
        raise Refused(f"{rel} could not be read ({exc.strerror or exc})") from None
    if expect is not None:
        st = os.fstat(fd)
        if (st.st_dev, st.st_ino) != (expect.st_dev, expect.st_ino):  # swapped meanwhile
            os.close(fd)
            raise Refused(f"{rel} changed while the grader read it; submit it again")
    return fd


def _open_dir(name: str, dir_fd: int | None, rel: str) -> int:
    try:
        return os.open(name, _DIR_FLAGS, dir_fd=dir_fd)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.ENOTDIR):
            try:
                st = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
            except OSError:
                st = None
            if st is not None and stat.S_ISLNK(st.st_mode):
                if not rel:
                    raise Refused("the submission folder is a link; a link never counts as a submission: "
                                  "submit the folder itself") from None
                raise Refused(why_not(rel, "link", folder=True)) from None
            if st is not None:
                raise Refused(f"{rel or 'the submission'} is not a folder") from None
        if exc.errno == errno.ENOENT:
            raise FileNotFoundError(errno.ENOENT, f"{rel or 'the submission folder'} does not exist") from None
        raise Refused(f"{rel or 'the submission folder'} could not be read ({exc.strerror or exc})") from None


def open_under(base: Path, rel: str) -> int:
    """A descriptor for the file ``base/rel``, no link followed below ``base``, no special file opened."""
    parts = [p for p in Path(rel).parts if p not in ("", ".")]
    if not parts or any(p == ".." for p in parts):
        raise Refused(f"{rel} is not a file of the submission")
    fd = _open_dir(str(base), None, "")
    try:
        walked = []
        for part in parts[:-1]:
            walked.append(part)
            nxt = _open_dir(part, fd, "/".join(walked))
            os.close(fd)
            fd = nxt
        shown = "/".join(parts)
        try:
            st = os.stat(parts[-1], dir_fd=fd, follow_symlinks=False)
        except FileNotFoundError:
            raise FileNotFoundError(errno.ENOENT, f"{shown} does not exist") from None
        except OSError as exc:
            raise Refused(f"{shown} could not be read ({exc.strerror or exc})") from None
        kind = _kind(st.st_mode)
        if kind != "file":
            raise Refused(why_not(shown, kind, outside=kind == "link" and _link_leaves(fd, parts[-1], shown)))
        return _open_file(parts[-1], fd, shown, st)
    finally:
        os.close(fd)


def read_file(base: Path, rel: str, limit: int | None = None) -> bytes:
    """The bytes of the regular file ``base/rel``.

    Raises `Refused` (a plain message) for anything else, FileNotFoundError when
    it does not exist."""
    fd = open_under(Path(base), rel)
    try:
        return _read_fd(fd, "/".join(p for p in Path(rel).parts if p not in ("", ".")),
                        file_limit() if limit is None else limit)
    finally:
        os.close(fd)


# ------------------------------------------------------------------ walking a submission

def walk(root: Path, refused: dict[str, str]):
    """Yield ``(rel, dir_fd, name, lstat)`` for every regular file under ``root``, sorted.

    Folders are yielded too (``lstat`` of a folder) before what they hold; every
    other kind of entry (link, FIFO, device, socket, a name that is not UTF-8)
    is recorded in ``refused`` (relative path -> plain message), never opened.
    """
    try:
        top = _open_dir(str(root), None, "")
    except OSError as exc:  # Refused, or FileNotFoundError
        refused[""] = str(exc) if isinstance(exc, Refused) else "the submission folder does not exist"
        return
    count = [0]
    try:
        yield from _walk(top, "", 0, refused, count)
    finally:
        os.close(top)


def _walk(fd: int, prefix: str, depth: int, refused: dict, count: list):
    try:
        with os.scandir(fd) as it:  # at most MAX_ENTRIES + 1 of them: a million files cost nothing
            entries = sorted(itertools.islice(it, MAX_ENTRIES + 1), key=lambda e: e.name)
    except OSError as exc:
        refused[prefix or ""] = f"{prefix or 'the submission folder'} could not be read ({exc.strerror or exc})"
        return
    for entry in entries:
        name = entry.name
        if not _valid_name(name):
            shown = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            refused[(prefix + "/" if prefix else "") + shown] = (
                f"{(prefix + '/') if prefix else ''}{shown}: a file name that is not valid UTF-8 was left out; "
                "rename it")
            continue
        rel = f"{prefix}/{name}" if prefix else name
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError as exc:
            refused[rel] = f"{rel} could not be read ({exc.strerror or exc})"
            continue
        kind = _kind(st.st_mode)
        if _skip(name, kind == "dir"):
            continue
        count[0] += 1
        if count[0] > MAX_ENTRIES:
            refused[rel] = (f"{rel} and what follows were left out: a submission holds at most "
                            f"{MAX_ENTRIES} files and folders")
            return
        if kind == "dir":
            if depth >= MAX_DEPTH:
                refused[rel] = f"{rel} was left out: folders nested more than {MAX_DEPTH} deep"
                continue
            try:
                sub = _open_dir(name, fd, rel)
            except OSError as exc:  # Refused, or gone meanwhile
                refused[rel] = str(exc) if isinstance(exc, Refused) else f"{rel} could not be read"
                continue
            try:
                yield rel, sub, None, st
                yield from _walk(sub, rel, depth + 1, refused, count)
            finally:
                os.close(sub)
        elif kind == "file":
            yield rel, fd, name, st
        elif kind == "link":
            refused[rel] = why_not(rel, "link", outside=_link_leaves(fd, name, rel),
                                   folder=entry.is_dir())
        else:
            refused[rel] = why_not(rel, kind)


def copy_submission(src: Path, dest: Path) -> dict[str, str]:
    """Copy the regular files of ``src`` into ``dest`` (a new folder); what was left out, and why.

    The copy holds only folders (0755) and regular files (0644) of bounded size:
    nothing in it is a link, so whatever reads it later cannot be led elsewhere.
    """
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    os.chmod(dest, 0o755)
    refused: dict[str, str] = {}
    limit, budget = file_limit(), total_limit()
    used = 0
    for rel, dir_fd, name, st in walk(Path(src), refused):
        target = dest / rel
        if name is None:  # a folder
            target.mkdir(exist_ok=True)
            os.chmod(target, 0o755)
            continue
        if used + st.st_size > budget and st.st_size <= limit:
            refused[rel] = (f"{rel} was left out: the submission is larger than {_size(budget)} in all; "
                            "submit only the exercise files")
            continue
        try:
            fd = _open_file(name, dir_fd, rel, st)
            try:
                data = _read_fd(fd, rel, min(limit, budget - used))
            finally:
                os.close(fd)
        except Refused as exc:
            refused[rel] = str(exc)
            continue
        used += len(data)
        with open(target, "wb") as f:
            f.write(data)
        os.chmod(target, 0o644)
    return refused


def tree_hash(folder: Path) -> str:
    """sha256 over the submission as the grader sees it: names, regular files' bytes, what was left out."""
    h = hashlib.sha256()
    refused: dict[str, str] = {}
    limit = file_limit()
    for rel, dir_fd, name, st in walk(Path(folder), refused):
        h.update(os.fsencode(rel) + b"\0")
        if name is None:
            h.update(b"dir\0")
            continue
        try:
            fd = _open_file(name, dir_fd, rel, st)
            try:
                h.update(_read_fd(fd, rel, limit))
            finally:
                os.close(fd)
        except Refused as exc:
            h.update(b"refused:" + str(exc).encode("utf-8", "backslashreplace"))
        h.update(b"\0")
    for rel in sorted(refused):  # links by where they point, so a changed link is a change
        h.update(b"left out:" + rel.encode("utf-8", "backslashreplace") + b"\0")
        h.update(refused[rel].encode("utf-8", "backslashreplace") + b"\0")
    return h.hexdigest()


def refusal_for(refused: dict[str, str], relpath: str, prefix: str = "") -> str | None:
    """Why the file ``relpath`` (of the submission at ``prefix`` in the copy) was left out, if it was."""
    parts = [p for p in Path(prefix).parts if p not in ("", ".")] + list(Path(relpath).parts)
    for i in range(len(parts) + 1):  # the outermost refusal: a folder left out takes its files
        reason = refused.get("/".join(parts[:i]))
        if reason is not None:
            return reason
    return None


# ------------------------------------------------------------------ text for people

_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"             # CSI: colours, cursor moves, erase
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: titles, hyperlinks, clipboard
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"       # DCS, SOS, PM, APC strings
    r"|\x1b[ -/]*[0-~]?"                    # any other escape
    r"|\x9b[0-?]*[ -/]*[@-~]"               # 8-bit CSI
)
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SURROGATES = re.compile("[\ud800-\udfff]")


def _surrogate(m: re.Match) -> str:
    code = ord(m.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else "\ufffd"


def plain(text) -> str:
    """``text`` without terminal control characters (newlines and tabs stay).

    ESC sequences go whole; carriage returns, other C0 and C1 controls, DEL and
    bidirectional overrides are removed; bytes of a name that was not valid
    UTF-8 are shown as ``\\xNN``.
    """
    text = text if isinstance(text, str) else str(text)
    text = _SURROGATES.sub(_surrogate, text)
    text = _ESCAPES.sub("", text)
    return _CONTROLS.sub("", text)


def plain_name(name: str) -> str:
    """A folder name as shown in tables, file names and gradebooks: plain, one line, never empty."""
    shown = plain(name).replace("\n", " ").replace("\t", " ").replace("/", "_").strip()
    if shown in ("", ".", ".."):
        shown = "_" + shown
    return shown


class HostPaths:
    """Rewrites the grader's folders in a message: the submission's copy becomes relative to it."""

    WORKER_TMP = re.compile(r"(?<![\w.-])/(?:[\w.-]+/)*nndl-(?:worker|gs|nbgrader|probe)-[\w]+(?:/submission)?/?")

    def __init__(self, submission_dirs=(), *, kit: bool = True):
        from . import ROOT
        pairs: list[tuple[str, str]] = []

        def add(path, replacement: str) -> None:
            if not path:
                return
            for p in {str(path), os.path.realpath(str(path))}:
                p = p.rstrip("/")
                if len(p) > 1:
                    pairs.append((p, replacement))

        for d in submission_dirs:
            add(d, "")
        add("/submission", "")  # where the sandbox shows the copy
        if kit:
            add(ROOT, "<kit>")
        for d in {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}:
            add(d, "<python>")
        for p in sys.path:
            if p.endswith(("site-packages", "dist-packages")):
                add(p, "<python>")
        self.pairs = [(re.compile(r"(?<![\w.-])" + re.escape(p) + r"(/|(?![\w.-]))"), r)
                      for p, r in sorted(set(pairs), key=lambda pr: -len(pr[0]))]

    def __call__(self, text: str) -> str:
        for pattern, replacement in self.pairs:
            text = pattern.sub(lambda m, r=replacement: (r + "/" if r else "") if m.group(1) else (r or "."),
                               text)
        return self.WORKER_TMP.sub("", text)


def clean(text, paths: HostPaths | None = None) -> str:
    """Student-side text made fit to show: host paths rewritten, control characters removed.

    Paths first: a host path is matched as it is (a folder name may hold bytes that
    are not UTF-8, or control characters, which `plain` then rewrites)."""
    text = text if isinstance(text, str) else str(text)
    return plain(paths(text) if paths is not None else text)
