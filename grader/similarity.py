"""Near-copies between the submissions of a class, per exercise: a report to read, never a penalty.

    nndl similarity CLASS_DIR [--only ch1,ch2.backprop] [--out GRADES_DIR] [--threshold 0.7]
        -> GRADES_DIR/similarity.html and similarity.json

Each student's file of an exercise is fingerprinted with copydetect (winnowing
over tokens in which names, strings and comments are normalised away, as in
MOSS).  The exercise's stub, the text every student starts from, is
boilerplate: its k-grams are removed before comparing, so signatures,
docstrings and given code never count.  For every pair of students the share
of each file's own tokens that the other has too is computed; a pair is flagged
when that share reaches ``threshold`` on either side and at least
``min_tokens`` tokens overlap.  The page lists, per exercise, the most similar
pairs with the overlapping code highlighted side by side.  Similar code can
have honest causes (a short exercise has few ways to be written, students may
work together where allowed): the instructor judges; the grades are untouched.
"""
from __future__ import annotations

import html
import io
import itertools
import json
from dataclasses import dataclass
from pathlib import Path

from . import catalogue
from .catalogue import Exercise

K = 25              # tokens per k-gram (copydetect's noise threshold)
WINDOW = 4          # winnowing window: every match of K + WINDOW - 1 tokens is found
THRESHOLD = 0.7
MIN_TOKENS = 50
TOP = 3


def _library():
    try:
        import numpy as np
        from copydetect import CodeFingerprint, compare_files
        from copydetect.utils import highlight_overlap
    except ImportError:
        raise SystemExit("nndl: the similarity report needs copydetect: pip install 'nndl-kit[similarity]' "
                         "(or pip install copydetect)") from None
    return np, CodeFingerprint, compare_files, highlight_overlap


@dataclass
class Pair:
    exercise: str
    a: str
    b: str
    share_a: float       # of a's own tokens, the part b has too
    share_b: float
    tokens: int
    flagged: bool
    code_a: str = ""     # HTML with the overlap marked
    code_b: str = ""

    def to_dict(self) -> dict:
        return {"exercise": self.exercise, "a": self.a, "b": self.b, "share_a": round(self.share_a, 3),
                "share_b": round(self.share_b, 3), "tokens": self.tokens, "flagged": self.flagged}


def _fingerprint(text: str, boilerplate=None, window: int = WINDOW):
    np, CodeFingerprint, _, _ = _library()
    return CodeFingerprint("answer.py", K, window, boilerplate=boilerplate, fp=io.StringIO(text),
                           language="python")


def compare_texts(ex_id: str, stub: str, texts: dict[str, str], threshold: float = THRESHOLD,
                  min_tokens: int = MIN_TOKENS, top: int = TOP, marked: bool = True) -> list[Pair]:
    """The most similar pairs among ``texts`` ({student: source}) of one exercise, best first."""
    np, _, compare_files, highlight_overlap = _library()
    boiler = np.unique(np.array(sorted(_fingerprint(stub, window=1).hashes), dtype=np.int64)) if stub else None
    prints = {}
    for name, text in texts.items():
        if not text.strip() or text == stub:
            continue  # nothing of their own
        try:
            fp = _fingerprint(text, boiler)
        except Exception:  # noqa: BLE001 - an untokenisable file is simply not compared
            continue
        if fp.token_coverage >= K:
            prints[name] = fp
    pairs = []
    for (a, fa), (b, fb) in itertools.combinations(sorted(prints.items()), 2):
        tokens, (sa, sb), slices = compare_files(fa, fb)
        if tokens == 0:
            continue
        flagged = bool(max(sa, sb) >= threshold and tokens >= min_tokens)
        pairs.append((Pair(ex_id, a, b, float(sa), float(sb), int(tokens), flagged), slices))
    pairs.sort(key=lambda p: (-max(p[0].share_a, p[0].share_b), p[0].a, p[0].b))
    out = []
    for pair, (sl_a, sl_b) in pairs[:top]:
        if marked:
            for side, fp, sl in (("code_a", prints[pair.a], sl_a), ("code_b", prints[pair.b], sl_b)):
                text = fp.raw_code
                if len(sl) and np.asarray(sl).size:
                    marked_text, _ = highlight_overlap(text, np.asarray(sl), "\x00", "\x01")
                else:
                    marked_text = text
                setattr(pair, side, html.escape(marked_text).replace("\x00", "<mark>").replace("\x01", "</mark>"))
        out.append(pair)
    return out


def class_texts(class_dir: Path, ex: Exercise) -> dict[str, str]:
    from . import classroom
    texts = {}
    for student in classroom.students(Path(class_dir)):
        sub, _ = classroom.locate(student)
        path = sub / ex.relpath if sub else None
        if path is not None and path.is_file() and not path.is_symlink():
            try:
                texts[student.name] = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                pass
    return texts


def compare_class(class_dir: Path, exercises: list[Exercise], threshold: float = THRESHOLD,
                  min_tokens: int = MIN_TOKENS, top: int = TOP) -> dict[str, list[Pair]]:
    out = {}
    for ex in exercises:
        stub = ex.stub_path.read_text(encoding="utf-8") if ex.stub_path.exists() else ""
        out[ex.id] = compare_texts(ex.id, stub, class_texts(class_dir, ex), threshold, min_tokens, top)
    return out


STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
h2 { font-size: 1.15em; border-bottom: 1px solid #999; margin-top: 2em; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1em; margin: 0.5em 0 1.5em; }
pre { background: #fafafa; border: 1px solid #ddd; padding: 0.5em; font-size: 0.8em; overflow-x: auto;
  white-space: pre-wrap; } mark { background: #ffe08a; }
.flag { color: #b00; font-weight: bold; } .small { color: #666; font-size: 0.9em; }
"""


def render_html(result: dict[str, list[Pair]], title: str, threshold: float) -> str:
    flagged = sum(p.flagged for pairs in result.values() for p in pairs)
    parts = [f"<h1>{html.escape(title)}</h1>",
             f"<p>{flagged} pair(s) at or above {threshold:.0%} of one side's own code (the stub every "
             "student starts from is left out). Marked code appears in both files. This is for the "
             "instructor to judge; it changes no grade.</p>"]
    for ex_id, pairs in result.items():
        if not pairs:
            continue
        parts.append(f"<h2>{html.escape(ex_id)}</h2>")
        for p in pairs:
            flag = '<span class="flag">near-copy? </span>' if p.flagged else ""
            parts.append(f"<p>{flag}<b>{html.escape(p.a)}</b> and <b>{html.escape(p.b)}</b>: "
                         f"{p.share_a:.0%} of {html.escape(p.a)}'s own code and {p.share_b:.0%} of "
                         f"{html.escape(p.b)}'s appear in the other ({p.tokens} tokens)</p>")
            parts.append(f'<div class="pair"><div><div class="small">{html.escape(p.a)}</div><pre>{p.code_a}</pre>'
                         f'</div><div><div class="small">{html.escape(p.b)}</div><pre>{p.code_b}</pre></div></div>')
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{STYLE}</style></head><body>\n" + "\n".join(parts) + "\n</body></html>\n")


def write_report(class_dir: Path, out: Path, exercises: list[Exercise] | None = None,
                 threshold: float = THRESHOLD, min_tokens: int = MIN_TOKENS, top: int = TOP) -> dict:
    exercises = exercises or catalogue.select(None, include_slow=True)
    result = compare_class(class_dir, exercises, threshold, min_tokens, top)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    page = out / "similarity.html"
    page.write_text(render_html(result, f"similar submissions: {Path(class_dir).name}", threshold),
                    encoding="utf-8")
    data = {ex: [p.to_dict() for p in pairs] for ex, pairs in result.items()}
    (out / "similarity.json").write_text(json.dumps(data, indent=1), encoding="utf-8")
    return {"html": page, "json": out / "similarity.json", "pairs": result}
