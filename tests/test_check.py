"""bot.check.check_main: the `check` command's JSON contract, errors per input, URL policy."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bot.check import check_main, check_url_allowed
from bot.errors import EdgarNotFound, InputError

DOCS = Path(__file__).resolve().parent / "fixtures" / "documents"
HORIZON = str(DOCS / "horizon_2006_8-K_pem.txt")
KEYS = {"source", "form", "company", "cik", "accession", "findings"}
FINDING_KEYS = {"kind", "severity", "title", "evidence", "facts"}


def run(inputs: list[str], **kw: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = check_main(inputs, out=out, err=err, **kw)  # type: ignore[arg-type]
    return code, out.getvalue(), err.getvalue()


def test_json_line_per_input_with_every_key() -> None:
    code, out, err = run([HORIZON], as_json=True)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert len(lines) == 1
    obj = json.loads(lines[0])
    assert obj.keys() >= KEYS
    assert obj["source"] == HORIZON
    assert obj["form"] == "8-K"
    assert obj["company"] == "HORIZON FINANCIAL CORP"
    assert obj["cik"] == 1002682
    assert obj["accession"] == "0000939057-06-000286"
    assert obj["url"] == (
        "https://www.sec.gov/Archives/edgar/data/1002682/000093905706000286/"
        "0000939057-06-000286-index.htm"
    )
    assert isinstance(obj["findings"], list)
    for finding in obj["findings"]:
        assert finding.keys() >= FINDING_KEYS
        assert finding["kind"] in ("buyback", "restatement_risk", "late_filing")
        assert finding["severity"] in ("low", "medium", "high")


def test_unknown_fields_are_null_not_absent(tmp_path: Path) -> None:
    doc = tmp_path / "release.txt"
    doc.write_text("Acme Corp announces record quarterly revenue.\n")
    code, out, _ = run([str(doc)], as_json=True)
    assert code == 0
    obj = json.loads(out)
    assert obj.keys() >= KEYS
    assert obj["form"] is None and obj["company"] is None and obj["cik"] is None
    assert obj["accession"] is None and obj["url"] is None


def test_form_option_overrides(tmp_path: Path) -> None:
    doc = tmp_path / "narrative.txt"
    doc.write_text("The Company is unable to file its Annual Report on Form 10-K.\n")
    _, out, _ = run([str(doc)], as_json=True, form="NT 10-K")
    assert json.loads(out)["form"] == "NT 10-K"


def test_bad_inputs_reported_and_processing_continues(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    empty = tmp_path / "empty.htm"
    empty.write_bytes(b"")
    page = str(DOCS / "edgar_503_file_unavailable.html")
    code, out, err = run([missing, HORIZON, str(empty), page], as_json=True)
    assert code == 1
    assert [json.loads(line)["source"] for line in out.splitlines()] == [HORIZON]
    errors = err.splitlines()
    assert len(errors) == 3
    assert missing in errors[0] and "no such file" in errors[0]
    assert str(empty) in errors[1] and "empty" in errors[1]
    assert page in errors[2] and "File Unavailable" in errors[2]


def test_readable_summary() -> None:
    code, out, _ = run([HORIZON])
    assert code == 0
    assert out.startswith(
        f"{HORIZON}: 8-K - HORIZON FINANCIAL CORP (CIK 1002682) - 0000939057-06-000286"
    )
    assert "items: 2.02, 9.01" in out


def test_url_on_other_host_is_refused_without_fetching() -> None:
    fetched: list[str] = []

    def fetch(url: str) -> bytes:
        fetched.append(url)
        return b""

    code, out, err = run(["https://example.com/x.txt"], fetch=fetch, as_json=True)
    assert code == 1 and out == "" and fetched == []
    assert "example.com" in err and "EDGAR_BASE_URL" in err and "www.sec.gov" in err


def test_url_fetched_through_client_on_base_host() -> None:
    data = Path(HORIZON).read_bytes()
    base = "http://127.0.0.1:8123"
    url = f"{base}/Archives/edgar/data/1002682/000093905706000286/0000939057-06-000286.txt"
    fetched: list[str] = []

    def fetch(u: str) -> bytes:
        fetched.append(u)
        return data

    code, out, _ = run([url], fetch=fetch, base_url=base, as_json=True)
    assert code == 0 and fetched == [url]
    obj = json.loads(out)
    assert obj["source"] == url
    assert obj["url"].startswith(base + "/Archives/edgar/data/1002682/")


def test_fetch_errors_are_one_line_per_input() -> None:
    base = "http://127.0.0.1:8123"

    def fetch(u: str) -> bytes:
        raise EdgarNotFound("404 Not Found", url=u)

    code, _, err = run([f"{base}/missing.txt", HORIZON], fetch=fetch, base_url=base)
    assert code == 1
    assert err.strip() == f"edgar-sentinel check: {base}/missing.txt: 404 Not Found"


def test_same_host_other_port_refused() -> None:
    with pytest.raises(InputError, match=r"127\.0\.0\.1:8123"):
        check_url_allowed("http://127.0.0.1:9999/a.txt", "http://127.0.0.1:8123")
    check_url_allowed("https://WWW.SEC.GOV/Archives/x.txt", "https://www.sec.gov")


def test_gzip_path_is_read(tmp_path: Path) -> None:
    code, out, _ = run([str(DOCS / "acorn_2025_8-K.nc.gz")], as_json=True)
    assert code == 0
    assert json.loads(out)["accession"] == "0001493152-25-001317"
