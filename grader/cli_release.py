"""`nndl release OUT_DIR`: write the student bundle (instructors)."""
from __future__ import annotations

from pathlib import Path

from .cli import NOTHING_WRITTEN, _lang
from .messages import t


def cmd_release(args) -> int:
    from . import catalogue, release
    from .cli import needs_instructor_kit
    needs_instructor_kit("`nndl release`")
    try:
        done = release.build(Path(args.out_dir), force=args.force)
    except release.ReleaseError as exc:
        raise SystemExit(f"nndl release: {exc}") from None
    if done.kept is not None:
        shown = ", ".join(done.changed[:5]) + (", ..." if len(done.changed) > 5 else "")
        print(f"nndl release: the earlier bundle in {args.out_dir} held work that is not part of the "
              f"release ({len(done.changed)} file(s): {shown}); nothing was deleted: it is kept, whole, "
              f"in {done.kept}")
    n = sum(1 for e in catalogue.all_exercises() if e.stub_path.exists())
    print(t("release_done", _lang(args), out=args.out_dir, n=n))
    return 0


def register(sub) -> None:
    p = sub.add_parser("release", help="write the student bundle: stubs, visible checks and the CLI, "
                       "without solutions or hidden checks")
    p.add_argument("out_dir", metavar="OUT_DIR", help="an empty (or new) folder")
    p.add_argument("--force", action="store_true",
                   help="replace OUT_DIR if it is an earlier bundle (one `nndl release` wrote; never any other "
                        "folder); a student's work in it is moved aside to OUT_DIR.kept-<time>, never deleted")
    p.set_defaults(func=cmd_release, interrupted=NOTHING_WRITTEN)
