"""A small city web app (Flask) that publishes notices with pubkit.

The notices live in the app's own store (here a dict; in a real app a database), with
their pictures as bytes: nothing is written to disk. Routes:

    /meldungen/<slug>/              the notice inside the app's own page template
    /meldungen/<slug>/fragment      only the notice, as an HTML fragment (for a CMS block)
    /meldungen/<slug>/notice.pdf    the notice as PDF/UA (other formats: add them alike)
    /meldungen/<slug>/pubkit.css    the fragment's stylesheet

Run it:  pip install "pubkit-a11y[pdf]" flask && flask --app examples/webapp/app.py run
In production run it under gunicorn (also with --preload) or any WSGI server; see
docs/web-apps.md for threads, processes and the caches.
"""

from __future__ import annotations

from pathlib import Path

from flask import Flask, Response, abort, render_template_string

import pubkit
from pubkit.errors import InvalidDocument
from pubkit.web import fragment, fragment_css

HERE = Path(__file__).parent

NOTICES: dict[str, tuple[str, dict[str, bytes]]] = {
    "spielplatz-nord": (
        """---
title: Neuer Spielplatz im Stadtteil Nord
lang: de
date: 2026-11-30
publisher: Stadt Beispielhausen
---

Am Samstag öffnet der neue Spielplatz an der Lindenallee. Es gibt eine große Rutsche,
eine Kletterwand und eine Wiese zum Ballspielen.

![Eine rote Rutsche mit Leiter auf einer Wiese, daneben ein gelber Ball](rutsche.png)

Der Spielplatz ist jeden Tag von 8 bis 20 Uhr geöffnet. Fragen beantwortet das
Grünflächenamt unter 0123 456-789.
""",
        {"rutsche.png": (HERE / "rutsche.png").read_bytes()},  # as if from the database
    ),
}

PAGE = """<!DOCTYPE html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }} – Stadt Beispielhausen</title>
<link rel="stylesheet" href="pubkit.css">
</head>
<body>
<header><p>Stadt Beispielhausen · Aktuelles</p></header>
<main>
{{ notice | safe }}
</main>
<footer><p>Impressum · Barrierefreiheit</p></footer>
</body>
</html>
"""


def create_app() -> Flask:
    app = Flask(__name__)

    def build(slug: str) -> pubkit.Build:
        if slug not in NOTICES:
            abort(404)
        text, images = NOTICES[slug]
        # settings as a project file or the front matter would give them; this app
        # serves the standard PDF only, so the page links to no large-print PDF
        return pubkit.Build.from_text(text, resources=images, settings={"pdf.large-print": False})

    @app.get("/meldungen/<slug>/")
    def page(slug: str) -> str:
        part = fragment(build(slug), base=f"/meldungen/{slug}/", formats=["pdf"])
        return render_template_string(PAGE, lang=part.language, title=part.title, notice=part.html)

    @app.get("/meldungen/<slug>/fragment")
    def notice_fragment(slug: str) -> Response:
        part = fragment(build(slug))
        return Response(
            part.html, mimetype="text/html", headers={"Content-Language": part.language}
        )

    @app.get("/meldungen/<slug>/pubkit.css")
    def stylesheet(slug: str) -> Response:
        return Response(fragment_css(), mimetype="text/css")

    @app.get("/meldungen/<slug>/notice.pdf")
    def pdf(slug: str) -> Response:
        notice = build(slug)
        output = notice.plan(["pdf"], variant="standard").outputs[0]
        artifact = notice.render(output)
        return Response(
            artifact.data,
            mimetype=artifact.media_type,
            headers={"Content-Disposition": f'inline; filename="{slug}.pdf"'},
        )

    @app.errorhandler(InvalidDocument)
    def invalid(error: InvalidDocument) -> tuple[str, int]:
        return f"Die Meldung hat Fehler:\n{error}", 500

    return app


app = create_app()
