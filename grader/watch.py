"""`nndl watch`: re-run an exercise's visible checks each time its file is saved.

No extra dependency: the files' modification times are polled.  The student's code
runs in the grader's worker process, so a syntax error or a crash half-way through
an edit is reported as that exercise's problem and the watch goes on.
"""
from __future__ import annotations

import time
from pathlib import Path

from . import catalogue, report, runner
from .messages import t


def snapshot(root: Path) -> dict[Path, tuple[int, int]]:
    """(mtime_ns, size) of every exercise file under ``root``."""
    out = {}
    for path in root.glob("ch*/*.py"):
        try:
            st = path.stat()
        except OSError:  # removed between glob and stat (an editor's atomic save)
            continue
        out[path] = (st.st_mtime_ns, st.st_size)
    return out


def changed_files(before: dict, after: dict) -> list[Path]:
    return sorted(p for p, sig in after.items() if before.get(p) != sig)


class Watcher:
    """Polls ``root``; ``poll()`` returns the exercises whose files changed since the last poll."""

    def __init__(self, root: Path, only: list | None = None):
        self.root = Path(root).resolve()
        self.only = {e.id for e in only} if only else None
        self.seen = snapshot(self.root)

    def poll(self) -> list[tuple[Path, object]]:
        now = snapshot(self.root)
        out = []
        for path in changed_files(self.seen, now):
            ex = self.exercise(path)
            if ex is not None and (self.only is None or ex.id in self.only):
                out.append((path, ex))
        self.seen = now
        return out

    def exercise(self, path: Path):
        try:
            ex = catalogue.get(f"{path.parent.name}.{path.stem}")
        except catalogue.CatalogueError:
            return None
        return ex if ex.visible_path.exists() else None


def run_one(root: Path, ex, lang: str, con) -> int:
    """Check one exercise and print a short report; never raises (the watch must go on)."""
    try:
        (result,) = runner.grade(root, [ex], hidden=False, isolation="subprocess")
    except Exception as exc:  # noqa: BLE001 - a broken kit file must not stop the watch
        con.print(t("watch_error", lang, err=f"{type(exc).__name__}: {exc}"), style="red", markup=False)
        return 1
    mark, style = report.STATUS_MARK.get(result.status, ("?", ""))
    n_ok = sum(c.passed for c in result.checks)
    con.print(f"{mark} {ex.id}  {t(result.status, lang)}  "
              f"{t('passed_checks', lang, n=n_ok, total=len(result.checks))}  "
              f"{result.score:g}/{result.points:g}", style=style)
    if result.status != "passed":
        for line in report.next_up_lines(result, str(root / ex.relpath), lang)[2:]:
            con.print(line, soft_wrap=True)
    return 0 if result.status == "passed" else 1


def watch(root: Path, lang: str, interval: float = 0.5, only: list | None = None,
          max_runs: int | None = None, con=None) -> int:
    """Watch until Ctrl-C (or until ``max_runs`` check runs, for scripts and tests)."""
    con = con or report.console()
    watcher = Watcher(root, only)
    con.print(t("watching", lang, path=watcher.root), style="bold")
    runs = 0
    try:
        while max_runs is None or runs < max_runs:
            time.sleep(interval)
            for path, ex in watcher.poll():
                con.print()
                con.print(t("changed", lang, file=path.relative_to(watcher.root), id=ex.id), style="cyan")
                run_one(watcher.root, ex, lang, con)
                runs += 1
    except KeyboardInterrupt:
        con.print(t("stopped", lang))
    return 0
