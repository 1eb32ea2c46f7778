"""Loaders: every supported format, and clear errors for what cannot be read."""
import io
import zipfile
from email.message import EmailMessage

import pytest

from filon.extract import ExtractionError, extract
from filon.extract.loaders import load, sniff

OFFER = """Chargé·e de mission biodiversité (H/F)

L'association Nature Vivante recrute un·e chargé·e de mission en CDD de 12 mois.
Poste basé à Besançon. Salaire : 2 100 € brut mensuel.
Candidatures avant le 15 mars 2026 à emploi@nature-vivante.org
"""


def make_pdf(lines: list[str]) -> bytes:
    """A minimal one-page PDF with a text layer (Helvetica, WinAnsi)."""
    content = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(
        "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for line in lines) + " ET"
    stream = content.encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    return pdf_of(objects)


def pdf_of(objects: list[bytes]) -> bytes:
    """A PDF file holding these objects (numbered from 1; 1 is the catalogue)."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def make_docx(paragraphs: list[tuple[str, str | None]]) -> bytes:
    import docx

    document = docx.Document()
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_utf8_text():
    [offer] = extract(OFFER.encode("utf-8"), "offre.txt")
    assert offer.title == "Chargé·e de mission biodiversité (H/F)"
    assert offer.location.city == "Besançon"
    assert offer.deadline == "2026-03-15"


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encodings_are_detected(encoding):
    text = OFFER.replace("·", ".").replace("€", "euros")
    [offer] = extract(text.encode(encoding), "offre.txt")
    assert offer.location.city == "Besançon"
    assert offer.salary.min == 2100
    assert "Chargé.e de mission biodiversité" in offer.text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_with_its_byte_order_mark(encoding):
    data = OFFER.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    [offer] = extract(data, "offre.txt")
    assert offer.location.city == "Besançon"
    [truncated] = extract(data[:-1], "offre.txt")              # an odd byte count: the last character is lost, no more
    assert truncated.location.city == "Besançon"


def test_pdf_text_layer_with_hard_wrapped_lines():
    pdf = make_pdf(["CHARGE DE MISSION BIODIVERSITE", "", "Nous recherchons une personne pour animer le",
                    "réseau des bénévoles et coordonner les inventaires natura-",
                    "listes. Poste basé à Besançon, CDD de 12 mois.",
                    "Candidatures avant le 15 mars 2026 à emploi@nature-vivante.org"])
    assert sniff(pdf) == "pdf"
    [offer] = extract(pdf, "offre.pdf")
    assert offer.title == "CHARGE DE MISSION BIODIVERSITE"
    assert "animer le réseau des bénévoles" in offer.text
    assert "naturalistes" in offer.text
    assert offer.contract_types == ["cdd"] and offer.deadline == "2026-03-15"


def test_pdf_without_text_layer_is_refused():
    with pytest.raises(ExtractionError, match="no text layer"):
        extract(make_pdf([]), "scan.pdf")


def test_docx_with_headings():
    data = make_docx([("Animateur nature (H/F)", "Heading 1"), ("Missions", "Heading 2"),
                      ("Animer des sorties nature. Poste basé à Rennes.", None),
                      ("Conditions", "Heading 2"), ("CDI à temps plein, 35 heures par semaine.", None)])
    [offer] = extract(data, "offre.docx")
    assert offer.title == "Animateur nature (H/F)"
    assert offer.contract_types == ["cdi"] and offer.working_time.hours_per_week == 35
    assert {s.name for s in offer.sections} >= {"missions", "conditions"}


def test_html_main_content_and_json_ld():
    html = """<html><head><script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "JobPosting", "title": "Coordinateur de réseau",
     "hiringOrganization": {"@type": "Organization", "name": "Réseau Graine"},
     "datePosted": "2026-01-05", "validThrough": "2026-02-01T23:59",
     "jobLocation": {"@type": "Place", "address": {"postalCode": "35000", "addressLocality": "Rennes", "addressCountry": "FR"}},
     "employmentType": "FULL_TIME", "description": "<p>Coordonner le réseau en CDI.</p>"}
    </script></head><body><nav>Accueil</nav><p>Ignored page text</p></body></html>"""
    [offer] = extract(html.encode("utf-8"), "offre.html")
    assert offer.title == "Coordinateur de réseau"
    assert offer.organization == "Réseau Graine"
    assert offer.published == "2026-01-05" and offer.deadline == "2026-02-01"
    assert offer.location.city == "Rennes" and offer.location.postal_code == "35000"
    assert offer.contract_types == ["cdi"] and offer.working_time.kind == "full_time"


def test_eml_body_and_attached_offer():
    message = EmailMessage()
    message["From"] = "asso@example.org"
    message["To"] = "board@example.org"
    message["Subject"] = "Offre à diffuser"
    message.set_content("Bonjour, voici notre offre en pièce jointe.\nBelle journée")
    message.add_attachment(make_docx([("Animateur nature (H/F)", "Heading 1"),
                                      ("CDI basé à Rennes, candidatures avant le 15 mars 2026.", None)]),
                           maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename="offre.docx")
    docs = load(message.as_bytes(), "mail.eml")
    assert [d.kind for d in docs] == ["eml", "docx"]
    offers = extract(message.as_bytes(), "mail.eml")
    assert any(o.title == "Animateur nature (H/F)" and o.location.city == "Rennes" for o in offers)


def test_france_travail_json_record():
    record = {"id": "X1", "intitule": "Agent de déchèterie (H/F)", "description": "Accueillir les usagers.",
              "dateCreation": "2024-11-25T10:00:00.000Z", "lieuTravail": {"libelle": "42 - Sury-le-Comtal"},
              "typeContratLibelle": "CDD - 6 Mois", "dureeTravailLibelleConverti": "Temps partiel",
              "entreprise": {"nom": "LOIRE FOREZ AGGLOMERATION"}, "salaire": {"libelle": "Horaire de 14.0 Euros"}}
    import json

    [offer] = extract(json.dumps(record).encode(), "offre.json")
    assert offer.title == "Agent de déchèterie (H/F)"
    assert offer.published == "2024-11-25" and offer.location.department == "42"
    assert offer.contract_types == ["cdd"] and offer.duration_months.max == 6
    assert offer.organization == "LOIRE FOREZ AGGLOMERATION" and offer.salary.unit == "hour"


@pytest.mark.parametrize("data, name, reason", [
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "photo.png", "unsupported file type"),
    (b"%PDF-1.4\n%%garbage", "broken.pdf", "PDF"),
    (b"PK\x03\x04" + b"\x00" * 40, "broken.docx", "unsupported file type"),
    (b"\x00\x01\x02binary", "blob.bin", "unsupported file type"),
    (b'{"not": "an offer"}', "data.json", "not a France Travail"),
])
def test_unreadable_documents_raise_a_clear_error(data, name, reason):
    with pytest.raises(ExtractionError, match=reason) as error:
        extract(data, name)
    assert error.value.filename == name


def test_truncated_docx_is_an_extraction_error():
    data = make_docx([("Animateur nature", None)])
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert "word/document.xml" in z.namelist()
    with pytest.raises(ExtractionError):
        extract(data[: len(data) // 2], "cut.docx")
