<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Touchpoint “{title}” in stage {stage}, channel {channel}</source>
            <translation>Kosketuspiste ”{title}”: vaihe {stage}, kanava {channel}</translation>
        </message>
        <message>
            <source>Stage {name}</source>
            <translation>Vaihe {name}</translation>
        </message>
        <message>
            <source>Channel {name}</source>
            <translation>Kanava {name}</translation>
        </message>
        <message>
            <source>Selected: {id}</source>
            <translation>Valittuna: {id}</translation>
        </message>
        <message>
            <source>Journey map canvas</source>
            <translation>Asiakaspolkukartan piirtoalue</translation>
        </message>
        <message>
            <source>Nothing selected. Alt+arrow keys move between cards.</source>
            <translation>Mitään ei ole valittu. Alt+nuolinäppäimet siirtävät korttien välillä.</translation>
        </message>
        <message>
            <source>{count} items selected</source>
            <translation>Valittuna {count} kohdetta</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>Zoom level</source>
            <translation>Zoomaustaso</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Uusi…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Avaa…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Tallenna</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Tallenna &amp;nimellä…</translation>
        </message>
        <message>
            <source>&amp;Revert to Saved</source>
            <translation>&amp;Palauta tallennettu</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Sulje</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Lopeta</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Avaa &amp;viimeisimpiä</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Kumoa</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Tee uudelleen</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Leikkaa</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopioi</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>L&amp;iitä</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>&amp;Monista</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Poista</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>&amp;Valitse kaikki</translation>
        </message>
        <message>
            <source>Select All in &amp;Stage</source>
            <translation>Valitse kaikki &amp;vaiheesta</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>&amp;Asetukset…</translation>
        </message>
        <message>
            <source>Re&amp;name</source>
            <translation>&amp;Nimeä uudelleen</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;Lähennä</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>&amp;Loitonna</translation>
        </message>
        <message>
            <source>&amp;Fit Map</source>
            <translation>&amp;Sovita kartta</translation>
        </message>
        <message>
            <source>&amp;Actual Size (100%)</source>
            <translation>&amp;Todellinen koko (100 %)</translation>
        </message>
        <message>
            <source>Add &amp;Stage</source>
            <translation>Lisää &amp;vaihe</translation>
        </message>
        <message>
            <source>Add &amp;Channel</source>
            <translation>Lisää &amp;kanava</translation>
        </message>
        <message>
            <source>Add &amp;Touchpoint</source>
            <translation>Lisää k&amp;osketuspiste</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Tiedosto</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Muokkaa</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Näytä</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>&amp;Paneelit</translation>
        </message>
        <message>
            <source>&amp;Insert</source>
            <translation>&amp;Lisää</translation>
        </message>
        <message>
            <source>No recent maps</source>
            <translation>Ei viimeaikaisia karttoja</translation>
        </message>
        <message>
            <source>Clear List</source>
            <translation>Tyhjennä luettelo</translation>
        </message>
    </context>
    <context>
        <name>Analysis</name>
        <message>
            <source>{value} months</source>
            <translation>{value} kk</translation>
        </message>
        <message>
            <source>{value} days</source>
            <translation>{value} pv</translation>
        </message>
        <message>
            <source>{value} hours</source>
            <translation>{value} h</translation>
        </message>
        <message>
            <source>(leaves)</source>
            <translation>(poistuu)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ei mitään</translation>
        </message>
        <message>
            <source>Conversion</source>
            <translation>Konversio</translation>
        </message>
        <message>
            <source>Expected time</source>
            <translation>Odotettu aika</translation>
        </message>
        <message>
            <source>Referral multiplier</source>
            <translation>Suosittelukerroin</translation>
        </message>
        <message>
            <source>No duration at: {stages}</source>
            <translation>Kesto puuttuu: {stages}</translation>
        </message>
        <message>
            <source>Referrals without a probability: {items}</source>
            <translation>Suosittelut ilman todennäköisyyttä: {items}</translation>
        </message>
        <message>
            <source>Referrals grow without limit: check their probabilities.</source>
            <translation>Suosittelut kasvavat rajatta: tarkista niiden todennäköisyydet.</translation>
        </message>
        <message>
            <source>Add stages to see the funnel.</source>
            <translation>Lisää vaiheita nähdäksesi suppilon.</translation>
        </message>
        <message>
            <source>The stages have no transitions yet: draw them between stages and give each a probability to compute the funnel.</source>
            <translation>Vaiheiden välillä ei ole vielä siirtymiä: piirrä ne vaiheiden välille ja anna jokaiselle todennäköisyys, niin suppilo voidaan laskea.</translation>
        </message>
        <message>
            <source>Give these transitions a probability to compute the funnel: {items}</source>
            <translation>Anna näille siirtymille todennäköisyys suppilon laskemiseksi: {items}</translation>
        </message>
        <message>
            <source>Probabilities are outside 0–100% or add up to more than 100% at: {items}</source>
            <translation>Todennäköisyydet ovat välin 0–100 % ulkopuolella tai niiden summa ylittää 100 %: {items}</translation>
        </message>
        <message>
            <source>Customers who reach {items} can never leave nor finish: some way out must have a probability below 100%.</source>
            <translation>Asiakkaat, jotka päätyvät kohtaan {items}, eivät voi koskaan poistua eivätkä päättää polkua: jonkin ulospääsyn todennäköisyyden on oltava alle 100 %.</translation>
        </message>
        <message>
            <source>The funnel cannot be computed ({status}).</source>
            <translation>Suppiloa ei voi laskea ({status}).</translation>
        </message>
    </context>
    <context>
        <name>AnalysisDock</name>
        <message>
            <source>Analysis</source>
            <translation>Analyysi</translation>
        </message>
        <message>
            <source>Tint Stages by &amp;Reach</source>
            <translation>Sävytä vaiheet &amp;tavoittavuuden mukaan</translation>
        </message>
        <message>
            <source>Colour each stage column by the share of customers who reach it</source>
            <translation>Väritä jokaisen vaiheen sarake sen mukaan, kuinka suuri osa asiakkaista päätyy siihen</translation>
        </message>
        <message>
            <source>Scenario:</source>
            <translation>Skenaario:</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>Suppilo</translation>
        </message>
        <message>
            <source>Transition</source>
            <translation>Siirtymä</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Nyt</translation>
        </message>
        <message>
            <source>+10 points</source>
            <translation>+10 %-yks.</translation>
        </message>
        <message>
            <source>Conversion</source>
            <translation>Konversio</translation>
        </message>
        <message>
            <source>Gain</source>
            <translation>Hyöty</translation>
        </message>
        <message>
            <source>Bottlenecks</source>
            <translation>Pullonkaulat</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>Skenaariot</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Kattavuus</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Jakso</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>Kävijät</translation>
        </message>
        <message>
            <source>Planned reach</source>
            <translation>Tavoittaa (suunnitelma)</translation>
        </message>
        <message>
            <source>Actual reach</source>
            <translation>Tavoittaa (toteuma)</translation>
        </message>
        <message>
            <source>Planned conversion</source>
            <translation>Suunniteltu konversio</translation>
        </message>
        <message>
            <source>Actual conversion</source>
            <translation>Toteutunut konversio</translation>
        </message>
        <message>
            <source>Plan vs. actual</source>
            <translation>Suunnitelma ja toteuma</translation>
        </message>
        <message>
            <source>All transitions</source>
            <translation>Kaikki siirtymät</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Päivitetään…</translation>
        </message>
        <message>
            <source>Analysis failed: {message}</source>
            <translation>Analyysi epäonnistui: {message}</translation>
        </message>
        <message>
            <source>Bottlenecks appear once the funnel can be computed.</source>
            <translation>Pullonkaulat näkyvät, kun suppilo voidaan laskea.</translation>
        </message>
        <message>
            <source>What conversion becomes if 10 more of every 100 customers at a stage take this way instead of leaving. Click a row to select the transition.</source>
            <translation>Millaiseksi konversio muuttuu, jos vaiheen jokaisesta 100 asiakkaasta 10 lisää kulkee tätä tietä poistumisen sijaan. Valitse siirtymä napsauttamalla riviä.</translation>
        </message>
        <message>
            <source>The map has no scenarios. Add some (e.g. with and without a sales team) to compare them here.</source>
            <translation>Kartassa ei ole skenaarioita. Lisää niitä (esim. myyntitiimin kanssa ja ilman), niin voit verrata niitä tässä.</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Kosketuspisteet</translation>
        </message>
        <message>
            <source>Transitions</source>
            <translation>Siirtymät</translation>
        </message>
        <message>
            <source>Expected time</source>
            <translation>Odotettu aika</translation>
        </message>
        <message>
            <source>Referral multiplier</source>
            <translation>Suosittelukerroin</translation>
        </message>
        <message>
            <source>Reach: {stage}</source>
            <translation>Tavoittavuus: {stage}</translation>
        </message>
        <message>
            <source>not computable</source>
            <translation>ei laskettavissa</translation>
        </message>
        <message>
            <source>No measurements yet: Plan &gt; Import Measurements… reads them from a table.</source>
            <translation>Ei vielä mittauksia: Suunnitelma &gt; Tuo mittaukset… lukee ne taulukosta.</translation>
        </message>
        <message>
            <source>The plan's figures appear once the funnel can be computed.</source>
            <translation>Suunnitelman luvut näkyvät, kun suppilo voidaan laskea.</translation>
        </message>
        <message>
            <source>Reach: share of those who entered in the period. Conversion: conversions of the stage's visitors, beside the chance to convert from that stage.</source>
            <translation>Tavoittaa: osuus jakson aikana tulleista. Konversio: vaiheen kävijöistä konvertoituneet, rinnalla suunniteltu konversion todennäköisyys tästä vaiheesta.</translation>
        </message>
        <message>
            <source>reach {value}</source>
            <translation>tavoittavuus {value}</translation>
        </message>
    </context>
    <context>
        <name>BoardMode</name>
        <message>
            <source>&amp;Board Mode</source>
            <translation>&amp;Taulutila</translation>
        </message>
        <message>
            <source>Only the map: hide every panel and toolbar</source>
            <translation>Vain kartta: piilota kaikki paneelit ja työkalurivit</translation>
        </message>
    </context>
    <context>
        <name>Canvas</name>
        <message>
            <source>Move card</source>
            <translation>Siirrä kortti</translation>
        </message>
        <message numerus="yes">
            <source>Move %n card(s)</source>
            <translation>
                <numerusform>Siirrä %n kortti</numerusform>
                <numerusform>Siirrä %n korttia</numerusform>
            </translation>
        </message>
        <message>
            <source>Move stage</source>
            <translation>Siirrä vaihe</translation>
        </message>
        <message>
            <source>Move channel</source>
            <translation>Siirrä kanava</translation>
        </message>
        <message>
            <source>Resize stage</source>
            <translation>Muuta vaiheen leveyttä</translation>
        </message>
        <message>
            <source>Add transition</source>
            <translation>Lisää siirtymä</translation>
        </message>
        <message>
            <source>Add flow</source>
            <translation>Lisää kulku</translation>
        </message>
        <message>
            <source>Change emotion</source>
            <translation>Muuta tunnetta</translation>
        </message>
        <message>
            <source>back</source>
            <translation>takaisin</translation>
        </message>
        <message>
            <source>skip</source>
            <translation>ohitus</translation>
        </message>
        <message>
            <source>referral</source>
            <translation>suosittelu</translation>
        </message>
        <message>
            <source>exit</source>
            <translation>poistuminen</translation>
        </message>
        <message>
            <source>Line of visibility</source>
            <translation>Näkyvyysraja</translation>
        </message>
        <message>
            <source>Emotions</source>
            <translation>Tunteet</translation>
        </message>
        <message>
            <source>Pains</source>
            <translation>Kipupisteet</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Mahdollisuudet</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Kysymykset</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n item(s)</source>
            <translation>
                <numerusform>Poista %n kohde</numerusform>
                <numerusform>Poista %n kohdetta</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit card title</source>
            <translation>Muokkaa kortin otsikkoa</translation>
        </message>
        <message>
            <source>Rename stage</source>
            <translation>Nimeä vaihe uudelleen</translation>
        </message>
        <message>
            <source>Rename channel</source>
            <translation>Nimeä kanava uudelleen</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Liitä</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Monista</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>Uusi vaihe</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Lisää vaihe</translation>
        </message>
        <message>
            <source>New channel</source>
            <translation>Uusi kanava</translation>
        </message>
        <message>
            <source>Add channel</source>
            <translation>Lisää kanava</translation>
        </message>
        <message>
            <source>New touchpoint</source>
            <translation>Uusi kosketuspiste</translation>
        </message>
        <message>
            <source>Add touchpoint</source>
            <translation>Lisää kosketuspiste</translation>
        </message>
        <message>
            <source>Goals and KPIs</source>
            <translation>Tavoitteet ja mittarit</translation>
        </message>
    </context>
    <context>
        <name>CompareMenus</name>
        <message>
            <source>Save S&amp;napshot…</source>
            <translation>Tallenna ti&amp;lannekuva…</translation>
        </message>
        <message>
            <source>Sna&amp;pshots…</source>
            <translation>Tilanne&amp;kuvat…</translation>
        </message>
        <message>
            <source>Co&amp;mpare With File…</source>
            <translation>Ve&amp;rtaa tiedostoon…</translation>
        </message>
        <message>
            <source>Show &amp;Evidence Markers</source>
            <translation>Näytä &amp;näyttömerkit</translation>
        </message>
        <message>
            <source>Only &amp;Researched</source>
            <translation>Vain &amp;tutkitut</translation>
        </message>
        <message>
            <source>Fade every card that research does not back</source>
            <translation>Himmennä kortit, joita tutkimus ei tue</translation>
        </message>
        <message>
            <source>Cannot open map</source>
            <translation>Karttaa ei voi avata</translation>
        </message>
        <message>
            <source>“{name}” could not be opened:</source>
            <translation>Tiedostoa ”{name}” ei voitu avata:</translation>
        </message>
    </context>
    <context>
        <name>CompareWindow</name>
        <message>
            <source>Compare: {old} → {new}</source>
            <translation>Vertailu: {old} → {new}</translation>
        </message>
        <message>
            <source>Before: {title}</source>
            <translation>Ennen: {title}</translation>
        </message>
        <message>
            <source>After: {title}</source>
            <translation>Jälkeen: {title}</translation>
        </message>
        <message>
            <source>The two maps are the same.</source>
            <translation>Kartat ovat samat.</translation>
        </message>
        <message>
            <source>{count} changes</source>
            <translation>Muutoksia: {count}</translation>
        </message>
        <message>
            <source>Emotional curves</source>
            <translation>Tunnekäyrät</translation>
        </message>
        <message>
            <source>Funnels</source>
            <translation>Suppilot</translation>
        </message>
    </context>
    <context>
        <name>CoverageHeatMap</name>
        <message>
            <source>{stage} × {channel}: {count} touchpoints</source>
            <translation>{stage} × {channel}: kosketuspisteitä {count}</translation>
        </message>
        <message>
            <source>Add stages and channels to see where the touchpoints are.</source>
            <translation>Lisää vaiheita ja kanavia nähdäksesi, missä kosketuspisteet ovat.</translation>
        </message>
    </context>
    <context>
        <name>DockTitleBar</name>
        <message>
            <source>Float</source>
            <translation>Irrota</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sulje</translation>
        </message>
    </context>
    <context>
        <name>Duration</name>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>h</source>
            <translation>t</translation>
        </message>
        <message>
            <source>d</source>
            <translation>pv</translation>
        </message>
        <message>
            <source>wk</source>
            <translation>vk</translation>
        </message>
        <message>
            <source>mo</source>
            <translation>kk</translation>
        </message>
    </context>
    <context>
        <name>EmotionOverlayChart</name>
        <message>
            <source>Neither map has personas with emotion scores.</source>
            <translation>Kummassakaan kartassa ei ole persoonia, joilla on tunnearvioita.</translation>
        </message>
        <message>
            <source>dashed: {old}   solid: {new}</source>
            <translation>katkoviiva: {old}   yhtenäinen: {new}</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <source>interview</source>
            <translation>haastattelu</translation>
        </message>
        <message>
            <source>analytics</source>
            <translation>analytiikka</translation>
        </message>
        <message>
            <source>survey</source>
            <translation>kysely</translation>
        </message>
        <message>
            <source>observation</source>
            <translation>havainnointi</translation>
        </message>
        <message>
            <source>other</source>
            <translation>muu</translation>
        </message>
        <message>
            <source>Not marked as researched or assumed</source>
            <translation>Ei merkitty tutkituksi eikä oletukseksi</translation>
        </message>
        <message>
            <source>Researched</source>
            <translation>Tutkittu</translation>
        </message>
        <message>
            <source>Assumed</source>
            <translation>Oletettu</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Näyttö</translation>
        </message>
        <message>
            <source>Backed by</source>
            <translation>Perustuu</translation>
        </message>
        <message>
            <source>not marked</source>
            <translation>ei merkitty</translation>
        </message>
        <message>
            <source>research</source>
            <translation>tutkimus</translation>
        </message>
        <message>
            <source>assumption</source>
            <translation>oletus</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Lähde</translation>
        </message>
        <message>
            <source>Evidence note</source>
            <translation>Huomautus näytöstä</translation>
        </message>
        <message>
            <source>e.g. 12 customer interviews, May</source>
            <translation>esim. 12 asiakashaastattelua, toukokuu</translation>
        </message>
    </context>
    <context>
        <name>ExportFiles</name>
        <message>
            <source>All files (*)</source>
            <translation>Kaikki tiedostot (*)</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>Journey maps (*.cjm.yaml *.yaml *.yml)</source>
            <translation>Asiakaspolkukartat (*.cjm.yaml *.yaml *.yml)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <source>Open Map</source>
            <translation>Avaa kartta</translation>
        </message>
        <message>
            <source>Save Map As</source>
            <translation>Tallenna kartta nimellä</translation>
        </message>
    </context>
    <context>
        <name>HistoryDock</name>
        <message>
            <source>Undo History</source>
            <translation>Kumoamishistoria</translation>
        </message>
        <message>
            <source>&lt;opened map&gt;</source>
            <translation>&lt;avattu kartta&gt;</translation>
        </message>
    </context>
    <context>
        <name>ImageExport</name>
        <message>
            <source>Export PNG</source>
            <translation>Vie PNG</translation>
        </message>
        <message>
            <source> dpi</source>
            <translation> dpi</translation>
        </message>
        <message>
            <source>96 dpi for screens and slides, 300 dpi for print</source>
            <translation>96 dpi näytöille ja dioille, 300 dpi tulostukseen</translation>
        </message>
        <message>
            <source>&amp;Resolution:</source>
            <translation>&amp;Tarkkuus:</translation>
        </message>
        <message>
            <source>Picture size:</source>
            <translation>Kuvan koko:</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Vie…</translation>
        </message>
        <message>
            <source>{w} × {h} pixels ({cw:.0f} × {ch:.0f} cm printed at this resolution)</source>
            <translation>{w} × {h} pikseliä ({cw:.0f} × {ch:.0f} cm tulostettuna tällä tarkkuudella)</translation>
        </message>
        <message>
            <source>PNG pictures (*.png)</source>
            <translation>PNG-kuvat (*.png)</translation>
        </message>
        <message>
            <source>Cannot export PNG</source>
            <translation>PNG-vienti ei onnistu</translation>
        </message>
        <message>
            <source>The picture was not written: {reason}</source>
            <translation>Kuvaa ei kirjoitettu: {reason}</translation>
        </message>
        <message>
            <source>Exported a {w}×{h} picture to {path}</source>
            <translation>Kuva ({w}×{h}) vietiin tiedostoon {path}</translation>
        </message>
        <message>
            <source>Export SVG</source>
            <translation>Vie SVG</translation>
        </message>
        <message>
            <source>SVG pictures (*.svg)</source>
            <translation>SVG-kuvat (*.svg)</translation>
        </message>
        <message>
            <source>Cannot export SVG</source>
            <translation>SVG-vienti ei onnistu</translation>
        </message>
        <message>
            <source>Exported {name}</source>
            <translation>Viety: {name}</translation>
        </message>
        <message>
            <source>the selection</source>
            <translation>valinta</translation>
        </message>
        <message>
            <source>the map</source>
            <translation>kartta</translation>
        </message>
        <message>
            <source>Copied {what} as a {w}×{h} picture.</source>
            <translation>Kopioitiin {what} kuvana, koko {w}×{h}.</translation>
        </message>
    </context>
    <context>
        <name>ImportExport</name>
        <message>
            <source>&amp;Mermaid Journey…</source>
            <translation>&amp;Mermaid-polku…</translation>
        </message>
        <message>
            <source>Mermaid journeys (*.mmd)</source>
            <translation>Mermaid-polut (*.mmd)</translation>
        </message>
        <message>
            <source>&amp;CSV Table…</source>
            <translation>&amp;CSV-taulukko…</translation>
        </message>
        <message>
            <source>CSV tables (*.csv)</source>
            <translation>CSV-taulukot (*.csv)</translation>
        </message>
        <message>
            <source>E&amp;xcel Workbook…</source>
            <translation>E&amp;xcel-työkirja…</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-työkirjat (*.xlsx)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Tuo</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Vie</translation>
        </message>
        <message>
            <source>&amp;PDF…</source>
            <translation>&amp;PDF…</translation>
        </message>
        <message>
            <source>P&amp;NG Picture…</source>
            <translation>P&amp;NG-kuva…</translation>
        </message>
        <message>
            <source>&amp;SVG Picture…</source>
            <translation>&amp;SVG-kuva…</translation>
        </message>
        <message>
            <source>Power&amp;Point Slides…</source>
            <translation>Power&amp;Point-diat…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>T&amp;ulosta…</translation>
        </message>
        <message>
            <source>Copy as &amp;Image</source>
            <translation>Kopioi &amp;kuvana</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Tuonti</translation>
        </message>
        <message>
            <source>Cannot import</source>
            <translation>Tuonti ei onnistu</translation>
        </message>
        <message>
            <source>“{name}” could not be imported:</source>
            <translation>Tiedostoa ”{name}” ei voitu tuoda:</translation>
        </message>
        <message>
            <source>Imported {name}; save it as a map to keep it.</source>
            <translation>Tuotiin {name}; tallenna se karttana säilyttääksesi sen.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Vienti</translation>
        </message>
        <message>
            <source>Cannot export</source>
            <translation>Vienti ei onnistu</translation>
        </message>
        <message>
            <source>“{name}” was not written:</source>
            <translation>Tiedostoa ”{name}” ei kirjoitettu:</translation>
        </message>
        <message>
            <source>Exported {path}</source>
            <translation>Viety: {path}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Zoom</source>
            <translation>Zoomaus</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Nimetön</translation>
        </message>
        <message>
            <source> (read-only)</source>
            <translation> (vain luku)</translation>
        </message>
        <message>
            <source>Cannot open map</source>
            <translation>Karttaa ei voi avata</translation>
        </message>
        <message>
            <source>“{name}” could not be opened:</source>
            <translation>Tiedostoa ”{name}” ei voitu avata:</translation>
        </message>
        <message>
            <source>Opened with {count} notes: {first}</source>
            <translation>Avattu, huomautuksia {count}: {first}</translation>
        </message>
        <message>
            <source>Cannot save map</source>
            <translation>Karttaa ei voi tallentaa</translation>
        </message>
        <message>
            <source>The map was not saved: {reason}</source>
            <translation>Karttaa ei tallennettu: {reason}</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Tallennettu: {path}</translation>
        </message>
        <message>
            <source>The clipboard does not hold journey map items.</source>
            <translation>Leikepöydällä ei ole asiakaspolkukartan kohteita.</translation>
        </message>
        <message>
            <source>Add a stage and a channel first: a card sits in their cell.</source>
            <translation>Lisää ensin vaihe ja kanava: kortti sijoittuu niiden soluun.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Tallentamattomia muutoksia</translation>
        </message>
        <message>
            <source>Save the changes to “{name}” before closing?</source>
            <translation>Tallennetaanko muutokset tiedostoon ”{name}” ennen sulkemista?</translation>
        </message>
        <message>
            <source>Your changes will be lost if you don't save them.</source>
            <translation>Muutokset menetetään, jos et tallenna niitä.</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Palauta</translation>
        </message>
        <message>
            <source>Discard all changes to “{name}” and reload it from disk?</source>
            <translation>Hylätäänkö kaikki muutokset tiedostoon ”{name}” ja ladataanko se uudelleen levyltä?</translation>
        </message>
    </context>
    <context>
        <name>NewMapDialog</name>
        <message>
            <source>New Map from Template</source>
            <translation>Uusi kartta mallipohjasta</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Vaiheet</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Luo</translation>
        </message>
        <message>
            <source>No template selected</source>
            <translation>Mallipohjaa ei ole valittu</translation>
        </message>
        <message>
            <source>(an empty grid: add your own stages)</source>
            <translation>(tyhjä ruudukko: lisää omat vaiheesi)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ei mitään</translation>
        </message>
        <message>
            <source>Channels: {names}</source>
            <translation>Kanavat: {names}</translation>
        </message>
    </context>
    <context>
        <name>OutlineDock</name>
        <message>
            <source>Outline</source>
            <translation>Rakenne</translation>
        </message>
        <message>
            <source>(untitled card)</source>
            <translation>(nimetön kortti)</translation>
        </message>
        <message>
            <source>(leaves)</source>
            <translation>(poistuu)</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Vaiheet</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanavat</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Persoonat</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>Skenaariot</translation>
        </message>
        <message>
            <source>Transitions</source>
            <translation>Siirtymät</translation>
        </message>
    </context>
    <context>
        <name>OverviewDock</name>
        <message>
            <source>Overview</source>
            <translation>Yleiskuva</translation>
        </message>
    </context>
    <context>
        <name>PaletteDock</name>
        <message>
            <source>Insert</source>
            <translation>Lisää</translation>
        </message>
    </context>
    <context>
        <name>PaletteList</name>
        <message>
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <source>A new column of the journey</source>
            <translation>Uusi sarake asiakaspolulle</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanava</translation>
        </message>
        <message>
            <source>A new swimlane: a site, a shop, a phone</source>
            <translation>Uusi kaista: verkkosivusto, myymälä, puhelin</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>Kosketuspiste</translation>
        </message>
        <message>
            <source>A card in a stage and channel</source>
            <translation>Kortti vaiheen ja kanavan risteyksessä</translation>
        </message>
        <message>
            <source>{hint}. Drag onto the map or double-click.</source>
            <translation>{hint}. Vedä kartalle tai kaksoisnapsauta.</translation>
        </message>
    </context>
    <context>
        <name>PdfDialog</name>
        <message>
            <source>Poster (whole map, read from across the room)</source>
            <translation>Juliste (koko kartta, luettavissa huoneen toiselta puolelta)</translation>
        </message>
        <message>
            <source>Poster in tiles (sheets to glue together)</source>
            <translation>Juliste paloina (yhteen liimattavat arkit)</translation>
        </message>
        <message>
            <source>Workshop handout (a page per stage)</source>
            <translation>Työpajamoniste (sivu vaihetta kohden)</translation>
        </message>
        <message>
            <source>Blank grid for sticky notes</source>
            <translation>Tyhjä ruudukko tarralapuille</translation>
        </message>
        <message>
            <source>Emotions</source>
            <translation>Tunteet</translation>
        </message>
        <message>
            <source>Pains</source>
            <translation>Kipupisteet</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Mahdollisuudet</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Kysymykset</translation>
        </message>
        <message>
            <source>Custom rows</source>
            <translation>Valitut rivit</translation>
        </message>
        <message>
            <source>Print Map</source>
            <translation>Tulosta kartta</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Vie PDF</translation>
        </message>
        <message>
            <source>Default (chosen to read at distance; A4 for sheets)</source>
            <translation>Oletus (valittu näkymään kauas; A4 arkeille)</translation>
        </message>
        <message>
            <source>A size name or width×height, for example 500x700mm</source>
            <translation>Koon nimi tai leveys×korkeus, esimerkiksi 500x700mm</translation>
        </message>
        <message>
            <source>Automatic (reads at distance)</source>
            <translation>Automaattinen (luettavissa kaukaa)</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automaattinen</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Pysty</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Vaaka</translation>
        </message>
        <message>
            <source>All personas</source>
            <translation>Kaikki persoonat</translation>
        </message>
        <message>
            <source>All scenarios</source>
            <translation>Kaikki skenaariot</translation>
        </message>
        <message>
            <source>Greyscale (for black-and-white printers)</source>
            <translation>Harmaasävy (mustavalkotulostimille)</translation>
        </message>
        <message>
            <source> in</source>
            <translation> tuumaa</translation>
        </message>
        <message>
            <source> mm</source>
            <translation> mm</translation>
        </message>
        <message>
            <source>Rows under the grid</source>
            <translation>Ruudukon alla olevat rivit</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tyyppi:</translation>
        </message>
        <message>
            <source>&amp;Sheet size:</source>
            <translation>&amp;Arkin koko:</translation>
        </message>
        <message>
            <source>Poster si&amp;ze:</source>
            <translation>Julisteen &amp;koko:</translation>
        </message>
        <message>
            <source>&amp;Orientation:</source>
            <translation>&amp;Suunta:</translation>
        </message>
        <message>
            <source>&amp;Persona:</source>
            <translation>&amp;Persoona:</translation>
        </message>
        <message>
            <source>Sc&amp;enario:</source>
            <translation>Sk&amp;enaario:</translation>
        </message>
        <message>
            <source>&amp;Margins:</source>
            <translation>&amp;Marginaalit:</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ei</translation>
        </message>
        <message>
            <source>For a print shop: bleed around the poster with crop marks (3 mm is usual)</source>
            <translation>Painotaloa varten: leikkuuvara julisteen ympärille ja leikkuumerkit (yleensä 3 mm)</translation>
        </message>
        <message>
            <source>&amp;Bleed:</source>
            <translation>&amp;Leikkuuvara:</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>T&amp;ulosta…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Vie…</translation>
        </message>
        <message>
            <source>Updating the preview…</source>
            <translation>Päivitetään esikatselua…</translation>
        </message>
        <message>
            <source>No preview</source>
            <translation>Ei esikatselua</translation>
        </message>
        <message>
            <source>{w:.1f}×{h:.1f} in</source>
            <translation>{w:.1f}×{h:.1f} tuumaa</translation>
        </message>
        <message>
            <source>{w:.0f}×{h:.0f} mm</source>
            <translation>{w:.0f}×{h:.0f} mm</translation>
        </message>
        <message>
            <source>Page 1 of {pages}, {size}</source>
            <translation>Sivu 1/{pages}, {size}</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-asiakirjat (*.pdf)</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Kirjoitetaan {name}…</translation>
        </message>
        <message>
            <source>PDF export cancelled; no file was written.</source>
            <translation>PDF-vienti peruttiin; tiedostoa ei kirjoitettu.</translation>
        </message>
        <message>
            <source>Cannot export PDF</source>
            <translation>PDF-vienti ei onnistu</translation>
        </message>
        <message>
            <source>The PDF was not written: {reason}</source>
            <translation>PDF-tiedostoa ei kirjoitettu: {reason}</translation>
        </message>
        <message>
            <source>Exported {pages} page(s) to {path}</source>
            <translation>Vietiin sivuja {pages} tiedostoon {path}</translation>
        </message>
        <message>
            <source>PDF exported with notes</source>
            <translation>PDF vietiin huomautuksin</translation>
        </message>
        <message>
            <source>The PDF was written; please check these notes:</source>
            <translation>PDF kirjoitettiin; tarkista nämä huomautukset:</translation>
        </message>
        <message>
            <source>Stage goals and KPIs</source>
            <translation>Vaiheiden tavoitteet ja mittarit</translation>
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message>
            <source>Import Measurements</source>
            <translation>Tuo mittaukset</translation>
        </message>
        <message>
            <source>Tables (*.csv *.xlsx);;All files (*)</source>
            <translation>Taulukot (*.csv *.xlsx);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <source>P&amp;lan</source>
            <translation>&amp;Suunnitelma</translation>
        </message>
        <message>
            <source>Impact × &amp;Effort Matrix</source>
            <translation>Vaikutus × &amp;työmäärä -matriisi</translation>
        </message>
        <message>
            <source>&amp;Opportunities and Action Plan</source>
            <translation>&amp;Mahdollisuudet ja toimintasuunnitelma</translation>
        </message>
        <message>
            <source>&amp;Votes to Impact</source>
            <translation>Äänet &amp;vaikutukseksi</translation>
        </message>
        <message>
            <source>&amp;Scenarios and Rows…</source>
            <translation>S&amp;kenaariot ja rivit…</translation>
        </message>
        <message>
            <source>&amp;Import Measurements…</source>
            <translation>&amp;Tuo mittaukset…</translation>
        </message>
        <message>
            <source>Show Stage &amp;Goals and KPIs</source>
            <translation>Näytä vaiheiden &amp;tavoitteet ja mittarit</translation>
        </message>
        <message>
            <source>The table was not imported:</source>
            <translation>Taulukkoa ei tuotu:</translation>
        </message>
        <message>
            <source>Import measurements</source>
            <translation>Tuo mittaukset</translation>
        </message>
        <message>
            <source>Name of a new one</source>
            <translation>Uuden nimi</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Lisää</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Nimeä uudelleen…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Poista</translation>
        </message>
        <message>
            <source>Add scenario</source>
            <translation>Lisää skenaario</translation>
        </message>
        <message>
            <source>Add row</source>
            <translation>Lisää rivi</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Nimeä uudelleen</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Uusi nimi:</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Teksti</translation>
        </message>
        <message>
            <source>Edit row text</source>
            <translation>Muokkaa rivin tekstiä</translation>
        </message>
        <message>
            <source>Scenarios and Rows</source>
            <translation>Skenaariot ja rivit</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>Skenaariot</translation>
        </message>
        <message>
            <source>Custom rows</source>
            <translation>Omat rivit</translation>
        </message>
        <message>
            <source>Quick wins</source>
            <translation>Nopeat voitot</translation>
        </message>
        <message>
            <source>Big bets</source>
            <translation>Isot panostukset</translation>
        </message>
        <message>
            <source>Fill-ins</source>
            <translation>Täydentävät</translation>
        </message>
        <message>
            <source>Money pits</source>
            <translation>Rahasyöpöt</translation>
        </message>
        <message>
            <source>Impact and effort matrix</source>
            <translation>Vaikutus- ja työmäärämatriisi</translation>
        </message>
        <message>
            <source>Impact →</source>
            <translation>Vaikutus →</translation>
        </message>
        <message>
            <source>Effort →</source>
            <translation>Työmäärä →</translation>
        </message>
        <message>
            <source>Not placed yet: drag onto the grid</source>
            <translation>Ei vielä sijoitettu: vedä ruudukkoon</translation>
        </message>
        <message>
            <source>+%1 more (filter by stage)</source>
            <translation>+%1 lisää (suodata vaiheen mukaan)</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Kipukohta</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>Mahdollisuus</translation>
        </message>
        <message>
            <source>Impact %1, effort %2</source>
            <translation>Vaikutus %1, työmäärä %2</translation>
        </message>
        <message>
            <source>Place in matrix</source>
            <translation>Sijoita matriisiin</translation>
        </message>
        <message>
            <source>Take out of matrix</source>
            <translation>Poista matriisista</translation>
        </message>
        <message>
            <source>Impact × Effort</source>
            <translation>Vaikutus × työmäärä</translation>
        </message>
        <message>
            <source>Show the items of a persona</source>
            <translation>Näytä persoonan kohdat</translation>
        </message>
        <message>
            <source>Show the items of a stage</source>
            <translation>Näytä vaiheen kohdat</translation>
        </message>
        <message>
            <source>Pains and opportunities</source>
            <translation>Kipukohdat ja mahdollisuudet</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Mahdollisuudet</translation>
        </message>
        <message>
            <source>Pains</source>
            <translation>Kipukohdat</translation>
        </message>
        <message>
            <source>Votes → impact</source>
            <translation>Äänet → vaikutus</translation>
        </message>
        <message>
            <source>Give unplaced voted items an impact in proportion to their votes</source>
            <translation>Anna sijoittamattomille äänestetyille kohdille vaikutus äänten mukaan</translation>
        </message>
        <message>
            <source>All personas</source>
            <translation>Kaikki persoonat</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>Kaikki vaiheet</translation>
        </message>
        <message>
            <source>Votes to impact</source>
            <translation>Äänet vaikutukseksi</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>Tekemättä</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Työn alla</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Valmis</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Hylätty</translation>
        </message>
        <message>
            <source>%1 pts</source>
            <translation>%1 %-yks.</translation>
        </message>
        <message>
            <source>%1/month</source>
            <translation>%1/kk</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Suunnitelma</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Toimintasuunnitelma</translation>
        </message>
        <message>
            <source>Worth</source>
            <translation>Arvo</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Vaikutus</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Työmäärä</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Äänet</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <source>Action plan: %1</source>
            <translation>Toimintasuunnitelma: %1</translation>
        </message>
        <message>
            <source>overdue: %1</source>
            <translation>myöhässä: %1</translation>
        </message>
        <message>
            <source>plan: done %1 of %2</source>
            <translation>suunnitelma: valmiina %1/%2</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Jakso</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>Kävijät</translation>
        </message>
        <message>
            <source>Planned reach</source>
            <translation>Tavoittaa (suunnitelma)</translation>
        </message>
        <message>
            <source>Actual reach</source>
            <translation>Tavoittaa (toteuma)</translation>
        </message>
        <message>
            <source>Planned conversion</source>
            <translation>Suunniteltu konversio</translation>
        </message>
        <message>
            <source>Actual conversion</source>
            <translation>Toteutunut konversio</translation>
        </message>
        <message>
            <source>Plan vs. actual</source>
            <translation>Suunnitelma ja toteuma</translation>
        </message>
        <message>
            <source>The transition (or stage exit) this opportunity changes</source>
            <translation>Siirtymä (tai vaiheesta poistuminen), jota tämä mahdollisuus muuttaa</translation>
        </message>
        <message>
            <source> pts</source>
            <translation> %-yks.</translation>
        </message>
        <message>
            <source>Expected change of that probability, in percentage points</source>
            <translation>Todennäköisyyden odotettu muutos prosenttiyksikköinä</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Linkitä</translation>
        </message>
        <message>
            <source>Link the chosen opportunity to the funnel</source>
            <translation>Linkitä valittu mahdollisuus suppiloon</translation>
        </message>
        <message>
            <source>Add action for it</source>
            <translation>Lisää toimenpide</translation>
        </message>
        <message>
            <source>Not linked</source>
            <translation>Ei linkitetty</translation>
        </message>
        <message>
            <source>exit</source>
            <translation>poistuminen</translation>
        </message>
        <message>
            <source>Leaving at %1</source>
            <translation>Poistuminen vaiheessa %1</translation>
        </message>
        <message>
            <source>%1 of %2 opportunities are linked to the funnel.</source>
            <translation>%1/%2 mahdollisuutta on linkitetty suppiloon.</translation>
        </message>
        <message>
            <source>Link opportunity</source>
            <translation>Linkitä mahdollisuus</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Lisää toimenpide</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Toimenpide</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Vastuuhenkilö</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Määräaika</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>Serves</source>
            <translation>Palvelee</translation>
        </message>
        <message>
            <source>Delete action</source>
            <translation>Poista toimenpide</translation>
        </message>
        <message>
            <source>Write the due date as YYYY-MM-DD, e.g. %1</source>
            <translation>Kirjoita määräaika muodossa VVVV-KK-PP (YYYY-MM-DD), esim. %1</translation>
        </message>
        <message>
            <source>An action needs a text.</source>
            <translation>Toimenpiteellä on oltava teksti.</translation>
        </message>
        <message>
            <source>Edit action</source>
            <translation>Muokkaa toimenpidettä</translation>
        </message>
        <message>
            <source>Change action status</source>
            <translation>Muuta toimenpiteen tilaa</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Uusi toimenpide</translation>
        </message>
        <message>
            <source>No measurements: Plan &gt; Import Measurements…</source>
            <translation>Ei mittauksia: Suunnitelma &gt; Tuo mittaukset…</translation>
        </message>
    </context>
    <context>
        <name>PptxExport</name>
        <message>
            <source>Export PowerPoint</source>
            <translation>Vie PowerPoint</translation>
        </message>
        <message>
            <source>PowerPoint presentations (*.pptx)</source>
            <translation>PowerPoint-esitykset (*.pptx)</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Kirjoitetaan {name}…</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Vienti peruttiin; tiedostoa ei kirjoitettu.</translation>
        </message>
        <message>
            <source>Cannot export PowerPoint</source>
            <translation>PowerPoint-vienti ei onnistu</translation>
        </message>
        <message>
            <source>The presentation was not written: {reason}</source>
            <translation>Esitystä ei kirjoitettu: {reason}</translation>
        </message>
        <message>
            <source>Exported {slides} slides to {path}</source>
            <translation>Vietiin {slides} diaa tiedostoon {path}</translation>
        </message>
    </context>
    <context>
        <name>Print</name>
        <message>
            <source>Print Map</source>
            <translation>Tulosta kartta</translation>
        </message>
        <message>
            <source>Preparing pages…</source>
            <translation>Valmistellaan sivuja…</translation>
        </message>
        <message>
            <source>Cannot print</source>
            <translation>Tulostus ei onnistu</translation>
        </message>
        <message>
            <source>The pages could not be prepared: {reason}</source>
            <translation>Sivuja ei voitu valmistella: {reason}</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Tulostetaan…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
        <message>
            <source>Printing cancelled.</source>
            <translation>Tulostus peruttiin.</translation>
        </message>
        <message>
            <source>Sent {pages} page(s) to the printer.</source>
            <translation>Tulostimelle lähetettiin sivuja: {pages}.</translation>
        </message>
    </context>
    <context>
        <name>ProblemsBadge</name>
        <message numerus="yes">
            <source>⚠ %n problem(s)</source>
            <translation>
                <numerusform>⚠ %n ongelma</numerusform>
                <numerusform>⚠ %n ongelmaa</numerusform>
            </translation>
        </message>
        <message>
            <source>✓ No problems</source>
            <translation>✓ Ei ongelmia</translation>
        </message>
        <message>
            <source>Errors: {errors} · warnings: {warnings} · hints: {hints}</source>
            <translation>Virheet: {errors} · varoitukset: {warnings} · vihjeet: {hints}</translation>
        </message>
        <message>
            <source>Click to show the list</source>
            <translation>Näytä luettelo napsauttamalla</translation>
        </message>
    </context>
    <context>
        <name>ProblemsDock</name>
        <message>
            <source>Problems</source>
            <translation>Ongelmat</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Ongelma</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Missä</translation>
        </message>
        <message>
            <source>Problems ({count})</source>
            <translation>Ongelmat ({count})</translation>
        </message>
        <message>
            <source>(leaves)</source>
            <translation>(poistuu)</translation>
        </message>
        <message>
            <source>Problems ({count}) · hints ({hints})</source>
            <translation>Ongelmat ({count}) · vihjeet ({hints})</translation>
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>Viedään</translation>
        </message>
    </context>
    <context>
        <name>PropertiesDock</name>
        <message>
            <source>Properties</source>
            <translation>Ominaisuudet</translation>
        </message>
        <message>
            <source>{count} items selected</source>
            <translation>Valittuna {count} kohdetta</translation>
        </message>
        <message>
            <source>Select one item to edit its properties.</source>
            <translation>Valitse yksi kohde muokataksesi sen ominaisuuksia.</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Kartta</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>Kosketuspiste</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanava</translation>
        </message>
        <message>
            <source>Transition</source>
            <translation>Siirtymä</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persoona</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Skenaario</translation>
        </message>
        <message>
            <source>Action flow</source>
            <translation>Toimintojen kulku</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Rivi</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Otsikko</translation>
        </message>
        <message>
            <source>Untitled map</source>
            <translation>Nimetön kartta</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Kuvaus</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Kieli</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Tekijä</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Seuraava tarkistus</translation>
        </message>
        <message>
            <source>{stages} stages, {channels} channels, {cards} touchpoints</source>
            <translation>Vaiheita {stages}, kanavia {channels}, kosketuspisteitä {cards}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Business goal</source>
            <translation>Liiketoiminnan tavoite</translation>
        </message>
        <message>
            <source>Customer questions</source>
            <translation>Asiakkaan kysymykset</translation>
        </message>
        <message>
            <source>One question per line</source>
            <translation>Yksi kysymys riviä kohden</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Kesto</translation>
        </message>
        <message>
            <source>e.g. 3d, 2w, 1mo</source>
            <translation>esim. 3d, 2w, 1mo</translation>
        </message>
        <message>
            <source>KPIs</source>
            <translation>KPI-mittarit</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Tavoite</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Arvo</translation>
        </message>
        <message>
            <source>Add KPI</source>
            <translation>Lisää KPI</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Poista</translation>
        </message>
        <message>
            <source>Emotions</source>
            <translation>Tunteet</translation>
        </message>
        <message>
            <source>Add a persona to record how they feel in this stage.</source>
            <translation>Lisää persoona kirjataksesi, miltä hänestä tuntuu tässä vaiheessa.</translation>
        </message>
        <message>
            <source>SWOT</source>
            <translation>SWOT</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Vahvuudet</translation>
        </message>
        <message>
            <source>Weaknesses</source>
            <translation>Heikkoudet</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Mahdollisuudet</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>Uhat</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>Tunne</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>ei asetettu</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Äänet</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Persoonat</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>Skenaariot</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tunnisteet</translation>
        </message>
        <message>
            <source>comma, separated</source>
            <translation>pilkulla, eroteltuna</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Toiminnot</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Toimija</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Toiminto</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Vastuuhenkilö</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>Työkalut</translation>
        </message>
        <message>
            <source>Instructions</source>
            <translation>Ohjeet</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Lisää toiminto</translation>
        </message>
        <message>
            <source>Pains</source>
            <translation>Kipupisteet</translation>
        </message>
        <message>
            <source>Add pain</source>
            <translation>Lisää kipupiste</translation>
        </message>
        <message>
            <source>Add opportunity</source>
            <translation>Lisää mahdollisuus</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Teksti</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tyyppi</translation>
        </message>
        <message>
            <source>Digital</source>
            <translation>Digitaalinen</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Fyysinen</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Ihmiset</translation>
        </message>
        <message>
            <source>Backstage</source>
            <translation>Kulissien takana</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Väri</translation>
        </message>
        <message>
            <source>Icon</source>
            <translation>Kuvake</translation>
        </message>
        <message>
            <source>icon name</source>
            <translation>kuvakkeen nimi</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Mistä</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Mihin</translation>
        </message>
        <message>
            <source>(leaves)</source>
            <translation>(poistuu)</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Eteenpäin</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Takaisin</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Ohitus</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Suosittelu</translation>
        </message>
        <message>
            <source>Exit</source>
            <translation>Poistuminen</translation>
        </message>
        <message>
            <source>Probability</source>
            <translation>Todennäköisyys</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>ei annettu</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Nimike</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Tavoitteet</translation>
        </message>
        <message>
            <source>One goal per line</source>
            <translation>Yksi tavoite riviä kohden</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segmentti</translation>
        </message>
        <message>
            <source>New customers</source>
            <translation>Uudet asiakkaat</translation>
        </message>
        <message>
            <source>Returning customers</source>
            <translation>Palaavat asiakkaat</translation>
        </message>
        <message>
            <source>Lapsed customers</source>
            <translation>Hiipuvat asiakkaat</translation>
        </message>
        <message>
            <source>Lost customers</source>
            <translation>Menetetyt asiakkaat</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Muu</translation>
        </message>
        <message>
            <source>Edit {field}</source>
            <translation>Muokkaa: {field}</translation>
        </message>
        <message>
            <source>Remove action</source>
            <translation>Poista toiminto</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Siirrä ylös</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Siirrä alas</translation>
        </message>
        <message>
            <source>Reorder actions</source>
            <translation>Järjestä toiminnot</translation>
        </message>
        <message>
            <source>Edit action</source>
            <translation>Muokkaa toimintoa</translation>
        </message>
        <message>
            <source>Remove pain</source>
            <translation>Poista kipupiste</translation>
        </message>
        <message>
            <source>Reorder pains</source>
            <translation>Järjestä kipupisteet</translation>
        </message>
        <message>
            <source>Edit pain</source>
            <translation>Muokkaa kipupistettä</translation>
        </message>
        <message>
            <source>Remove opportunity</source>
            <translation>Poista mahdollisuus</translation>
        </message>
        <message>
            <source>Reorder opportunities</source>
            <translation>Järjestä mahdollisuudet</translation>
        </message>
        <message>
            <source>Edit opportunity</source>
            <translation>Muokkaa mahdollisuutta</translation>
        </message>
        <message>
            <source>(no text)</source>
            <translation>(ei tekstiä)</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>unknown time</source>
            <translation>tuntematon aika</translation>
        </message>
        <message>
            <source>never saved (untitled)</source>
            <translation>ei koskaan tallennettu (nimetön)</translation>
        </message>
        <message>
            <source>Recover unsaved work</source>
            <translation>Palauta tallentamaton työ</translation>
        </message>
        <message>
            <source>CJM Designer did not close normally last time. These maps had changes that were not saved; choose what to do with each. 'Later' keeps the copy and asks again at the next start.</source>
            <translation>CJM Designer ei sulkeutunut viime kerralla normaalisti. Näissä kartoissa oli tallentamattomia muutoksia; valitse, mitä kullekin tehdään. ”Myöhemmin” säilyttää kopion ja kysyy uudelleen seuraavalla käynnistyskerralla.</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Kartta</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Tiedosto</translation>
        </message>
        <message>
            <source>Unsaved copy from</source>
            <translation>Tallentamaton kopio ajalta</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Toiminto</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Nimetön</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Palauta</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Hylkää</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Myöhemmin</translation>
        </message>
    </context>
    <context>
        <name>Reliability</name>
        <message>
            <source>another program</source>
            <translation>toisessa ohjelmassa</translation>
        </message>
        <message>
            <source>another window of CJM Designer</source>
            <translation>toisessa CJM Designer -ikkunassa</translation>
        </message>
        <message>
            <source>CJM Designer (process {pid}) on {host}</source>
            <translation>CJM Designerissa (prosessi {pid}) koneella {host}</translation>
        </message>
        <message>
            <source>Map already open</source>
            <translation>Kartta on jo auki</translation>
        </message>
        <message>
            <source>{name} is already open in {owner}.</source>
            <translation>{name} on jo auki: {owner}.</translation>
        </message>
        <message>
            <source>Open it read-only to look without changing it, or take over to edit it here. After a take-over the other copy can no longer save over this file.</source>
            <translation>Avaa vain luku -tilassa katsoaksesi muuttamatta, tai ota haltuun muokataksesi täällä. Haltuunoton jälkeen toinen kopio ei voi enää tallentaa tämän tiedoston päälle.</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Avaa vain luku</translation>
        </message>
        <message>
            <source>Take over</source>
            <translation>Ota haltuun</translation>
        </message>
        <message>
            <source>Map changed on disk</source>
            <translation>Kartta muuttui levyllä</translation>
        </message>
        <message>
            <source>{name} was changed by another program or person.</source>
            <translation>Toinen ohjelma tai henkilö on muuttanut tiedostoa {name}.</translation>
        </message>
        <message>
            <source>You also have unsaved changes here. Reload to see their version and lose yours, or keep yours (saving will then replace their version).</source>
            <translation>Sinulla on täällä myös tallentamattomia muutoksia. Lataa uudelleen nähdäksesi heidän versionsa ja menettääksesi omasi, tai pidä omasi (tallennus korvaa silloin heidän versionsa).</translation>
        </message>
        <message>
            <source>Reload to see the new version?</source>
            <translation>Ladataanko uusi versio?</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Lataa uudelleen</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Pidä omani</translation>
        </message>
        <message>
            <source>{name} was changed on disk since you opened it. Save anyway and replace that version with yours?</source>
            <translation>Tiedostoa {name} on muutettu levyllä avaamisesi jälkeen. Tallennetaanko silti ja korvataanko se versio omallasi?</translation>
        </message>
        <message>
            <source>Map taken over</source>
            <translation>Kartta otettu haltuun</translation>
        </message>
        <message>
            <source>{name} was taken over in another window or by another person, so it is not saved here. Use Save As to keep your version under another name.</source>
            <translation>Tiedosto {name} otettiin haltuun toisessa ikkunassa tai toisen henkilön toimesta, joten sitä ei tallenneta täällä. Tallenna oma versiosi toisella nimellä valitsemalla Tallenna nimellä.</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Odottamaton virhe</translation>
        </message>
        <message>
            <source>Something went wrong inside CJM Designer: {summary}</source>
            <translation>CJM Designerissa tapahtui virhe: {summary}</translation>
        </message>
        <message>
            <source>Unsaved work was copied to the recovery folder:
{files}</source>
            <translation>Tallentamaton työ kopioitiin palautuskansioon:
{files}</translation>
        </message>
        <message>
            <source>There was no unsaved work to copy.</source>
            <translation>Kopioitavaa tallentamatonta työtä ei ollut.</translation>
        </message>
        <message>
            <source>Details are in the log file:
{log}</source>
            <translation>Lisätiedot ovat lokitiedostossa:
{log}</translation>
        </message>
        <message>
            <source>You can keep working, but saving under a new name is safest.</source>
            <translation>Voit jatkaa työskentelyä, mutta turvallisinta on tallentaa uudella nimellä.</translation>
        </message>
        <message>
            <source>Map opened read-only</source>
            <translation>Kartta avattiin vain luettavaksi</translation>
        </message>
        <message>
            <source>{name} cannot be taken over while {owner} has it open: Windows does not let its lock be removed. It is opened read-only here. Close it there, then open it again to edit it.</source>
            <translation>Tiedostoa {name} ei voi ottaa haltuun, kun {owner} pitää sitä auki: Windows ei salli sen lukon poistamista. Se avattiin tässä vain luettavaksi. Sulje se siellä ja avaa se sitten uudelleen muokataksesi.</translation>
        </message>
    </context>
    <context>
        <name>Room</name>
        <message>
            <source>Pain</source>
            <translation>Kipupiste</translation>
        </message>
        <message>
            <source>Idea</source>
            <translation>Idea</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Kysymys</translation>
        </message>
        <message>
            <source>Thought</source>
            <translation>Ajatus</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>odottaa</translation>
        </message>
        <message>
            <source>on the map</source>
            <translation>kartalla</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>yhdistetty</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>hylätty</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>peruttu</translation>
        </message>
        <message>
            <source>Room's emotional curve</source>
            <translation>Huoneen tunnekäyrä</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Huone</translation>
        </message>
        <message>
            <source>Dots per person:</source>
            <translation>Ääniä per henkilö:</translation>
        </message>
        <message>
            <source>Waiting notes</source>
            <translation>Odottavat muistiinpanot</translation>
        </message>
        <message>
            <source>All notes</source>
            <translation>Kaikki muistiinpanot</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tyyppi</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Muistiinpano</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Lähettäjä</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>Notes from the room</source>
            <translation>Huoneen muistiinpanot</translation>
        </message>
        <message>
            <source>Add to card:</source>
            <translation>Lisää korttiin:</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Hyväksy</translation>
        </message>
        <message>
            <source>Make the chosen notes entries of the map (Enter)</source>
            <translation>Tee valituista muistiinpanoista kartan merkintöjä (Enter)</translation>
        </message>
        <message>
            <source>Set the chosen notes aside (Delete)</source>
            <translation>Siirrä valitut muistiinpanot syrjään (Delete)</translation>
        </message>
        <message numerus="yes">
            <source>Room open · %n joined</source>
            <translation>
                <numerusform>Huone auki · %n liittynyt</numerusform>
                <numerusform>Huone auki · %n liittynyttä</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n room dot(s) in all; not yet on the map: {waiting}</source>
            <translation>
                <numerusform>Yhteensä %n huoneen ääni; ei vielä kartalla: {waiting}</numerusform>
                <numerusform>Yhteensä %n huoneen ääntä; ei vielä kartalla: {waiting}</numerusform>
            </translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Yhdistä</translation>
        </message>
        <message>
            <source>Participants' address</source>
            <translation>Osallistujien osoite</translation>
        </message>
        <message>
            <source>QR Code</source>
            <translation>QR-koodi</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Hylkää</translation>
        </message>
        <message>
            <source>Back to Inbox</source>
            <translation>Takaisin saapuneisiin</translation>
        </message>
        <message>
            <source>Add Room Dots to the Map</source>
            <translation>Siirrä huoneen äänet kartalle</translation>
        </message>
        <message>
            <source>Keep Room Curve as Persona</source>
            <translation>Tallenna huoneen käyrä personana</translation>
        </message>
        <message>
            <source>Dots</source>
            <translation>Äänet</translation>
        </message>
        <message>
            <source>Emotional curve</source>
            <translation>Tunnekäyrä</translation>
        </message>
        <message>
            <source>Close Room</source>
            <translation>Sulje huone</translation>
        </message>
        <message>
            <source>The room is closed.</source>
            <translation>Huone on suljettu.</translation>
        </message>
        <message>
            <source>Open Room…</source>
            <translation>Avaa huone…</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automaattinen</translation>
        </message>
        <message>
            <source>Accept room notes</source>
            <translation>Hyväksy huoneen muistiinpanot</translation>
        </message>
        <message>
            <source>Accept room note</source>
            <translation>Hyväksy huoneen muistiinpano</translation>
        </message>
        <message>
            <source>Add room dots</source>
            <translation>Siirrä huoneen äänet</translation>
        </message>
        <message>
            <source>Room {date}</source>
            <translation>Huone {date}</translation>
        </message>
        <message>
            <source>Keep room curve</source>
            <translation>Tallenna huoneen käyrä</translation>
        </message>
        <message>
            <source>Notes from the workshop room</source>
            <translation>Työpajahuoneen muistiinpanot</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) from the workshop room of this map wait for review. Show them in the Room panel?</source>
            <translation>
                <numerusform>%n muistiinpano tämän kartan työpajahuoneesta odottaa läpikäyntiä. Näytetäänkö se Huone-paneelissa?</numerusform>
                <numerusform>%n muistiinpanoa tämän kartan työpajahuoneesta odottaa läpikäyntiä. Näytetäänkö ne Huone-paneelissa?</numerusform>
            </translation>
        </message>
        <message>
            <source>Open &amp;Room…</source>
            <translation>Avaa &amp;huone…</translation>
        </message>
        <message>
            <source>Close R&amp;oom</source>
            <translation>Sulje h&amp;uone</translation>
        </message>
        <message>
            <source>Show Room &amp;QR Code</source>
            <translation>Näytä huoneen &amp;QR-koodi</translation>
        </message>
        <message>
            <source>Room &amp;Panel</source>
            <translation>Huone&amp;paneeli</translation>
        </message>
        <message>
            <source>&amp;Room</source>
            <translation>&amp;Huone</translation>
        </message>
        <message>
            <source>A new note from the room</source>
            <translation>Uusi muistiinpano huoneesta</translation>
        </message>
        <message>
            <source>Open Room</source>
            <translation>Avaa huone</translation>
        </message>
        <message>
            <source>Save the map first: the room keeps its notes in a journal beside the map file.</source>
            <translation>Tallenna kartta ensin: huone säilyttää muistiinpanot lokissa karttatiedoston vieressä.</translation>
        </message>
        <message>
            <source>The room cannot listen on {host}:{port}: {reason}</source>
            <translation>Huone ei voi kuunnella osoitetta {host}:{port}: {reason}</translation>
        </message>
        <message>
            <source>Room open at {url}</source>
            <translation>Huone auki osoitteessa {url}</translation>
        </message>
        <message>
            <source>Room closed; its notes stay in the Room panel.</source>
            <translation>Huone suljettu; sen muistiinpanot jäävät Huone-paneeliin.</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) from the room waiting</source>
            <translation>
                <numerusform>%n muistiinpano huoneesta odottaa</numerusform>
                <numerusform>%n muistiinpanoa huoneesta odottaa</numerusform>
            </translation>
        </message>
        <message>
            <source>Open Workshop Room</source>
            <translation>Avaa työpajahuone</translation>
        </message>
        <message>
            <source>Participants join from their phones on the same network. Only the network you choose can reach the room, and only while it is open.</source>
            <translation>Osallistujat liittyvät puhelimillaan samasta verkosta. Huone näkyy vain valitsemaasi verkkoon ja vain kun se on auki.</translation>
        </message>
        <message>
            <source>&amp;Network:</source>
            <translation>&amp;Verkko:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Portti:</translation>
        </message>
        <message>
            <source>&amp;Dots per person:</source>
            <translation>Ä&amp;äniä per henkilö:</translation>
        </message>
        <message>
            <source>No network is connected. Connect to the room's Wi-Fi first.</source>
            <translation>Verkkoyhteyttä ei ole. Yhdistä ensin huoneen Wi-Fi-verkkoon.</translation>
        </message>
        <message>
            <source>QR code of {url}</source>
            <translation>Osoitteen {url} QR-koodi</translation>
        </message>
        <message>
            <source>Join the workshop room</source>
            <translation>Liity työpajahuoneeseen</translation>
        </message>
        <message>
            <source>Scan to join the workshop</source>
            <translation>Skannaa ja liity työpajaan</translation>
        </message>
        <message numerus="yes">
            <source>%n joined</source>
            <translation>
                <numerusform>%n liittynyt</numerusform>
                <numerusform>%n liittynyttä</numerusform>
            </translation>
        </message>
        <message>
            <source>The workshop room of this map is already open in another window or program; close it there first.</source>
            <translation>Tämän kartan työpajahuone on jo auki toisessa ikkunassa tai ohjelmassa; sulje se ensin siellä.</translation>
        </message>
    </context>
    <context>
        <name>SectionHeader</name>
        <message>
            <source>Open section: Enter or Space folds it</source>
            <translation>Avoin osio: Enter tai välilyönti kutistaa sen</translation>
        </message>
        <message>
            <source>Folded section: Enter or Space opens it</source>
            <translation>Kutistettu osio: Enter tai välilyönti avaa sen</translation>
        </message>
        <message>
            <source>Click to fold this section</source>
            <translation>Napsauta kutistaaksesi osion</translation>
        </message>
        <message>
            <source>Click to open this section</source>
            <translation>Napsauta avataksesi osion</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Asetukset</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>Järjestelmän mukaan</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Vaalea</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Tumma</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Pois</translation>
        </message>
        <message>
            <source>Millimetres</source>
            <translation>Millimetrit</translation>
        </message>
        <message>
            <source>Inches</source>
            <translation>Tuumat</translation>
        </message>
        <message>
            <source>Snap stage widths to the grid</source>
            <translation>Kohdista vaiheiden leveys ruudukkoon</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <source>A new language is used from the next start.</source>
            <translation>Uusi kieli otetaan käyttöön seuraavalla käynnistyskerralla.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Kieli:</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Teema:</translation>
        </message>
        <message>
            <source>&amp;Autosave every:</source>
            <translation>&amp;Automaattitallennus välein:</translation>
        </message>
        <message>
            <source>Default &amp;paper:</source>
            <translation>Oletus&amp;paperi:</translation>
        </message>
        <message>
            <source>&amp;Units:</source>
            <translation>&amp;Yksiköt:</translation>
        </message>
        <message>
            <source>Canvas &amp;text size:</source>
            <translation>Piirtoalueen &amp;tekstikoko:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Kieli</translation>
        </message>
        <message>
            <source>Language of the menus and dialogs</source>
            <translation>Valikkojen ja valintaikkunoiden kieli</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Teema</translation>
        </message>
        <message>
            <source>Light or dark window and canvas</source>
            <translation>Vaalea tai tumma ikkuna ja piirtoalue</translation>
        </message>
        <message>
            <source>Autosave interval</source>
            <translation>Automaattitallennuksen väli</translation>
        </message>
        <message>
            <source>Seconds between copies to the recovery folder; 0 turns it off</source>
            <translation>Sekunteja palautuskansioon tehtävien kopioiden välillä; 0 poistaa käytöstä</translation>
        </message>
        <message>
            <source>Default paper</source>
            <translation>Oletuspaperi</translation>
        </message>
        <message>
            <source>Paper size proposed for PDF export</source>
            <translation>PDF-viennissä ehdotettava paperikoko</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Yksiköt</translation>
        </message>
        <message>
            <source>Units for paper sizes and margins</source>
            <translation>Paperikokojen ja marginaalien yksiköt</translation>
        </message>
        <message>
            <source>Snap to grid</source>
            <translation>Kohdistus ruudukkoon</translation>
        </message>
        <message>
            <source>Stage widths snap while resizing</source>
            <translation>Vaiheen leveys kohdistuu ruudukkoon kokoa muutettaessa</translation>
        </message>
        <message>
            <source>Canvas text size</source>
            <translation>Piirtoalueen tekstikoko</translation>
        </message>
        <message>
            <source>Size of card text on screen</source>
            <translation>Korttien tekstin koko näytöllä</translation>
        </message>
    </context>
    <context>
        <name>Snapshots</name>
        <message>
            <source>Save Snapshot</source>
            <translation>Tallenna tilannekuva</translation>
        </message>
        <message>
            <source>Name of the snapshot (today's date is added):</source>
            <translation>Tilannekuvan nimi (tämän päivän päivämäärä lisätään):</translation>
        </message>
        <message>
            <source>Restore Snapshot</source>
            <translation>Palauta tilannekuva</translation>
        </message>
        <message>
            <source>Replace the map with the snapshot “{name}”? You can undo this.</source>
            <translation>Korvataanko kartta tilannekuvalla ”{name}”? Voit kumota tämän.</translation>
        </message>
        <message>
            <source>Snapshot {date}</source>
            <translation>Tilannekuva {date}</translation>
        </message>
        <message>
            <source>Cannot save snapshot</source>
            <translation>Tilannekuvaa ei voi tallentaa</translation>
        </message>
        <message>
            <source>Save snapshot “{name}”</source>
            <translation>Tallenna tilannekuva ”{name}”</translation>
        </message>
        <message>
            <source>Snapshot “{name}” saved in the map; save the file to keep it.</source>
            <translation>Tilannekuva ”{name}” tallennettiin karttaan; tallenna tiedosto säilyttääksesi sen.</translation>
        </message>
        <message>
            <source>Cannot open snapshot</source>
            <translation>Tilannekuvaa ei voi avata</translation>
        </message>
        <message>
            <source>Restore snapshot “{name}”</source>
            <translation>Palauta tilannekuva ”{name}”</translation>
        </message>
        <message>
            <source>{file} @ {snapshot} (read-only)</source>
            <translation>{file} @ {snapshot} (vain luku)</translation>
        </message>
        <message>
            <source>snapshot “{name}”</source>
            <translation>tilannekuva ”{name}”</translation>
        </message>
        <message>
            <source>current map</source>
            <translation>nykyinen kartta</translation>
        </message>
        <message>
            <source>Snapshots</source>
            <translation>Tilannekuvat</translation>
        </message>
        <message>
            <source>Open Read-Only</source>
            <translation>Avaa vain luku -tilassa</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Palauta…</translation>
        </message>
        <message>
            <source>Compare With Current</source>
            <translation>Vertaa nykyiseen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Poista</translation>
        </message>
        <message>
            <source>Snapshots are kept inside the map file.</source>
            <translation>Tilannekuvat säilytetään karttatiedoston sisällä.</translation>
        </message>
        <message>
            <source>No snapshots yet. Use File &gt; Save Snapshot… to keep a copy of the map as it is now.</source>
            <translation>Tilannekuvia ei vielä ole. Valitse Tiedosto &gt; Tallenna tilannekuva…, niin kartasta jää kopio sellaisena kuin se nyt on.</translation>
        </message>
        <message>
            <source>Delete snapshot “{name}”</source>
            <translation>Poista tilannekuva ”{name}”</translation>
        </message>
    </context>
    <context>
        <name>StageHeader</name>
        <message>
            <source>final stage</source>
            <translation>viimeinen vaihe</translation>
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message>
            <source>Type a touchpoint, Enter to add, Tab for the next stage</source>
            <translation>Kirjoita kosketuspiste: Enter lisää, Tab siirtyy seuraavaan vaiheeseen</translation>
        </message>
        <message numerus="yes">
            <source>Add %n touchpoint(s)</source>
            <translation>
                <numerusform>Lisää %n kosketuspiste</numerusform>
                <numerusform>Lisää %n kosketuspistettä</numerusform>
            </translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Suodattimet</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persoona</translation>
        </message>
        <message>
            <source>Show the map for one persona (Ctrl+Alt+P)</source>
            <translation>Näytä kartta yhden persoonan osalta (Ctrl+Alt+P)</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Skenaario</translation>
        </message>
        <message>
            <source>Show the map for one scenario (Ctrl+Alt+S)</source>
            <translation>Näytä kartta yhden skenaarion osalta (Ctrl+Alt+S)</translation>
        </message>
        <message>
            <source>All personas</source>
            <translation>Kaikki persoonat</translation>
        </message>
        <message>
            <source>All scenarios</source>
            <translation>Kaikki skenaariot</translation>
        </message>
        <message>
            <source>Compare scenarios</source>
            <translation>Vertaa skenaarioita</translation>
        </message>
        <message>
            <source>Find in the map</source>
            <translation>Etsi kartalta</translation>
        </message>
        <message>
            <source>Previous hit (Shift+F3)</source>
            <translation>Edellinen osuma (Shift+F3)</translation>
        </message>
        <message>
            <source>Next hit (F3)</source>
            <translation>Seuraava osuma (F3)</translation>
        </message>
        <message>
            <source>Show only cards of one channel</source>
            <translation>Näytä vain yhden kanavan kortit</translation>
        </message>
        <message>
            <source>Show only cards with one tag</source>
            <translation>Näytä vain kortit, joilla on tietty tunniste</translation>
        </message>
        <message>
            <source>Show only cards one person owns</source>
            <translation>Näytä vain yhden vastuuhenkilön kortit</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Sulje (Esc)</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Kaikki kanavat</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Kaikki tunnisteet</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>Kaikki vastuuhenkilöt</translation>
        </message>
        <message>
            <source>No hits</source>
            <translation>Ei osumia</translation>
        </message>
        <message>
            <source>{n} of {total}</source>
            <translation>{n}/{total}</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>Lisää kommentti</translation>
        </message>
        <message>
            <source>Delete comment</source>
            <translation>Poista kommentti</translation>
        </message>
        <message>
            <source>Write a comment; Ctrl+Enter adds it</source>
            <translation>Kirjoita kommentti; Ctrl+Enter lisää sen</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Kommentit</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Tekijä</translation>
        </message>
        <message>
            <source>Add picture…</source>
            <translation>Lisää kuva…</translation>
        </message>
        <message>
            <source>Remove picture</source>
            <translation>Poista kuva</translation>
        </message>
        <message>
            <source>Pictures</source>
            <translation>Kuvat</translation>
        </message>
        <message>
            <source>Select one stage or touchpoint to see its comments.</source>
            <translation>Valitse yksi vaihe tai kosketuspiste nähdäksesi sen kommentit.</translation>
        </message>
        <message>
            <source>Add picture</source>
            <translation>Lisää kuva</translation>
        </message>
        <message>
            <source>Images ({patterns})</source>
            <translation>Kuvat ({patterns})</translation>
        </message>
        <message>
            <source>New customers</source>
            <translation>Uudet asiakkaat</translation>
        </message>
        <message>
            <source>Returning customers</source>
            <translation>Palaavat asiakkaat</translation>
        </message>
        <message>
            <source>Lapsed customers</source>
            <translation>Hiipuvat asiakkaat</translation>
        </message>
        <message>
            <source>Lost customers</source>
            <translation>Menetetyt asiakkaat</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Muu</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Persoonat</translation>
        </message>
        <message>
            <source>Add persona</source>
            <translation>Lisää persoona</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Poista</translation>
        </message>
        <message>
            <source>Choose photo…</source>
            <translation>Valitse kuva…</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>Poista kuva</translation>
        </message>
        <message>
            <source>One goal per line</source>
            <translation>Yksi tavoite riviä kohden</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Kuva</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Kuvaus</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Tavoitteet</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segmentti</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Väri</translation>
        </message>
        <message>
            <source>New persona</source>
            <translation>Uusi persoona</translation>
        </message>
        <message>
            <source>Remove persona</source>
            <translation>Poista persoona</translation>
        </message>
        <message>
            <source>Edit persona</source>
            <translation>Muokkaa persoonaa</translation>
        </message>
        <message>
            <source>Persona photo</source>
            <translation>Persoonan kuva</translation>
        </message>
        <message>
            <source>Journey map</source>
            <translation>Asiakaspolkukartta</translation>
        </message>
        <message numerus="yes">
            <source>%n stage(s) · → next stage · Home overview · Esc leave</source>
            <translation>
                <numerusform>%n vaihe · → seuraava vaihe · Home yleiskuva · Esc poistu</numerusform>
                <numerusform>%n vaihetta · → seuraava vaihe · Home yleiskuva · Esc poistu</numerusform>
            </translation>
        </message>
        <message>
            <source>{number}/{count} · {name}</source>
            <translation>{number}/{count} · {name}</translation>
        </message>
        <message>
            <source>stage / channel: title</source>
            <translation>vaihe / kanava: otsikko</translation>
        </message>
        <message>
            <source>e.g. Interest / Web site: Compare prices</source>
            <translation>esim. Kiinnostus / Verkkosivusto: Vertaile hintoja</translation>
        </message>
        <message>
            <source>Cannot add: {reason}</source>
            <translation>Ei voi lisätä: {reason}</translation>
        </message>
        <message>
            <source>→ {stage} › {channel}: {title}</source>
            <translation>→ {stage} › {channel}: {title}</translation>
        </message>
        <message>
            <source>Log revision</source>
            <translation>Kirjaa tarkistus</translation>
        </message>
        <message>
            <source>SWOT and Review</source>
            <translation>SWOT ja tarkistus</translation>
        </message>
        <message>
            <source>SWOT</source>
            <translation>SWOT</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Vahvuudet</translation>
        </message>
        <message>
            <source>Weaknesses</source>
            <translation>Heikkoudet</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Mahdollisuudet</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>Uhat</translation>
        </message>
        <message>
            <source>One item per line</source>
            <translation>Yksi kohta riviä kohden</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Tarkistus</translation>
        </message>
        <message>
            <source>In {n} months</source>
            <translation>{n} kk:n päästä</translation>
        </message>
        <message>
            <source>The sources advise revisiting the map every 3-5 months</source>
            <translation>Lähteet suosittelevat kartan tarkistamista 3–5 kuukauden välein</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Seuraava tarkistus</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Päivämäärä</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Yhteenveto</translation>
        </message>
        <message>
            <source>What changed in this revision</source>
            <translation>Mitä tässä tarkistuksessa muuttui</translation>
        </message>
        <message>
            <source>SWOT: {stage}</source>
            <translation>SWOT: {stage}</translation>
        </message>
        <message>
            <source>Edit SWOT</source>
            <translation>Muokkaa SWOT-analyysiä</translation>
        </message>
        <message>
            <source>Set next review</source>
            <translation>Aseta seuraava tarkistus</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Length of the timebox</source>
            <translation>Aikaikkunan pituus</translation>
        </message>
        <message>
            <source>Start or pause the session timer (Ctrl+Alt+T)</source>
            <translation>Käynnistä tai keskeytä istunnon ajastin (Ctrl+Alt+T)</translation>
        </message>
        <message>
            <source>Reset the session timer</source>
            <translation>Nollaa istunnon ajastin</translation>
        </message>
        <message>
            <source>Add vote</source>
            <translation>Lisää ääni</translation>
        </message>
        <message>
            <source>Remove vote</source>
            <translation>Poista ääni</translation>
        </message>
        <message>
            <source>Reset votes</source>
            <translation>Nollaa äänet</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Äänet</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Kohde</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <source>All items</source>
            <translation>Kaikki kohteet</translation>
        </message>
        <message>
            <source>Also list cards, pains and opportunities without votes</source>
            <translation>Näytä myös kortit, kipupisteet ja mahdollisuudet, joilla ei ole ääniä</translation>
        </message>
        <message>
            <source>+1</source>
            <translation>+1</translation>
        </message>
        <message>
            <source>Give a vote to the chosen item (+)</source>
            <translation>Anna ääni valitulle kohteelle (+)</translation>
        </message>
        <message>
            <source>−1</source>
            <translation>−1</translation>
        </message>
        <message>
            <source>Take a vote from the chosen item (-)</source>
            <translation>Ota ääni pois valitulta kohteelta (-)</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Kipupiste</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>Mahdollisuus</translation>
        </message>
        <message>
            <source>&amp;Presentation Mode</source>
            <translation>&amp;Esitystila</translation>
        </message>
        <message>
            <source>&amp;Quick Add…</source>
            <translation>&amp;Pikalisäys…</translation>
        </message>
        <message>
            <source>Fast &amp;Capture</source>
            <translation>&amp;Nopea kirjaus</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Etsi…</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>Etsi &amp;seuraava</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>Etsi &amp;edellinen</translation>
        </message>
        <message>
            <source>&amp;Add Vote</source>
            <translation>&amp;Lisää ääni</translation>
        </message>
        <message>
            <source>&amp;Remove Vote</source>
            <translation>&amp;Poista ääni</translation>
        </message>
        <message>
            <source>Reset &amp;Votes</source>
            <translation>Nollaa ää&amp;net</translation>
        </message>
        <message>
            <source>Add Co&amp;mment</source>
            <translation>Lisää &amp;kommentti</translation>
        </message>
        <message>
            <source>Add P&amp;icture…</source>
            <translation>Lisää k&amp;uva…</translation>
        </message>
        <message>
            <source>Next &amp;Persona Filter</source>
            <translation>Seuraava &amp;persoonasuodatin</translation>
        </message>
        <message>
            <source>Next &amp;Scenario Filter</source>
            <translation>Seuraava &amp;skenaariosuodatin</translation>
        </message>
        <message>
            <source>Compare Sce&amp;narios…</source>
            <translation>Vertaa skenaa&amp;rioita…</translation>
        </message>
        <message>
            <source>Start/Pause &amp;Timer</source>
            <translation>Käynnistä/keskeytä &amp;ajastin</translation>
        </message>
        <message>
            <source>R&amp;eset Timer</source>
            <translation>N&amp;ollaa ajastin</translation>
        </message>
        <message>
            <source>&amp;Log Revision…</source>
            <translation>Kirjaa &amp;tarkistus…</translation>
        </message>
        <message>
            <source>&amp;Workshop</source>
            <translation>&amp;Työpaja</translation>
        </message>
        <message>
            <source>Workshop &amp;Panels</source>
            <translation>Työpajan &amp;paneelit</translation>
        </message>
        <message numerus="yes">
            <source>Add %n picture(s)</source>
            <translation>
                <numerusform>Lisää %n kuva</numerusform>
                <numerusform>Lisää %n kuvaa</numerusform>
            </translation>
        </message>
        <message>
            <source>The map has no scenarios to compare; add them in the outline first.</source>
            <translation>Kartassa ei ole vertailtavia skenaarioita; lisää ne ensin rakenteeseen.</translation>
        </message>
        <message>
            <source>part {part} of {parts}</source>
            <translation>osa {part}/{parts}</translation>
        </message>
    </context>
</TS>
