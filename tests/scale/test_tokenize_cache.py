"""The plain-language tagger tags each sentence once (issue 18: 323 calls for 81 sentences)."""

from __future__ import annotations

from pubkit.plain.nlp import _tagged, tokenize


def test_a_sentence_is_tagged_once_and_each_caller_gets_its_own_list() -> None:
    sentence = "Die Stadt hat die Liste der Teststellen veröffentlicht."
    _tagged.cache_clear()
    first = tokenize(sentence, "de")
    first.pop()  # a caller changing its list changes nobody else's
    second = tokenize(sentence, "de-DE")  # the same language, spelt with its region
    info = _tagged.cache_info()
    assert (info.misses, info.hits) == (1, 1)
    assert len(second) == len(first) + 1
    assert second[-1].text == "."
    assert first is not second


def test_the_cache_is_bounded() -> None:
    assert _tagged.cache_info().maxsize is not None
