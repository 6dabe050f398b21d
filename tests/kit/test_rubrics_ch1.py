"""Every hand-graded part of chapter 1 has a rubric in docs/rubrics/ch1.md, in English and Chinese,
whose points add up to the catalogue's manual_points."""
from __future__ import annotations

import re
from fractions import Fraction

import pytest

from grader import ROOT, catalogue

RUBRIC = ROOT / "docs" / "rubrics" / "ch1.md"
HAND_GRADED = [ex for ex in catalogue.all_exercises() if ex.chapter == 1 and ex.manual_points]


def sections() -> dict[str, str]:
    text = RUBRIC.read_text(encoding="utf-8")
    parts = re.split(r"^## ", text, flags=re.M)[1:]
    return {p.split(":", 1)[0].strip(): p for p in parts}


@pytest.mark.parametrize("ex", HAND_GRADED, ids=lambda e: e.id)
def test_hand_graded_part_has_a_bilingual_rubric(ex):
    found = sections()
    assert ex.id in found, f"docs/rubrics/ch1.md has no section '## {ex.id}: ...' for its {ex.manual_points:g} manual points"
    body = found[ex.id]
    head = re.match(r"[^\n]*\((\d+(?:\.\d+)?) manual points?\)", body)
    assert head and float(head.group(1)) == ex.manual_points, \
        f"{ex.id}: the rubric's heading should say ({ex.manual_points:g} manual point(s)), as the catalogue does"
    en, _, zh = body.partition("**中文.**")
    assert zh, f"{ex.id}: the rubric has no Chinese part (**中文.**)"
    for lang, part in (("English", en), ("Chinese", zh)):
        rows = re.findall(r"^\| *(\d+(?:/\d+)?) *\|", part, flags=re.M)
        total = sum(Fraction(r) for r in rows)
        assert total == Fraction(str(ex.manual_points)), \
            f"{ex.id}: the {lang} rubric rows add up to {total}, not {ex.manual_points:g}"
