"""The language-model writer against a small OpenAI-compatible server of our own on 127.0.0.1."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from pubkit.model import Document
from pubkit.plain.guards import DraftRejected, draft_sentences
from pubkit.plain.llm import LanguageModelWriter, configured_writer, parse_answer
from pubkit.plain.transform import plain_language
from pubkit.readers import read

MASKS = Path(__file__).parent / "fixtures" / "de-maskenpflicht.md"

GOOD = """## Was ist neu?
Die Stadt führt in der Innenstadt wieder eine Maskenpflicht ein.
Die Pflicht gilt täglich von 8 bis 20 Uhr.

## Ab wann?
Die Regel gilt ab Montag, 8. März 2021.
Sie endet am 31. März 2021.

## Für wen?
Kinder unter 6 Jahren müssen keine Maske tragen.

## Wo gibt es Hilfe?
Haben Sie Fragen zur neuen Regel?
Dann rufen Sie das Bürgertelefon an: 0231 50-0.
Kostenlose Masken gibt es im Bürgerbüro, Marktstraße 12.
"""
ANSWERS = {
    "good": GOOD,
    # The fine is 50 Euro and the date the 8th: a model that changes either is refused.
    "unfaithful": GOOD.replace("8. März 2021", "9. März 2021")
    + "Wer keine Maske trägt, zahlt 80 Euro.\n",
    "extension": GOOD.replace("0231 50-0", "0231 50"),
    "empty": "",
}


class _Handler(BaseHTTPRequestHandler):
    requests: list[dict[str, object]] = []  # noqa: RUF012  (shared by the test server)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = json.loads(self.rfile.read(length))
        _Handler.requests.append(
            {"path": self.path, "body": body, "auth": self.headers.get("Authorization")}
        )
        model = body["model"]
        if model == "slow":
            time.sleep(2)
        if model == "malformed":
            payload = b'{"choices": [{"message": '
        elif model == "no-choices":
            payload = json.dumps({"error": "overloaded"}).encode()
        else:
            answer = {
                "choices": [{"message": {"role": "assistant", "content": ANSWERS.get(model, "")}}]
            }
            payload = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(payload)  # the client may have given up (the slow case)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="module")
def masks() -> Document:
    return read(MASKS)


def _writer(url: str, model: str, **kwargs: object) -> LanguageModelWriter:
    return LanguageModelWriter(url=url, model=model, **kwargs)  # type: ignore[arg-type]


def test_good_answer_is_published(server: str, masks: Document) -> None:
    _Handler.requests.clear()
    plain = plain_language(masks, simplifier=_writer(server, "good", key="secret"))
    text = "\n".join(s.text for s in draft_sentences(plain.blocks, "de"))
    assert "Dann rufen Sie das Bürgertelefon an: 0231 50-0." in text
    assert plain.metadata.subtitle == "Einfache Sprache · Entwurf"
    (request,) = _Handler.requests
    assert request["path"] == "/v1/chat/completions"
    assert request["auth"] == "Bearer secret"
    body = request["body"]
    assert isinstance(body, dict)
    assert body["model"] == "good"
    assert "0231 50-0" in body["messages"][1]["content"]  # the notice is sent, nothing else


def test_unfaithful_answer_is_refused(server: str, masks: Document) -> None:
    with pytest.raises(DraftRejected) as caught:
        plain_language(masks, simplifier=_writer(server, "unfaithful"))
    codes = {i.code for i in caught.value.issues}
    assert {"PLF001", "PLF002"} <= codes  # 80 and 9. März are not in the notice
    assert "abgelehnt" in str(caught.value)  # a German notice: refused in German


def test_answer_with_a_cut_extension_is_refused(server: str, masks: Document) -> None:
    with pytest.raises(DraftRejected) as caught:
        plain_language(masks, simplifier=_writer(server, "extension"))
    assert "PLG003" in {i.code for i in caught.value.issues}


def test_empty_answer_is_refused(server: str, masks: Document) -> None:
    with pytest.raises(DraftRejected) as caught:
        plain_language(masks, simplifier=_writer(server, "empty"))
    assert [i.code for i in caught.value.issues] == ["PLG005"]


@pytest.mark.parametrize("model", ["malformed", "no-choices"])
def test_malformed_answer_is_refused(server: str, masks: Document, model: str) -> None:
    with pytest.raises(DraftRejected) as caught:
        plain_language(masks, simplifier=_writer(server, model))
    (issue,) = caught.value.issues
    assert issue.code == "PLG007"
    assert "JSON" in issue.message


def test_slow_answer_is_refused(server: str, masks: Document) -> None:
    started = time.monotonic()
    with pytest.raises(DraftRejected) as caught:
        plain_language(masks, simplifier=_writer(server, "slow", timeout=0.3))
    assert time.monotonic() - started < 1.9
    (issue,) = caught.value.issues
    assert issue.code == "PLG007"
    assert "0.3 s" in issue.message


def test_unreachable_service_is_refused(masks: Document) -> None:
    with pytest.raises(DraftRejected) as caught:
        plain_language(masks, simplifier=_writer("http://127.0.0.1:9/v1", "good", timeout=2))
    assert caught.value.issues[0].code == "PLG007"


def test_nothing_is_sent_unless_configured(
    server: str, masks: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("PUBKIT_LLM_URL", "PUBKIT_LLM_MODEL", "PUBKIT_LLM_KEY"):
        monkeypatch.delenv(name, raising=False)
    assert configured_writer() is None
    assert configured_writer({"PUBKIT_LLM_URL": server}) is None  # a model is needed too
    _Handler.requests.clear()
    plain_language(masks)  # the built-in writer
    assert _Handler.requests == []
    monkeypatch.setenv("PUBKIT_LLM_URL", server)
    monkeypatch.setenv("PUBKIT_LLM_MODEL", "good")
    writer = configured_writer()
    assert writer is not None
    assert writer.model == "good"
    plain_language(masks)
    assert len(_Handler.requests) == 1


def test_parse_answer_layout() -> None:
    blocks = parse_answer(
        "## Was ist neu?\nDas Amt ist zu.\nEs öffnet am Montag.\n\n- Montag\n- Dienstag"
    )
    assert [type(b).__name__ for b in blocks] == ["Heading", "Paragraph", "List"]
    sentences = draft_sentences(blocks, "de")
    assert [s.text for s in sentences][:3] == [
        "Was ist neu?",
        "Das Amt ist zu.",
        "Es öffnet am Montag.",
    ]
