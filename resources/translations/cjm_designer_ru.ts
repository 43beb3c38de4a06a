<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Touchpoint “{title}” in stage {stage}, channel {channel}</source>
            <translation>Точка контакта «{title}»: этап {stage}, канал {channel}</translation>
        </message>
        <message>
            <source>Stage {name}</source>
            <translation>Этап {name}</translation>
        </message>
        <message>
            <source>Channel {name}</source>
            <translation>Канал {name}</translation>
        </message>
        <message>
            <source>Selected: {id}</source>
            <translation>Выделено: {id}</translation>
        </message>
        <message>
            <source>Journey map canvas</source>
            <translation>Холст карты пути клиента</translation>
        </message>
        <message>
            <source>Nothing selected. Alt+arrow keys move between cards.</source>
            <translation>Ничего не выделено. Alt+стрелки — переход между карточками.</translation>
        </message>
        <message>
            <source>{count} items selected</source>
            <translation>Выделено элементов: {count}</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Zoom level</source>
            <translation>Масштаб</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Создать…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Открыть…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>Со&amp;хранить</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Сохранить &amp;как…</translation>
        </message>
        <message>
            <source>&amp;Revert to Saved</source>
            <translation>&amp;Вернуть сохранённое</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Закрыть</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Недавние</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Вы&amp;резать</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Копировать</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>Вст&amp;авить</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>&amp;Дублировать</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>Выделить &amp;всё</translation>
        </message>
        <message>
            <source>Select All in &amp;Stage</source>
            <translation>Выделить всё на &amp;этапе</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <source>Re&amp;name</source>
            <translation>Переи&amp;меновать</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;Увеличить</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>У&amp;меньшить</translation>
        </message>
        <message>
            <source>&amp;Fit Map</source>
            <translation>&amp;Вся карта</translation>
        </message>
        <message>
            <source>&amp;Actual Size (100%)</source>
            <translation>&amp;Реальный размер (100%)</translation>
        </message>
        <message>
            <source>Add &amp;Stage</source>
            <translation>Добавить &amp;этап</translation>
        </message>
        <message>
            <source>Add &amp;Channel</source>
            <translation>Добавить &amp;канал</translation>
        </message>
        <message>
            <source>Add &amp;Touchpoint</source>
            <translation>Добавить &amp;точку контакта</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>&amp;Панели</translation>
        </message>
        <message>
            <source>&amp;Insert</source>
            <translation>&amp;Вставка</translation>
        </message>
        <message>
            <source>No recent maps</source>
            <translation>Нет недавних карт</translation>
        </message>
        <message>
            <source>Clear List</source>
            <translation>Очистить список</translation>
        </message>
    </context>
    <context>
        <name>Analysis</name>
        <message>
            <source>{value} months</source>
            <translation>{value} мес.</translation>
        </message>
        <message>
            <source>{value} days</source>
            <translation>{value} дн.</translation>
        </message>
        <message>
            <source>{value} hours</source>
            <translation>{value} ч</translation>
        </message>
        <message>
            <source>(leaves)</source>
            <translation>(уход)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Conversion</source>
            <translation>Конверсия</translation>
        </message>
        <message>
            <source>Expected time</source>
            <translation>Ожидаемое время</translation>
        </message>
        <message>
            <source>Referral multiplier</source>
            <translation>Множитель рекомендаций</translation>
        </message>
        <message>
            <source>No duration at: {stages}</source>
            <translation>Не указана длительность: {stages}</translation>
        </message>
        <message>
            <source>Referrals without a probability: {items}</source>
            <translation>Рекомендации без вероятности: {items}</translation>
        </message>
        <message>
            <source>Referrals grow without limit: check their probabilities.</source>
            <translation>Рекомендации растут без предела: проверьте их вероятности.</translation>
        </message>
        <message>
            <source>Add stages to see the funnel.</source>
            <translation>Добавьте этапы, чтобы увидеть воронку.</translation>
        </message>
        <message>
            <source>The stages have no transitions yet: draw them between stages and give each a probability to compute the funnel.</source>
            <translation>Между этапами пока нет переходов: нарисуйте их и задайте каждому вероятность, чтобы рассчитать воронку.</translation>
        </message>
        <message>
            <source>Give these transitions a probability to compute the funnel: {items}</source>
            <translation>Задайте вероятность этим переходам, чтобы рассчитать воронку: {items}</translation>
        </message>
        <message>
            <source>Probabilities are outside 0–100% or add up to more than 100% at: {items}</source>
            <translation>Вероятности вне диапазона 0–100% или в сумме больше 100%: {items}</translation>
        </message>
        <message>
            <source>Customers who reach {items} can never leave nor finish: some way out must have a probability below 100%.</source>
            <translation>Клиенты, дошедшие до {items}, не могут ни уйти, ни завершить путь: у какого-то выхода вероятность должна быть ниже 100%.</translation>
        </message>
        <message>
            <source>The funnel cannot be computed ({status}).</source>
            <translation>Воронку рассчитать нельзя ({status}).</translation>
        </message>
    </context>
    <context>
        <name>AnalysisDock</name>
        <message>
            <source>Analysis</source>
            <translation>Анализ</translation>
        </message>
        <message>
            <source>Tint Stages by &amp;Reach</source>
            <translation>Окрасить этапы по &amp;охвату</translation>
        </message>
        <message>
            <source>Colour each stage column by the share of customers who reach it</source>
            <translation>Окрасить столбец каждого этапа по доле клиентов, которые до него доходят</translation>
        </message>
        <message>
            <source>Scenario:</source>
            <translation>Сценарий:</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>Воронка</translation>
        </message>
        <message>
            <source>Transition</source>
            <translation>Переход</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Сейчас</translation>
        </message>
        <message>
            <source>+10 points</source>
            <translation>+10 п.п.</translation>
        </message>
        <message>
            <source>Conversion</source>
            <translation>Конверсия</translation>
        </message>
        <message>
            <source>Gain</source>
            <translation>Прирост</translation>
        </message>
        <message>
            <source>Bottlenecks</source>
            <translation>Узкие места</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>Сценарии</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Покрытие</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>Посетители</translation>
        </message>
        <message>
            <source>Planned reach</source>
            <translation>Доходят по плану</translation>
        </message>
        <message>
            <source>Actual reach</source>
            <translation>Доходят по факту</translation>
        </message>
        <message>
            <source>Planned conversion</source>
            <translation>Плановая конверсия</translation>
        </message>
        <message>
            <source>Actual conversion</source>
            <translation>Фактическая конверсия</translation>
        </message>
        <message>
            <source>Plan vs. actual</source>
            <translation>План и факт</translation>
        </message>
        <message>
            <source>All transitions</source>
            <translation>Все переходы</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Обновление…</translation>
        </message>
        <message>
            <source>Analysis failed: {message}</source>
            <translation>Ошибка анализа: {message}</translation>
        </message>
        <message>
            <source>Bottlenecks appear once the funnel can be computed.</source>
            <translation>Узкие места появятся, когда воронку можно будет рассчитать.</translation>
        </message>
        <message>
            <source>What conversion becomes if 10 more of every 100 customers at a stage take this way instead of leaving. Click a row to select the transition.</source>
            <translation>Какой станет конверсия, если ещё 10 из каждых 100 клиентов на этапе пойдут этим путём, а не уйдут. Щёлкните строку, чтобы выделить переход.</translation>
        </message>
        <message>
            <source>The map has no scenarios. Add some (e.g. with and without a sales team) to compare them here.</source>
            <translation>В карте нет сценариев. Добавьте их (например, с отделом продаж и без него), чтобы сравнить здесь.</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Точки контакта</translation>
        </message>
        <message>
            <source>Transitions</source>
            <translation>Переходы</translation>
        </message>
        <message>
            <source>Expected time</source>
            <translation>Ожидаемое время</translation>
        </message>
        <message>
            <source>Referral multiplier</source>
            <translation>Множитель рекомендаций</translation>
        </message>
        <message>
            <source>Reach: {stage}</source>
            <translation>Охват: {stage}</translation>
        </message>
        <message>
            <source>not computable</source>
            <translation>не вычисляется</translation>
        </message>
        <message>
            <source>No measurements yet: Plan &gt; Import Measurements… reads them from a table.</source>
            <translation>Измерений пока нет: «План &gt; Импорт измерений…» читает их из таблицы.</translation>
        </message>
        <message>
            <source>The plan's figures appear once the funnel can be computed.</source>
            <translation>Плановые цифры появятся, когда воронку можно будет рассчитать.</translation>
        </message>
        <message>
            <source>Reach: share of those who entered in the period. Conversion: conversions of the stage's visitors, beside the chance to convert from that stage.</source>
            <translation>Доходят: доля вошедших за период. Конверсия: доля посетителей этапа, ставших клиентами, рядом с плановой вероятностью конверсии с этого этапа.</translation>
        </message>
        <message>
            <source>reach {value}</source>
            <translation>охват {value}</translation>
        </message>
    </context>
    <context>
        <name>BoardMode</name>
        <message>
            <source>&amp;Board Mode</source>
            <translation>Режим &amp;доски</translation>
        </message>
        <message>
            <source>Only the map: hide every panel and toolbar</source>
            <translation>Только карта: скрыть все панели и панели инструментов</translation>
        </message>
    </context>
    <context>
        <name>Canvas</name>
        <message>
            <source>Move card</source>
            <translation>Перемещение карточки</translation>
        </message>
        <message numerus="yes">
            <source>Move %n card(s)</source>
            <translation>
                <numerusform>Перемещение %n карточки</numerusform>
                <numerusform>Перемещение %n карточек</numerusform>
                <numerusform>Перемещение %n карточек</numerusform>
            </translation>
        </message>
        <message>
            <source>Move stage</source>
            <translation>Перемещение этапа</translation>
        </message>
        <message>
            <source>Move channel</source>
            <translation>Перемещение канала</translation>
        </message>
        <message>
            <source>Resize stage</source>
            <translation>Изменение ширины этапа</translation>
        </message>
        <message>
            <source>Add transition</source>
            <translation>Добавление перехода</translation>
        </message>
        <message>
            <source>Add flow</source>
            <translation>Добавление связи</translation>
        </message>
        <message>
            <source>Change emotion</source>
            <translation>Изменение эмоции</translation>
        </message>
        <message>
            <source>back</source>
            <translation>назад</translation>
        </message>
        <message>
            <source>skip</source>
            <translation>пропуск</translation>
        </message>
        <message>
            <source>referral</source>
            <translation>рекомендация</translation>
        </message>
        <message>
            <source>exit</source>
            <translation>уход</translation>
        </message>
        <message>
            <source>Line of visibility</source>
            <translation>Линия видимости</translation>
        </message>
        <message>
            <source>Emotions</source>
            <translation>Эмоции</translation>
        </message>
        <message>
            <source>Pains</source>
            <translation>Боли</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Возможности</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Вопросы</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n item(s)</source>
            <translation>
                <numerusform>Удаление %n элемента</numerusform>
                <numerusform>Удаление %n элементов</numerusform>
                <numerusform>Удаление %n элементов</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit card title</source>
            <translation>Изменение названия карточки</translation>
        </message>
        <message>
            <source>Rename stage</source>
            <translation>Переименование этапа</translation>
        </message>
        <message>
            <source>Rename channel</source>
            <translation>Переименование канала</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Вставка</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Дублирование</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>Новый этап</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Добавление этапа</translation>
        </message>
        <message>
            <source>New channel</source>
            <translation>Новый канал</translation>
        </message>
        <message>
            <source>Add channel</source>
            <translation>Добавление канала</translation>
        </message>
        <message>
            <source>New touchpoint</source>
            <translation>Новая точка контакта</translation>
        </message>
        <message>
            <source>Add touchpoint</source>
            <translation>Добавление точки контакта</translation>
        </message>
        <message>
            <source>Goals and KPIs</source>
            <translation>Цели и KPI</translation>
        </message>
    </context>
    <context>
        <name>CompareMenus</name>
        <message>
            <source>Save S&amp;napshot…</source>
            <translation>Сохранить с&amp;нимок…</translation>
        </message>
        <message>
            <source>Sna&amp;pshots…</source>
            <translation>Сни&amp;мки…</translation>
        </message>
        <message>
            <source>Co&amp;mpare With File…</source>
            <translation>С&amp;равнить с файлом…</translation>
        </message>
        <message>
            <source>Show &amp;Evidence Markers</source>
            <translation>Показывать метки &amp;доказательности</translation>
        </message>
        <message>
            <source>Only &amp;Researched</source>
            <translation>Только &amp;исследованное</translation>
        </message>
        <message>
            <source>Fade every card that research does not back</source>
            <translation>Приглушить карточки, не подтверждённые исследованием</translation>
        </message>
        <message>
            <source>Cannot open map</source>
            <translation>Не удаётся открыть карту</translation>
        </message>
        <message>
            <source>“{name}” could not be opened:</source>
            <translation>Не удалось открыть «{name}»:</translation>
        </message>
    </context>
    <context>
        <name>CompareWindow</name>
        <message>
            <source>Compare: {old} → {new}</source>
            <translation>Сравнение: {old} → {new}</translation>
        </message>
        <message>
            <source>Before: {title}</source>
            <translation>До: {title}</translation>
        </message>
        <message>
            <source>After: {title}</source>
            <translation>После: {title}</translation>
        </message>
        <message>
            <source>The two maps are the same.</source>
            <translation>Карты одинаковы.</translation>
        </message>
        <message>
            <source>{count} changes</source>
            <translation>Изменений: {count}</translation>
        </message>
        <message>
            <source>Emotional curves</source>
            <translation>Эмоциональные кривые</translation>
        </message>
        <message>
            <source>Funnels</source>
            <translation>Воронки</translation>
        </message>
    </context>
    <context>
        <name>CoverageHeatMap</name>
        <message>
            <source>{stage} × {channel}: {count} touchpoints</source>
            <translation>{stage} × {channel}: точек контакта — {count}</translation>
        </message>
        <message>
            <source>Add stages and channels to see where the touchpoints are.</source>
            <translation>Добавьте этапы и каналы, чтобы увидеть, где расположены точки контакта.</translation>
        </message>
    </context>
    <context>
        <name>DockTitleBar</name>
        <message>
            <source>Float</source>
            <translation>Открепить</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
    </context>
    <context>
        <name>Duration</name>
        <message>
            <source>min</source>
            <translation>мин</translation>
        </message>
        <message>
            <source>h</source>
            <translation>ч</translation>
        </message>
        <message>
            <source>d</source>
            <translation>дн.</translation>
        </message>
        <message>
            <source>wk</source>
            <translation>нед.</translation>
        </message>
        <message>
            <source>mo</source>
            <translation>мес.</translation>
        </message>
    </context>
    <context>
        <name>EmotionOverlayChart</name>
        <message>
            <source>Neither map has personas with emotion scores.</source>
            <translation>Ни в одной из карт нет персон с оценками эмоций.</translation>
        </message>
        <message>
            <source>dashed: {old}   solid: {new}</source>
            <translation>пунктир: {old}   сплошная: {new}</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <source>interview</source>
            <translation>интервью</translation>
        </message>
        <message>
            <source>analytics</source>
            <translation>аналитика</translation>
        </message>
        <message>
            <source>survey</source>
            <translation>опрос</translation>
        </message>
        <message>
            <source>observation</source>
            <translation>наблюдение</translation>
        </message>
        <message>
            <source>other</source>
            <translation>другое</translation>
        </message>
        <message>
            <source>Not marked as researched or assumed</source>
            <translation>Не отмечено ни как исследованное, ни как предположение</translation>
        </message>
        <message>
            <source>Researched</source>
            <translation>Подтверждено исследованием</translation>
        </message>
        <message>
            <source>Assumed</source>
            <translation>Предположение</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Доказательность</translation>
        </message>
        <message>
            <source>Backed by</source>
            <translation>Основание</translation>
        </message>
        <message>
            <source>not marked</source>
            <translation>не отмечено</translation>
        </message>
        <message>
            <source>research</source>
            <translation>исследование</translation>
        </message>
        <message>
            <source>assumption</source>
            <translation>предположение</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Evidence note</source>
            <translation>Примечание об источнике</translation>
        </message>
        <message>
            <source>e.g. 12 customer interviews, May</source>
            <translation>например, 12 интервью с клиентами, май</translation>
        </message>
    </context>
    <context>
        <name>ExportFiles</name>
        <message>
            <source>All files (*)</source>
            <translation>Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>Journey maps (*.cjm.yaml *.yaml *.yml)</source>
            <translation>Карты пути клиента (*.cjm.yaml *.yaml *.yml)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Все файлы (*)</translation>
        </message>
        <message>
            <source>Open Map</source>
            <translation>Открыть карту</translation>
        </message>
        <message>
            <source>Save Map As</source>
            <translation>Сохранить карту как</translation>
        </message>
    </context>
    <context>
        <name>HistoryDock</name>
        <message>
            <source>Undo History</source>
            <translation>История отмены</translation>
        </message>
        <message>
            <source>&lt;opened map&gt;</source>
            <translation>&lt;открытая карта&gt;</translation>
        </message>
    </context>
    <context>
        <name>ImageExport</name>
        <message>
            <source>Export PNG</source>
            <translation>Экспорт в PNG</translation>
        </message>
        <message>
            <source> dpi</source>
            <translation> dpi</translation>
        </message>
        <message>
            <source>96 dpi for screens and slides, 300 dpi for print</source>
            <translation>96 dpi — для экрана и слайдов, 300 dpi — для печати</translation>
        </message>
        <message>
            <source>&amp;Resolution:</source>
            <translation>&amp;Разрешение:</translation>
        </message>
        <message>
            <source>Picture size:</source>
            <translation>Размер изображения:</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Экспортировать…</translation>
        </message>
        <message>
            <source>{w} × {h} pixels ({cw:.0f} × {ch:.0f} cm printed at this resolution)</source>
            <translation>{w} × {h} пикселей ({cw:.0f} × {ch:.0f} см при печати с этим разрешением)</translation>
        </message>
        <message>
            <source>PNG pictures (*.png)</source>
            <translation>Изображения PNG (*.png)</translation>
        </message>
        <message>
            <source>Cannot export PNG</source>
            <translation>Не удаётся экспортировать PNG</translation>
        </message>
        <message>
            <source>The picture was not written: {reason}</source>
            <translation>Изображение не записано: {reason}</translation>
        </message>
        <message>
            <source>Exported a {w}×{h} picture to {path}</source>
            <translation>Изображение {w}×{h} экспортировано в {path}</translation>
        </message>
        <message>
            <source>Export SVG</source>
            <translation>Экспорт в SVG</translation>
        </message>
        <message>
            <source>SVG pictures (*.svg)</source>
            <translation>Изображения SVG (*.svg)</translation>
        </message>
        <message>
            <source>Cannot export SVG</source>
            <translation>Не удаётся экспортировать SVG</translation>
        </message>
        <message>
            <source>Exported {name}</source>
            <translation>Экспортировано: {name}</translation>
        </message>
        <message>
            <source>the selection</source>
            <translation>выделение</translation>
        </message>
        <message>
            <source>the map</source>
            <translation>карта</translation>
        </message>
        <message>
            <source>Copied {what} as a {w}×{h} picture.</source>
            <translation>{what}: скопировано как изображение {w}×{h}.</translation>
        </message>
    </context>
    <context>
        <name>ImportExport</name>
        <message>
            <source>&amp;Mermaid Journey…</source>
            <translation>Путь &amp;Mermaid…</translation>
        </message>
        <message>
            <source>Mermaid journeys (*.mmd)</source>
            <translation>Пути Mermaid (*.mmd)</translation>
        </message>
        <message>
            <source>&amp;CSV Table…</source>
            <translation>Таблица &amp;CSV…</translation>
        </message>
        <message>
            <source>CSV tables (*.csv)</source>
            <translation>Таблицы CSV (*.csv)</translation>
        </message>
        <message>
            <source>E&amp;xcel Workbook…</source>
            <translation>Книга E&amp;xcel…</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Книги Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Импорт</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Экспорт</translation>
        </message>
        <message>
            <source>&amp;PDF…</source>
            <translation>&amp;PDF…</translation>
        </message>
        <message>
            <source>P&amp;NG Picture…</source>
            <translation>Изображение P&amp;NG…</translation>
        </message>
        <message>
            <source>&amp;SVG Picture…</source>
            <translation>Изображение &amp;SVG…</translation>
        </message>
        <message>
            <source>Power&amp;Point Slides…</source>
            <translation>Слайды Power&amp;Point…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Печать…</translation>
        </message>
        <message>
            <source>Copy as &amp;Image</source>
            <translation>Копировать как &amp;изображение</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <source>Cannot import</source>
            <translation>Не удаётся импортировать</translation>
        </message>
        <message>
            <source>“{name}” could not be imported:</source>
            <translation>Не удалось импортировать «{name}»:</translation>
        </message>
        <message>
            <source>Imported {name}; save it as a map to keep it.</source>
            <translation>Импортировано: {name}; сохраните как карту, чтобы не потерять.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>Cannot export</source>
            <translation>Не удаётся экспортировать</translation>
        </message>
        <message>
            <source>“{name}” was not written:</source>
            <translation>Файл «{name}» не записан:</translation>
        </message>
        <message>
            <source>Exported {path}</source>
            <translation>Экспортировано: {path}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Zoom</source>
            <translation>Масштаб</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Без названия</translation>
        </message>
        <message>
            <source> (read-only)</source>
            <translation> (только чтение)</translation>
        </message>
        <message>
            <source>Cannot open map</source>
            <translation>Не удаётся открыть карту</translation>
        </message>
        <message>
            <source>“{name}” could not be opened:</source>
            <translation>Не удалось открыть «{name}»:</translation>
        </message>
        <message>
            <source>Opened with {count} notes: {first}</source>
            <translation>Открыто, замечаний: {count}. Первое: {first}</translation>
        </message>
        <message>
            <source>Cannot save map</source>
            <translation>Не удаётся сохранить карту</translation>
        </message>
        <message>
            <source>The map was not saved: {reason}</source>
            <translation>Карта не сохранена: {reason}</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Сохранено: {path}</translation>
        </message>
        <message>
            <source>The clipboard does not hold journey map items.</source>
            <translation>В буфере обмена нет элементов карты пути клиента.</translation>
        </message>
        <message>
            <source>Add a stage and a channel first: a card sits in their cell.</source>
            <translation>Сначала добавьте этап и канал: карточка располагается в их ячейке.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Несохранённые изменения</translation>
        </message>
        <message>
            <source>Save the changes to “{name}” before closing?</source>
            <translation>Сохранить изменения в «{name}» перед закрытием?</translation>
        </message>
        <message>
            <source>Your changes will be lost if you don't save them.</source>
            <translation>Если не сохранить изменения, они будут потеряны.</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Вернуть</translation>
        </message>
        <message>
            <source>Discard all changes to “{name}” and reload it from disk?</source>
            <translation>Отменить все изменения в «{name}» и загрузить файл с диска заново?</translation>
        </message>
    </context>
    <context>
        <name>NewMapDialog</name>
        <message>
            <source>New Map from Template</source>
            <translation>Новая карта из шаблона</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Этапы</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Создать</translation>
        </message>
        <message>
            <source>No template selected</source>
            <translation>Шаблон не выбран</translation>
        </message>
        <message>
            <source>(an empty grid: add your own stages)</source>
            <translation>(пустая сетка: добавьте свои этапы)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Channels: {names}</source>
            <translation>Каналы: {names}</translation>
        </message>
    </context>
    <context>
        <name>OutlineDock</name>
        <message>
            <source>Outline</source>
            <translation>Структура</translation>
        </message>
        <message>
            <source>(untitled card)</source>
            <translation>(карточка без названия)</translation>
        </message>
        <message>
            <source>(leaves)</source>
            <translation>(уход)</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Этапы</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Каналы</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Персоны</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>Сценарии</translation>
        </message>
        <message>
            <source>Transitions</source>
            <translation>Переходы</translation>
        </message>
    </context>
    <context>
        <name>OverviewDock</name>
        <message>
            <source>Overview</source>
            <translation>Обзор</translation>
        </message>
    </context>
    <context>
        <name>PaletteDock</name>
        <message>
            <source>Insert</source>
            <translation>Вставка</translation>
        </message>
    </context>
    <context>
        <name>PaletteList</name>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>A new column of the journey</source>
            <translation>Новый столбец пути клиента</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>A new swimlane: a site, a shop, a phone</source>
            <translation>Новая дорожка: сайт, магазин, телефон</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>Точка контакта</translation>
        </message>
        <message>
            <source>A card in a stage and channel</source>
            <translation>Карточка на пересечении этапа и канала</translation>
        </message>
        <message>
            <source>{hint}. Drag onto the map or double-click.</source>
            <translation>{hint}. Перетащите на карту или дважды щёлкните.</translation>
        </message>
    </context>
    <context>
        <name>PdfDialog</name>
        <message>
            <source>Poster (whole map, read from across the room)</source>
            <translation>Плакат (вся карта, читается через весь зал)</translation>
        </message>
        <message>
            <source>Poster in tiles (sheets to glue together)</source>
            <translation>Плакат по частям (листы для склейки)</translation>
        </message>
        <message>
            <source>Workshop handout (a page per stage)</source>
            <translation>Раздаточный материал (страница на этап)</translation>
        </message>
        <message>
            <source>Blank grid for sticky notes</source>
            <translation>Пустая сетка для стикеров</translation>
        </message>
        <message>
            <source>Emotions</source>
            <translation>Эмоции</translation>
        </message>
        <message>
            <source>Pains</source>
            <translation>Боли</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Возможности</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Вопросы</translation>
        </message>
        <message>
            <source>Custom rows</source>
            <translation>Выбранные строки</translation>
        </message>
        <message>
            <source>Print Map</source>
            <translation>Печать карты</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Экспорт в PDF</translation>
        </message>
        <message>
            <source>Default (chosen to read at distance; A4 for sheets)</source>
            <translation>По умолчанию (чтобы читалось издали; A4 для листов)</translation>
        </message>
        <message>
            <source>A size name or width×height, for example 500x700mm</source>
            <translation>Название формата или ширина×высота, например 500x700mm</translation>
        </message>
        <message>
            <source>Automatic (reads at distance)</source>
            <translation>Автоматически (читается издалека)</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Автоматически</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Книжная</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Альбомная</translation>
        </message>
        <message>
            <source>All personas</source>
            <translation>Все персоны</translation>
        </message>
        <message>
            <source>All scenarios</source>
            <translation>Все сценарии</translation>
        </message>
        <message>
            <source>Greyscale (for black-and-white printers)</source>
            <translation>Оттенки серого (для чёрно-белых принтеров)</translation>
        </message>
        <message>
            <source> in</source>
            <translation> дюйм.</translation>
        </message>
        <message>
            <source> mm</source>
            <translation> мм</translation>
        </message>
        <message>
            <source>Rows under the grid</source>
            <translation>Строки под сеткой</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Вид:</translation>
        </message>
        <message>
            <source>&amp;Sheet size:</source>
            <translation>&amp;Размер листа:</translation>
        </message>
        <message>
            <source>Poster si&amp;ze:</source>
            <translation>Размер пла&amp;ката:</translation>
        </message>
        <message>
            <source>&amp;Orientation:</source>
            <translation>&amp;Ориентация:</translation>
        </message>
        <message>
            <source>&amp;Persona:</source>
            <translation>&amp;Персона:</translation>
        </message>
        <message>
            <source>Sc&amp;enario:</source>
            <translation>С&amp;ценарий:</translation>
        </message>
        <message>
            <source>&amp;Margins:</source>
            <translation>&amp;Поля:</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Нет</translation>
        </message>
        <message>
            <source>For a print shop: bleed around the poster with crop marks (3 mm is usual)</source>
            <translation>Для типографии: вылеты вокруг плаката и метки обреза (обычно 3 мм)</translation>
        </message>
        <message>
            <source>&amp;Bleed:</source>
            <translation>&amp;Вылеты:</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Печать…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Экспортировать…</translation>
        </message>
        <message>
            <source>Updating the preview…</source>
            <translation>Обновление предпросмотра…</translation>
        </message>
        <message>
            <source>No preview</source>
            <translation>Нет предпросмотра</translation>
        </message>
        <message>
            <source>{w:.1f}×{h:.1f} in</source>
            <translation>{w:.1f}×{h:.1f} дюйм.</translation>
        </message>
        <message>
            <source>{w:.0f}×{h:.0f} mm</source>
            <translation>{w:.0f}×{h:.0f} мм</translation>
        </message>
        <message>
            <source>Page 1 of {pages}, {size}</source>
            <translation>Страница 1 из {pages}, {size}</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Документы PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Запись {name}…</translation>
        </message>
        <message>
            <source>PDF export cancelled; no file was written.</source>
            <translation>Экспорт в PDF отменён; файл не записан.</translation>
        </message>
        <message>
            <source>Cannot export PDF</source>
            <translation>Не удаётся экспортировать PDF</translation>
        </message>
        <message>
            <source>The PDF was not written: {reason}</source>
            <translation>PDF не записан: {reason}</translation>
        </message>
        <message>
            <source>Exported {pages} page(s) to {path}</source>
            <translation>Страниц экспортировано: {pages}, файл {path}</translation>
        </message>
        <message>
            <source>PDF exported with notes</source>
            <translation>PDF экспортирован с замечаниями</translation>
        </message>
        <message>
            <source>The PDF was written; please check these notes:</source>
            <translation>PDF записан; проверьте замечания:</translation>
        </message>
        <message>
            <source>Stage goals and KPIs</source>
            <translation>Цели и KPI этапов</translation>
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message>
            <source>Import Measurements</source>
            <translation>Импорт измерений</translation>
        </message>
        <message>
            <source>Tables (*.csv *.xlsx);;All files (*)</source>
            <translation>Таблицы (*.csv *.xlsx);;Все файлы (*)</translation>
        </message>
        <message>
            <source>P&amp;lan</source>
            <translation>П&amp;лан</translation>
        </message>
        <message>
            <source>Impact × &amp;Effort Matrix</source>
            <translation>Матрица «влияние × &amp;усилия»</translation>
        </message>
        <message>
            <source>&amp;Opportunities and Action Plan</source>
            <translation>&amp;Возможности и план действий</translation>
        </message>
        <message>
            <source>&amp;Votes to Impact</source>
            <translation>&amp;Голоса во влияние</translation>
        </message>
        <message>
            <source>&amp;Scenarios and Rows…</source>
            <translation>&amp;Сценарии и строки…</translation>
        </message>
        <message>
            <source>&amp;Import Measurements…</source>
            <translation>&amp;Импорт измерений…</translation>
        </message>
        <message>
            <source>Show Stage &amp;Goals and KPIs</source>
            <translation>Показать &amp;цели и KPI этапов</translation>
        </message>
        <message>
            <source>The table was not imported:</source>
            <translation>Таблица не импортирована:</translation>
        </message>
        <message>
            <source>Import measurements</source>
            <translation>Импорт измерений</translation>
        </message>
        <message>
            <source>Name of a new one</source>
            <translation>Название нового</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Переименовать…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Add scenario</source>
            <translation>Добавить сценарий</translation>
        </message>
        <message>
            <source>Add row</source>
            <translation>Добавить строку</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Переименовать</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Новое название:</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>Edit row text</source>
            <translation>Изменить текст строки</translation>
        </message>
        <message>
            <source>Scenarios and Rows</source>
            <translation>Сценарии и строки</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>Сценарии</translation>
        </message>
        <message>
            <source>Custom rows</source>
            <translation>Свои строки</translation>
        </message>
        <message>
            <source>Quick wins</source>
            <translation>Быстрые победы</translation>
        </message>
        <message>
            <source>Big bets</source>
            <translation>Крупные ставки</translation>
        </message>
        <message>
            <source>Fill-ins</source>
            <translation>Мелочи</translation>
        </message>
        <message>
            <source>Money pits</source>
            <translation>Бездонные ямы</translation>
        </message>
        <message>
            <source>Impact and effort matrix</source>
            <translation>Матрица влияния и усилий</translation>
        </message>
        <message>
            <source>Impact →</source>
            <translation>Влияние →</translation>
        </message>
        <message>
            <source>Effort →</source>
            <translation>Усилия →</translation>
        </message>
        <message>
            <source>Not placed yet: drag onto the grid</source>
            <translation>Ещё не размещены: перетащите на сетку</translation>
        </message>
        <message>
            <source>+%1 more (filter by stage)</source>
            <translation>ещё %1 (отфильтруйте по этапу)</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Боль</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>Возможность</translation>
        </message>
        <message>
            <source>Impact %1, effort %2</source>
            <translation>Влияние %1, усилия %2</translation>
        </message>
        <message>
            <source>Place in matrix</source>
            <translation>Разместить в матрице</translation>
        </message>
        <message>
            <source>Take out of matrix</source>
            <translation>Убрать из матрицы</translation>
        </message>
        <message>
            <source>Impact × Effort</source>
            <translation>Влияние × усилия</translation>
        </message>
        <message>
            <source>Show the items of a persona</source>
            <translation>Показать пункты персоны</translation>
        </message>
        <message>
            <source>Show the items of a stage</source>
            <translation>Показать пункты этапа</translation>
        </message>
        <message>
            <source>Pains and opportunities</source>
            <translation>Боли и возможности</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Возможности</translation>
        </message>
        <message>
            <source>Pains</source>
            <translation>Боли</translation>
        </message>
        <message>
            <source>Votes → impact</source>
            <translation>Голоса → влияние</translation>
        </message>
        <message>
            <source>Give unplaced voted items an impact in proportion to their votes</source>
            <translation>Дать неразмещённым пунктам с голосами влияние пропорционально голосам</translation>
        </message>
        <message>
            <source>All personas</source>
            <translation>Все персоны</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>Все этапы</translation>
        </message>
        <message>
            <source>Votes to impact</source>
            <translation>Голоса во влияние</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>Сделать</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>В работе</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Готово</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Отменено</translation>
        </message>
        <message>
            <source>%1 pts</source>
            <translation>%1 п.п.</translation>
        </message>
        <message>
            <source>%1/month</source>
            <translation>%1/мес.</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>План</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>План действий</translation>
        </message>
        <message>
            <source>Worth</source>
            <translation>Ценность</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Влияние</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Усилия</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Голоса</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Action plan: %1</source>
            <translation>План действий: %1</translation>
        </message>
        <message>
            <source>overdue: %1</source>
            <translation>просрочено: %1</translation>
        </message>
        <message>
            <source>plan: done %1 of %2</source>
            <translation>план: готово %1 из %2</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>Посетители</translation>
        </message>
        <message>
            <source>Planned reach</source>
            <translation>Доходят по плану</translation>
        </message>
        <message>
            <source>Actual reach</source>
            <translation>Доходят по факту</translation>
        </message>
        <message>
            <source>Planned conversion</source>
            <translation>Плановая конверсия</translation>
        </message>
        <message>
            <source>Actual conversion</source>
            <translation>Фактическая конверсия</translation>
        </message>
        <message>
            <source>Plan vs. actual</source>
            <translation>План и факт</translation>
        </message>
        <message>
            <source>The transition (or stage exit) this opportunity changes</source>
            <translation>Переход (или уход с этапа), который меняет эта возможность</translation>
        </message>
        <message>
            <source> pts</source>
            <translation> п.п.</translation>
        </message>
        <message>
            <source>Expected change of that probability, in percentage points</source>
            <translation>Ожидаемое изменение этой вероятности в процентных пунктах</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Связать</translation>
        </message>
        <message>
            <source>Link the chosen opportunity to the funnel</source>
            <translation>Связать выбранную возможность с воронкой</translation>
        </message>
        <message>
            <source>Add action for it</source>
            <translation>Добавить действие</translation>
        </message>
        <message>
            <source>Not linked</source>
            <translation>Не связана</translation>
        </message>
        <message>
            <source>exit</source>
            <translation>уход</translation>
        </message>
        <message>
            <source>Leaving at %1</source>
            <translation>Уход на этапе %1</translation>
        </message>
        <message>
            <source>%1 of %2 opportunities are linked to the funnel.</source>
            <translation>%1 из %2 возможностей связаны с воронкой.</translation>
        </message>
        <message>
            <source>Link opportunity</source>
            <translation>Связать возможность</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Добавить действие</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Serves</source>
            <translation>Для чего</translation>
        </message>
        <message>
            <source>Delete action</source>
            <translation>Удалить действие</translation>
        </message>
        <message>
            <source>Write the due date as YYYY-MM-DD, e.g. %1</source>
            <translation>Укажите срок в виде ГГГГ-ММ-ДД (YYYY-MM-DD), например %1</translation>
        </message>
        <message>
            <source>An action needs a text.</source>
            <translation>У действия должен быть текст.</translation>
        </message>
        <message>
            <source>Edit action</source>
            <translation>Изменить действие</translation>
        </message>
        <message>
            <source>Change action status</source>
            <translation>Изменить статус действия</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Новое действие</translation>
        </message>
        <message>
            <source>No measurements: Plan &gt; Import Measurements…</source>
            <translation>Измерений нет: План &gt; Импорт измерений…</translation>
        </message>
    </context>
    <context>
        <name>PptxExport</name>
        <message>
            <source>Export PowerPoint</source>
            <translation>Экспорт в PowerPoint</translation>
        </message>
        <message>
            <source>PowerPoint presentations (*.pptx)</source>
            <translation>Презентации PowerPoint (*.pptx)</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Запись {name}…</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Экспорт отменён; файл не записан.</translation>
        </message>
        <message>
            <source>Cannot export PowerPoint</source>
            <translation>Не удаётся экспортировать в PowerPoint</translation>
        </message>
        <message>
            <source>The presentation was not written: {reason}</source>
            <translation>Презентация не записана: {reason}</translation>
        </message>
        <message>
            <source>Exported {slides} slides to {path}</source>
            <translation>Слайдов экспортировано: {slides}, файл {path}</translation>
        </message>
    </context>
    <context>
        <name>Print</name>
        <message>
            <source>Print Map</source>
            <translation>Печать карты</translation>
        </message>
        <message>
            <source>Preparing pages…</source>
            <translation>Подготовка страниц…</translation>
        </message>
        <message>
            <source>Cannot print</source>
            <translation>Не удаётся напечатать</translation>
        </message>
        <message>
            <source>The pages could not be prepared: {reason}</source>
            <translation>Не удалось подготовить страницы: {reason}</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Печать…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Printing cancelled.</source>
            <translation>Печать отменена.</translation>
        </message>
        <message>
            <source>Sent {pages} page(s) to the printer.</source>
            <translation>Страниц отправлено на принтер: {pages}.</translation>
        </message>
    </context>
    <context>
        <name>ProblemsBadge</name>
        <message numerus="yes">
            <source>⚠ %n problem(s)</source>
            <translation>
                <numerusform>⚠ %n проблема</numerusform>
                <numerusform>⚠ %n проблемы</numerusform>
                <numerusform>⚠ %n проблем</numerusform>
            </translation>
        </message>
        <message>
            <source>✓ No problems</source>
            <translation>✓ Проблем нет</translation>
        </message>
        <message>
            <source>Errors: {errors} · warnings: {warnings} · hints: {hints}</source>
            <translation>Ошибки: {errors} · предупреждения: {warnings} · подсказки: {hints}</translation>
        </message>
        <message>
            <source>Click to show the list</source>
            <translation>Нажмите, чтобы показать список</translation>
        </message>
    </context>
    <context>
        <name>ProblemsDock</name>
        <message>
            <source>Problems</source>
            <translation>Проблемы</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Проблема</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Где</translation>
        </message>
        <message>
            <source>Problems ({count})</source>
            <translation>Проблемы ({count})</translation>
        </message>
        <message>
            <source>(leaves)</source>
            <translation>(уход)</translation>
        </message>
        <message>
            <source>Problems ({count}) · hints ({hints})</source>
            <translation>Проблемы ({count}) · подсказки ({hints})</translation>
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>Экспорт</translation>
        </message>
    </context>
    <context>
        <name>PropertiesDock</name>
        <message>
            <source>Properties</source>
            <translation>Свойства</translation>
        </message>
        <message>
            <source>{count} items selected</source>
            <translation>Выделено элементов: {count}</translation>
        </message>
        <message>
            <source>Select one item to edit its properties.</source>
            <translation>Выделите один элемент, чтобы изменить его свойства.</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Карта</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>Точка контакта</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Transition</source>
            <translation>Переход</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Персона</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Сценарий</translation>
        </message>
        <message>
            <source>Action flow</source>
            <translation>Поток действий</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Строка</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Untitled map</source>
            <translation>Карта без названия</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Следующий пересмотр</translation>
        </message>
        <message>
            <source>{stages} stages, {channels} channels, {cards} touchpoints</source>
            <translation>Этапов: {stages}, каналов: {channels}, точек контакта: {cards}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Business goal</source>
            <translation>Бизнес-цель</translation>
        </message>
        <message>
            <source>Customer questions</source>
            <translation>Вопросы клиента</translation>
        </message>
        <message>
            <source>One question per line</source>
            <translation>По одному вопросу в строке</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Длительность</translation>
        </message>
        <message>
            <source>e.g. 3d, 2w, 1mo</source>
            <translation>например, 3d, 2w, 1mo</translation>
        </message>
        <message>
            <source>KPIs</source>
            <translation>KPI</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Цель</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Add KPI</source>
            <translation>Добавить KPI</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Emotions</source>
            <translation>Эмоции</translation>
        </message>
        <message>
            <source>Add a persona to record how they feel in this stage.</source>
            <translation>Добавьте персону, чтобы отметить её чувства на этом этапе.</translation>
        </message>
        <message>
            <source>SWOT</source>
            <translation>SWOT</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Сильные стороны</translation>
        </message>
        <message>
            <source>Weaknesses</source>
            <translation>Слабые стороны</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Возможности</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>Угрозы</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>Эмоция</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>не задано</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Голоса</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Персоны</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>Сценарии</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <source>comma, separated</source>
            <translation>через, запятую</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Действия</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Исполнитель</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>Инструменты</translation>
        </message>
        <message>
            <source>Instructions</source>
            <translation>Инструкции</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Добавить действие</translation>
        </message>
        <message>
            <source>Pains</source>
            <translation>Боли</translation>
        </message>
        <message>
            <source>Add pain</source>
            <translation>Добавить боль</translation>
        </message>
        <message>
            <source>Add opportunity</source>
            <translation>Добавить возможность</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Digital</source>
            <translation>Цифровой</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Офлайн</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Люди</translation>
        </message>
        <message>
            <source>Backstage</source>
            <translation>Закулисье</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Цвет</translation>
        </message>
        <message>
            <source>Icon</source>
            <translation>Значок</translation>
        </message>
        <message>
            <source>icon name</source>
            <translation>имя значка</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Откуда</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Куда</translation>
        </message>
        <message>
            <source>(leaves)</source>
            <translation>(уход)</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Вперёд</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Пропуск</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Рекомендация</translation>
        </message>
        <message>
            <source>Exit</source>
            <translation>Уход</translation>
        </message>
        <message>
            <source>Probability</source>
            <translation>Вероятность</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>не указана</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Подпись</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Цели</translation>
        </message>
        <message>
            <source>One goal per line</source>
            <translation>По одной цели в строке</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Сегмент</translation>
        </message>
        <message>
            <source>New customers</source>
            <translation>Новые клиенты</translation>
        </message>
        <message>
            <source>Returning customers</source>
            <translation>Постоянные клиенты</translation>
        </message>
        <message>
            <source>Lapsed customers</source>
            <translation>Уходящие клиенты</translation>
        </message>
        <message>
            <source>Lost customers</source>
            <translation>Потерянные клиенты</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <source>Edit {field}</source>
            <translation>Изменение: {field}</translation>
        </message>
        <message>
            <source>Remove action</source>
            <translation>Удалить действие</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Выше</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Ниже</translation>
        </message>
        <message>
            <source>Reorder actions</source>
            <translation>Изменить порядок действий</translation>
        </message>
        <message>
            <source>Edit action</source>
            <translation>Изменить действие</translation>
        </message>
        <message>
            <source>Remove pain</source>
            <translation>Удалить боль</translation>
        </message>
        <message>
            <source>Reorder pains</source>
            <translation>Изменить порядок болей</translation>
        </message>
        <message>
            <source>Edit pain</source>
            <translation>Изменить боль</translation>
        </message>
        <message>
            <source>Remove opportunity</source>
            <translation>Удалить возможность</translation>
        </message>
        <message>
            <source>Reorder opportunities</source>
            <translation>Изменить порядок возможностей</translation>
        </message>
        <message>
            <source>Edit opportunity</source>
            <translation>Изменить возможность</translation>
        </message>
        <message>
            <source>(no text)</source>
            <translation>(без текста)</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>unknown time</source>
            <translation>время неизвестно</translation>
        </message>
        <message>
            <source>never saved (untitled)</source>
            <translation>ни разу не сохранялась (без названия)</translation>
        </message>
        <message>
            <source>Recover unsaved work</source>
            <translation>Восстановление несохранённой работы</translation>
        </message>
        <message>
            <source>CJM Designer did not close normally last time. These maps had changes that were not saved; choose what to do with each. 'Later' keeps the copy and asks again at the next start.</source>
            <translation>В прошлый раз CJM Designer завершился некорректно. В этих картах были несохранённые изменения; выберите, что сделать с каждой. «Позже» сохраняет копию и спросит снова при следующем запуске.</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Карта</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Unsaved copy from</source>
            <translation>Несохранённая копия от</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Без названия</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Восстановить</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Отбросить</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Позже</translation>
        </message>
    </context>
    <context>
        <name>Reliability</name>
        <message>
            <source>another program</source>
            <translation>другой программе</translation>
        </message>
        <message>
            <source>another window of CJM Designer</source>
            <translation>другом окне CJM Designer</translation>
        </message>
        <message>
            <source>CJM Designer (process {pid}) on {host}</source>
            <translation>CJM Designer (процесс {pid}) на {host}</translation>
        </message>
        <message>
            <source>Map already open</source>
            <translation>Карта уже открыта</translation>
        </message>
        <message>
            <source>{name} is already open in {owner}.</source>
            <translation>{name} уже открыт в {owner}.</translation>
        </message>
        <message>
            <source>Open it read-only to look without changing it, or take over to edit it here. After a take-over the other copy can no longer save over this file.</source>
            <translation>Откройте только для чтения, чтобы посмотреть без изменений, или перехватите, чтобы редактировать здесь. После перехвата другая копия больше не сможет сохранять поверх этого файла.</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Открыть для чтения</translation>
        </message>
        <message>
            <source>Take over</source>
            <translation>Перехватить</translation>
        </message>
        <message>
            <source>Map changed on disk</source>
            <translation>Карта изменена на диске</translation>
        </message>
        <message>
            <source>{name} was changed by another program or person.</source>
            <translation>{name} изменён другой программой или другим человеком.</translation>
        </message>
        <message>
            <source>You also have unsaved changes here. Reload to see their version and lose yours, or keep yours (saving will then replace their version).</source>
            <translation>Здесь у вас тоже есть несохранённые изменения. Загрузите заново, чтобы увидеть их версию и потерять свою, или оставьте свою (тогда при сохранении их версия будет заменена).</translation>
        </message>
        <message>
            <source>Reload to see the new version?</source>
            <translation>Загрузить новую версию?</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Загрузить заново</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Оставить мою</translation>
        </message>
        <message>
            <source>{name} was changed on disk since you opened it. Save anyway and replace that version with yours?</source>
            <translation>{name} изменён на диске с тех пор, как вы его открыли. Всё равно сохранить и заменить ту версию своей?</translation>
        </message>
        <message>
            <source>Map taken over</source>
            <translation>Карту перехватили</translation>
        </message>
        <message>
            <source>{name} was taken over in another window or by another person, so it is not saved here. Use Save As to keep your version under another name.</source>
            <translation>{name} перехвачен в другом окне или другим человеком, поэтому здесь не сохраняется. Выберите «Сохранить как», чтобы сохранить свою версию под другим именем.</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Непредвиденная ошибка</translation>
        </message>
        <message>
            <source>Something went wrong inside CJM Designer: {summary}</source>
            <translation>В CJM Designer что-то пошло не так: {summary}</translation>
        </message>
        <message>
            <source>Unsaved work was copied to the recovery folder:
{files}</source>
            <translation>Несохранённая работа скопирована в папку восстановления:
{files}</translation>
        </message>
        <message>
            <source>There was no unsaved work to copy.</source>
            <translation>Несохранённой работы для копирования не было.</translation>
        </message>
        <message>
            <source>Details are in the log file:
{log}</source>
            <translation>Подробности в файле журнала:
{log}</translation>
        </message>
        <message>
            <source>You can keep working, but saving under a new name is safest.</source>
            <translation>Можно продолжать работу, но надёжнее всего сохранить карту под новым именем.</translation>
        </message>
        <message>
            <source>Map opened read-only</source>
            <translation>Карта открыта только для чтения</translation>
        </message>
        <message>
            <source>{name} cannot be taken over while {owner} has it open: Windows does not let its lock be removed. It is opened read-only here. Close it there, then open it again to edit it.</source>
            <translation>{name} нельзя перехватить, пока файл открыт в {owner}: Windows не даёт снять его блокировку. Здесь карта открыта только для чтения. Закройте её там и откройте снова, чтобы редактировать.</translation>
        </message>
    </context>
    <context>
        <name>Room</name>
        <message>
            <source>Pain</source>
            <translation>Боль</translation>
        </message>
        <message>
            <source>Idea</source>
            <translation>Идея</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Вопрос</translation>
        </message>
        <message>
            <source>Thought</source>
            <translation>Мысль</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>ждёт</translation>
        </message>
        <message>
            <source>on the map</source>
            <translation>на карте</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>объединена</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>отклонена</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>отозвана</translation>
        </message>
        <message>
            <source>Room's emotional curve</source>
            <translation>Эмоциональная кривая комнаты</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Комната</translation>
        </message>
        <message>
            <source>Dots per person:</source>
            <translation>Голосов на человека:</translation>
        </message>
        <message>
            <source>Waiting notes</source>
            <translation>Ждущие заметки</translation>
        </message>
        <message>
            <source>All notes</source>
            <translation>Все заметки</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <source>From</source>
            <translation>От кого</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Notes from the room</source>
            <translation>Заметки из комнаты</translation>
        </message>
        <message>
            <source>Add to card:</source>
            <translation>Добавить в карточку:</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Принять</translation>
        </message>
        <message>
            <source>Make the chosen notes entries of the map (Enter)</source>
            <translation>Сделать выбранные заметки записями карты (Enter)</translation>
        </message>
        <message>
            <source>Set the chosen notes aside (Delete)</source>
            <translation>Отложить выбранные заметки (Delete)</translation>
        </message>
        <message numerus="yes">
            <source>Room open · %n joined</source>
            <translation>
                <numerusform>Комната открыта · присоединился %n</numerusform>
                <numerusform>Комната открыта · присоединились %n</numerusform>
                <numerusform>Комната открыта · присоединились %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n room dot(s) in all; not yet on the map: {waiting}</source>
            <translation>
                <numerusform>Всего %n голос комнаты; ещё не на карте: {waiting}</numerusform>
                <numerusform>Всего %n голоса комнаты; ещё не на карте: {waiting}</numerusform>
                <numerusform>Всего %n голосов комнаты; ещё не на карте: {waiting}</numerusform>
            </translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Объединить</translation>
        </message>
        <message>
            <source>Participants' address</source>
            <translation>Адрес для участников</translation>
        </message>
        <message>
            <source>QR Code</source>
            <translation>QR-код</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Отклонить</translation>
        </message>
        <message>
            <source>Back to Inbox</source>
            <translation>Вернуть во входящие</translation>
        </message>
        <message>
            <source>Add Room Dots to the Map</source>
            <translation>Перенести голоса комнаты на карту</translation>
        </message>
        <message>
            <source>Keep Room Curve as Persona</source>
            <translation>Сохранить кривую комнаты как персону</translation>
        </message>
        <message>
            <source>Dots</source>
            <translation>Голоса</translation>
        </message>
        <message>
            <source>Emotional curve</source>
            <translation>Эмоциональная кривая</translation>
        </message>
        <message>
            <source>Close Room</source>
            <translation>Закрыть комнату</translation>
        </message>
        <message>
            <source>The room is closed.</source>
            <translation>Комната закрыта.</translation>
        </message>
        <message>
            <source>Open Room…</source>
            <translation>Открыть комнату…</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Автоматически</translation>
        </message>
        <message>
            <source>Accept room notes</source>
            <translation>Принять заметки комнаты</translation>
        </message>
        <message>
            <source>Accept room note</source>
            <translation>Принять заметку комнаты</translation>
        </message>
        <message>
            <source>Add room dots</source>
            <translation>Перенести голоса комнаты</translation>
        </message>
        <message>
            <source>Room {date}</source>
            <translation>Комната {date}</translation>
        </message>
        <message>
            <source>Keep room curve</source>
            <translation>Сохранить кривую комнаты</translation>
        </message>
        <message>
            <source>Notes from the workshop room</source>
            <translation>Заметки из комнаты воркшопа</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) from the workshop room of this map wait for review. Show them in the Room panel?</source>
            <translation>
                <numerusform>%n заметка из комнаты воркшопа этой карты ждёт рассмотрения. Показать её на панели «Комната»?</numerusform>
                <numerusform>%n заметки из комнаты воркшопа этой карты ждут рассмотрения. Показать их на панели «Комната»?</numerusform>
                <numerusform>%n заметок из комнаты воркшопа этой карты ждут рассмотрения. Показать их на панели «Комната»?</numerusform>
            </translation>
        </message>
        <message>
            <source>Open &amp;Room…</source>
            <translation>Открыть &amp;комнату…</translation>
        </message>
        <message>
            <source>Close R&amp;oom</source>
            <translation>Закрыть ко&amp;мнату</translation>
        </message>
        <message>
            <source>Show Room &amp;QR Code</source>
            <translation>Показать &amp;QR-код комнаты</translation>
        </message>
        <message>
            <source>Room &amp;Panel</source>
            <translation>&amp;Панель комнаты</translation>
        </message>
        <message>
            <source>&amp;Room</source>
            <translation>&amp;Комната</translation>
        </message>
        <message>
            <source>A new note from the room</source>
            <translation>Новая заметка из комнаты</translation>
        </message>
        <message>
            <source>Open Room</source>
            <translation>Открыть комнату</translation>
        </message>
        <message>
            <source>Save the map first: the room keeps its notes in a journal beside the map file.</source>
            <translation>Сначала сохраните карту: комната хранит заметки в журнале рядом с файлом карты.</translation>
        </message>
        <message>
            <source>The room cannot listen on {host}:{port}: {reason}</source>
            <translation>Комната не может слушать {host}:{port}: {reason}</translation>
        </message>
        <message>
            <source>Room open at {url}</source>
            <translation>Комната открыта по адресу {url}</translation>
        </message>
        <message>
            <source>Room closed; its notes stay in the Room panel.</source>
            <translation>Комната закрыта; её заметки остаются на панели «Комната».</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) from the room waiting</source>
            <translation>
                <numerusform>%n заметка из комнаты ждёт</numerusform>
                <numerusform>%n заметки из комнаты ждут</numerusform>
                <numerusform>%n заметок из комнаты ждут</numerusform>
            </translation>
        </message>
        <message>
            <source>Open Workshop Room</source>
            <translation>Открыть комнату воркшопа</translation>
        </message>
        <message>
            <source>Participants join from their phones on the same network. Only the network you choose can reach the room, and only while it is open.</source>
            <translation>Участники подключаются с телефонов в той же сети. Комната доступна только из выбранной сети и только пока она открыта.</translation>
        </message>
        <message>
            <source>&amp;Network:</source>
            <translation>&amp;Сеть:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Порт:</translation>
        </message>
        <message>
            <source>&amp;Dots per person:</source>
            <translation>&amp;Голосов на человека:</translation>
        </message>
        <message>
            <source>No network is connected. Connect to the room's Wi-Fi first.</source>
            <translation>Нет подключения к сети. Сначала подключитесь к Wi-Fi комнаты.</translation>
        </message>
        <message>
            <source>QR code of {url}</source>
            <translation>QR-код адреса {url}</translation>
        </message>
        <message>
            <source>Join the workshop room</source>
            <translation>Вход в комнату воркшопа</translation>
        </message>
        <message>
            <source>Scan to join the workshop</source>
            <translation>Отсканируйте, чтобы присоединиться</translation>
        </message>
        <message numerus="yes">
            <source>%n joined</source>
            <translation>
                <numerusform>Присоединился %n</numerusform>
                <numerusform>Присоединились %n</numerusform>
                <numerusform>Присоединились %n</numerusform>
            </translation>
        </message>
        <message>
            <source>The workshop room of this map is already open in another window or program; close it there first.</source>
            <translation>Комната воркшопа этой карты уже открыта в другом окне или программе; сначала закройте её там.</translation>
        </message>
    </context>
    <context>
        <name>SectionHeader</name>
        <message>
            <source>Open section: Enter or Space folds it</source>
            <translation>Раздел открыт: Enter или пробел сворачивает его</translation>
        </message>
        <message>
            <source>Folded section: Enter or Space opens it</source>
            <translation>Раздел свёрнут: Enter или пробел открывает его</translation>
        </message>
        <message>
            <source>Click to fold this section</source>
            <translation>Щёлкните, чтобы свернуть раздел</translation>
        </message>
        <message>
            <source>Click to open this section</source>
            <translation>Щёлкните, чтобы открыть раздел</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>Как в системе</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Светлая</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Тёмная</translation>
        </message>
        <message>
            <source> s</source>
            <translation> с</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Выкл.</translation>
        </message>
        <message>
            <source>Millimetres</source>
            <translation>Миллиметры</translation>
        </message>
        <message>
            <source>Inches</source>
            <translation>Дюймы</translation>
        </message>
        <message>
            <source>Snap stage widths to the grid</source>
            <translation>Привязывать ширину этапов к сетке</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> пт</translation>
        </message>
        <message>
            <source>A new language is used from the next start.</source>
            <translation>Новый язык будет применён при следующем запуске.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Тема:</translation>
        </message>
        <message>
            <source>&amp;Autosave every:</source>
            <translation>&amp;Автосохранение каждые:</translation>
        </message>
        <message>
            <source>Default &amp;paper:</source>
            <translation>&amp;Бумага по умолчанию:</translation>
        </message>
        <message>
            <source>&amp;Units:</source>
            <translation>&amp;Единицы:</translation>
        </message>
        <message>
            <source>Canvas &amp;text size:</source>
            <translation>Размер &amp;текста на холсте:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Language of the menus and dialogs</source>
            <translation>Язык меню и диалогов</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Light or dark window and canvas</source>
            <translation>Светлое или тёмное окно и холст</translation>
        </message>
        <message>
            <source>Autosave interval</source>
            <translation>Интервал автосохранения</translation>
        </message>
        <message>
            <source>Seconds between copies to the recovery folder; 0 turns it off</source>
            <translation>Секунды между копиями в папку восстановления; 0 — выключено</translation>
        </message>
        <message>
            <source>Default paper</source>
            <translation>Бумага по умолчанию</translation>
        </message>
        <message>
            <source>Paper size proposed for PDF export</source>
            <translation>Формат бумаги, предлагаемый при экспорте в PDF</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Единицы</translation>
        </message>
        <message>
            <source>Units for paper sizes and margins</source>
            <translation>Единицы для размеров бумаги и полей</translation>
        </message>
        <message>
            <source>Snap to grid</source>
            <translation>Привязка к сетке</translation>
        </message>
        <message>
            <source>Stage widths snap while resizing</source>
            <translation>Ширина этапа привязывается к сетке при изменении</translation>
        </message>
        <message>
            <source>Canvas text size</source>
            <translation>Размер текста на холсте</translation>
        </message>
        <message>
            <source>Size of card text on screen</source>
            <translation>Размер текста карточек на экране</translation>
        </message>
    </context>
    <context>
        <name>Snapshots</name>
        <message>
            <source>Save Snapshot</source>
            <translation>Сохранить снимок</translation>
        </message>
        <message>
            <source>Name of the snapshot (today's date is added):</source>
            <translation>Название снимка (к нему добавится сегодняшняя дата):</translation>
        </message>
        <message>
            <source>Restore Snapshot</source>
            <translation>Восстановить снимок</translation>
        </message>
        <message>
            <source>Replace the map with the snapshot “{name}”? You can undo this.</source>
            <translation>Заменить карту снимком «{name}»? Это действие можно отменить.</translation>
        </message>
        <message>
            <source>Snapshot {date}</source>
            <translation>Снимок {date}</translation>
        </message>
        <message>
            <source>Cannot save snapshot</source>
            <translation>Не удаётся сохранить снимок</translation>
        </message>
        <message>
            <source>Save snapshot “{name}”</source>
            <translation>Сохранение снимка «{name}»</translation>
        </message>
        <message>
            <source>Snapshot “{name}” saved in the map; save the file to keep it.</source>
            <translation>Снимок «{name}» сохранён в карте; сохраните файл, чтобы не потерять его.</translation>
        </message>
        <message>
            <source>Cannot open snapshot</source>
            <translation>Не удаётся открыть снимок</translation>
        </message>
        <message>
            <source>Restore snapshot “{name}”</source>
            <translation>Восстановление снимка «{name}»</translation>
        </message>
        <message>
            <source>{file} @ {snapshot} (read-only)</source>
            <translation>{file} @ {snapshot} (только чтение)</translation>
        </message>
        <message>
            <source>snapshot “{name}”</source>
            <translation>снимок «{name}»</translation>
        </message>
        <message>
            <source>current map</source>
            <translation>текущая карта</translation>
        </message>
        <message>
            <source>Snapshots</source>
            <translation>Снимки</translation>
        </message>
        <message>
            <source>Open Read-Only</source>
            <translation>Открыть только для чтения</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Восстановить…</translation>
        </message>
        <message>
            <source>Compare With Current</source>
            <translation>Сравнить с текущей</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Snapshots are kept inside the map file.</source>
            <translation>Снимки хранятся внутри файла карты.</translation>
        </message>
        <message>
            <source>No snapshots yet. Use File &gt; Save Snapshot… to keep a copy of the map as it is now.</source>
            <translation>Снимков пока нет. Выберите «Файл &gt; Сохранить снимок…», чтобы сохранить копию карты в нынешнем виде.</translation>
        </message>
        <message>
            <source>Delete snapshot “{name}”</source>
            <translation>Удаление снимка «{name}»</translation>
        </message>
    </context>
    <context>
        <name>StageHeader</name>
        <message>
            <source>final stage</source>
            <translation>финальный этап</translation>
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message>
            <source>Type a touchpoint, Enter to add, Tab for the next stage</source>
            <translation>Введите точку контакта: Enter — добавить, Tab — следующий этап</translation>
        </message>
        <message numerus="yes">
            <source>Add %n touchpoint(s)</source>
            <translation>
                <numerusform>Добавить %n точку контакта</numerusform>
                <numerusform>Добавить %n точки контакта</numerusform>
                <numerusform>Добавить %n точек контакта</numerusform>
            </translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Фильтры</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Персона</translation>
        </message>
        <message>
            <source>Show the map for one persona (Ctrl+Alt+P)</source>
            <translation>Показать карту для одной персоны (Ctrl+Alt+P)</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Сценарий</translation>
        </message>
        <message>
            <source>Show the map for one scenario (Ctrl+Alt+S)</source>
            <translation>Показать карту для одного сценария (Ctrl+Alt+S)</translation>
        </message>
        <message>
            <source>All personas</source>
            <translation>Все персоны</translation>
        </message>
        <message>
            <source>All scenarios</source>
            <translation>Все сценарии</translation>
        </message>
        <message>
            <source>Compare scenarios</source>
            <translation>Сравнить сценарии</translation>
        </message>
        <message>
            <source>Find in the map</source>
            <translation>Найти на карте</translation>
        </message>
        <message>
            <source>Previous hit (Shift+F3)</source>
            <translation>Предыдущее совпадение (Shift+F3)</translation>
        </message>
        <message>
            <source>Next hit (F3)</source>
            <translation>Следующее совпадение (F3)</translation>
        </message>
        <message>
            <source>Show only cards of one channel</source>
            <translation>Показывать только карточки одного канала</translation>
        </message>
        <message>
            <source>Show only cards with one tag</source>
            <translation>Показывать только карточки с одним тегом</translation>
        </message>
        <message>
            <source>Show only cards one person owns</source>
            <translation>Показывать только карточки одного ответственного</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Закрыть (Esc)</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Все каналы</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Все теги</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>Все ответственные</translation>
        </message>
        <message>
            <source>No hits</source>
            <translation>Ничего не найдено</translation>
        </message>
        <message>
            <source>{n} of {total}</source>
            <translation>{n} из {total}</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>Добавить комментарий</translation>
        </message>
        <message>
            <source>Delete comment</source>
            <translation>Удалить комментарий</translation>
        </message>
        <message>
            <source>Write a comment; Ctrl+Enter adds it</source>
            <translation>Напишите комментарий; Ctrl+Enter — добавить</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Комментарии</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Add picture…</source>
            <translation>Добавить изображение…</translation>
        </message>
        <message>
            <source>Remove picture</source>
            <translation>Убрать изображение</translation>
        </message>
        <message>
            <source>Pictures</source>
            <translation>Изображения</translation>
        </message>
        <message>
            <source>Select one stage or touchpoint to see its comments.</source>
            <translation>Выберите один этап или одну точку контакта, чтобы увидеть комментарии.</translation>
        </message>
        <message>
            <source>Add picture</source>
            <translation>Добавление изображения</translation>
        </message>
        <message>
            <source>Images ({patterns})</source>
            <translation>Изображения ({patterns})</translation>
        </message>
        <message>
            <source>New customers</source>
            <translation>Новые клиенты</translation>
        </message>
        <message>
            <source>Returning customers</source>
            <translation>Постоянные клиенты</translation>
        </message>
        <message>
            <source>Lapsed customers</source>
            <translation>Уходящие клиенты</translation>
        </message>
        <message>
            <source>Lost customers</source>
            <translation>Потерянные клиенты</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Персоны</translation>
        </message>
        <message>
            <source>Add persona</source>
            <translation>Добавить персону</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Choose photo…</source>
            <translation>Выбрать фото…</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>Убрать фото</translation>
        </message>
        <message>
            <source>One goal per line</source>
            <translation>По одной цели в строке</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Фото</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Цели</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Сегмент</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Цвет</translation>
        </message>
        <message>
            <source>New persona</source>
            <translation>Новая персона</translation>
        </message>
        <message>
            <source>Remove persona</source>
            <translation>Удаление персоны</translation>
        </message>
        <message>
            <source>Edit persona</source>
            <translation>Изменение персоны</translation>
        </message>
        <message>
            <source>Persona photo</source>
            <translation>Фото персоны</translation>
        </message>
        <message>
            <source>Journey map</source>
            <translation>Карта пути клиента</translation>
        </message>
        <message numerus="yes">
            <source>%n stage(s) · → next stage · Home overview · Esc leave</source>
            <translation>
                <numerusform>%n этап · → следующий этап · Home обзор · Esc выход</numerusform>
                <numerusform>%n этапа · → следующий этап · Home обзор · Esc выход</numerusform>
                <numerusform>%n этапов · → следующий этап · Home обзор · Esc выход</numerusform>
            </translation>
        </message>
        <message>
            <source>{number}/{count} · {name}</source>
            <translation>{number}/{count} · {name}</translation>
        </message>
        <message>
            <source>stage / channel: title</source>
            <translation>этап / канал: название</translation>
        </message>
        <message>
            <source>e.g. Interest / Web site: Compare prices</source>
            <translation>например: Интерес / Сайт: Сравнить цены</translation>
        </message>
        <message>
            <source>Cannot add: {reason}</source>
            <translation>Не удаётся добавить: {reason}</translation>
        </message>
        <message>
            <source>→ {stage} › {channel}: {title}</source>
            <translation>→ {stage} › {channel}: {title}</translation>
        </message>
        <message>
            <source>Log revision</source>
            <translation>Записать пересмотр</translation>
        </message>
        <message>
            <source>SWOT and Review</source>
            <translation>SWOT и пересмотр</translation>
        </message>
        <message>
            <source>SWOT</source>
            <translation>SWOT</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Сильные стороны</translation>
        </message>
        <message>
            <source>Weaknesses</source>
            <translation>Слабые стороны</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Возможности</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>Угрозы</translation>
        </message>
        <message>
            <source>One item per line</source>
            <translation>По одному пункту в строке</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Пересмотр</translation>
        </message>
        <message>
            <source>In {n} months</source>
            <translation>Через {n} мес.</translation>
        </message>
        <message>
            <source>The sources advise revisiting the map every 3-5 months</source>
            <translation>Источники советуют пересматривать карту каждые 3–5 месяцев</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Следующий пересмотр</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Итог</translation>
        </message>
        <message>
            <source>What changed in this revision</source>
            <translation>Что изменилось при этом пересмотре</translation>
        </message>
        <message>
            <source>SWOT: {stage}</source>
            <translation>SWOT: {stage}</translation>
        </message>
        <message>
            <source>Edit SWOT</source>
            <translation>Изменение SWOT</translation>
        </message>
        <message>
            <source>Set next review</source>
            <translation>Назначение следующего пересмотра</translation>
        </message>
        <message>
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <source>Length of the timebox</source>
            <translation>Длительность таймбокса</translation>
        </message>
        <message>
            <source>Start or pause the session timer (Ctrl+Alt+T)</source>
            <translation>Запустить или приостановить таймер сессии (Ctrl+Alt+T)</translation>
        </message>
        <message>
            <source>Reset the session timer</source>
            <translation>Сбросить таймер сессии</translation>
        </message>
        <message>
            <source>Add vote</source>
            <translation>Добавить голос</translation>
        </message>
        <message>
            <source>Remove vote</source>
            <translation>Убрать голос</translation>
        </message>
        <message>
            <source>Reset votes</source>
            <translation>Сбросить голоса</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Голоса</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Элемент</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>All items</source>
            <translation>Все элементы</translation>
        </message>
        <message>
            <source>Also list cards, pains and opportunities without votes</source>
            <translation>Показывать также карточки, боли и возможности без голосов</translation>
        </message>
        <message>
            <source>+1</source>
            <translation>+1</translation>
        </message>
        <message>
            <source>Give a vote to the chosen item (+)</source>
            <translation>Отдать голос выбранному элементу (+)</translation>
        </message>
        <message>
            <source>−1</source>
            <translation>−1</translation>
        </message>
        <message>
            <source>Take a vote from the chosen item (-)</source>
            <translation>Забрать голос у выбранного элемента (-)</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Боль</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>Возможность</translation>
        </message>
        <message>
            <source>&amp;Presentation Mode</source>
            <translation>Режим &amp;презентации</translation>
        </message>
        <message>
            <source>&amp;Quick Add…</source>
            <translation>&amp;Быстрое добавление…</translation>
        </message>
        <message>
            <source>Fast &amp;Capture</source>
            <translation>Быстрый &amp;ввод</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Найти…</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>Найти &amp;далее</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>Найти &amp;предыдущее</translation>
        </message>
        <message>
            <source>&amp;Add Vote</source>
            <translation>&amp;Добавить голос</translation>
        </message>
        <message>
            <source>&amp;Remove Vote</source>
            <translation>&amp;Убрать голос</translation>
        </message>
        <message>
            <source>Reset &amp;Votes</source>
            <translation>Сбросить &amp;голоса</translation>
        </message>
        <message>
            <source>Add Co&amp;mment</source>
            <translation>Добавить &amp;комментарий</translation>
        </message>
        <message>
            <source>Add P&amp;icture…</source>
            <translation>Добавить &amp;изображение…</translation>
        </message>
        <message>
            <source>Next &amp;Persona Filter</source>
            <translation>Следующая &amp;персона</translation>
        </message>
        <message>
            <source>Next &amp;Scenario Filter</source>
            <translation>Следующий &amp;сценарий</translation>
        </message>
        <message>
            <source>Compare Sce&amp;narios…</source>
            <translation>Сравнить с&amp;ценарии…</translation>
        </message>
        <message>
            <source>Start/Pause &amp;Timer</source>
            <translation>Запустить/приостановить &amp;таймер</translation>
        </message>
        <message>
            <source>R&amp;eset Timer</source>
            <translation>С&amp;бросить таймер</translation>
        </message>
        <message>
            <source>&amp;Log Revision…</source>
            <translation>&amp;Записать пересмотр…</translation>
        </message>
        <message>
            <source>&amp;Workshop</source>
            <translation>&amp;Воркшоп</translation>
        </message>
        <message>
            <source>Workshop &amp;Panels</source>
            <translation>&amp;Панели воркшопа</translation>
        </message>
        <message numerus="yes">
            <source>Add %n picture(s)</source>
            <translation>
                <numerusform>Добавление %n изображения</numerusform>
                <numerusform>Добавление %n изображений</numerusform>
                <numerusform>Добавление %n изображений</numerusform>
            </translation>
        </message>
        <message>
            <source>The map has no scenarios to compare; add them in the outline first.</source>
            <translation>В карте нет сценариев для сравнения; сначала добавьте их в структуре.</translation>
        </message>
        <message>
            <source>part {part} of {parts}</source>
            <translation>часть {part} из {parts}</translation>
        </message>
    </context>
</TS>
