"""``chair-app verify`` certifies only the file Chair exported, byte for byte, and the agreed PDF
carries Chair's digital signature (issue 13, F0).

Each test alters a copy of the agreed minutes as someone with Word, a PDF editor or pypdf /
pyHanko could, in a way that keeps every word (so a comparison of words cannot see it), and
checks that neither the window's check nor the command calls the result the agreed minutes.
The demo family's folder is used (it opens with its published passphrase), its minutes agreed
and exported once for the module; every test alters its own copy.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import io
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from cli_harness import in_process_cli
from conftest import TODAY

from chair_app.cli import main
from chair_app.core.domain import MeetingStatus
from chair_app.models.db import SessionFactory
from chair_app.services.export_minutes import ExportFormat
from chair_app.services.meetings import MeetingService
from chair_app.services.minutes import CopyRequest, MinutesService, VerifyKind
from chair_app.services.storage import DEMO_PASSPHRASE, Store
from chair_app.services.storage import open_store as open_data

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # pyHanko's import warns that cryptography deprecates DSA
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko.pdf_utils.generic import StreamObject
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext


@dataclass
class Agreed:
    folder: Path  # the demo's data folder
    store: Store
    meeting_id: int
    docx: Path
    pdf: Path

    @property
    def factory(self) -> SessionFactory:
        return self.store.factory

    @property
    def minutes(self) -> MinutesService:
        return MinutesService(self.factory)


@pytest.fixture(scope="module")
def agreed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Agreed]:
    root = tmp_path_factory.mktemp("verify")
    folder = root / "data"
    with pytest.MonkeyPatch.context() as patch, contextlib.contextmanager(in_process_cli)(patch):
        assert main(["demo", "--data-dir", str(folder)]) == 0
    store = open_data(folder, DEMO_PASSPHRASE)
    meetings = MeetingService(store.factory)
    closed = next(m.id for m in meetings.list_meetings() if m.status is MeetingStatus.CLOSED)
    chair = meetings.get(closed).chair_id
    minutes = MinutesService(store.factory)
    minutes.agree(closed, chair, TODAY)
    out = root / "out"
    out.mkdir()
    docx_path = minutes.export(closed, ExportFormat.DOCX, out / "agreed.docx", today=TODAY)
    pdf_path = minutes.export(closed, ExportFormat.PDF, out / "agreed.pdf", today=TODAY)
    yield Agreed(folder, store, closed, docx_path, pdf_path)
    store.close()


@pytest.fixture(autouse=True)
def cli(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    yield from in_process_cli(monkeypatch)


def _cli_verify(agreed: Agreed, path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(["verify", str(path), "--data-dir", str(agreed.folder)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return status, captured.out + captured.err


def _not_the_agreed_copy(
    agreed: Agreed, path: Path, capsys: pytest.CaptureFixture[str], *, why: str = ""
) -> str:
    """Neither the window's check nor the command calls the file the agreed minutes; both say
    it is not the agreed copy (and why, when given). Returns the message."""
    result = agreed.minutes.verify(path)
    assert result.kind is not VerifyKind.AGREED, result.message
    assert "not the agreed copy" in result.message, result.message
    assert why in result.message, result.message
    status, printed = _cli_verify(agreed, path, capsys)
    assert status == 1
    assert "not the agreed copy" in printed and "is the agreed minutes" not in printed
    return result.message


# --- The agreed files as exported ------------------------------------------------------------


def test_the_agreed_docx_and_pdf_as_exported_are_the_agreed_minutes(
    agreed: Agreed, capsys: pytest.CaptureFixture[str]
) -> None:
    for path in (agreed.docx, agreed.pdf):
        result = agreed.minutes.verify(path)
        assert result.kind is VerifyKind.AGREED, result.message
        assert f"agreed on {TODAY.strftime('%d/%m/%Y')}" in result.message
        status, printed = _cli_verify(agreed, path, capsys)
        assert status == 0 and "is the agreed minutes" in printed


def test_each_exported_file_is_recorded_with_its_sha256(agreed: Agreed) -> None:
    from sqlalchemy import text

    with agreed.factory() as session:
        rows = session.execute(
            text(
                "SELECT meeting_id, version, copy, person_id, format, sha256, signed "
                "FROM minutes_export ORDER BY id"
            )
        ).all()
    version = agreed.minutes.record(agreed.meeting_id).agreed_version
    assert version is not None
    assert [tuple(row) for row in rows] == [
        (
            agreed.meeting_id,
            version.number,
            "full",
            None,
            "docx",
            hashlib.sha256(agreed.docx.read_bytes()).hexdigest(),
            0,
        ),
        (
            agreed.meeting_id,
            version.number,
            "full",
            None,
            "pdf",
            hashlib.sha256(agreed.pdf.read_bytes()).hexdigest(),
            1,
        ),
    ]


# --- A DOCX changed in Word, keeping every word ----------------------------------------------


def _runs(document: docx.document.Document) -> Iterator[docx.text.run.Run]:
    for paragraph in document.paragraphs:
        yield from paragraph.runs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    yield from paragraph.runs


def _replace(document: docx.document.Document, old: str, new: str) -> None:
    run = next((r for r in _runs(document) if old in r.text), None)
    assert run is not None, f"{old!r} not found"
    run.text = run.text.replace(old, new, 1)


def test_a_docx_with_two_scores_swapped_is_not_the_agreed_copy(
    agreed: Agreed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = docx.Document(str(agreed.docx))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Person")
    kerry = next(r for r in table.rows if r.cells[0].text == "Kerry Marlowe").cells[1]
    dean = next(r for r in table.rows if r.cells[0].text == "Dean Marlowe").cells[1]
    assert (kerry.text, dean.text) == ("7", "6")
    kerry.paragraphs[0].runs[0].text, dean.paragraphs[0].runs[0].text = "6", "7"
    changed = tmp_path / "scores swapped.docx"
    document.save(str(changed))
    _not_the_agreed_copy(agreed, changed, capsys, why="changed since it was exported")


def test_a_docx_with_not_moved_to_another_sentence_is_not_the_agreed_copy(
    agreed: Agreed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = docx.Document(str(agreed.docx))
    _replace(document, "We have not had a big row", "We have had a big row")
    _replace(document, "I am going to every appointment", "I am not going to every appointment")
    changed = tmp_path / "not moved.docx"
    document.save(str(changed))
    _not_the_agreed_copy(agreed, changed, capsys, why="changed since it was exported")


def test_a_docx_with_a_word_hidden_is_not_the_agreed_copy(
    agreed: Agreed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Word's hidden-text property (w:vanish) on "not": printed, the sentence says the
    opposite, while the file still holds every word."""
    document = docx.Document(str(agreed.docx))
    run = next(r for r in _runs(document) if "Jacob is not always" in r.text)
    before, after = run.text.split("not ", 1)
    hidden, rest = copy.deepcopy(run._r), copy.deepcopy(run._r)
    run._r.addnext(hidden)
    hidden.addnext(rest)
    run.text = before
    hidden_run = docx.text.run.Run(hidden, run._parent)
    hidden_run.text = "not "
    hidden_run.font.hidden = True
    docx.text.run.Run(rest, run._parent).text = after
    changed = tmp_path / "hidden.docx"
    document.save(str(changed))
    reread = docx.Document(str(changed))
    assert any("Jacob is not always" in p.text for p in reread.paragraphs)  # every word kept
    _not_the_agreed_copy(agreed, changed, capsys, why="changed since it was exported")


def test_a_docx_with_a_paragraph_added_to_the_page_header_is_not_the_agreed_copy(
    agreed: Agreed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = docx.Document(str(agreed.docx))
    document.sections[0].header.add_paragraph(
        "ADDED AFTER AGREEMENT: the family refused every offer of help."
    )
    changed = tmp_path / "header.docx"
    document.save(str(changed))
    _not_the_agreed_copy(agreed, changed, capsys, why="changed since it was exported")


# --- A PDF changed after it was signed -------------------------------------------------------


def _pypdf_rewrite(agreed: Agreed, path: Path, change) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(agreed.pdf)))
    change(writer)
    with open(path, "wb") as handle:
        writer.write(handle)


def test_a_pdf_with_the_vote_tally_swapped_is_not_the_agreed_copy(
    agreed: Agreed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pypdf.generic import ContentStream

    def swap(writer) -> None:  # type: ignore[no-untyped-def]
        for page in writer.pages:
            stream = page.get_contents()
            data = stream.get_data()
            if b"For 0, against 1" in data:
                stream = ContentStream(None, None)
                stream.set_data(data.replace(b"For 0, against 1", b"For 1, against 0"))
                page.replace_contents(stream)
                return
        raise AssertionError("no tally found")

    changed = tmp_path / "tally.pdf"
    _pypdf_rewrite(agreed, changed, swap)
    message = _not_the_agreed_copy(agreed, changed, capsys, why="changed after it was signed")
    assert "For 1, against 0" not in message


def test_a_pdf_with_a_white_rectangle_over_half_a_page_is_not_the_agreed_copy(
    agreed: Agreed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pypdf import PdfReader
    from reportlab.pdfgen import canvas

    cover = io.BytesIO()
    drawing = canvas.Canvas(cover)
    drawing.setFillColorRGB(1, 1, 1)
    drawing.rect(0, 0, 600, 420, fill=1, stroke=0)
    drawing.showPage()
    drawing.save()
    rectangle = PdfReader(io.BytesIO(cover.getvalue())).pages[0]
    changed = tmp_path / "overlay.pdf"
    _pypdf_rewrite(agreed, changed, lambda writer: writer.pages[0].merge_page(rectangle))
    _not_the_agreed_copy(agreed, changed, capsys, why="changed after it was signed")


def test_a_pdf_with_an_annotation_added_is_not_the_agreed_copy(
    agreed: Agreed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Added as an incremental update, the way PDF editors add comments: the signed bytes are
    all still there."""
    from pypdf import PdfWriter
    from pypdf.annotations import FreeText

    writer = PdfWriter(str(agreed.pdf), incremental=True)
    writer.add_annotation(
        page_number=0, annotation=FreeText(text="Not agreed by the family", rect=(60, 60, 300, 90))
    )
    changed = tmp_path / "annotated.pdf"
    with open(changed, "wb") as handle:
        writer.write(handle)
    assert changed.read_bytes().startswith(agreed.pdf.read_bytes())
    _not_the_agreed_copy(agreed, changed, capsys, why="changed after it was signed")


def test_a_pdf_with_an_incremental_update_is_not_the_agreed_copy(
    agreed: Agreed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """pyHanko's incremental writer draws over the first page in a new revision."""
    with open(agreed.pdf, "rb") as handle:
        writer = IncrementalPdfFileWriter(io.BytesIO(handle.read()))
    cover = writer.add_object(StreamObject(stream_data=b"q 1 1 1 rg 0 0 600 420 re f Q"))
    writer.add_stream_to_page(0, cover)
    changed = tmp_path / "incremental.pdf"
    with open(changed, "wb") as handle:
        writer.write(handle)
    assert changed.read_bytes().startswith(agreed.pdf.read_bytes())
    _not_the_agreed_copy(agreed, changed, capsys, why="changed after it was signed")


def test_a_pdf_with_bytes_added_after_the_signature_is_not_the_agreed_copy(
    agreed: Agreed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    changed = tmp_path / "appended.pdf"
    changed.write_bytes(agreed.pdf.read_bytes() + b"\n% added later\n")
    _not_the_agreed_copy(agreed, changed, capsys)


# --- The signature, as a recipient checks it --------------------------------------------------


def _pyhanko_status(pdf: Path, certificate: Path):  # type: ignore[no-untyped-def]
    trusted = load_cert_from_pemder(str(certificate))
    with open(pdf, "rb") as handle:
        reader = PdfFileReader(handle)
        signatures = reader.embedded_signatures
        assert len(signatures) == 1
        context = ValidationContext(trust_roots=[trusted], allow_fetching=False)
        return validate_pdf_signature(signatures[0], context)


def test_the_agreed_pdf_is_signed_and_a_recipient_validates_it_with_the_certificate(
    agreed: Agreed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    certificate = tmp_path / "chair.pem"
    assert main(["signing-certificate", str(certificate), "--data-dir", str(agreed.folder)]) == 0
    assert str(certificate) in capsys.readouterr().out
    assert certificate.read_text(encoding="ascii").startswith("-----BEGIN CERTIFICATE-----")
    assert "PRIVATE KEY" not in certificate.read_text(encoding="ascii")

    status = _pyhanko_status(agreed.pdf, certificate)

    assert status.bottom_line, status.pretty_print_details()
    assert status.intact and status.valid and status.trusted
    assert status.coverage is SignatureCoverageLevel.ENTIRE_FILE
    assert "Chair minutes signing key" in status.signing_cert.subject.human_friendly


def test_the_signing_key_is_made_once_and_kept_only_encrypted(agreed: Agreed) -> None:
    again = agreed.minutes.export(
        agreed.meeting_id, ExportFormat.PDF, agreed.pdf.parent / "again.pdf", today=TODAY
    )
    first, second = (_signer_fingerprint(path) for path in (agreed.pdf, again))
    assert first == second
    # No file of the data folder holds the private key in the clear.
    for path in agreed.folder.rglob("*"):
        if path.is_file():
            assert b"PRIVATE KEY" not in path.read_bytes(), path.name


def _signer_fingerprint(pdf: Path) -> str:
    with open(pdf, "rb") as handle:
        return PdfFileReader(handle).embedded_signatures[0].signer_cert.sha256.hex()


def test_a_draft_pdf_is_not_signed(
    tmp_path: Path, factory: SessionFactory, with_demo_family: None
) -> None:
    from pypdf import PdfReader


    meetings = MeetingService(factory)
    closed = next(m.id for m in meetings.list_meetings() if m.status is MeetingStatus.CLOSED)
    draft = MinutesService(factory).export(closed, ExportFormat.PDF, tmp_path / "d.pdf")
    assert "/AcroForm" not in PdfReader(str(draft)).trailer["/Root"]


def test_a_pdf_signed_with_another_key_is_not_chairs(
    agreed: Agreed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The agreed minutes drawn afresh and signed, as Chair signs, by another laptop's key:
    same name on the certificate, another key."""
    from chair_app.export.pdf_renderer import render_pdf
    from chair_app.export.pdf_signing import load_signing_key, new_signing_key, sign_pdf

    document, _version = agreed.minutes.document_to_export(
        agreed.meeting_id, CopyRequest(), TODAY
    )
    unsigned = tmp_path / "unsigned.pdf"
    render_pdf(document, unsigned)
    other_key = load_signing_key(*new_signing_key())
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(sign_pdf(unsigned.read_bytes(), other_key))
    _not_the_agreed_copy(agreed, forged, capsys, why="not with Chair's signing key")


def test_a_protected_agreed_pdf_is_signed_and_checked_byte_for_byte(
    agreed: Agreed, capsys: pytest.CaptureFixture[str]
) -> None:
    protected = agreed.minutes.export(
        agreed.meeting_id,
        ExportFormat.PDF,
        agreed.pdf.parent / "protected.pdf",
        today=TODAY,
        password="Blue kettle 42",
    )
    with open(protected, "rb") as handle:
        reader = PdfFileReader(handle)
        assert reader.encrypted
        reader.decrypt(b"Blue kettle 42")
        assert len(reader.embedded_signatures) == 1
    result = agreed.minutes.verify(protected)
    assert result.kind is VerifyKind.AGREED, result.message
    # Changed by one byte, it cannot be read, and is not the agreed copy.
    data = bytearray(protected.read_bytes())
    data[-10] ^= 1
    changed = protected.parent / "protected changed.pdf"
    changed.write_bytes(bytes(data))
    assert agreed.minutes.verify(changed).kind is not VerifyKind.AGREED


# --- Every language of the agreed version ------------------------------------------------------


@pytest.mark.parametrize("language", ["cy", "both"])
def test_the_command_line_verifies_a_welsh_and_a_bilingual_copy_and_refuses_a_changed_one(
    agreed: Agreed, capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str
) -> None:
    from chair_app.core.language import MinutesLanguage
    from chair_app.services.minutes import CopyKind

    people = MeetingService(agreed.factory).family_as_recorded(agreed.meeting_id).people
    parent = next(p.id for p in people if not p.is_professional)
    copy = CopyRequest(CopyKind.PERSON, parent)
    files = [
        agreed.minutes.export(
            agreed.meeting_id,
            fmt,
            tmp_path / f"copi.{fmt.value}",
            copy,
            today=TODAY,
            language=MinutesLanguage(language),
        )
        for fmt in ExportFormat
    ]
    for path in files:
        status, printed = _cli_verify(agreed, path, capsys)
        assert status == 0 and "is the agreed minutes" in printed, printed
    # One word of the Welsh record changed: not the agreed minutes.
    changed = tmp_path / "newidiwyd.docx"
    document = docx.Document(str(files[0]))
    paragraph = next(p for p in document.paragraphs if "Presenoldeb" in p.text)
    paragraph.runs[0].text = paragraph.runs[0].text.replace("Presenoldeb", "Absenoldeb")
    document.save(str(changed))
    assert agreed.minutes.verify(changed).kind is VerifyKind.TAMPERED
    status, printed = _cli_verify(agreed, changed, capsys)
    assert status == 1 and "its words are not those of that version" in printed, printed
