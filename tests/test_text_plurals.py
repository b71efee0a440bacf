"""English plurals of untranslated plural templates: "(s)" drops for one, reads "s" otherwise."""

from __future__ import annotations

from gpuscope.text import ENGLISH, Renderer, english_plural, translate

_T = translate("Test", "%n GPU(s) hold %n sequence(s)", None, 1)


def test_one_and_many() -> None:
    assert _T(1).render() == "1 GPU hold 1 sequence"
    assert _T(2).render() == "2 GPUs hold 2 sequences"
    assert _T(0).render() == "0 GPUs hold 0 sequences"
    assert english_plural("model(s)", -1) == "model"


def test_a_translation_is_left_as_it_is() -> None:
    french = Renderer(lambda c, s, n: f"{n} GPU(s) en français", ENGLISH.formatter)
    assert french.render(_T(1)) == "1 GPU(s) en français"
