"""The command line: every document ends as a record or a counted rejection; one bad
page never stops a batch; the exit status is non-zero only when nothing could be read."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from malmoi.cli import main
from support import EXAMPLES

PAGE = EXAMPLES / "pages" / "a01_yonhap_chips.txt"


def run(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "malmoi.cli", *args], input=stdin, capture_output=True, check=False)


@pytest.fixture()
def batch(tmp_path: Path) -> Path:
    d = tmp_path / "batch"
    (d / "sub").mkdir(parents=True)
    (d / "good.txt").write_bytes(PAGE.read_bytes())
    (d / "sub" / "cp949.txt").write_bytes(PAGE.read_text(encoding="utf-8").encode("cp949", "replace"))
    (d / "empty.txt").write_bytes(b"")
    (d / "blob.dat").write_bytes(bytes(range(256)) * 40)  # binary by content, whatever its name
    (d / "english.txt").write_text("The central bank kept its rate unchanged on Thursday. " * 30, encoding="utf-8")
    big = PAGE.read_text(encoding="utf-8") + "\n" + ("가나다라마바사 아자차카타파하. " * 400_000)
    (d / "big.txt").write_text(big, encoding="utf-8")
    return d


def test_batch_with_bad_pages(batch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    rej = tmp_path / "rejections.jsonl"
    assert main(["extract", str(batch), "-o", str(out), "--rejections", str(rej), "--quiet"]) == 0
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    rejections = [json.loads(x) for x in rej.read_text(encoding="utf-8").splitlines()]
    assert len(records) + len(rejections) == 6
    reasons = sorted(r["reason"] for r in rejections)
    assert reasons == ["binary", "empty", "not_korean"]
    by_name = {Path(r["source"]["path"]).name: r for r in records}
    assert by_name["cp949.txt"]["source"]["encoding"] == "cp949"
    assert by_name["cp949.txt"]["title"] == by_name["good.txt"]["title"]
    assert any("cut to the first" in w for w in by_name["big.txt"]["warnings"])
    summary = capsys.readouterr().err
    assert "documents read 6, articles 3" in summary and "binary 1" in summary


def test_exit_status_is_non_zero_only_when_nothing_is_read(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert run(["extract", str(tmp_path / "empty.txt"), "--quiet"]).returncode == 1
    assert run(["extract", str(tmp_path / "missing.txt"), "--quiet"]).returncode == 1


def test_standard_input_and_stable_ids() -> None:
    a = run(["extract", "-", "--quiet"], stdin=PAGE.read_bytes())
    b = run(["extract", "-", "--quiet"], stdin=PAGE.read_bytes())
    assert a.returncode == 0
    ra, rb = json.loads(a.stdout), json.loads(b.stdout)
    assert ra["id"] == rb["id"] and ra["title"]


def test_show_and_quotes_commands() -> None:
    show = run(["show", str(PAGE)])
    assert show.returncode == 0
    text = show.stdout.decode()
    assert text.startswith("# ") and "quotes (" in text and "published:" in text
    table = run(["quotes", str(PAGE), "--quiet"])
    assert "speaker" in table.stdout.decode().splitlines()[0]
    js = run(["quotes", str(PAGE), "--json", "--quiet"])
    quotes = [json.loads(x) for x in js.stdout.decode().splitlines()]
    assert quotes and all(q["article"]["title"] for q in quotes)


def test_eval_command_reports_scores() -> None:
    res = run(["eval", str(EXAMPLES / "html"), "--json"])
    scores = json.loads(res.stdout)
    assert scores["pages"] >= 8 and scores["title_accuracy"] == 1.0


def test_own_output_and_code_files_are_not_read(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_bytes(PAGE.read_bytes())
    (tmp_path / "tool.py").write_text("print('안녕하세요 여러분')\n" * 20, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    for _ in range(2):  # the second run finds out.jsonl in the folder and leaves it alone
        res = run(["extract", str(tmp_path), "-o", str(out), "--quiet"])
        assert res.returncode == 0
        assert len(out.read_text(encoding="utf-8").splitlines()) == 1
        assert "documents read 2, articles 1, rejections: not_a_document 1" in res.stderr.decode()


def test_extract_into_a_store_then_load_again_changes_nothing(tmp_path: Path) -> None:
    db, out = tmp_path / "m.db", tmp_path / "r.jsonl"
    first = run(["extract", str(EXAMPLES / "pages" / "a01_yonhap_chips.txt"), "-o", str(out), "--db", str(db), "--quiet"])
    assert first.returncode == 0 and f"store {db}: 1 new, 0 updated, 0 unchanged, 0 skipped" in first.stderr.decode()
    again = run(["load", str(out), "--db", str(db)])
    assert again.returncode == 0 and f"store {db}: 0 new, 0 updated, 1 unchanged, 0 skipped" in again.stderr.decode()
    assert "UpsertResult" not in first.stderr.decode() + again.stderr.decode()


COMMANDS = ["extract", "show", "quotes", "eval", "load", "serve", "migrate", "export", "ray"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_explains_itself_with_an_example(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    text = capsys.readouterr().out
    assert f"usage: malmoi {command}" in text and f"example:\n  malmoi {command} " in text
    description = text.split("\n\n")[1]
    assert len(description) > 40 and not description.startswith(("positional", "options"))
    from malmoi.cli import parser

    sub = next(a for a in parser()._actions if getattr(a, "choices", None) and command in a.choices)  # type: ignore[operator]
    for action in sub.choices[command]._actions:  # type: ignore[index]
        assert action.help, (command, action.dest)  # every argument says what it is


def test_version_and_top_level_help(capsys: pytest.CaptureFixture[str]) -> None:
    from malmoi import __version__

    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"malmoi {__version__}"
    with pytest.raises(SystemExit):
        main(["--help"])
    text = capsys.readouterr().out
    assert all(c in text for c in COMMANDS) and "exit status:" in text


def test_exit_statuses_a_script_can_trust(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 5}\nnot json\n', encoding="utf-8")
    load = run(["load", str(bad), "--db", str(tmp_path / "x.db")])
    assert load.returncode == 1 and "no valid record in" in load.stderr.decode()
    missing = run(["load", str(tmp_path / "none.jsonl"), "--db", str(tmp_path / "x.db")])
    assert missing.returncode == 2 and "no records file at" in missing.stderr.decode()
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "page.txt").write_text("주석 없는 페이지", encoding="utf-8")
    ev = run(["eval", str(tmp_path / "gold")])
    assert ev.returncode == 1 and "no annotated page in" in ev.stderr.decode()
    serve = run(["serve", str(tmp_path / "nope.db")])
    assert serve.returncode == 2 and "no store at" in serve.stderr.decode()
    assert run(["extract", "--no-such-flag"]).returncode == 2


def test_quotes_table_cuts_cells_and_shows_roles() -> None:
    from malmoi.engine.table import cut, width

    assert cut("가나다라마바사", 9) == "가나다라…" and width(cut("가나다라마바사", 9)) == 9
    assert cut("abc", 5) == "abc  "
    table = run(["quotes", str(PAGE), "--quiet"]).stdout.decode()
    lines = table.splitlines()
    assert lines[0].split() == ["speaker", "role", "quote", "article"]
    assert any("…" in line for line in lines[2:])
    roles = {re.split(r"\s{2,}", line)[1] for line in lines[2:]}
    assert "산업통상자원부 장관" in " ".join(roles) and not roles & {"person", "anonymous", "unknown"}


def test_show_names_the_file_of_each_rejection(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_bytes(PAGE.read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    shown = run(["show", str(tmp_path)])
    assert shown.returncode == 0
    assert f"not an article: {tmp_path / 'empty.txt'}: empty:" in shown.stdout.decode()


def test_parquet_output_joins_by_article_id(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out.parquet"
    jl = tmp_path / "out.jsonl"
    assert main(["extract", str(EXAMPLES / "html"), "-o", str(out), "--quiet", "--jobs", "1"]) == 0
    assert main(["extract", str(EXAMPLES / "html"), "-o", str(jl), "--quiet", "--jobs", "1"]) == 0
    records = [json.loads(x) for x in jl.read_text(encoding="utf-8").splitlines()]
    arts = pq.read_table(out / "articles.parquet").to_pylist()
    quotes = pq.read_table(out / "quotes.parquet").to_pylist()
    people = pq.read_table(out / "people.parquet").to_pylist()
    assert [a["id"] for a in arts] == [r["id"] for r in records]
    assert [a["body"] for a in arts] == [r["body"] for r in records]
    by_id = {r["id"]: r for r in records}
    assert len(quotes) == sum(len(r["quotes"]) for r in records) > 0
    for q in quotes:
        rq = by_id[q["article_id"]]["quotes"][q["quote"]]
        assert (q["text"], q["speaker_name"], q["in"]) == (rq["text"], rq["speaker"]["name"], rq["in"])
    assert len(people) == sum(len(r["people"]) for r in records)


def _readme_commands() -> list[str]:
    text = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```[a-z]*\n(.*?)```", text, re.S)
    lines = [ln.strip() for b in blocks for ln in b.splitlines() if ln.strip().startswith("malmoi ")]
    spans = [s for s in re.findall(r"`([^`\n]+)`", text) if s.startswith("malmoi ")]
    return lines + spans


def test_the_readme_names_every_command_with_options_that_exist() -> None:
    from malmoi.cli import parser

    sub = next(a for a in parser()._actions if isinstance(a, __import__("argparse")._SubParsersAction))
    commands = _readme_commands()
    named = {c.split()[1] for c in commands}
    assert set(sub.choices) <= named | {"--version"}, set(sub.choices) - named
    for line in commands:
        cmd = line.split()[1]
        if cmd.startswith("-"):
            continue
        assert cmd in sub.choices, line
        known = {o for a in sub.choices[cmd]._actions for o in a.option_strings}
        for flag in re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", line.split("#")[0]):
            assert flag in known, (line, flag)


def test_export_a_store_as_jsonl_csv_and_parquet(tmp_path: Path) -> None:
    import csv

    db, out = tmp_path / "m.db", tmp_path / "r.jsonl"
    assert main(["extract", str(EXAMPLES / "html"), "-o", str(out), "--db", str(db), "--quiet", "--jobs", "1"]) == 0
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert main(["export", str(db), "--what", "articles", "-o", str(tmp_path / "a.jsonl")]) == 0
    exported = [json.loads(x) for x in (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(exported, key=lambda r: r["id"]) == sorted(records, key=lambda r: r["id"])
    assert main(["export", str(db), "-o", str(tmp_path / "q.csv")]) == 0
    with open(tmp_path / "q.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == sum(len(r["quotes"]) for r in records)
    texts = {(q["text"], q["speaker"]["name"] or "") for r in records for q in r["quotes"]}
    assert {(r["text"], r["speaker_name"]) for r in rows} == texts
    pq = pytest.importorskip("pyarrow.parquet")
    assert main(["export", str(db), "--what", "people", "-o", str(tmp_path / "p.parquet")]) == 0
    assert pq.read_table(tmp_path / "p.parquet").num_rows == sum(len(r["people"]) for r in records)
    empty = tmp_path / "empty.db"
    assert main(["extract", str(tmp_path / "nothing"), "--db", str(empty), "--quiet", "-o", str(tmp_path / "x")]) == 1
    assert main(["export", str(empty), "-o", str(tmp_path / "none.csv")]) == 1
    assert main(["export", str(tmp_path / "missing.db"), "-o", str(tmp_path / "none.csv")]) == 2


def test_settings_come_from_the_environment_and_bad_values_are_usage_errors(tmp_path: Path) -> None:
    from malmoi import settings

    page = tmp_path / "p.txt"
    page.write_bytes(PAGE.read_bytes())
    bad = run_env(["extract", str(page), "--quiet"], {"MALMOI_DOC_SECONDS": "soon"})
    assert bad.returncode == 2 and "MALMOI_DOC_SECONDS='soon' is not a number" in bad.stderr.decode()
    cut = run_env(["extract", str(page), "--quiet", "--jobs", "1"], {"MALMOI_MAX_BYTES": "300"})
    record = json.loads(cut.stdout)
    assert any("cut to the first 300" in w for w in record["warnings"])
    assert "MALMOI_MAX_BYTES (default 10,485,760): a document above" in settings.describe()


def run_env(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    import os

    return subprocess.run([sys.executable, "-m", "malmoi.cli", *args], capture_output=True, check=False,
                          env={**os.environ, **env})


def test_fold_a_store_twice_and_a_missing_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "m.db"
    assert main(["extract", str(EXAMPLES / "html"), "--db", str(db), "--quiet", "--jobs", "1", "-o", str(tmp_path / "r.jsonl")]) == 0
    capsys.readouterr()
    assert main(["fold", str(db)]) == 0
    assert "folded 9 new articles" in capsys.readouterr().err
    assert main(["fold", str(db)]) == 0
    assert "folded 0 new articles, 9 already folded" in capsys.readouterr().err
    assert main(["fold", str(tmp_path / "none.db")]) == 2
