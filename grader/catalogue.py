"""The exercise catalogue: grader/catalogue/ch*.toml, one file per chapter.

Each ``[[exercise]]`` entry names one exercise; its id ``chN.name`` fixes where
everything else lives (see `Exercise` below), so one exercise is easy to see whole.
"""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field
from pathlib import Path

try:
    import tomllib
except ImportError:  # Python 3.10: the same parser, from PyPI
    import tomli as tomllib

from . import ROOT

CATALOGUE_DIR = Path(__file__).parent / "catalogue"
HIDDEN_DIR = Path(__file__).parent / "hidden"
BOOK = "http://neuralnetworksanddeeplearning.com"
KINDS = ("code", "symbolic", "numeric", "essay")


class CatalogueError(ValueError):
    pass


@dataclass(frozen=True)
class Exercise:
    id: str                       # "ch1.bitwise_output"
    chapter: int
    section: str                  # "1.4"
    anchor: str                   # URL anchor in the chapter's page
    title_en: str
    title_zh: str
    kind: str                     # code / symbolic / numeric / essay
    points: float                 # auto-graded points
    names: tuple[str, ...]        # what the student writes in the module
    hints: tuple[str, ...]
    summary_en: str = ""
    summary_zh: str = ""
    hints_zh: tuple[str, ...] = ()
    manual_points: float = 0.0    # essay part, graded by hand
    book_ref: str = ""            # id in shared/curriculum/catalogue.md, e.g. ch1-ex-bitwise-output-layer
    book_kind: str = ""           # "exercise", "problem" or "inline" (a prompt in the text)
    timeout: float = 20.0         # seconds for one call into the student's code
    slow: bool = False            # trains on MNIST: excluded from quick runs
    files: tuple[str, ...] = ()   # data files handed in besides the module (e.g. a trained model)

    @property
    def name(self) -> str:
        return self.id.split(".", 1)[1]

    @property
    def chapter_dir(self) -> str:
        return f"ch{self.chapter}"

    @property
    def module(self) -> str:
        return self.id

    @property
    def relpath(self) -> str:
        """Path of the student's file inside a submission folder."""
        return f"{self.chapter_dir}/{self.name}.py"

    @property
    def url(self) -> str:
        return f"{BOOK}/chap{self.chapter}.html#{self.anchor}"

    def title(self, lang: str = "en") -> str:
        return self.title_zh if lang == "zh" else self.title_en

    def summary(self, lang: str = "en") -> str:
        return (self.summary_zh or self.summary_en) if lang == "zh" else self.summary_en

    def hint_list(self, lang: str = "en") -> tuple[str, ...]:
        return self.hints_zh if (lang == "zh" and self.hints_zh) else self.hints

    # Mirrored paths ---------------------------------------------------------
    @property
    def solution_path(self) -> Path:
        return ROOT / "solutions" / self.relpath

    @property
    def stub_path(self) -> Path:
        return ROOT / "exercises" / self.relpath

    @property
    def visible_path(self) -> Path:
        return ROOT / "tests" / self.chapter_dir / f"test_{self.name}.py"

    @property
    def hidden_path(self) -> Path:
        return HIDDEN_DIR / self.chapter_dir / f"test_{self.name}.py"

    @property
    def wrong_dir(self) -> Path:
        return ROOT / "tests" / "kit" / "wrong" / self.chapter_dir / self.name


REQUIRED = ("id", "section", "anchor", "title", "kind", "points", "names", "hints")


def _entry(chapter: int, raw: dict, source: Path) -> Exercise:
    missing = [k for k in REQUIRED if k not in raw]
    where = f"{source.name}: exercise {raw.get('id', '?')}"
    if missing:
        raise CatalogueError(f"{where} lacks {', '.join(missing)}")
    if raw["kind"] not in KINDS:
        raise CatalogueError(f"{where}: kind must be one of {KINDS}, not {raw['kind']!r}")
    if not str(raw["id"]).startswith(f"ch{chapter}."):
        raise CatalogueError(f"{where}: id must start with ch{chapter}.")
    title, summary, hints = raw["title"], raw.get("summary", {}), raw["hints"]
    if not (isinstance(title, dict) and title.get("en") and title.get("zh")):
        raise CatalogueError(f"{where}: title needs both en and zh")
    if not hints:
        raise CatalogueError(f"{where}: give at least one hint")
    return Exercise(
        id=raw["id"], chapter=chapter, section=str(raw["section"]), anchor=raw["anchor"],
        title_en=title["en"], title_zh=title["zh"], kind=raw["kind"], points=float(raw["points"]),
        names=tuple(raw["names"]), hints=tuple(hints), hints_zh=tuple(raw.get("hints_zh", ())),
        summary_en=summary.get("en", ""), summary_zh=summary.get("zh", ""),
        manual_points=float(raw.get("manual_points", 0)), book_ref=raw.get("book_ref", ""),
        book_kind=raw.get("book_kind", ""), timeout=float(raw.get("timeout", 20.0)),
        slow=bool(raw.get("slow", False)), files=_files(raw.get("files", ()), where, chapter),
    )


def _files(raw, where: str, chapter: int) -> tuple[str, ...]:
    """Extra files a submission holds for this exercise: plain names inside its chapter folder."""
    out = []
    for rel in raw:
        parts = str(rel).split("/")
        if len(parts) != 2 or parts[0] != f"ch{chapter}" or not parts[1] or parts[1].startswith(".") \
                or parts[1].endswith(".py"):
            raise CatalogueError(f"{where}: files must be plain data files in ch{chapter}/, not {rel!r}")
        out.append(str(rel))
    return tuple(out)


@dataclass(frozen=True)
class Chapter:
    number: int
    title_en: str
    title_zh: str
    exercises: tuple[Exercise, ...] = field(default=())

    def title(self, lang: str = "en") -> str:
        return self.title_zh if lang == "zh" else self.title_en


@functools.lru_cache(maxsize=None)
def chapters() -> tuple[Chapter, ...]:
    """Every chapter, merged from grader/catalogue/ch*.toml (a chapter may span files)."""
    merged: dict[int, Chapter] = {}
    for path in sorted(CATALOGUE_DIR.glob("ch*.toml")):
        with open(path, "rb") as fh:
            try:
                raw = tomllib.load(fh)
            except tomllib.TOMLDecodeError as exc:
                raise CatalogueError(f"{path.name}: {exc}") from None
        number = int(raw["chapter"])
        exs = tuple(_entry(number, e, path) for e in raw.get("exercise", []))
        prev = merged.get(number)
        if prev is None:
            merged[number] = Chapter(number, raw["title"]["en"], raw["title"]["zh"], exs)
        else:
            merged[number] = Chapter(number, prev.title_en, prev.title_zh, prev.exercises + exs)
    ids = [e.id for c in merged.values() for e in c.exercises]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise CatalogueError(f"duplicate exercise ids: {sorted(dup)}")
    return tuple(merged[n] for n in sorted(merged))


def all_exercises() -> list[Exercise]:
    return [e for c in chapters() for e in c.exercises]


def get(exercise_id: str) -> Exercise:
    for e in all_exercises():
        if e.id == exercise_id:
            return e
    close = [e.id for e in all_exercises() if exercise_id in e.id]
    tip = f"; did you mean {', '.join(close[:5])}?" if close else "; `nndl list` shows every id"
    raise CatalogueError(f"no exercise {exercise_id!r}{tip}")


def select(spec: str | None, include_slow: bool = True) -> list[Exercise]:
    """Exercises named by an id, a chapter ("ch2" or "2"), or all when spec is None."""
    exs = all_exercises()
    if spec:
        chap = spec[2:] if spec.startswith("ch") and "." not in spec else spec
        if chap.isdigit():
            exs = [e for e in exs if e.chapter == int(chap)]
            if not exs:
                raise CatalogueError(f"no chapter {spec!r}; chapters are 1, 2 and 3")
        else:
            exs = [get(spec)]
            return exs
    if not include_slow:
        exs = [e for e in exs if not e.slow]
    return exs


def default_lang() -> str:
    env = os.environ.get("NNDL_LANG") or os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    return "zh" if env.lower().startswith("zh") else "en"
