"""CSV and XLSX tables: round trips keep every card, imports build the grid, errors locate."""

from __future__ import annotations

from pathlib import Path

import pytest

from cjm_designer.cli import main
from cjm_designer.io.converters import read_any, write_any
from cjm_designer.io.errors import MapLoadError
from cjm_designer.io.tables import (
    COLUMNS,
    Table,
    csv_bytes,
    load_csv_table,
    load_xlsx_table,
    map_to_rows,
    parse_action,
    read_xlsx,
    split_list,
    table_to_map,
    template_rows,
    xlsx_bytes,
)
from cjm_designer.io.yaml_format import load_map
from cjm_designer.model import (
    Action,
    Channel,
    Comment,
    Insight,
    JourneyMap,
    Kind,
    Persona,
    Scenario,
    Stage,
    Touchpoint,
    check_map,
)
from cjm_designer.resources import example_map_path, resource_path

FORMATS = (".csv", ".xlsx")


def card_view(journey: JourneyMap, tp: Touchpoint) -> tuple:
    """Everything a table carries about a card, by names rather than ids."""
    names = {e.id: e.name for e in (*journey.personas, *journey.scenarios)}
    return (
        tp.id,
        journey.stage(tp.stage).name,
        journey.channel(tp.channel).name,
        tp.title,
        tp.description.strip(),
        tuple((a.actor, a.text, a.owner) for a in tp.actions),
        tp.emotion,
        # the table carries an insight's text and votes; its plan fields go to the Plan sheet
        tuple((i.text, i.votes, i.evidence) for i in tp.pains),
        tuple((i.text, i.votes, i.evidence) for i in tp.opportunities),
        tp.votes,
        tp.tags,
        tuple(names[p] for p in tp.personas),
        tuple(names[s] for s in tp.scenarios),
    )


def tricky_map() -> JourneyMap:
    journey = JourneyMap(title="Батончики", language="ru")
    journey.extend(Kind.PERSONA, [Persona("aristarkh", "Аристарх"), Persona("lyuda", "Люда")])
    journey.extend(Kind.SCENARIO, [Scenario("bez-otdela", "Без отдела продаж")])
    # "Почта" comes first in the map but is used only in the last stage.
    journey.extend(
        Kind.CHANNEL,
        [Channel("pochta", "Почта"), Channel("sait", "Сайт"), Channel("pusto", "Пустой канал")],
    )
    journey.extend(
        Kind.STAGE,
        [Stage("interes", "Интерес"), Stage("pauza", "Пауза"), Stage("lyubov", "Лояльность")],
    )
    journey.extend(
        Kind.TOUCHPOINT,
        [
            Touchpoint(
                "formula",
                "interes",
                "sait",
                "=СУММ(A1) — не формула",
                description="Первая строка\nвторая строка",
                actions=(
                    Action("Смотрит: цены и состав", actor=""),
                    Action("Пишет в чат | ждёт", actor="Клиент", owner=""),
                    Action("Отвечает за 5 минут", actor="Оператор", owner="Поддержка"),
                ),
                emotion=1,
                pains=(Insight("Дорого; и долго"),),
                opportunities=(Insight("Скидка новичкам", votes=3), Insight("Пробник")),
                personas=("lyuda", "aristarkh"),
                scenarios=("bez-otdela",),
                votes=7,
                tags=("цена", "чат"),
            ),
            Touchpoint(
                "pismo",
                "lyubov",
                "pochta",
                "Письмо с бонусом",
                actions=(
                    Action("Отправляет письмо", actor="CRM", owner="Маркетинг"),
                    Action("Открывает письмо", actor="Клиент", owner="Маркетинг"),
                ),
                emotion=None,
                tags=("удержание; бонусы",),
            ),
        ],
    )
    return journey


@pytest.mark.parametrize("suffix", FORMATS)
def test_example_map_round_trip_keeps_every_touchpoint(tmp_path, suffix):
    source = load_map(example_map_path())
    target = tmp_path / f"пример{suffix}"
    write_any(source, target)
    again = read_any(target)
    assert [s.name for s in again.stages] == [s.name for s in source.stages]
    assert [c.name for c in again.channels] == [c.name for c in source.channels]
    assert sorted(card_view(again, tp) for tp in again.touchpoints) == sorted(
        card_view(source, tp) for tp in source.touchpoints
    )
    assert len(again.touchpoints) == len(source.touchpoints) == 40
    assert check_map(again) == []


@pytest.mark.parametrize("suffix", FORMATS)
def test_tricky_cells_survive_a_round_trip(tmp_path, suffix):
    source = tricky_map()
    target = tmp_path / f"батончики{suffix}"
    write_any(source, target)
    again = read_any(target)
    assert [c.name for c in again.channels] == ["Почта", "Сайт", "Пустой канал"]
    assert [s.name for s in again.stages] == ["Интерес", "Пауза", "Лояльность"]
    assert [card_view(again, tp) for tp in again.touchpoints] == [
        card_view(source, tp) for tp in source.touchpoints
    ]
    first = again.touchpoints[0]
    assert first.title.startswith("=СУММ")
    assert first.pains == (Insight("Дорого; и долго"),)
    assert again.touchpoints[1].tags == ("удержание; бонусы",)


def test_rows_put_a_shared_owner_in_its_column_and_mixed_owners_on_lines():
    rows = map_to_rows(tricky_map())
    header = rows[0]
    assert header == list(COLUMNS)
    by_id = {row[header.index("id")]: row for row in rows[1:] if row[header.index("id")]}
    formula, letter = by_id["formula"], by_id["pismo"]
    assert formula[header.index("owner")] == ""
    assert formula[header.index("actions")] == (
        ": Смотрит: цены и состав\nКлиент: Пишет в чат | ждёт |\n"
        "Оператор: Отвечает за 5 минут | Поддержка"
    )
    assert letter[header.index("owner")] == "Маркетинг"
    assert letter[header.index("actions")] == "CRM: Отправляет письмо\nКлиент: Открывает письмо"
    assert formula[header.index("opportunities")] == "Скидка новичкам (+3)\nПробник"


def test_action_and_list_mini_syntax():
    assert parse_action("Клиент: звонит: уточняет адрес | Продажи") == Action(
        "звонит: уточняет адрес", actor="Клиент", owner="Продажи"
    )
    assert parse_action(": Время: 5 минут", "Склад") == Action("Время: 5 минут", owner="Склад")
    assert parse_action("Просто текст", "Склад") == Action("Просто текст", owner="Склад")
    assert parse_action("Клиент: а | б |", "Склад") == Action("а | б", actor="Клиент")
    assert split_list("цена; чат ;;  доставка ") == ["цена", "чат", "доставка"]
    assert split_list("один; два\nтри") == ["один; два", "три"]
    assert split_list("") == []


def write_semicolon_cp1251(path: Path, lines: list[str]) -> None:
    """What Russian Excel saves as "CSV": Windows-1251 and ';' between cells."""
    path.write_bytes("\r\n".join(lines).encode("cp1251"))


def test_import_builds_stages_and_channels_in_order_of_first_appearance(tmp_path):
    table = tmp_path / "точки.csv"
    write_semicolon_cp1251(
        table,
        [
            "Stage;Channel;Title;Emotion;Actions;Owner;Tags;Personas;Votes",
            'Интерес;Сайт;Каталог;3;Клиент: листает;Маркетинг;"витрина; каталог";Аристарх;2',
            'Желание;Почта;Письмо;;CRM: шлёт письмо | Маркетинг;;;"Люда; Аристарх";',
            "Интерес;Почта;Рассылка;4;;;;;",
            ";;;;;;;;",
            "Покупка;;;;;;;;",
        ],
    )
    journey = read_any(table)
    assert [s.name for s in journey.stages] == ["Интерес", "Желание", "Покупка"]
    assert [s.id for s in journey.stages] == ["interes", "zhelanie", "pokupka"]
    assert [c.name for c in journey.channels] == ["Сайт", "Почта"]
    assert [p.name for p in journey.personas] == ["Аристарх", "Люда"]
    catalog, letter, mailing = journey.touchpoints
    assert (catalog.stage, catalog.channel, catalog.emotion, catalog.votes) == (
        "interes",
        "sayt",
        3,
        2,
    )
    assert catalog.actions == (Action("листает", actor="Клиент", owner="Маркетинг"),)
    assert catalog.tags == ("витрина", "каталог")
    assert letter.emotion is None and letter.personas == ("lyuda", "aristarkh")
    assert mailing.stage == "interes" and mailing.channel == "pochta"
    assert journey.touchpoints_in("pokupka") == []
    assert check_map(journey) == []


def bad_table(column: str, value: str, at_row: int = 7) -> Table:
    rows = []
    for number in range(2, 9):
        row = {"stage": "Интерес", "channel": "Сайт", "title": f"Карточка {number}"}
        if number == at_row:
            row[column] = value
        rows.append([row.get(name, "") for name in COLUMNS])
    return Table(list(COLUMNS), rows, "точки.csv")


def test_bad_emotion_is_reported_at_its_row_and_column():
    with pytest.raises(MapLoadError) as caught:
        table_to_map(bad_table("emotion", "abc"))
    message = caught.value.first
    column = COLUMNS.index("emotion") + 1
    assert (message.location.line, message.location.column) == (7, column)
    assert message.location.field == "emotion"
    assert message.message.startswith("row 7, column G (emotion): 'abc' is not an emotion")
    assert str(message).startswith(f"точки.csv:7:{column}: row 7")


@pytest.mark.parametrize(
    ("column", "value", "words"),
    [
        ("emotion", "6", "'6' is not an emotion"),
        ("emotion", "2.5", "'2.5' is not an emotion"),
        ("votes", "-1", "not a count"),
        ("votes", "много", "not a count"),
        ("id", "Не Id", "is not an id"),
        ("id", "interes", "already names a stage"),
        ("title", "", "the title is empty"),
        ("owner", "Маркетинг", "has no action to own"),
    ],
)
def test_bad_values_name_row_and_column(column, value, words):
    table = bad_table(column, value, at_row=5)
    if column == "title":
        table.rows[3][COLUMNS.index("emotion")] = "3"
    with pytest.raises(MapLoadError) as caught:
        table_to_map(table)
    message = caught.value.first
    assert message.location.line == 5
    assert message.location.field == column
    assert words in message.message


def test_missing_columns_are_named_and_unknown_ones_refused():
    table = Table(["Title", "Emotions", "stage", ""], [["Каталог", "3", "Интерес", ""]], "t.csv")
    with pytest.raises(MapLoadError) as caught:
        table_to_map(table)
    messages = [str(m) for m in caught.value.messages]
    assert "unknown column 'Emotions'" in messages[0]
    assert caught.value.messages[0].location.column == 2
    assert "missing required column: channel" in messages[1]
    assert caught.value.messages[1].location.line == 1


def test_every_bad_row_is_reported_and_a_repeated_id_is_caught():
    rows = [
        ["Интерес", "Сайт", "А", "", "", "", "x", "", "", "", "", "", "", "a"],
        ["Интерес", "Сайт", "Б", "", "", "", "", "", "", "", "", "", "", "a"],
    ]
    with pytest.raises(MapLoadError) as caught:
        table_to_map(Table(list(COLUMNS), rows, "t.csv"))
    assert [(m.location.line, m.location.field) for m in caught.value.messages] == [
        (2, "emotion"),
        (3, "id"),
    ]


def test_xlsx_errors_are_located_too(tmp_path):
    rows = [["stage", "channel", "title", "emotion"], ["Интерес", "Сайт", "Каталог", "плохо"]]
    path = tmp_path / "точки.xlsx"
    path.write_bytes(xlsx_bytes(rows))
    with pytest.raises(MapLoadError) as caught:
        read_xlsx(path)
    assert caught.value.first.message.startswith("row 2, column D (emotion)")


def test_a_file_that_is_not_a_workbook_is_refused_clearly(tmp_path):
    fake = tmp_path / "fake.xlsx"
    fake.write_text("stage,channel,title\n", encoding="utf-8")
    with pytest.raises(MapLoadError, match="not an XLSX workbook"):
        load_xlsx_table(fake)


def test_merge_by_id_keeps_what_a_table_cannot_hold():
    base = load_map(example_map_path())
    target = base.touchpoints[0]
    base.replace(
        Kind.TOUCHPOINT,
        Touchpoint(**{**_fields(target), "comments": (Comment("Аня", "2024-05-01", "Проверить"),)}),
    )
    rows = [
        [target.id, base.stage(target.stage).name, base.channel(target.channel).name, "Новое", "5"],
        ["", "Новая стадия", "Новый канал", "Новая карточка", ""],
    ]
    table = Table(["id", "stage", "channel", "title", "emotion"], rows, "правки.csv")
    merged = table_to_map(table, base)
    changed = merged.touchpoint(target.id)
    assert (changed.title, changed.emotion) == ("Новое", 5)
    assert changed.comments[0].text == "Проверить"
    assert changed.actions == target.actions
    assert len(merged.touchpoints) == len(base.touchpoints) + 1
    assert merged.stages[-1].name == "Новая стадия"
    assert base.touchpoint(target.id).title == target.title


def _fields(tp: Touchpoint) -> dict:
    return {name: getattr(tp, name) for name in Touchpoint.__dataclass_fields__}


def test_shipped_templates_match_the_generator_and_import():
    csv_file = resource_path("templates-tables", "touchpoints-template.csv")
    xlsx_file = resource_path("templates-tables", "touchpoints-template.xlsx")
    assert csv_file.read_bytes() == csv_bytes(template_rows())
    as_text = [["" if v is None else str(v) for v in row] for row in template_rows()]
    loaded = load_xlsx_table(xlsx_file)
    assert [loaded.header, *loaded.rows] == as_text
    assert [load_csv_table(csv_file).header, *load_csv_table(csv_file).rows] == as_text
    for path in (csv_file, xlsx_file):
        journey = read_any(path)
        assert [s.name for s in journey.stages] == ["Awareness", "Purchase", "Loyalty"]
        assert len(journey.touchpoints) == 2
        assert journey.touchpoints[1].actions[1].owner == "Sales"


def test_cli_converts_yaml_to_xlsx_to_csv_to_yaml(tmp_path, capsys):
    xlsx = tmp_path / "пример.xlsx"
    csv_file = tmp_path / "пример.csv"
    back = tmp_path / "пример.cjm.yaml"
    source = str(example_map_path())
    assert main(["convert", source, "-o", str(xlsx)]) == 0
    assert main(["convert", str(xlsx), "-o", str(csv_file)]) == 0
    assert main(["convert", str(csv_file), "-o", str(back)]) == 0
    assert len(load_map(back).touchpoints) == 40
    bad = tmp_path / "bad.csv"
    bad.write_text("stage,title\nИнтерес,Каталог\n", encoding="utf-8")
    assert main(["convert", str(bad), "-o", str(tmp_path / "x.cjm.yaml")]) == 1
    assert "missing required column: channel" in capsys.readouterr().err


def test_xlsx_export_has_the_plan_sheet(tmp_path):
    from openpyxl import load_workbook

    from cjm_designer.io.plan_table import PLAN_COLUMNS, PLAN_SHEET_NAME

    source = load_map(example_map_path())
    target = tmp_path / "plan.xlsx"
    write_any(source, target)
    sheet = load_workbook(target)[PLAN_SHEET_NAME]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == PLAN_COLUMNS
    assert len(rows) == 1 + len(source.plan) >= 6
    first = dict(zip(PLAN_COLUMNS, rows[1], strict=True))
    assert first["id"] == source.plan[0].id and first["status"] == source.plan[0].status.value
    assert first["opportunity"].startswith("Показывать «цену перекуса")
    assert first["impact"] == 4 and first["change"] == 0.1
    assert len(read_any(target).touchpoints) == 40  # the plan sheet does not confuse import


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".mmd", ".cjm.yaml"])
def test_every_reader_says_a_missing_file_or_a_folder_in_the_same_words(tmp_path, suffix):
    """Import and open name the file and say "no such file" / "a folder", not the raw
    system error; one reading path serves all of them."""
    import cjm_designer.io.mermaid  # noqa: F401  (registers its reader)
    from cjm_designer.io.converters import READERS

    read = READERS[suffix]
    missing = tmp_path / f"gone{suffix}"
    with pytest.raises(MapLoadError) as caught:
        read(missing)
    assert caught.value.first.location.file == str(missing)
    assert caught.value.localized("en").endswith("no such file")
    folder = tmp_path / f"folder{suffix}"
    folder.mkdir()
    with pytest.raises(MapLoadError) as caught:
        read(folder)
    assert caught.value.localized("en").endswith("this is a folder, not a map file")
