"""The command line speaks the consultant's language: ``--lang``, else LC_ALL/LC_MESSAGES/LANG."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from cjm_designer.cli import main, take_language
from tests.conftest import EXAMPLE, REPO


@pytest.fixture
def english_environment(monkeypatch):
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def test_analyze_in_russian_with_lang_option(capsys, english_environment):
    assert main(["--lang", "ru", "analyze", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "Конверсия: 2,3\xa0%" in out
    assert "Рекомендации (финальный)" in out
    assert "Узкие места" in out and "Проблемы: " in out
    for english in ("Conversion", "Funnel from", "Bottlenecks", "legitimate", "Problems:"):
        assert english not in out


def test_lang_may_follow_the_command(capsys, english_environment):
    assert main(["analyze", str(EXAMPLE), "--lang=fi"]) == 0
    out = capsys.readouterr().out
    assert "Konversio: 2,3\xa0%" in out and "Pullonkaulat" in out


def test_analyze_follows_lang_environment(capsys, monkeypatch):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "fi_FI.UTF-8")
    assert main(["analyze", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "Suppilo vaiheesta" in out and "Konversio: 2,3\xa0%" in out
    monkeypatch.setenv("LC_ALL", "ru_RU.UTF-8")
    assert main(["analyze", str(EXAMPLE)]) == 0
    assert "Конверсия" in capsys.readouterr().out


def test_english_stays_as_it_was(capsys, english_environment):
    assert main(["analyze", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "Conversion: 2.3%" in out and "Рекомендации (final)" in out


def test_json_keeps_codes_and_adds_the_localized_message(capsys, english_environment):
    assert main(["analyze", str(EXAMPLE), "--json", "--lang", "ru"]) == 0
    data = json.loads(capsys.readouterr().out)
    cycle = next(p for p in data["problems"] if p["code"] == "cycle")
    assert cycle["message_code"] in ("analysis.loop", "analysis.referral-loop")
    assert "legitimate" in cycle["message"]  # the English text stays for scripts
    assert "это нормально" in cycle["localized"]
    assert data["funnel"]["conversion"] < 0.1  # numbers stay numbers


def test_unknown_language_is_a_usage_error(capsys, english_environment):
    assert main(["--lang", "de", "analyze", str(EXAMPLE)]) == 2
    assert "--lang" in capsys.readouterr().err


def test_take_language_leaves_new_its_own_lang():
    assert take_language(["--lang", "ru", "info", "x"]) == ("ru", ["info", "x"])
    assert take_language(["new", "--lang", "fi", "-o", "x"]) == (
        "fi",
        ["new", "--lang", "fi", "-o", "x"],
    )
    assert take_language(["info", "--", "--lang"]) == (None, ["info", "--", "--lang"])


def test_a_real_process_with_lang_set():
    env = {**os.environ, "LANG": "ru_RU.UTF-8", "PYTHONIOENCODING": "utf-8"}
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    done = subprocess.run(
        [sys.executable, "-m", "cjm_designer.cli", "analyze", str(EXAMPLE)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Конверсия: 2,3\xa0%" in done.stdout


BAD = (
    "cjm: 1\ntitle: x\nstages:\n  - {id: a, name: A}\n  - {id: b, name: B}\n"
    "transitions:\n  - {from: a, to: b, probability: -0.5}\n"
)


@pytest.mark.parametrize(
    ("language", "reason", "valid"),
    [
        ("en", "probability -0.5 is not between 0 and 1 (at transitions[0].probability)", "valid"),
        ("ru", "вероятность -0,5 не в диапазоне от 0 до 1 (в поле transitions[0].probability)",
         "без ошибок"),
        ("fi", "todennäköisyys -0,5 ei ole välillä 0–1 (kentässä transitions[0].probability)",
         "kelvollinen"),
    ],
)  # fmt: skip
def test_validate_reasons_in_each_language(
    tmp_path, capsys, english_environment, language, reason, valid
):
    bad = tmp_path / "bad.cjm.yaml"
    bad.write_text(BAD, encoding="utf-8")
    missing = tmp_path / "gone.cjm.yaml"
    assert main(["--lang", language, "validate", str(bad), str(EXAMPLE), str(missing)]) == 1
    out, err = capsys.readouterr()
    assert f"{bad}:7:35: {reason}" in err.splitlines()
    assert f"{EXAMPLE}: {valid}" in out.splitlines()
    if language != "en":
        assert "no such file" not in err


def test_info_in_russian(capsys, english_environment):
    assert main(["info", str(EXAMPLE), "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert "  точки контакта  40" in out.splitlines()
    assert "touchpoints" not in out


def test_save_error_and_load_warning_localize():
    from cjm_designer.io.atomic import describe_os_error
    from cjm_designer.io.errors import MapSaveError
    from cjm_designer.io.yaml_format import loads_map
    from cjm_designer.messages import localize

    error = MapSaveError("/x/map.cjm.yaml", describe_os_error(OSError(28, "No space")))
    assert str(error) == "/x/map.cjm.yaml: cannot save: the disk is full"
    assert localize(error, "ru") == "/x/map.cjm.yaml: не удалось сохранить: диск заполнен"
    warning = loads_map("cjm: 1\ntitle: x\ncolour: red\n", "m.yaml").warnings[0]
    assert str(warning) == "m.yaml:3:1: warning: unknown field 'colour' kept as it is (at colour)"
    assert localize(warning, "fi") == (
        "m.yaml:3:1: varoitus: tuntematon kenttä ”colour” säilytetään sellaisenaan (kentässä colour)"
    )


def test_help_is_translated(capsys, english_environment):
    with pytest.raises(SystemExit):
        main(["--lang", "ru", "analyze", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("использование: cjm-designer analyze")
    assert "позиционные аргументы:" in out and "показать эту справку и выйти" in out
    assert "учитывать только переходы и карточки этого сценария" in out
    for english in ("usage:", "options:", "show this help", "count only"):
        assert english not in out


def test_top_level_help_in_finnish_from_lang(capsys, monkeypatch):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "fi_FI.UTF-8")
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("käyttö: cjm-designer")
    assert "luettele sisäänrakennetut mallit" in out and "valitsimet:" in out


def test_usage_errors_are_translated(capsys, english_environment):
    with pytest.raises(SystemExit) as stop:
        main(["--lang", "ru", "analyze"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "cjm-designer analyze: ошибка: не указаны обязательные аргументы: MAP" in err


def test_english_help_is_unchanged(capsys, english_environment):
    with pytest.raises(SystemExit):
        main(["analyze", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: cjm-designer analyze")
    assert "count only this scenario's transitions and cards" in out


def test_diff_sentences_in_russian(tmp_path, capsys, english_environment):
    old = tmp_path / "a.cjm.yaml"
    new = tmp_path / "b.cjm.yaml"
    text = EXAMPLE.read_text(encoding="utf-8")
    old.write_text(text, encoding="utf-8")
    new.write_text(text.replace("name: Интерес\n", "name: Интерес к батончикам\n"), "utf-8")
    assert main(["diff", str(old), str(new), "--lang", "ru"]) == 1
    out = capsys.readouterr().out
    assert out == "Переименовано: этап «Интерес» → «Интерес к батончикам».\n"
    assert main(["diff", str(old), str(new)]) == 1
    assert capsys.readouterr().out == 'Stage "Интерес" renamed to "Интерес к батончикам".\n'


def test_plan_in_finnish(capsys, english_environment):
    assert main(["plan", str(EXAMPLE), "--lang", "fi"]) == 0
    out = capsys.readouterr().out
    assert "Mahdollisuudet (" in out and "arvokkain ensin" in out
    assert "%-yks. konversiota" in out and "Toimintasuunnitelma (" in out
    for english in ("Opportunities", "pts conversion", "Action plan", "customers/month"):
        assert english not in out
