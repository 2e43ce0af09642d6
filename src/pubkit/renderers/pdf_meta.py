"""The XMP metadata packet and document information of pubkit's PDFs.

WeasyPrint writes ``pdfuaid`` *or* ``pdfaid`` and leaves out the language, publisher and
date. pubkit replaces its packet with one that holds everything the model knows, claims
PDF/UA and (for the archival option) PDF/A-2a together, and declares the ``pdfuaid`` schema
as a PDF/A extension schema, as ISO 19005-2 §6.6.2.3 asks for non-predefined schemas.
The document information dictionary is kept equal to the packet (ISO 19005-2 §6.6.2.3.1).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING, Any

import pydyf  # type: ignore[import-untyped]  # no type hints; pinned through WeasyPrint
import weasyprint

from pubkit.model import Document

if TYPE_CHECKING:
    from pubkit.renderers.pdf import PdfOptions

__all__ = ["no_interpolation", "write_metadata", "xmp_packet"]

NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "pdfuaid": "http://www.aiim.org/pdfua/ns/id/",
    "pdfaExtension": "http://www.aiim.org/pdfa/ns/extension/",
    "pdfaSchema": "http://www.aiim.org/pdfa/ns/schema#",
    "pdfaProperty": "http://www.aiim.org/pdfa/ns/property#",
}
for _prefix, _uri in NS.items():
    ET.register_namespace(_prefix, _uri)

PRODUCER = f"WeasyPrint {weasyprint.__version__} and pubkit"
CREATOR_TOOL = "pubkit"


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def _container(
    parent: ET.Element, name: str, kind: str, items: list[str], *, lang: bool = False
) -> None:
    box = ET.SubElement(ET.SubElement(parent, _q(name)), _q(f"rdf:{kind}"))
    for item in items:
        li = ET.SubElement(box, _q("rdf:li"))
        if lang:
            li.set("xml:lang", "x-default")
        li.text = item


def _extension_schema(description: ET.Element, version: int) -> None:
    """Declare ``pdfuaid`` so PDF/A validators accept it (the usual schema block)."""
    schemas = ET.SubElement(ET.SubElement(description, _q("pdfaExtension:schemas")), _q("rdf:Bag"))
    schema = ET.SubElement(schemas, _q("rdf:li"), {_q("rdf:parseType"): "Resource"})
    ET.SubElement(schema, _q("pdfaSchema:schema")).text = "PDF/UA Universal Accessibility Schema"
    ET.SubElement(schema, _q("pdfaSchema:namespaceURI")).text = NS["pdfuaid"]
    ET.SubElement(schema, _q("pdfaSchema:prefix")).text = "pdfuaid"
    props = ET.SubElement(ET.SubElement(schema, _q("pdfaSchema:property")), _q("rdf:Seq"))
    fields = [("part", "Integer", "Indicates, which part of ISO 14289 standard is followed")]
    if version >= 2:
        fields.append(("rev", "Integer", "Indicates the year of the revision of ISO 14289"))
    for name, value_type, text in fields:
        prop = ET.SubElement(props, _q("rdf:li"), {_q("rdf:parseType"): "Resource"})
        ET.SubElement(prop, _q("pdfaProperty:name")).text = name
        ET.SubElement(prop, _q("pdfaProperty:valueType")).text = value_type
        ET.SubElement(prop, _q("pdfaProperty:category")).text = "internal"
        ET.SubElement(prop, _q("pdfaProperty:description")).text = text


def _info(document: Document) -> dict[str, str]:
    meta = document.metadata
    creators = list(meta.authors) or ([meta.publisher] if meta.publisher else [])
    info = {"Title": meta.title, "Producer": PRODUCER, "Creator": CREATOR_TOOL}
    if creators:
        info["Author"] = ", ".join(creators)
    if meta.description:
        info["Subject"] = meta.description
    if meta.keywords:
        info["Keywords"] = ", ".join(meta.keywords)
    return info


def xmp_packet(document: Document, conformance: str) -> bytes:
    """The XMP packet: identification, Dublin Core, and the PDF/XMP basic properties."""
    meta = document.metadata
    info = _info(document)
    ua = 2 if conformance == "pdf/ua-2" else 1
    xmpmeta = ET.Element(_q("x:xmpmeta"))
    rdf = ET.SubElement(xmpmeta, _q("rdf:RDF"))
    desc = ET.SubElement(rdf, _q("rdf:Description"), {_q("rdf:about"): ""})
    ET.SubElement(desc, _q("pdfuaid:part")).text = str(ua)
    if ua == 2:
        ET.SubElement(desc, _q("pdfuaid:rev")).text = "2024"
    if conformance.startswith("pdf/a-2a"):
        ET.SubElement(desc, _q("pdfaid:part")).text = "2"
        ET.SubElement(desc, _q("pdfaid:conformance")).text = "A"
        _extension_schema(desc, ua)
    _container(desc, "dc:title", "Alt", [meta.title], lang=True)
    _container(desc, "dc:language", "Bag", [meta.language])
    if "Author" in info:
        _container(desc, "dc:creator", "Seq", [info["Author"]])
    if meta.publisher:
        _container(desc, "dc:publisher", "Bag", [meta.publisher])
    if meta.date:
        _container(desc, "dc:date", "Seq", [meta.date])
    if meta.description:
        _container(desc, "dc:description", "Alt", [meta.description], lang=True)
    if meta.keywords:
        _container(desc, "dc:subject", "Bag", list(meta.keywords))
        ET.SubElement(desc, _q("pdf:Keywords")).text = info["Keywords"]
    if meta.identifier:
        ET.SubElement(desc, _q("dc:identifier")).text = meta.identifier
    ET.SubElement(desc, _q("pdf:Producer")).text = PRODUCER
    ET.SubElement(desc, _q("xmp:CreatorTool")).text = CREATOR_TOOL
    body = ET.tostring(xmpmeta, encoding="unicode")
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        + body
        + '\n<?xpacket end="r"?>'
    ).encode("utf-8")


def write_metadata(pdf: Any, document: Document, options: PdfOptions) -> None:
    """Replace WeasyPrint's packet and information dictionary (``pdf`` is a pydyf.PDF)."""
    stream = pydyf.Stream(
        [xmp_packet(document, options.conformance)], {"Type": "/Metadata", "Subtype": "/XML"}
    )
    pdf.add_object(stream)
    pdf.catalog["Metadata"] = stream.reference
    pdf.info.clear()
    for key, value in _info(document).items():
        pdf.info[key] = pydyf.String(value)
    if document.metadata.language:
        pdf.catalog["Lang"] = pydyf.String(document.metadata.language)


def no_interpolation(pdf: Any) -> None:
    """PDF/A forbids ``/Interpolate true`` on images (ISO 19005-2 §6.2.8); WeasyPrint sets it."""
    for obj in pdf.objects:
        extra = getattr(obj, "extra", None)
        if isinstance(extra, dict) and extra.get("Subtype") == "/Image" and "Interpolate" in extra:
            extra["Interpolate"] = "false"
