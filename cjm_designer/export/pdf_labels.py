"""Headings printed in a PDF, in the map's language (the workshop's), English otherwise."""

from __future__ import annotations

_LABELS: dict[str, dict[str, str]] = {
    "contents": {"ru": "Содержание", "fi": "Sisällys"},
    "overview": {"ru": "Карта целиком", "fi": "Koko kartta"},
    "transitions": {"ru": "Переходы между этапами", "fi": "Siirtymät vaiheiden välillä"},
    "journey_end": {"ru": "уход с пути", "fi": "poistuu polulta"},
    "untitled": {"ru": "Карта пути клиента", "fi": "Asiakaspolkukartta"},
    "personas": {"ru": "Персоны", "fi": "Persoonat"},
    "persona": {"ru": "Персона", "fi": "Persoona"},
    "scenarios": {"ru": "Сценарии", "fi": "Skenaariot"},
    "scenario": {"ru": "Сценарий", "fi": "Skenaario"},
    "goals": {"ru": "Цели", "fi": "Tavoitteet"},
    "goal": {"ru": "Цель", "fi": "Tavoite"},
    "questions": {"ru": "Вопросы клиента", "fi": "Asiakkaan kysymykset"},
    "duration": {"ru": "Длительность", "fi": "Kesto"},
    "kpis": {"ru": "KPI", "fi": "Mittarit"},
    "touchpoints": {"ru": "Точки контакта", "fi": "Kosketuspisteet"},
    "actor": {"ru": "Кто", "fi": "Tekijä"},
    "owner": {"ru": "Ответственный", "fi": "Vastuuhenkilö"},
    "tools": {"ru": "Инструменты", "fi": "Työkalut"},
    "instructions": {"ru": "Инструкция", "fi": "Ohjeet"},
    "pains": {"ru": "Боли", "fi": "Kipupisteet"},
    "opportunities": {"ru": "Возможности", "fi": "Mahdollisuudet"},
    "top_votes": {"ru": "Больше всего голосов", "fi": "Eniten ääniä"},
    "comments": {"ru": "Комментарии", "fi": "Kommentit"},
    "emotion": {"ru": "Эмоция", "fi": "Tunne"},
    "emotional_curve": {"ru": "Эмоциональная кривая", "fi": "Tunnekäyrä"},
    "analysis": {"ru": "Анализ", "fi": "Analyysi"},
    "stages": {"ru": "Этапы", "fi": "Vaiheet"},
    "channels": {"ru": "Каналы", "fi": "Kanavat"},
    "legend": {"ru": "Легенда", "fi": "Selite"},
    "date": {"ru": "Дата", "fi": "Päivämäärä"},
    "votes": {"ru": "голосов", "fi": "ääntä"},
    "page": {"ru": "Стр.", "fi": "Sivu"},
    "all": {"ru": "все", "fi": "kaikki"},
    "row_col": {"ru": "ряд {row} / колонка {col}", "fi": "rivi {row} / sarake {col}"},
    "glue_hint": {
        "ru": "нахлёст {mm} мм: обрежьте по меткам, клейте на затенённую полосу",
        "fi": "limitys {mm} mm: leikkaa merkkien kohdalta, liimaa varjostetun kaistan päälle",
    },
    "assembly": {"ru": "Схема сборки", "fi": "Kokoamisohje"},
    "backstage": {"ru": "за кулисами", "fi": "kulissien takana"},
    "markers": {"ru": "Метки", "fi": "Merkit"},
    "swot": {"ru": "SWOT", "fi": "SWOT"},
    "notes": {"ru": "Заметки", "fi": "Muistiinpanot"},
    "average": {"ru": "Среднее по точкам контакта", "fi": "Kosketuspisteiden keskiarvo"},
    "changes": {"ru": "Изменения", "fi": "Muutokset"},
    "changes_since": {"ru": "По сравнению с «{name}»", "fi": "Verrattuna: {name}"},
    "no_changes": {"ru": "Изменений нет.", "fi": "Ei muutoksia."},
    "researched": {"ru": "исследовано", "fi": "tutkittu"},
    "assumed": {"ru": "предположение", "fi": "oletus"},
    "emotion_1": {"ru": "очень плохо", "fi": "erittäin huono"},
    "emotion_2": {"ru": "плохо", "fi": "huono"},
    "emotion_3": {"ru": "нейтрально", "fi": "neutraali"},
    "emotion_4": {"ru": "хорошо", "fi": "hyvä"},
    "emotion_5": {"ru": "очень хорошо", "fi": "erittäin hyvä"},
    "arrow_back": {"ru": "возврат", "fi": "paluu"},
    "arrow_exit": {"ru": "уход", "fi": "poistuminen"},
    "arrow_skip": {"ru": "пропуск этапов", "fi": "ohitus"},
    "arrow_referral": {"ru": "рекомендация", "fi": "suosittelu"},
    "funnel": {"ru": "Воронка", "fi": "Suppilo"},
    "conversion": {"ru": "Доходят до конца пути", "fi": "Päätyy polun loppuun"},
    "expected_days": {"ru": "Среднее время в пути", "fi": "Keskimääräinen kesto"},
    "stage": {"ru": "Этап", "fi": "Vaihe"},
    "reach": {"ru": "Доходят", "fi": "Tavoittaa"},
    "visits": {"ru": "Посещений на клиента", "fi": "Käyntejä asiakasta kohden"},
    "bottlenecks": {"ru": "Узкие места", "fi": "Pullonkaulat"},
    "transition": {"ru": "Переход", "fi": "Siirtymä"},
    "probability": {"ru": "Вероятность (сейчас → цель)", "fi": "Todennäköisyys (nyt → tavoite)"},
    "gain": {"ru": "Рост конверсии", "fi": "Konversion kasvu"},
    "funnel_missing": {
        "ru": "Воронка не посчитана: не у всех переходов указана вероятность.",
        "fi": "Suppiloa ei laskettu: kaikilla siirtymillä ei ole todennäköisyyttä.",
    },
    "funnel_none": {
        "ru": "Воронку по этой карте посчитать нельзя: проверьте переходы в редакторе.",
        "fi": "Suppiloa ei voi laskea tästä kartasta: tarkista siirtymät editorissa.",
    },
    "action_plan": {"ru": "План действий", "fi": "Toimintasuunnitelma"},
    "action": {"ru": "Действие", "fi": "Toimenpide"},
    "due": {"ru": "Срок", "fi": "Määräaika"},
    "status": {"ru": "Статус", "fi": "Tila"},
    "serves": {"ru": "Для чего", "fi": "Palvelee"},
    "status_todo": {"ru": "сделать", "fi": "tekemättä"},
    "status_doing": {"ru": "в работе", "fi": "työn alla"},
    "status_done": {"ru": "готово", "fi": "valmis"},
    "status_dropped": {"ru": "отменено", "fi": "hylätty"},
    "valued_opportunities": {
        "ru": "Возможности по ценности для воронки",
        "fi": "Mahdollisuudet arvon mukaan",
    },
    "opportunity": {"ru": "Возможность", "fi": "Mahdollisuus"},
    "impact_effort": {"ru": "Влияние / усилия", "fi": "Vaikutus / työmäärä"},
    "worth": {"ru": "Ценность", "fi": "Arvo"},
    "points": {"ru": "п.п. конверсии", "fi": "%-yks. konversiota"},
    "per_month": {"ru": "клиентов/мес.", "fi": "asiakasta/kk"},
    "quadrant_quick_win": {"ru": "быстрая победа", "fi": "nopea voitto"},
    "quadrant_big_bet": {"ru": "крупная ставка", "fi": "iso panostus"},
    "quadrant_fill_in": {"ru": "мелочь", "fi": "täydentävä"},
    "quadrant_money_pit": {"ru": "бездонная яма", "fi": "rahasyöppö"},
    "plan_vs_actual": {"ru": "План и факт", "fi": "Suunnitelma ja toteuma"},
    "impact_effort_matrix": {"ru": "Матрица «влияние × усилия»", "fi": "Vaikutus × työmäärä"},
    "impact": {"ru": "Влияние", "fi": "Vaikutus"},
    "effort": {"ru": "Усилия", "fi": "Työmäärä"},
    "pain": {"ru": "Боль", "fi": "Kipupiste"},
    "goals_kpis": {"ru": "Цели и KPI", "fi": "Tavoitteet ja mittarit"},
    "period": {"ru": "Период", "fi": "Jakso"},
    "planned_reach": {"ru": "Доходят по плану", "fi": "Tavoittaa (suunnitelma)"},
    "actual_reach": {"ru": "Доходят по факту", "fi": "Tavoittaa (toteuma)"},
}
_ENGLISH = {
    "contents": "Contents",
    "personas": "Personas",
    "persona": "Persona",
    "scenarios": "Scenarios",
    "scenario": "Scenario",
    "goals": "Goals",
    "goal": "Goal",
    "questions": "Customer questions",
    "duration": "Duration",
    "kpis": "KPIs",
    "touchpoints": "Touchpoints",
    "actor": "Who",
    "owner": "Owner",
    "tools": "Tools",
    "instructions": "Instructions",
    "pains": "Pains",
    "opportunities": "Opportunities",
    "top_votes": "Top votes",
    "comments": "Comments",
    "emotion": "Emotion",
    "emotional_curve": "Emotional curve",
    "analysis": "Analysis",
    "stages": "Stages",
    "channels": "Channels",
    "legend": "Legend",
    "date": "Date",
    "votes": "votes",
    "page": "Page",
    "all": "all",
    "row_col": "row {row} / column {col}",
    "untitled": "Customer journey map",
    "glue_hint": "overlap {mm} mm: trim at the marks, glue over the shaded strip",
    "assembly": "Assembly overview",
    "backstage": "backstage",
    "markers": "Markers",
    "swot": "SWOT",
    "notes": "Notes",
    "average": "Average of touchpoints",
    "changes": "Changes",
    "overview": "The whole map",
    "transitions": "Moves between stages",
    "journey_end": "leaves the journey",
    "changes_since": "Compared with “{name}”",
    "no_changes": "No changes.",
    "researched": "researched",
    "assumed": "assumed",
    "emotion_1": "very bad",
    "emotion_2": "bad",
    "emotion_3": "neutral",
    "emotion_4": "good",
    "emotion_5": "very good",
    "arrow_back": "back",
    "arrow_exit": "exit",
    "arrow_skip": "skip",
    "arrow_referral": "referral",
    "funnel": "Funnel",
    "conversion": "Reach the end of the journey",
    "expected_days": "Average time on the journey",
    "stage": "Stage",
    "reach": "Reach",
    "visits": "Visits per customer",
    "bottlenecks": "Bottlenecks",
    "transition": "Transition",
    "probability": "Probability (now → target)",
    "gain": "Conversion gain",
    "funnel_missing": "The funnel was not computed: not every transition has a probability.",
    "funnel_none": "The funnel cannot be computed for this map: check its transitions.",
    "action_plan": "Action plan",
    "action": "Action",
    "due": "Due",
    "status": "Status",
    "serves": "Serves",
    "status_todo": "to do",
    "status_doing": "in progress",
    "status_done": "done",
    "status_dropped": "dropped",
    "valued_opportunities": "Opportunities by their worth to the funnel",
    "opportunity": "Opportunity",
    "impact_effort": "Impact / effort",
    "worth": "Worth",
    "points": "pts conversion",
    "per_month": "customers/month",
    "quadrant_quick_win": "quick win",
    "quadrant_big_bet": "big bet",
    "quadrant_fill_in": "fill-in",
    "quadrant_money_pit": "money pit",
    "plan_vs_actual": "Plan versus actual",
    "impact_effort_matrix": "Impact × effort",
    "impact": "Impact",
    "effort": "Effort",
    "pain": "Pain",
    "goals_kpis": "Goals and KPIs",
    "period": "Period",
    "planned_reach": "Planned reach",
    "actual_reach": "Actual reach",
}


_COUNTED: dict[str, dict[str, tuple[str, ...]]] = {
    # CLDR plural categories: ru one/few/many, fi and en one/other.
    "votes": {
        "ru": ("{n} голос", "{n} голоса", "{n} голосов"),
        "fi": ("{n} ääni", "{n} ääntä"),
        "en": ("{n} vote", "{n} votes"),
    },
    "stages": {
        "ru": ("{n} этап", "{n} этапа", "{n} этапов"),
        "fi": ("{n} vaihe", "{n} vaihetta"),
        "en": ("{n} stage", "{n} stages"),
    },
    "touchpoints": {
        "ru": ("{n} точка контакта", "{n} точки контакта", "{n} точек контакта"),
        "fi": ("{n} kosketuspiste", "{n} kosketuspistettä"),
        "en": ("{n} touchpoint", "{n} touchpoints"),
    },
}


def plural_index(language: str | None, n: int) -> int:
    """The CLDR plural form of ``n``: Russian (and Ukrainian, Belarusian) one/few/many,
    every other shipped language one/other."""
    lang = (language or "en").split("-")[0].lower()
    n = abs(int(n))
    if lang in ("ru", "uk", "be"):
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 1


def counted(language: str | None, key: str, n: int) -> str:
    """ "3 голоса", "5 голосов", "1 ääni", "2 votes": a number with its noun agreeing."""
    lang = (language or "en").split("-")[0].lower()
    forms = _COUNTED[key].get(lang) or _COUNTED[key]["en"]
    index = plural_index(lang if lang in _COUNTED[key] else "en", n)
    return forms[min(index, len(forms) - 1)].format(n=n)


def labels(language: str | None):
    """A lookup ``t(key, **fields)`` for the map's language."""
    table = _LABELS
    lang = (language or "en").split("-")[0].lower()

    def t(key: str, **fields: object) -> str:
        text = table.get(key, {}).get(lang) or _ENGLISH[key]
        return text.format(**fields) if fields else text

    return t


def emotion_word(t, score: float | None) -> str:
    """The word for an emotion score (1 very bad .. 5 very good) through a ``labels`` lookup."""
    if score is None:
        return ""
    return t(f"emotion_{max(1, min(5, round(score)))}")
