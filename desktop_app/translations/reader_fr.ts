<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>DefinitionBar</name>
    <message>
        <location filename="../reader_bars.py" line="264"/>
        <source>Glossary definition</source>
        <translation>Définition du glossaire</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="265"/>
        <location filename="../reader_bars.py" line="266"/>
        <source>Open in glossary</source>
        <translation>Ouvrir dans le glossaire</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="267"/>
        <source>Show this term in the full glossary</source>
        <translation>Afficher ce terme dans le glossaire complet</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="268"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="269"/>
        <source>Close definition</source>
        <translation>Fermer la définition</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="278"/>
        <source>&lt;b&gt;{term}&lt;/b&gt;: {definition}</source>
        <translation>&lt;b&gt;{term}&lt;/b&gt;&#xa0;: {definition}</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="280"/>
        <source>{term}: {definition}</source>
        <translation>{term}&#xa0;: {definition}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../reader_bars.py" line="54"/>
        <location filename="../reader_bars.py" line="57"/>
        <source>Find in page</source>
        <translation>Chercher dans la page</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="55"/>
        <source>Find in page:</source>
        <translation>Chercher dans la page&#xa0;:</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="56"/>
        <source>word or phrase</source>
        <translation>mot ou expression</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="58"/>
        <source>Type to highlight every match in the open page. Enter: next match; Shift+Enter: previous; Escape: close.</source>
        <translation>Tapez pour surligner chaque occurrence dans la page ouverte. Entrée&#xa0;: occurrence suivante&#xa0;; Maj+Entrée&#xa0;: précédente&#xa0;; Échap&#xa0;: fermer.</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="60"/>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="61"/>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="62"/>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="63"/>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="64"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="65"/>
        <source>Close find in page</source>
        <translation>Fermer la recherche dans la page</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="100"/>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="102"/>
        <source>1 of 1 match</source>
        <translation>Occurrence 1 sur 1</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="103"/>
        <source>{n} of {total} matches</source>
        <translation>Occurrence {n} sur {total}</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="105"/>
        <source>1 match</source>
        <translation>1 occurrence</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="106"/>
        <source>{total} matches</source>
        <translation>{total} occurrences</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="108"/>
        <source>Matches</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
</context>
<context>
    <name>HitBar</name>
    <message>
        <location filename="../reader_bars.py" line="142"/>
        <source>Search matches in this page</source>
        <translation>Occurrences de la recherche dans cette page</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="144"/>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="145"/>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="146"/>
        <source>Go to the previous search match in this page (Shift+F3)</source>
        <translation>Aller à l&apos;occurrence précédente de la recherche dans cette page (Maj+F3)</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="147"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="148"/>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="149"/>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="150"/>
        <source>Go to the next search match in this page (F3)</source>
        <translation>Aller à l&apos;occurrence suivante de la recherche dans cette page (F3)</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="151"/>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="152"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="153"/>
        <source>Clear highlights</source>
        <translation>Effacer le surlignage</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="154"/>
        <source>Remove the search highlights from this page</source>
        <translation>Retirer de cette page le surlignage de la recherche</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="171"/>
        <source>no matches in this page</source>
        <translation>aucune occurrence dans cette page</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="171"/>
        <source>no matches</source>
        <translation>aucune occurrence</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="173"/>
        <source>match {n} of {total} in this page</source>
        <translation>occurrence {n} sur {total} dans cette page</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="175"/>
        <source>{n} of {total}</source>
        <translation>{n} sur {total}</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="177"/>
        <source>1 match in this page</source>
        <translation>1 occurrence dans cette page</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="177"/>
        <source>1 match</source>
        <translation>1 occurrence</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="179"/>
        <source>{total} matches in this page</source>
        <translation>{total} occurrences dans cette page</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="180"/>
        <source>{total} matches</source>
        <translation>{total} occurrences</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="182"/>
        <source>Search “{query}”: {count}</source>
        <translation>Recherche «&#xa0;{query}&#xa0;»&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../reader_bars.py" line="206"/>
        <location filename="../reader_bars.py" line="208"/>
        <location filename="../reader_bars.py" line="214"/>
        <source>“{query}”: {count}</source>
        <translation>«&#xa0;{query}&#xa0;»&#xa0;: {count}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../window_bars.py" line="60"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../window_bars.py" line="61"/>
        <source>Dismiss: {name}</source>
        <translation>Masquer&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../window_bars.py" line="62"/>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../reader.py" line="36"/>
        <source>The text of the open page. Tab moves from link to link; Enter opens one. Its headings and links are listed under On this page (Ctrl+Shift+O).</source>
        <extracomment>What the reader is, for screen readers (translated when set: :meth:`Reader.description`)</extracomment>
        <translation>Le texte de la page ouverte. Tab passe d&apos;un lien à l&apos;autre&#xa0;; Entrée ouvre le lien. Ses titres et ses liens sont énumérés sous Sur cette page (Ctrl+Maj+O).</translation>
    </message>
    <message>
        <location filename="../reader.py" line="88"/>
        <source>Reader</source>
        <extracomment>Tab or Shift+Tab put the keyboard on a link: (its address, its words) (position, until): the line that was at the top before a zoom, kept there</extracomment>
        <translation>Lecteur</translation>
    </message>
</context>
<context>
    <name>ReaderPages</name>
    <message>
        <location filename="../reader_pages.py" line="36"/>
        <source>&lt;b&gt;Search&lt;/b&gt;: press &lt;b&gt;Ctrl+K&lt;/b&gt; and type a few words, for example &lt;i&gt;police asking for records&lt;/i&gt;. Spelling mistakes are fine.</source>
        <translation>&lt;b&gt;Rechercher&lt;/b&gt;&#xa0;: appuyez sur &lt;b&gt;Ctrl+K&lt;/b&gt; et tapez quelques mots, par exemple &lt;i&gt;la police demande des dossiers&lt;/i&gt;. Les fautes d&apos;orthographe ne posent pas de problème.</translation>
    </message>
    <message>
        <location filename="../reader_pages.py" line="39"/>
        <source>&lt;b&gt;Browse&lt;/b&gt;: pick a topic from the contents on the left, or below.</source>
        <translation>&lt;b&gt;Parcourir&lt;/b&gt;&#xa0;: choisissez un sujet dans le sommaire, à gauche ou ci-dessous.</translation>
    </message>
    <message>
        <location filename="../reader_pages.py" line="41"/>
        <source>&lt;b&gt;Leave quickly&lt;/b&gt;: press &lt;b&gt;Shift&lt;/b&gt; three times, or &lt;b&gt;Ctrl+Shift+Q&lt;/b&gt;, or the &lt;b&gt;Quick exit&lt;/b&gt; button.</source>
        <translation>&lt;b&gt;Quitter rapidement&lt;/b&gt;&#xa0;: appuyez trois fois sur &lt;b&gt;Maj&lt;/b&gt;, ou sur &lt;b&gt;Ctrl+Maj+Q&lt;/b&gt;, ou sur le bouton &lt;b&gt;Sortie rapide&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../reader_pages.py" line="43"/>
        <source>All keyboard shortcuts: &lt;b&gt;F1&lt;/b&gt;.</source>
        <translation>Tous les raccourcis clavier&#xa0;: &lt;b&gt;F1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../reader_pages.py" line="120"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../reader_pages.py" line="121"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../reader_pages.py" line="124"/>
        <source>The words this guide uses, in plain language, A to Z.</source>
        <translation>Les mots employés dans ce guide, expliqués simplement, de A à Z.</translation>
    </message>
    <message>
        <location filename="../reader_pages.py" line="129"/>
        <source>There are no glossary terms in this content.</source>
        <translation>Ce contenu ne contient aucun terme de glossaire.</translation>
    </message>
    <message>
        <location filename="../reader_pages.py" line="143"/>
        <source>Provisions: {provisions}</source>
        <translation>Dispositions&#xa0;: {provisions}</translation>
    </message>
    <message>
        <location filename="../reader_pages.py" line="148"/>
        <source>See: {sections}</source>
        <translation>Voir&#xa0;: {sections}</translation>
    </message>
    <message>
        <location filename="../reader_pages.py" line="165"/>
        <source>When Ontario privacy law lets you share information in situations involving intimate partner violence. A plain-language companion to {title} ({publisher}, {year}).</source>
        <translation>Quand les lois ontariennes sur la protection de la vie privée vous permettent de communiquer des renseignements en situation de violence conjugale. Un guide en langage clair qui accompagne {title} ({publisher}, {year}).</translation>
    </message>
    <message>
        <location filename="../reader_pages.py" line="168"/>
        <source>When Ontario privacy law lets you share information in situations involving intimate partner violence. A plain-language companion to {title} ({publisher}).</source>
        <translation>Quand les lois ontariennes sur la protection de la vie privée vous permettent de communiquer des renseignements en situation de violence conjugale. Un guide en langage clair qui accompagne {title} ({publisher}).</translation>
    </message>
    <message>
        <location filename="../reader_pages.py" line="178"/>
        <source>How to use this guide</source>
        <translation>Comment utiliser ce guide</translation>
    </message>
    <message>
        <location filename="../reader_pages.py" line="188"/>
        <source>Glossary (A to Z)</source>
        <translation>Glossaire (de A à Z)</translation>
    </message>
    <message>
        <location filename="../reader_pages.py" line="189"/>
        <source>Your privacy</source>
        <translation>Votre vie privée</translation>
    </message>
    <message>
        <location filename="../reader_pages.py" line="190"/>
        <source>This app works entirely offline: nothing you type or read leaves this computer, and nothing is saved except your display preferences. Searches and pages you visit are forgotten when you close it or press Quick exit.</source>
        <translation>Cette application fonctionne entièrement hors ligne&#xa0;: rien de ce que vous tapez ou lisez ne quitte cet ordinateur, et rien n&apos;est enregistré sauf vos préférences d&apos;affichage. Vos recherches et les pages consultées sont oubliées quand vous fermez l&apos;application ou appuyez sur Sortie rapide.</translation>
    </message>
    <message>
        <location filename="../reader_pages.py" line="205"/>
        <source>Content version {version} ({date}). Statutes current to {statutes}.</source>
        <translation>Version du contenu&#xa0;: {version} ({date}). Lois à jour au {statutes}.</translation>
    </message>
    <message>
        <location filename="../reader_pages.py" line="208"/>
        <source>Content version {version} ({date}).</source>
        <translation>Version du contenu&#xa0;: {version} ({date}).</translation>
    </message>
    <message>
        <location filename="../reader_pages.py" line="210"/>
        <source>Content version {version}. Statutes current to {statutes}.</source>
        <translation>Version du contenu&#xa0;: {version}. Lois à jour au {statutes}.</translation>
    </message>
    <message>
        <location filename="../reader_pages.py" line="213"/>
        <source>Content version {version}.</source>
        <translation>Version du contenu&#xa0;: {version}.</translation>
    </message>
</context>
<context>
    <name>SearchFilters</name>
    <message>
        <location filename="../search_filters.py" line="87"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../search_filters.py" line="88"/>
        <source>Show only results about a law or a sector</source>
        <translation>Afficher seulement les résultats qui portent sur une loi ou un secteur</translation>
    </message>
    <message>
        <location filename="../search_filters.py" line="112"/>
        <source>Filter by law: {name}, 1 result</source>
        <translation>Filtrer par loi&#xa0;: {name}, 1 résultat</translation>
    </message>
    <message>
        <location filename="../search_filters.py" line="113"/>
        <source>Filter by law: {name}, {count} results</source>
        <translation>Filtrer par loi&#xa0;: {name}, {count} résultats</translation>
    </message>
    <message>
        <location filename="../search_filters.py" line="115"/>
        <source>Filter by sector: {name}, 1 result</source>
        <translation>Filtrer par secteur&#xa0;: {name}, 1 résultat</translation>
    </message>
    <message>
        <location filename="../search_filters.py" line="117"/>
        <source>Filter by sector: {name}, {count} results</source>
        <translation>Filtrer par secteur&#xa0;: {name}, {count} résultats</translation>
    </message>
    <message>
        <location filename="../search_filters.py" line="119"/>
        <source>Selected</source>
        <translation>Sélectionné</translation>
    </message>
    <message>
        <location filename="../search_filters.py" line="120"/>
        <source>Not selected</source>
        <translation>Non sélectionné</translation>
    </message>
    <message>
        <location filename="../search_filters.py" line="156"/>
        <source>Filters on ({count})</source>
        <translation>Filtres actifs ({count})</translation>
    </message>
    <message>
        <location filename="../search_filters.py" line="157"/>
        <source>Filters on: {names}</source>
        <translation>Filtres actifs&#xa0;: {names}</translation>
    </message>
    <message>
        <location filename="../search_filters.py" line="161"/>
        <source>Filter by law or sector</source>
        <translation>Filtrer par loi ou secteur</translation>
    </message>
    <message>
        <location filename="../search_filters.py" line="162"/>
        <source>Filter the results by law or sector</source>
        <translation>Filtrer les résultats par loi ou par secteur</translation>
    </message>
    <message>
        <location filename="../search_filters.py" line="166"/>
        <source>Show or hide the filter buttons (shown)</source>
        <translation>Afficher ou masquer les boutons de filtre (affichés)</translation>
    </message>
    <message>
        <location filename="../search_filters.py" line="168"/>
        <source>Show or hide the filter buttons (hidden)</source>
        <translation>Afficher ou masquer les boutons de filtre (masqués)</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../search_panel.py" line="84"/>
        <location filename="../search_status.py" line="84"/>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="127"/>
        <location filename="../search_status.py" line="85"/>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="141"/>
        <location filename="../search_status.py" line="98"/>
        <source>Search the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="142"/>
        <source>Type words or a question; results appear as you type. Down arrow: go to the results. Enter: open the first result. Escape: clear.</source>
        <translation>Tapez des mots ou une question&#xa0;; les résultats s&apos;affichent pendant que vous tapez. Flèche vers le bas&#xa0;: aller aux résultats. Entrée&#xa0;: ouvrir le premier résultat. Échap&#xa0;: effacer.</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="144"/>
        <source>Contents and search results</source>
        <translation>Sommaire et résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="145"/>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="146"/>
        <source>Did you mean</source>
        <translation>Vouliez-vous dire</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="147"/>
        <source>Search for the suggested spelling</source>
        <translation>Rechercher l&apos;orthographe suggérée</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="148"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="149"/>
        <source>Up and down arrows move through the results; Enter opens one.</source>
        <translation>Les flèches vers le haut et vers le bas parcourent les résultats&#xa0;; Entrée ouvre un résultat.</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="232"/>
        <source>the search failed ({error})</source>
        <translation>la recherche a échoué ({error})</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="280"/>
        <source>Did you mean “{suggestion}”?</source>
        <translation>Vouliez-vous dire «&#xa0;{suggestion}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="282"/>
        <source>Did you mean {suggestion}?</source>
        <translation>Vouliez-vous dire {suggestion}&#xa0;?</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="326"/>
        <location filename="../search_status.py" line="86"/>
        <source>On this &amp;page</source>
        <translation>Sur cette &amp;page</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="336"/>
        <source>1 result shown</source>
        <translation>1 résultat affiché</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="338"/>
        <source>{count} results shown</source>
        <translation>{count} résultats affichés</translation>
    </message>
    <message>
        <location filename="../search_status.py" line="88"/>
        <source>&amp;Results ({count})</source>
        <translation>&amp;Résultats ({count})</translation>
    </message>
    <message>
        <location filename="../search_status.py" line="90"/>
        <source>This &amp;page</source>
        <translation>Cette &amp;page</translation>
    </message>
    <message>
        <location filename="../search_status.py" line="91"/>
        <source>&amp;Page</source>
        <translation>&amp;Page</translation>
    </message>
    <message>
        <location filename="../search_status.py" line="97"/>
        <source>Search the guide (Ctrl+K)</source>
        <translation>Rechercher dans le guide (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../search_status.py" line="98"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
</context>
<context>
    <name>SearchStatus</name>
    <message>
        <location filename="../search_status.py" line="24"/>
        <source>{total} results, including matches for “{suggestion}” (best {shown} shown).</source>
        <translation>{total} résultats, y compris pour «&#xa0;{suggestion}&#xa0;» (les {shown} meilleurs sont affichés).</translation>
    </message>
    <message>
        <location filename="../search_status.py" line="27"/>
        <source>1 result, including matches for “{suggestion}”.</source>
        <translation>1 résultat, y compris pour «&#xa0;{suggestion}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../search_status.py" line="29"/>
        <source>{total} results, including matches for “{suggestion}”.</source>
        <translation>{total} résultats, y compris pour «&#xa0;{suggestion}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../search_status.py" line="31"/>
        <source>{total} results for “{query}” (best {shown} shown).</source>
        <translation>{total} résultats pour «&#xa0;{query}&#xa0;» (les {shown} meilleurs sont affichés).</translation>
    </message>
    <message>
        <location filename="../search_status.py" line="33"/>
        <source>1 result for “{query}”.</source>
        <translation>1 résultat pour «&#xa0;{query}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../search_status.py" line="34"/>
        <source>{total} results for “{query}”.</source>
        <translation>{total} résultats pour «&#xa0;{query}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../search_status.py" line="51"/>
        <source>Search is not available: {reason}. You can still read everything from the Contents tab.</source>
        <translation>La recherche n&apos;est pas disponible&#xa0;: {reason}. Vous pouvez quand même tout lire à partir de l&apos;onglet Sommaire.</translation>
    </message>
    <message>
        <location filename="../search_status.py" line="55"/>
        <source>Preparing search… This takes a few seconds the first time. You can read the contents meanwhile.</source>
        <translation>Préparation de la recherche… La première fois, cela prend quelques secondes. Vous pouvez lire le sommaire en attendant.</translation>
    </message>
    <message>
        <location filename="../search_status.py" line="57"/>
        <source>Preparing search ({percent}%)… This takes a few seconds the first time. You can read the contents meanwhile.</source>
        <translation>Préparation de la recherche ({percent}&#xa0;%)… La première fois, cela prend quelques secondes. Vous pouvez lire le sommaire en attendant.</translation>
    </message>
    <message>
        <location filename="../search_status.py" line="61"/>
        <source>Type a word or a question, for example: consent, police, serious harm, children&apos;s aid.</source>
        <translation>Tapez un mot ou une question, par exemple&#xa0;: consentement, police, préjudice grave, société d&apos;aide à l&apos;enfance.</translation>
    </message>
    <message>
        <location filename="../search_status.py" line="64"/>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <location filename="../search_status.py" line="67"/>
        <source>No results for “{query}”. Try removing the filters, or use fewer or different words.</source>
        <translation>Aucun résultat pour «&#xa0;{query}&#xa0;». Retirez les filtres, ou essayez moins de mots ou d&apos;autres mots.</translation>
    </message>
    <message>
        <location filename="../search_status.py" line="69"/>
        <source>No results for “{query}”. Try fewer or different words, or check the spelling. For example: consent, police, serious harm, children&apos;s aid.</source>
        <translation>Aucun résultat pour «&#xa0;{query}&#xa0;». Essayez moins de mots ou d&apos;autres mots, ou vérifiez l&apos;orthographe. Par exemple&#xa0;: consentement, police, préjudice grave, société d&apos;aide à l&apos;enfance.</translation>
    </message>
    <message>
        <location filename="../search_status.py" line="75"/>
        <source>Filtered by: {filters}.</source>
        <translation>Filtres actifs&#xa0;: {filters}.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../window_bars.py" line="103"/>
        <location filename="../window_bars.py" line="132"/>
        <source>Status message</source>
        <translation>Message d&apos;état</translation>
    </message>
</context>
</TS>
