"""A plain-language writer backed by a language model the city runs itself.

The model sits behind an OpenAI-compatible HTTP API (``POST {url}/chat/completions``), such
as vLLM, llama.cpp's server, Ollama or LocalAI on the city's own machines. Nothing is sent
anywhere unless a URL is configured: in code (``LanguageModelWriter(url=…, model=…)``) or
through the environment (``PUBKIT_LLM_URL``, ``PUBKIT_LLM_MODEL``, ``PUBKIT_LLM_KEY``,
``PUBKIT_LLM_TIMEOUT``; :func:`configured_writer`).

The model's answer is only a draft: it goes through every guard of
:mod:`pubkit.plain.guards` and the fidelity check like the built-in writer's, and a draft
that fails one is refused (:class:`~pubkit.plain.guards.DraftRejected`), never published.
A model that does not answer, answers late, or answers with something that is not the
expected JSON is refused the same way, with the reason. Standard library only (urllib).
"""

from __future__ import annotations

import json
import os
import socket
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass

from pubkit.i18n import _, about
from pubkit.issues import Issue
from pubkit.model import Block, Document, Heading, Inline, LineBreak, List, ListItem, Paragraph
from pubkit.model.lang import primary_language
from pubkit.plain.guards import MAX_WORDS, DraftRejected
from pubkit.plain.labels import plain_label
from pubkit.plain.readability import document_units
from pubkit.plain.simplify import link_inlines

__all__ = ["LanguageModelWriter", "configured_writer", "parse_answer", "prompt"]

_INSTRUCTIONS = {
    "de": (
        "Du schreibst eine Zusammenfassung in Einfacher Sprache für eine Stadtverwaltung. "
        "Schreibe nur, was in der Mitteilung steht. Schreibe kurze ganze Sätze mit Verb, "
        "jeden Satz auf eine eigene Zeile. Ordne nach diesen Fragen, jede als Überschrift "
        "mit ## : {questions}. Lass Fragen ohne Antwort weg. Schreibe jede Zahl, jedes Datum, "
        "jede Telefonnummer mit Durchwahl, jede Adresse und jede Internet-Adresse genau so ab, "
        "wie sie in der Mitteilung stehen. Sag bei jedem Kontakt, wofür er ist. "
        "Höchstens {words} Wörter. Antworte nur mit dem Text."
    ),
    "en": (
        "You write an easy-read summary for a city council. Write only what the notice "
        "says. Write short whole sentences with a verb, each sentence on its own line. "
        "Order it by these questions, each as a heading with ## : {questions}. Leave out "
        "questions without an answer. Copy every number, date, phone number with its "
        "extension, address and web address exactly as the notice writes it. Say what each "
        "contact is for. At most {words} words. Answer with the text only."
    ),
}


def prompt(document: Document, *, max_words: int) -> list[dict[str, str]]:
    """The chat messages sent to the model: instructions, then the notice's text."""
    language = primary_language(document.metadata.language)
    lang = language if language in _INSTRUCTIONS else "en"
    questions = ", ".join(plain_label(lang, q) for q in ("what", "when", "who", "todo", "help"))
    system = _INSTRUCTIONS[lang].format(questions=questions, words=max_words)
    text = "\n".join(document_units(document))
    return [{"role": "system", "content": system}, {"role": "user", "content": text}]


def _paragraph(lines: list[str]) -> Paragraph:
    content: list[Inline] = []
    for line in lines:
        if content:
            content.append(LineBreak())
        content.extend(link_inlines(line))
    return Paragraph(content=tuple(content))


def parse_answer(text: str) -> tuple[Block, ...]:
    """The model's Markdown answer as blocks: ``## …`` headings, ``- …`` list entries,
    other lines as sentences one a line; a blank line ends a paragraph.

    >>> [type(b).__name__ for b in parse_answer("## Was ist neu?\\nDas Amt ist zu.\\n- Montag")]
    ['Heading', 'Paragraph', 'List']
    """
    blocks: list[Block] = []
    lines: list[str] = []
    entries: list[str] = []

    def flush() -> None:
        if lines:
            blocks.append(_paragraph(lines))
            lines.clear()
        if entries:
            items = tuple(ListItem(blocks=(_paragraph([e]),)) for e in entries)
            blocks.append(List(ordered=False, items=items))
            entries.clear()

    for raw in text.replace("\r", "").split("\n"):
        line = raw.strip()
        if not line:
            flush()
        elif line.startswith("#"):
            flush()
            title = line.lstrip("#").strip()
            blocks.append(Heading(level=2, content=tuple(link_inlines(title))))
        elif line.startswith(("- ", "* ", "• ")):
            if lines:
                blocks.append(_paragraph(lines))
                lines.clear()
            entries.append(line[2:].strip())
        else:
            if entries:
                flush()
            lines.append(line.strip("*_"))
    flush()
    return tuple(blocks)


@dataclass(frozen=True, slots=True, kw_only=True)
class LanguageModelWriter:
    """Drafts through a city-run language model (OpenAI-compatible chat completions)."""

    url: str
    """Base URL of the API, e.g. ``http://llm.intern.stadt.example:8000/v1``."""
    model: str
    key: str | None = None
    """Sent as ``Authorization: Bearer …`` when set."""
    timeout: float = 60.0
    """Seconds to wait for the answer."""
    paraphrases: bool = True
    """The model uses its own words: the fidelity check then checks names, not every noun."""

    @property
    def allowed_words(self) -> frozenset[str]:
        return frozenset()

    def _refuse(self, message: str) -> DraftRejected:
        issue = Issue(code="PLG007", severity="error", message=message, where=self.url)
        return DraftRejected(
            _(
                "The language model ({model} at {url}) gave no usable draft; nothing was "
                "published. Check the service, or use the built-in writer."
            ).format(model=self.model, url=self.url),
            issues=(issue,),
        )

    def simplify(self, document: Document, *, max_words: int) -> tuple[Block, ...]:
        # refusals are findings about the notice: in its language
        with about(document.metadata.language):
            return self._simplify(document, max_words=max_words)

    def _simplify(self, document: Document, *, max_words: int) -> tuple[Block, ...]:
        body = json.dumps(
            {
                "model": self.model,
                "messages": prompt(document, max_words=min(max_words, MAX_WORDS)),
                "temperature": 0,
            }
        ).encode("utf-8")
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.key:
            headers["Authorization"] = f"Bearer {self.key}"
        endpoint = self.url.rstrip("/") + "/chat/completions"
        if not endpoint.startswith(("http://", "https://")):
            raise self._refuse(_('"{url}" is not an http(s) URL.').format(url=self.url))
        request = urllib.request.Request(endpoint, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                raw = response.read()
        except TimeoutError:
            raise self._refuse(self._no_answer()) from None
        except urllib.error.HTTPError as exc:
            raise self._refuse(
                _("The service answered HTTP {code} {reason}.").format(
                    code=exc.code, reason=exc.reason
                )
            ) from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, TimeoutError | socket.timeout):
                raise self._refuse(self._no_answer()) from None
            raise self._refuse(
                _("The service cannot be reached: {reason}.").format(reason=reason)
            ) from None
        try:
            answer = json.loads(raw.decode("utf-8"))
            content = answer["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError):
            raise self._refuse(
                _("The answer is not chat-completions JSON with choices[0].message.content.")
            ) from None
        if not isinstance(content, str):
            raise self._refuse(_("choices[0].message.content is not text."))
        return parse_answer(content)

    def _no_answer(self) -> str:
        return _("No answer within {seconds} s.").format(seconds=f"{self.timeout:g}")


def configured_writer(env: Mapping[str, str] | None = None) -> LanguageModelWriter | None:
    """The writer the environment configures, or None (then nothing is ever sent).

    ``PUBKIT_LLM_URL`` and ``PUBKIT_LLM_MODEL`` are both needed; ``PUBKIT_LLM_KEY`` and
    ``PUBKIT_LLM_TIMEOUT`` (seconds) are optional.
    """
    values = os.environ if env is None else env
    url = values.get("PUBKIT_LLM_URL", "").strip()
    model = values.get("PUBKIT_LLM_MODEL", "").strip()
    if not url or not model:
        return None
    timeout = float(values.get("PUBKIT_LLM_TIMEOUT", "60") or 60)
    return LanguageModelWriter(
        url=url, model=model, key=values.get("PUBKIT_LLM_KEY") or None, timeout=timeout
    )
