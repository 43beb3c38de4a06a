"""The one English source text of every message code (the catalogues' msgids).

A code is ``layer.what`` and never changes meaning; the text may be improved (the
catalogues then mark the translation for review). Placeholders are ``str.format`` fields
named after what they hold; ``{stage!r}`` quotes a name as Python does, and a translation
may quote it its own way («{stage}»). Numbers take a spec (``{share:.1%}``,
``{days:.1f}``) and are written per locale. A :class:`Plural` picks its form by CLDR
rules from the value named by ``count``.

After changing this file run ``.venv/bin/python scripts/update_messages.py``, translate
the new entries in ``resources/messages/cjm_designer_{ru,fi}.po`` and run it again to
compile the ``.mo`` files (docs/i18n-and-accessibility.md).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Plural:
    """English singular and plural; other languages have as many forms as CLDR gives."""

    one: str
    other: str
    count: str = "count"


TEXTS: dict[str, str | Plural] = {
    # --- severities (labels in front of findings) ---------------------------------------
    "severity.error": "error",
    "severity.warning": "warning",
    "severity.info": "info",
    # --- model: broken invariants of a document (model.validation, entities) ------------
    "model.bad-id": "id {id!r} must be lowercase letters, digits, '-' or '_'",
    "model.unknown-persona": "unknown persona {id!r}",
    "model.unknown-scenario": "unknown scenario {id!r}",
    "model.unknown-stage": "unknown stage {id!r}",
    "model.unknown-channel": "unknown channel {id!r}",
    "model.unknown-row": "unknown row {id!r}",
    "model.unknown-touchpoint": "unknown touchpoint {id!r}",
    "model.emotion-range": "emotion {emotion} is not between 1 and 5",
    "model.width": "width must be positive",
    "model.negative-votes": "votes cannot be negative",
    "model.exit-only": "only an exit transition may omit 'to'",
    "model.probability-range": "probability {probability} is not between 0 and 1",
    "model.bad-duration": "duration {text!r} is not a number followed by one of min, h, d, w, "
    "mo (e.g. 3d)",
    # --- io: reading and saving files ---------------------------------------------------
    "io.located": "{where}: {message}",
    "io.located-warning": "{where}: warning: {message}",
    "io.at-field": "{message} (at {field})",
    "io.cannot-save": "{path}: cannot save: {reason}",
    "io.reason.disk-full": "the disk is full",
    "io.reason.quota": "the disk quota is exceeded",
    "io.reason.permission": "permission denied",
    "io.reason.not-permitted": "the operation is not permitted",
    "io.reason.read-only": "the disk is read-only",
    "io.reason.no-folder": "the folder does not exist",
    "io.reason.not-a-folder": "a part of the path is not a folder",
    "io.reason.folder-named": "a folder has that name",
    "io.reason.in-use": "the file is in use",
    "io.found.null": "nothing (null)",
    "io.found.boolean": "true/false ({value})",
    "io.found.mapping": "a mapping",
    "io.found.list": "a list",
    "io.found.text": "text {text!r}",
    "io.found.other": "{type} {value}",
    "io.expected-mapping": "expected a mapping (key: value lines), found {found}",
    "io.missing-field": "missing required field '{key}'",
    "io.must-be-text": "'{key}' must be text, found {found}",
    "io.must-be-integer": "'{key}' must be a whole number, found {found}",
    "io.must-be-between": "'{key}' must be between {lo} and {hi}, found {value}",
    "io.must-be-number": "'{key}' must be a number, found {found}",
    "io.must-be-boolean": "'{key}' must be true or false, found {found}",
    "io.must-be-texts": "'{key}' must be a list of texts, found {found}",
    "io.expected-text": "expected text, found {found}",
    "io.must-be-list": "'{key}' must be a list, found {found}",
    "io.must-be-one-of": "'{key}' must be one of {allowed}; found {value!r}",
    "io.unknown-field": "unknown field '{key}' kept as it is",
    "io.duplicate-id": "id {id!r} is already used at {where}",
    "io.duplicate-snapshot": "snapshot name {name!r} is used twice",
    "io.no-such-file": "no such file",
    "io.is-folder": "this is a folder, not a map file",
    "io.cannot-read": "cannot read the file: {reason}",
    "io.not-a-map-empty": "this is not a CJM Designer map: expected a mapping, found an empty file",
    "io.not-a-map-value": "this is not a CJM Designer map: expected a mapping, found a single "
    "value or list",
    "io.not-read": "the map could not be read",
    "io.no-format-key": "this is not a CJM Designer map: the first line should be '{key}: "
    "{version}'",
    "io.bad-format-key": "'{key}' must be a format number such as 1; found {value!r}",
    "io.newer-format": "the file was written by a newer CJM Designer (format {found}); this "
    "version reads format {version} and older. Update CJM Designer to edit it",
    "io.no-upgrade": "no upgrade is known from format {version}",
    "io.broken-utf16": "broken UTF-16 text: {reason}",
    "io.binary": "this is not a text file (binary data found); a map is a UTF-8 YAML text file",
    "io.cp1251": "the file is in the legacy Windows-1251 (Cyrillic) encoding; it was read as "
    "such and will be saved as UTF-8",
    "io.not-utf8": "the file is not UTF-8 text (byte 0x{byte} cannot be decoded); save it as "
    "UTF-8 and open it again",
    "io.too-deep": "the file nests deeper than {depth} levels; a map never does",
    "io.too-large": "the file is too large ({size:.0f} MB; the limit is {limit} MB)",
    "io.alias-bomb": "the file expands to too many values (YAML aliases); refused",
    "io.key-not-text": "a key must be plain text, not a list or mapping",
    "io.duplicate-key": "duplicate key '{key}'",
    "io.unsupported-tag": "unsupported YAML tag {tag!r}: a map holds plain text, numbers, lists "
    "and mappings",
    "io.yaml-tab": "YAML syntax error: a tab character is used for indentation; YAML needs spaces",
    "io.yaml-control": "the file contains control characters that a text file cannot hold",
    "io.yaml-context": "{problem} ({context} that starts at line {line}, column {column})",
    "io.yaml-syntax": "YAML syntax error: {problem}",
    "io.snapshot-issue": "{message} (at snapshot map.{path})",
    "io.snapshot-unreadable": "the snapshot could not be read",
    "io.cannot-read-kind": "{path}: cannot read this kind of file; known: {known}",
    "io.cannot-write-kind": "{path}: cannot write this kind of file; known: {known}",
    "io.no-template": "no template named {name!r}; available: {known}",
    "io.none": "none",
    # Mermaid journeys (io.mermaid)
    "io.mermaid.empty": "the file is empty: a Mermaid journey starts with 'journey'",
    "io.mermaid.front-matter": "the front matter is not valid YAML: {error}",
    "io.mermaid.front-matter-open": "the front matter that starts here has no closing '---' line",
    "io.mermaid.other-diagram": "this is a Mermaid '{kind}' diagram, not a 'journey'",
    "io.mermaid.expected-journey": "expected 'journey' as the first statement, found {found!r}",
    "io.mermaid.semicolon": "Mermaid does not allow ';' in a journey line; remove it or start "
    "a comment with '#' before it",
    "io.mermaid.second-journey": "'journey' appears a second time",
    "io.mermaid.section-name": "a section needs a name: 'section NAME'",
    "io.mermaid.section-colon": "a section name cannot contain ':' ({name!r})",
    "io.mermaid.not-a-line": "not a Mermaid journey line: expected 'section NAME' or 'task: "
    "score: actors', found {found!r}",
    "io.mermaid.task-name": "a task needs a name before ':'",
    "io.mermaid.score": "score {score!r} is not a whole number from {low} to {high}",
    # --- analysis: findings of cjm_designer.analysis.checks / report ------------------
    "analysis.probability-range": "transition {transition!r} has probability {probability}, "
    "outside 0..1",
    "analysis.probability-sum": "the ways out of stage {stage!r} add up to more than 1",
    "analysis.probability-sum-scenario": "the ways out of stage {stage!r} add up to more "
    "than 1 in scenario {scenario!r}",
    "analysis.no-probabilities": "no transition has a probability: give them to compute the funnel",
    "analysis.missing-probability": "transition {transition!r} has no probability, so the "
    "funnel cannot be computed",
    "analysis.implicit-path": "the map has no transitions: the stages' order is taken as a "
    "linear path",
    "analysis.unreachable-stage": "no transition leads from the entry stage {entry!r} to {stage!r}",
    "analysis.dead-end": "stage {stage!r} has no way on and is not marked final: add a "
    "transition or mark it final",
    "analysis.touchpoint-without-actions": "touchpoint {touchpoint!r} says nothing about "
    "what the customer or the company does there",
    "analysis.touchpoint-without-owner": "no action of touchpoint {touchpoint!r} has an owner",
    "analysis.empty-stage": "stage {name!r} has no touchpoints",
    "analysis.unused-channel": "channel {name!r} has no touchpoints",
    "analysis.persona-without-emotions": "persona {name!r} has no emotion at any stage",
    "analysis.backward-flow": "flow {flow!r} goes back from stage {source!r} to {target!r} "
    "but no transition leads that way",
    "analysis.referral-loop": "referral loop {path}: customers recommended at {source!r} "
    "enter at {target!r} and may recommend others in turn; this is legitimate and is what "
    "the referral multiplier counts",
    "analysis.loop": "loop {path}: customers can return from {source!r} to {target!r} and go "
    "round again; this is legitimate (the funnel counts the extra visits)",
    "analysis.more-loops": "more loops than the {limit} listed; the stage graph is densely "
    "connected",
    "analysis.endless-loop": "customers who reach {stages} can never leave nor finish: some "
    "way out must have a probability below 1",
    "analysis.referral-diverges": "each customer brings {radius:.3g} or more new customers, "
    "so referrals grow without limit: check the referral probabilities",
    "analysis.missing-duration": "stage {stage!r} has no duration, so the expected time is unknown",
    "analysis.unknown-scenario": "the map has no scenario {scenario!r}",
    # --- analysis: the terminal report (cjm-designer analyze) ---------------------------
    "report.title": "Analysis of {title}",
    "report.title-scenario": "Analysis of {title} (scenario {scenario})",
    "report.untitled": "untitled map",
    "report.funnel": "Funnel from {entry}: {status}",
    # The English status words are the JSON's status values, as the report always printed.
    "report.status.ok": "ok",
    "report.status.no-stages": "no-stages",
    "report.status.missing-probabilities": "missing-probabilities",
    "report.status.invalid-probabilities": "invalid-probabilities",
    "report.status.endless-loop": "endless-loop",
    "report.status.none": "none",
    "report.status.diverges": "diverges",
    "report.status.unavailable": "unavailable",
    "report.final": "{stage} (final)",
    "report.col.stage": "Stage",
    "report.col.reach": "Reach",
    "report.col.visits": "Visits",
    "report.conversion": "Conversion: {share}",
    "report.expected-time": "Expected time to a final stage: {time}",
    "report.days": "{days:.1f} days",
    "report.unknown": "unknown",
    "report.referral": "Referral multiplier: {multiplier:.3f} customers per customer "
    "(conversion with referrals {share})",
    "report.referral-status": "Referral multiplier: {status}",
    "report.missing": "Transitions without probability: {items}",
    "report.bottlenecks": "Bottlenecks (+10 points on one transition):",
    "report.col.transition": "Transition",
    "report.col.now": "Now",
    "report.col.improved": "Improved",
    "report.col.conversion": "Conversion",
    "report.gain": "+{points:.2f} pt",
    "report.scenarios": "Scenarios:",
    "report.col.scenario": "Scenario",
    "report.col.cards": "Cards",
    "report.col.time": "Time",
    "report.days-short": "{days:.1f} d",
    "report.coverage": "Coverage: {covered} of {cells} cells have cards",
    "report.lows": "Emotional lows of {persona}: {stages}",
    "report.problems": "Problems: {count}",
    "report.problem": "  {severity}: {code}: {message}",
    # --- the command line: what the commands print -------------------------------------
    "cli.exists": "{path}: already exists (use --force to overwrite)",
    "cli.new.done": "{path}: new map from template '{template}' ({language})",
    "cli.templates.no-stages": "(no stages)",
    "cli.valid": "{file}: valid",
    "cli.written": "{path}: written",
    "cli.info.title": "{file}: {title}",
    "cli.info.language": "language",
    "cli.info.personas": "personas",
    "cli.info.scenarios": "scenarios",
    "cli.info.channels": "channels",
    "cli.info.stages": "stages",
    "cli.info.touchpoints": "touchpoints",
    "cli.info.transitions": "transitions",
    "cli.info.flows": "flows",
    "cli.analyze.no-scenarios": "the map has none",
    "cli.analyze.unknown-scenario": "{file}: unknown scenario {scenario!r} ({choices})",
    # --- PDF and PowerPoint exports: headings in the map's language (export.pdf_labels) ---
    "pdf.contents": "Contents",
    "pdf.personas": "Personas",
    "pdf.persona": "Persona",
    "pdf.scenarios": "Scenarios",
    "pdf.scenario": "Scenario",
    "pdf.goals": "Goals",
    "pdf.goal": "Goal",
    "pdf.questions": "Customer questions",
    "pdf.duration": "Duration",
    "pdf.kpis": "KPIs",
    "pdf.touchpoints": "Touchpoints",
    "pdf.actor": "Who",
    "pdf.owner": "Owner",
    "pdf.tools": "Tools",
    "pdf.instructions": "Instructions",
    "pdf.pains": "Pains",
    "pdf.opportunities": "Opportunities",
    "pdf.top_votes": "Top votes",
    "pdf.comments": "Comments",
    "pdf.emotion": "Emotion",
    "pdf.emotional_curve": "Emotional curve",
    "pdf.analysis": "Analysis",
    "pdf.stages": "Stages",
    "pdf.channels": "Channels",
    "pdf.legend": "Legend",
    "pdf.date": "Date",
    "pdf.votes": "votes",
    "pdf.page": "Page",
    "pdf.all": "all",
    "pdf.row_col": "row {row} / column {col}",
    "pdf.untitled": "Customer journey map",
    "pdf.glue_hint": "overlap {mm} mm: trim at the marks, glue over the shaded strip",
    "pdf.assembly": "Assembly overview",
    "pdf.backstage": "backstage",
    "pdf.markers": "Markers",
    "pdf.swot": "SWOT",
    "pdf.notes": "Notes",
    "pdf.average": "Average of touchpoints",
    "pdf.changes": "Changes",
    "pdf.changes_since": "Compared with “{name}”",
    "pdf.no_changes": "No changes.",
    "pdf.researched": "researched",
    "pdf.assumed": "assumed",
    "pdf.emotion_1": "very bad",
    "pdf.emotion_2": "bad",
    "pdf.emotion_3": "neutral",
    "pdf.emotion_4": "good",
    "pdf.emotion_5": "very good",
    "pdf.arrow_back": "back",
    "pdf.arrow_exit": "exit",
    "pdf.arrow_skip": "skip",
    "pdf.arrow_referral": "referral",
    "pdf.funnel": "Funnel",
    "pdf.conversion": "Reach the end of the journey",
    "pdf.expected_days": "Average time on the journey",
    "pdf.stage": "Stage",
    "pdf.reach": "Reach",
    "pdf.visits": "Visits per customer",
    "pdf.bottlenecks": "Bottlenecks",
    "pdf.transition": "Transition",
    "pdf.probability": "Probability (now → target)",
    "pdf.gain": "Conversion gain",
    "pdf.funnel_missing": "The funnel was not computed: not every transition has a probability.",
    "pdf.funnel_none": "The funnel cannot be computed for this map: check its transitions.",
    "pdf.n-votes": Plural("{count} vote", "{count} votes"),
    "pdf.no_touchpoints": "No touchpoints in this stage yet.",
    "pdf.kind.poster": "Journey map poster",
    "pdf.kind.tiles": "Journey map poster in tiles",
    "pdf.kind.handout": "Workshop handout",
    "pdf.kind.blank": "Blank journey map grid",
    # --- layout and export options (PaperError, PdfOptionError, export warnings) ----------
    "layout.unknown-paper": "unknown paper size {spec!r}: use one of {names} or WIDTHxHEIGHT "
    "in mm (e.g. 500x700mm)",
    "layout.paper-range": "paper size {spec!r} must be between 10 mm and 10 m on each side",
    "layout.orientation": "orientation {orientation!r}: use one of {known}",
    "layout.overlap": "the overlap is too large for the sheet",
    "export.unknown-options": "unknown PDF option(s): {unknown}; known: {known}",
    "export.unknown-kind": "unknown PDF kind {kind!r}: use one of {known}",
    "export.margins": "margins must be between 0 and 100 mm",
    "export.overlap": "the tile overlap must be between 0 and 50 mm",
    "export.min-font": "the minimum font size must be between 1 and 20 pt",
    "export.no-persona": "no persona {id!r} in the map (personas: {known})",
    "export.no-scenario": "no scenario {id!r} in the map (scenarios: {known})",
    "export.small-text": "on {sheet} the smallest text is {size:.1f} pt, below the readable "
    "{limit} pt: print it as tiles (--kind tiles --poster-size A0) or on a larger sheet",
    "export.no-picture": "no picture of the map was given; the map slide is empty",
    "export.not-png": "the map picture is not a PNG image",
    "export.empty-picture": "the map picture is empty",
    "cli.cannot-write": "{path}: cannot write: {reason}",
    "cli.warning": "warning: {message}",
    "cli.export.no-extension": "a file without extension",
    "cli.export.unknown-format": "cannot export to {target}; known: {known}",
    "cli.export.kind.poster": "poster",
    "cli.export.kind.tiles": "tiles",
    "cli.export.kind.handout": "handout",
    "cli.export.kind.blank": "blank",
    "cli.export.pdf-done": Plural(
        "{path}: {kind}, {count} page(s)", "{path}: {kind}, {count} page(s)"
    ),
    "cli.export.png-done": "{path}: PNG, {width}×{height} pixels at {dpi} dpi",
    "cli.export.pptx-done": Plural(
        "{path}: PowerPoint, {count} slides", "{path}: PowerPoint, {count} slides"
    ),
}
