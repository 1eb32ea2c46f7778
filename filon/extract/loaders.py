"""Turn a document as it arrives (bytes or text) into plain text to extract from.

Formats are recognised by content first, by file name second: plain text
and markdown in any common encoding, HTML, PDF, DOCX, e-mail (.eml, with
attached offers) and France Travail API records (JSON / JSON Lines).
Whatever cannot be read raises :class:`ExtractionError` with the reason.
"""
from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePath

from .errors import ExtractionError
from .france_travail import is_france_travail, render_france_travail
from .jsonld import job_postings, render_job_posting

MAX_ATTACHMENT_DEPTH = 2
MAX_PDF_PAGES = 200                     # an offer document is a few pages; a catalogue of offers, tens
MAX_DOCX_INFLATED = 50 * 1024 * 1024    # what a Word file's parts may inflate to, all together


@dataclass
class Document:
    """One text to extract offers from, with where it came from."""
    text: str
    name: str | None = None
    kind: str = "text"                          # text, markdown, html, pdf, docx, eml, json
    job_postings: list[dict] = field(default_factory=list)
    page_title: str | None = None               # a web page's <title>: it often names the employer


def load(document: bytes | str, filename: str | None = None, _depth: int = 0) -> list[Document]:
    """Read ``document`` into one or more :class:`Document` (an e-mail gives
    its body and each attached offer; a JSON file, each record)."""
    if isinstance(document, str):
        return _load_text(document, filename)
    if not isinstance(document, (bytes, bytearray)):
        raise ExtractionError(f"expected bytes or text, got {type(document).__name__}", filename)
    data = bytes(document)
    kind = sniff(data, filename)
    loader = LOADERS.get(kind)
    if loader is None:
        raise ExtractionError(f"unsupported file type ({kind})", filename)
    if kind == "eml":
        return load_eml(data, filename, _depth)
    return loader(data, filename)


def sniff(data: bytes, filename: str | None = None) -> str:
    """The format of ``data``, judged by its content, then its name."""
    head = data[:2048].lstrip()
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx" if b"word/" in data[:65536] or _zip_has(data, "word/document.xml") else "zip"
    if data.startswith((b"\xd0\xcf\x11\xe0",)):
        return "doc"
    if data[:8].startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return "image"
    suffix = PurePath(filename).suffix.lower() if filename else ""
    lowered = head[:512].lower()
    if head.startswith((b"{", b"[")) and suffix in ("", ".json", ".jsonl"):
        return "json"
    if re.match(rb"(?:(?:return-path|received|from|to|subject|date|message-id|mime-version|"
                rb"content-type|delivered-to)\s*:.*\r?\n)+", head, re.I) and (
            suffix == ".eml" or re.search(rb"^subject\s*:", head, re.I | re.M)):
        return "eml"
    if looks_like_html(lowered.decode("utf-8", "ignore")):
        return "html"
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        return "binary"
    return {".md": "markdown", ".markdown": "markdown"}.get(suffix, "text")


_BLOCK_TAG = re.compile(r"<(?:html|body|div|p|h[1-6]|table|ul|section|article)[\s>]")


def looks_like_html(head: str) -> bool:
    """Whether a text opening with ``head`` (lower-cased) is a web page rather
    than markdown or plain text that holds a few tags (a markdown post with
    front matter and an inline ``<p>`` stays markdown)."""
    head = head.lstrip()
    if head.startswith(("<!doctype html", "<html", "<?xml")):
        return True
    if head.startswith(("---", "+++")) or re.match(r"#{1,6} ", head):
        return False
    return head.startswith("<") and bool(_BLOCK_TAG.search(head)) or len(_BLOCK_TAG.findall(head)) >= 3


def _zip_has(data: bytes, member: str) -> bool:
    try:
        return member in zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def decode(data: bytes, filename: str | None = None) -> str:
    """Bytes to text: UTF-8 (with or without BOM), else the detected encoding."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):      # UTF-32 first: its LE mark starts like UTF-16's
        return data.decode("utf-32", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")      # a truncated last character is not worth a failure
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=["cp1252", "latin_1", "iso8859_15", "mac_roman"]).best()
    if best is not None:
        try:
            return data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _load_text(text: str, filename: str | None) -> list[Document]:
    """Text given as str: HTML or France Travail JSON are still recognised."""
    stripped = text.lstrip()[:512].lower()
    if looks_like_html(stripped):
        return load_html(text.encode("utf-8"), filename)
    if stripped.startswith(("{", "[")):
        try:
            return load_json(text.encode("utf-8"), filename)
        except ExtractionError:
            pass
    return [_text_document(text, filename, "text")]


def load_text(data: bytes, filename: str | None) -> list[Document]:
    return [_text_document(decode(data, filename), filename, "text")]


def load_markdown(data: bytes, filename: str | None) -> list[Document]:
    return [_text_document(decode(data, filename), filename, "markdown")]


_HTML_BLOCK = re.compile(r"^\s*<(?:div|table|section|article|ul|ol|h[1-6])\b", re.M | re.I)
_KRAMDOWN_ATTRIBUTES = re.compile(r"^\{:[^}\n]*\}[ \t]*$", re.M)


def _text_document(text: str, filename: str | None, kind: str) -> Document:
    """Plain text or markdown; a markdown page built of HTML blocks (a grid of
    cards inside a post) is rendered to HTML and read by the structure step,
    its front matter kept as it is."""
    # Counting "<" first: most texts hold no tag, and str.count is far faster than the pattern.
    if text.count("<", 0, 200_000) < 3 or len(_HTML_BLOCK.findall(text, 0, 200_000)) < 3:
        return Document(text, filename, kind)
    from markdown_it import MarkdownIt

    from .clean import FRONT_MATTER
    from .html import render_html

    front = FRONT_MATTER.match(text)
    head, body = (text[:front.end()], text[front.end():]) if front else ("", text)
    html = MarkdownIt("commonmark").enable("table").render(_KRAMDOWN_ATTRIBUTES.sub("", body))
    return Document(head + render_html(f"<html><body>{html}</body></html>").text, filename, "markdown")


def load_html(data: bytes, filename: str | None) -> list[Document]:
    """A web page's offer text, its chrome set aside (:mod:`filon.extract.html`);
    its JobPosting JSON-LD blocks are kept as evidence and rendered above the text."""
    from .html import render_html

    html = decode(data, filename)
    postings = job_postings(html)
    if postings and all(p.get("description") for p in postings):
        # The structured data states the offers in full: one document each.
        return [Document(render_job_posting(p), filename, "html", [p]) for p in postings]
    page = render_html(html)
    text = page.text
    if postings:
        text = "\n\n".join(render_job_posting(p) for p in postings) + "\n\n" + text
    if not text.strip():
        raise ExtractionError("the web page has no readable text", filename)
    return [Document(text, filename, "html", postings, page.title)]


def load_pdf(data: bytes, filename: str | None) -> list[Document]:
    """The PDF's text layer (read by PDFium), with hard-wrapped lines and
    hyphenation repaired."""
    import pypdfium2 as pdfium

    from .clean import unwrap_lines

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        reason = "the PDF is password-protected" if "password" in str(exc).lower() else \
            f"corrupt or unreadable PDF ({exc})"
        raise ExtractionError(reason, filename) from exc
    try:
        if len(pdf) > MAX_PDF_PAGES:
            raise ExtractionError(f"the PDF has {len(pdf)} pages, more than the {MAX_PDF_PAGES} read", filename)
        pages = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
    except pdfium.PdfiumError as exc:
        raise ExtractionError(f"corrupt or unreadable PDF ({exc})", filename) from exc
    finally:
        pdf.close()
    # PDFium marks a word hyphenated at a line end with U+FFFE (or U+0002) and joins it.
    text = "\n".join(pages).replace("\ufffe", "").replace("\x02", "")
    if len(re.findall(r"\w", text)) < 40:
        raise ExtractionError("the PDF has no text layer (scanned image?): OCR it first", filename)
    return [Document(unwrap_lines(text), filename, "pdf")]


def load_docx(data: bytes, filename: str | None) -> list[Document]:
    """Paragraphs and tables of a Word file; headings become markdown headings."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        # Sizes declared by the zip directory, which zipfile holds each part to: a bomb is refused unread.
        if sum(member.file_size for member in zipfile.ZipFile(io.BytesIO(data)).infolist()) > MAX_DOCX_INFLATED:
            raise ExtractionError(f"the Word file inflates to more than {MAX_DOCX_INFLATED >> 20} MB", filename)
        doc = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for block in doc.element.body.iterchildren():
            tag = block.tag.rsplit("}", 1)[-1]
            if tag == "p":
                para = docx.text.paragraph.Paragraph(block, doc)
                style = (para.style.name if para.style is not None else "") or ""
                level = re.match(r"(?:Heading|Titre)\s*(\d)", style)
                text = para.text.strip()
                if text:
                    lines.append(("#" * int(level.group(1)) + " " if level else "") + text)
                lines.append("")
            elif tag == "tbl":
                table = docx.table.Table(block, doc)
                for row in table.rows:
                    cells = []
                    for cell in row.cells:
                        if cell.text.strip() and cell.text.strip() not in cells:
                            cells.append(cell.text.strip())
                    lines.append(" : ".join(cells))
                lines.append("")
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, AttributeError,
            TypeError, IndexError, OSError, RecursionError) as exc:
        raise ExtractionError(f"corrupt or unreadable Word file ({exc.__class__.__name__})", filename) from exc
    except Exception as exc:  # noqa: BLE001 - lxml raises XMLSyntaxError and kin
        if exc.__class__.__module__.startswith("lxml"):
            raise ExtractionError("corrupt Word file (bad XML)", filename) from exc
        raise
    text = "\n".join(lines)
    if not text.strip():
        raise ExtractionError("the Word file holds no text", filename)
    return [Document(text, filename, "docx")]


def load_eml(data: bytes, filename: str | None, depth: int = 0) -> list[Document]:
    """The body of an e-mail, then every attached document that holds offers."""
    import email  # imported here: a run that reads no e-mail does not pay for the package
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.default)
    docs: list[Document] = []
    body = message.get_body(preferencelist=("plain", "html"))
    if body is not None:
        content = body.get_content()
        subject = str(message.get("subject", "") or "").strip()
        if body.get_content_type() == "text/html":
            docs.extend(load_html(content.encode("utf-8"), filename))
        elif content.strip():
            docs.append(Document(content, filename, "eml"))
        if subject and docs:
            docs[0].text = f"Objet : {subject}\n\n" + docs[0].text
    for part in message.iter_attachments():
        name = part.get_filename() or "pièce jointe"
        payload = part.get_payload(decode=True)
        if not payload or depth >= MAX_ATTACHMENT_DEPTH:
            continue
        try:
            docs.extend(load(payload, name, depth + 1))
        except ExtractionError:
            continue  # a logo or a signature: not an offer
    if not docs:
        raise ExtractionError("the e-mail has no text body and no readable attachment", filename)
    return docs


def load_json(data: bytes, filename: str | None) -> list[Document]:
    """France Travail « Offres d'emploi v2 » records (one, a list, or JSON Lines)."""
    text = decode(data, filename)
    try:
        parsed = json.loads(text)
        records = parsed if isinstance(parsed, list) else [parsed]
    except json.JSONDecodeError:
        try:
            records = [json.loads(line) for line in text.splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            raise ExtractionError(f"invalid JSON (line {exc.lineno}: {exc.msg})", filename) from exc
    if isinstance(parsed := records, list) and len(parsed) == 1 and isinstance(parsed[0], dict) \
            and isinstance(parsed[0].get("resultats"), list):
        records = parsed[0]["resultats"]
    docs = [Document(render_france_travail(r), filename, "json") for r in records if is_france_travail(r)]
    if not docs:
        raise ExtractionError("JSON that is not a France Travail offer record", filename)
    return docs


LOADERS = {
    "text": load_text, "markdown": load_markdown, "html": load_html, "pdf": load_pdf,
    "docx": load_docx, "eml": load_eml, "json": load_json,
}
