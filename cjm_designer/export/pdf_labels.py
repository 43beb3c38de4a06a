"""Headings printed in a PDF, in the map's language (the workshop's), English otherwise."""

from __future__ import annotations

_LABELS: dict[str, dict[str, str]] = {
    "contents": {"ru": "Содержание", "fi": "Sisällys"},
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
    "assembly": "Assembly overview",
    "backstage": "backstage",
    "markers": "Markers",
    "swot": "SWOT",
    "notes": "Notes",
    "average": "Average of touchpoints",
    "changes": "Changes",
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
}


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
