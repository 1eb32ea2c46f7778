"""Untrusted documents are read under a time and memory limit: a bomb fails alone, with its reason.

The hostile documents are built here, small on disk and huge once inflated; none is stored."""
import io
import threading
import time
import zipfile
import zlib

import pytest

from filon.extract import ExtractionError, extract
from filon.extract.limits import Limits, extract_limited
from filon.extract.loaders import MAX_DOCX_INFLATED, MAX_PDF_PAGES

from .test_loaders import OFFER, make_docx, make_pdf, pdf_of

MB = 1024 * 1024


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
TEXT = b"BT /F1 11 Tf 50 780 Td (Animateur socioculturel en CDI a Lyon, poste a pourvoir au plus vite) Tj ET"


def pdf_bomb(inflated: int) -> bytes:
    """One page whose compressed content stream inflates to ``inflated`` bytes."""
    packer = zlib.compressobj(1)
    blank = b" " * MB
    stream = packer.compress(TEXT) + b"".join(packer.compress(blank) for _ in range(inflated // MB)) + packer.flush()
    return pdf_of([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", PAGE,
                   b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream", FONT])


def pdf_of_pages(count: int) -> bytes:
    """``count`` pages sharing one small content stream."""
    kids = b" ".join(b"%d 0 R" % (6 + i) for i in range(count))
    return pdf_of([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
                   b"<< >>", b"<< /Length %d >>\nstream\n" % len(TEXT) + TEXT + b"\nendstream", FONT]
                  + [PAGE] * count)


def docx_bomb(inflated: int) -> bytes:
    """A real Word file whose body part, once inflated, is ``inflated`` bytes of XML."""
    source = zipfile.ZipFile(io.BytesIO(make_docx([(line, None) for line in OFFER.splitlines()])))
    body = source.read("word/document.xml")
    cut = body.index(b"<w:body>") + len(b"<w:body>")
    padding = b"<w:p/>" * ((inflated - len(body)) // 6)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as bomb:
        for item in source.infolist():
            bomb.writestr(item.filename, body[:cut] + padding + body[cut:] if item.filename == "word/document.xml"
                          else source.read(item))
    return out.getvalue()


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024


def test_a_document_is_read_in_the_worker_like_in_process():
    data = OFFER.encode("utf-8")
    assert [o.to_dict() for o in extract_limited(data, "offre.txt")] == [o.to_dict() for o in extract(data, "offre.txt")]


def test_a_document_past_the_time_limit_fails_alone_and_the_next_is_read():
    slow = ("\n\n".join([OFFER] * 2000)).encode("utf-8")        # megabytes of text: well over 50 ms to read
    started = time.perf_counter()
    with pytest.raises(ExtractionError) as error:
        extract_limited(slow, "long.txt", Limits(timeout_s=0.05))
    assert time.perf_counter() - started < 5
    assert error.value.filename == "long.txt" and "longer than 0.05 s" in error.value.reason
    [offer] = extract_limited(OFFER.encode("utf-8"), "offre.txt", Limits(timeout_s=0.05 + 30))
    assert offer.location.city == "Besançon"


def test_a_pdf_bomb_stops_at_the_memory_limit_and_leaves_this_process_alone():
    bomb = pdf_bomb(400 * MB)                   # 1.9 MB on disk: PDFium inflates it in memory
    assert len(bomb) < 5 * MB
    before = rss_mb()
    with pytest.raises(ExtractionError) as error:
        extract_limited(bomb, "bombe.pdf", Limits(timeout_s=60, memory_mb=256))
    assert error.value.filename == "bombe.pdf" and "more than 256 MB" in error.value.reason
    assert rss_mb() - before < 50
    [offer] = extract_limited(OFFER.encode("utf-8"), "offre.txt", Limits(timeout_s=60, memory_mb=256))
    assert offer.title


def test_a_docx_bomb_is_refused_before_it_is_inflated():
    bomb = docx_bomb(MAX_DOCX_INFLATED + 10 * MB)
    assert len(bomb) < MB
    started, before = time.perf_counter(), rss_mb()
    with pytest.raises(ExtractionError) as error:
        extract(bomb, "bombe.docx")
    assert "inflates to more than 50 MB" in error.value.reason
    assert time.perf_counter() - started < 2 and rss_mb() - before < 20


def test_a_pdf_of_too_many_pages_is_refused():
    with pytest.raises(ExtractionError) as error:
        extract(pdf_of_pages(MAX_PDF_PAGES + 1), "catalogue.pdf")
    assert f"has {MAX_PDF_PAGES + 1} pages" in error.value.reason
    assert extract(pdf_of_pages(3), "trois.pdf")


def test_several_threads_each_get_a_worker():
    data = [OFFER.encode("utf-8"), make_pdf(OFFER.replace("·", ".").splitlines()),
            make_docx([(line, None) for line in OFFER.splitlines()])]
    results: dict[int, str] = {}

    def read(i: int) -> None:
        [offer] = extract_limited(data[i % 3], ["o.txt", "o.pdf", "o.docx"][i % 3])
        results[i] = offer.location.city
    threads = [threading.Thread(target=read, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert results == dict.fromkeys(range(6), "Besançon")


@pytest.mark.parametrize("encoding, mark", [("utf-32-le", b"\xff\xfe\x00\x00"), ("utf-32-be", b"\x00\x00\xfe\xff"),
                                            ("utf-16-le", b"\xff\xfe")])
def test_utf32_and_utf16_text_are_told_apart(encoding, mark):
    [offer] = extract(mark + OFFER.encode(encoding), "offre.txt")
    assert "\x00" not in offer.text and offer.location.city == "Besançon"


def test_documents_past_the_ones_read_at_once_wait_their_turn_then_are_refused(monkeypatch):
    from filon.extract import limits

    monkeypatch.setattr(limits, "QUEUE_S", 0.3)
    slow = ("\n\n".join([OFFER] * 16000)).encode("utf-8")         # seconds to read, past the limit below
    errors: list[str] = []

    def read() -> None:
        try:
            extract_limited(slow, "long.txt", Limits(timeout_s=2))
        except ExtractionError as error:
            errors.append(error.reason)
    busy = [threading.Thread(target=read) for _ in range(limits.AT_ONCE)]
    for thread in busy:
        thread.start()
    time.sleep(1)
    started = time.perf_counter()
    with pytest.raises(ExtractionError) as refused:
        extract_limited(OFFER.encode("utf-8"), "offre.txt")
    assert "other documents are being read" in refused.value.reason and time.perf_counter() - started < 2
    for thread in busy:
        thread.join(30)
    assert len(errors) == limits.AT_ONCE
    assert extract_limited(OFFER.encode("utf-8"), "offre.txt")        # turns are given back
