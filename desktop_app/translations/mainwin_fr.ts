<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mainwindow.py" line="148"/>
        <source>Offline guide to sharing information in situations involving intimate partner violence</source>
        <extracomment>True once the work deferred past the first paint (side panels, printing, the search index start) has run; see desktop_app.app</extracomment>
        <translation>Guide hors ligne sur la communication de renseignements en situation de violence conjugale</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="150"/>
        <source>Contents</source>
        <translation>Table des matières</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="150"/>
        <source>The sections of the guide in reading order. Arrows move; Enter opens the section.</source>
        <translation>Les sections du guide dans l&apos;ordre de lecture. Les flèches permettent de se déplacer&#xa0;; Entrée ouvre la section.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="154"/>
        <source>The headings and links of the open page (Ctrl+Shift+O)</source>
        <translation>Les titres et les liens de la page ouverte (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="255"/>
        <source>part of this section is not confirmed.</source>
        <translation>une partie de cette section n&apos;est pas confirmée.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../window/actions.py" line="110"/>
        <source>Copy &amp;citation</source>
        <translation>Copier la &amp;citation</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="111"/>
        <source>Copy the section&apos;s title, provisions, guidance and content version</source>
        <translation>Copier le titre de la section, ses dispositions, les lignes directrices et la version du contenu</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="112"/>
        <source>&amp;Quick exit</source>
        <translation>Sortie &amp;rapide</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="113"/>
        <source>Hide this window now and forget what was on screen (also: press Shift three times)</source>
        <translation>Masquer cette fenêtre tout de suite et oublier ce qui était à l&apos;écran (aussi&#xa0;: appuyez trois fois sur Maj)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="115"/>
        <source>E&amp;xit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="115"/>
        <source>Close the app</source>
        <translation>Fermer l&apos;application</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="116"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="116"/>
        <source>Go to the search box</source>
        <translation>Aller à la zone de recherche</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="117"/>
        <source>&amp;Find in page</source>
        <translation>Rechercher dans la &amp;page</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="117"/>
        <source>Find words in the open page</source>
        <translation>Trouver des mots dans la page ouverte</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="118"/>
        <source>Next &amp;match</source>
        <translation>Occurrence s&amp;uivante</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="119"/>
        <source>Go to the next highlighted match</source>
        <translation>Aller à l&apos;occurrence surlignée suivante</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="120"/>
        <source>Pre&amp;vious match</source>
        <translation>Occurrence précé&amp;dente</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="121"/>
        <source>Go to the previous highlighted match</source>
        <translation>Aller à l&apos;occurrence surlignée précédente</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="122"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="122"/>
        <source>Copy the selected text</source>
        <translation>Copier le texte sélectionné</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="123"/>
        <source>Select &amp;all</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="123"/>
        <source>Select the whole page</source>
        <translation>Sélectionner toute la page</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="124"/>
        <source>&amp;Back</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="124"/>
        <source>Go back (Alt+Left)</source>
        <translation>Revenir à la page précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="125"/>
        <source>&amp;Forward</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="125"/>
        <source>Go forward (Alt+Right)</source>
        <translation>Aller à la page suivante (Alt+Droite)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="126"/>
        <source>&amp;Start page</source>
        <translation>Page d&apos;&amp;accueil</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="127"/>
        <source>Show the start page with the contents</source>
        <translation>Afficher la page d&apos;accueil et la table des matières</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="128"/>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossaire</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="129"/>
        <source>Show all glossary terms, A to Z</source>
        <translation>Afficher tous les termes du glossaire, de A à Z</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="130"/>
        <source>&amp;On this page: headings and links</source>
        <translation>Sur cette page&#xa0;: &amp;titres et liens</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="131"/>
        <source>List the headings and links of the open page; Enter goes to a heading or opens a link</source>
        <translation>Lister les titres et les liens de la page ouverte&#xa0;; Entrée mène à un titre ou ouvre un lien</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="133"/>
        <source>Next &amp;pane</source>
        <translation>&amp;Volet suivant</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="134"/>
        <source>Move between search, contents, reader and side panel</source>
        <translation>Passer de la recherche à la table des matières, au texte et au panneau latéral</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="135"/>
        <source>P&amp;revious pane</source>
        <translation>V&amp;olet précédent</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="136"/>
        <source>Move between panes backwards</source>
        <translation>Passer d&apos;un volet à l&apos;autre en sens inverse</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="137"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="137"/>
        <source>Make the text bigger</source>
        <translation>Agrandir le texte</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="138"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="138"/>
        <source>Make the text smaller</source>
        <translation>Réduire le texte</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="139"/>
        <source>&amp;Normal size</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="139"/>
        <source>Normal text size</source>
        <translation>Taille normale du texte</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="140"/>
        <source>&amp;High contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="141"/>
        <source>Strong contrast colours</source>
        <translation>Couleurs à contraste élevé</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="142"/>
        <source>Side &amp;panel</source>
        <translation>&amp;Panneau latéral</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="143"/>
        <source>Show or hide the side panel</source>
        <translation>Afficher ou masquer le panneau latéral</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="144"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="145"/>
        <source>List every keyboard shortcut</source>
        <translation>Lister tous les raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="146"/>
        <source>&amp;Privacy and quick exit</source>
        <translation>&amp;Vie privée et sortie rapide</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="147"/>
        <source>What is kept, what quick exit does and does not do</source>
        <translation>Ce qui est conservé, ce que fait la sortie rapide et ce qu&apos;elle ne fait pas</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="148"/>
        <source>Content p&amp;roblems…</source>
        <translation>&amp;Problèmes de contenu…</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="149"/>
        <source>List problems found in the content files</source>
        <translation>Lister les problèmes trouvés dans les fichiers de contenu</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="150"/>
        <source>&amp;About</source>
        <translation>À pr&amp;opos</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="150"/>
        <source>Version, sources, not legal advice</source>
        <translation>Version, sources et mise en garde (pas un avis juridique)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="151"/>
        <source>Your a&amp;gency&apos;s contacts</source>
        <translation>Personnes-ressources de votre or&amp;ganisme</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="152"/>
        <source>Who to call at your agency: privacy officer, supervisor and others</source>
        <translation>Qui appeler dans votre organisme&#xa0;: responsable de la protection de la vie privée, supervision et autres</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="157"/>
        <source>Follow &amp;system</source>
        <translation>Comme le &amp;système</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="157"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="158"/>
        <source>&amp;Dark</source>
        <translation>&amp;Foncé</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="161"/>
        <source>&amp;Never</source>
        <translation>&amp;Jamais</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="162"/>
        <source>After {minutes} minutes</source>
        <translation>Après {minutes} minutes</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="189"/>
        <source>Shift three times, or {keys}</source>
        <translation>Maj trois fois, ou {keys}</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="193"/>
        <source>Back / Forward</source>
        <translation>Page précédente / suivante</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="193"/>
        <source>Mouse back and forward buttons</source>
        <translation>Boutons Précédent et Suivant de la souris</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="194"/>
        <source>Next result (in the search box)</source>
        <translation>Résultat suivant (dans la zone de recherche)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="194"/>
        <source>Down arrow</source>
        <translation>Flèche vers le bas</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="195"/>
        <source>Open result</source>
        <translation>Ouvrir le résultat</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="195"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="196"/>
        <source>Clear the search box</source>
        <translation>Vider la zone de recherche</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="196"/>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="197"/>
        <source>Next link in the page</source>
        <translation>Lien suivant dans la page</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="197"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="198"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="198"/>
        <source>Ctrl + mouse wheel</source>
        <translation>Ctrl + molette de la souris</translation>
    </message>
</context>
<context>
    <name>WindowAppearance</name>
    <message>
        <location filename="../window/appearance.py" line="84"/>
        <source>Text {zoom}%</source>
        <translation>Texte {zoom}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../window/appearance.py" line="85"/>
        <source>Text size {zoom} percent</source>
        <translation>Taille du texte {zoom} pour cent</translation>
    </message>
</context>
<context>
    <name>WindowBars</name>
    <message>
        <location filename="../window/bars.py" line="43"/>
        <source>Privacy note</source>
        <translation>Note sur la vie privée</translation>
    </message>
    <message>
        <location filename="../window/bars.py" line="44"/>
        <source>Content problems</source>
        <translation>Problèmes de contenu</translation>
    </message>
    <message>
        <location filename="../window/bars.py" line="45"/>
        <source>Search problem</source>
        <translation>Problème de recherche</translation>
    </message>
    <message>
        <location filename="../window/bars.py" line="46"/>
        <source>Idle clear</source>
        <translation>Effacement après inactivité</translation>
    </message>
    <message>
        <location filename="../window/bars.py" line="49"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../window/bars.py" line="51"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../window/bars.py" line="52"/>
        <source>Show content problems</source>
        <translation>Afficher les problèmes de contenu</translation>
    </message>
    <message>
        <location filename="../window/bars.py" line="53"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../window/bars.py" line="54"/>
        <source>Try preparing search again</source>
        <translation>Réessayer de préparer la recherche</translation>
    </message>
    <message>
        <location filename="../window/bars.py" line="55"/>
        <source>Keep working</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../window/bars.py" line="56"/>
        <source>Keep working: do not clear the screen</source>
        <translation>Continuer&#xa0;: ne pas effacer l&apos;écran</translation>
    </message>
    <message>
        <location filename="../window/bars.py" line="60"/>
        <source>1 content problem was found. The rest of the guide is shown as usual.</source>
        <translation>Un problème de contenu a été trouvé. Le reste du guide s&apos;affiche normalement.</translation>
    </message>
    <message>
        <location filename="../window/bars.py" line="64"/>
        <source>{n} content problems were found. The rest of the guide is shown as usual.</source>
        <translation>{n} problèmes de contenu ont été trouvés. Le reste du guide s&apos;affiche normalement.</translation>
    </message>
</context>
<context>
    <name>WindowContents</name>
    <message>
        <location filename="../window/contents.py" line="86"/>
        <source>Glossary (A to Z)</source>
        <extracomment>The item data role holding what an item opens: ``&quot;section:&lt;id&gt;&quot;`` or ``&quot;glossary:&quot;``. the colours the signs are drawn in (none until a theme is applied)</extracomment>
        <translation>Glossaire (de A à Z)</translation>
    </message>
    <message>
        <location filename="../window/contents.py" line="87"/>
        <source>All the terms this guide uses, with plain definitions</source>
        <translation>Tous les termes utilisés dans ce guide, avec des définitions simples</translation>
    </message>
    <message>
        <location filename="../window/contents.py" line="101"/>
        <source>Check the official text: {note}</source>
        <translation>Vérifiez le texte officiel&#xa0;: {note}</translation>
    </message>
    <message>
        <location filename="../window/contents.py" line="102"/>
        <source>part of this section is not confirmed.</source>
        <translation>une partie de cette section n&apos;est pas confirmée.</translation>
    </message>
    <message>
        <location filename="../window/contents.py" line="104"/>
        <source>{title} (check the official text)</source>
        <translation>{title} (vérifiez le texte officiel)</translation>
    </message>
</context>
<context>
    <name>WindowHelp</name>
    <message>
        <location filename="../window/help.py" line="36"/>
        <source>Contacts at {agency}</source>
        <translation>Personnes-ressources chez {agency}</translation>
    </message>
    <message>
        <location filename="../window/help.py" line="41"/>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <location filename="../window/help.py" line="66"/>
        <source>Provisions: {list}</source>
        <translation>Dispositions&#xa0;: {list}</translation>
    </message>
    <message>
        <location filename="../window/help.py" line="69"/>
        <source>Guidance: {publisher}, “{title}” ({date}).</source>
        <translation>Lignes directrices&#xa0;: {publisher}, «&#xa0;{title}&#xa0;» ({date}).</translation>
    </message>
    <message>
        <location filename="../window/help.py" line="71"/>
        <source>Guidance: {publisher}, “{title}”.</source>
        <translation>Lignes directrices&#xa0;: {publisher}, «&#xa0;{title}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../window/help.py" line="75"/>
        <source>Source: {title}, content version {version} ({date}), section “{id}”; statutes current to {statutes}. Not legal advice.</source>
        <translation>Source&#xa0;: {title}, version du contenu {version} ({date}), section «&#xa0;{id}&#xa0;»&#xa0;; lois à jour au {statutes}. Ceci ne constitue pas un avis juridique.</translation>
    </message>
    <message>
        <location filename="../window/help.py" line="78"/>
        <source>Source: {title}, content version {version} ({date}), section “{id}”. Not legal advice.</source>
        <translation>Source&#xa0;: {title}, version du contenu {version} ({date}), section «&#xa0;{id}&#xa0;». Ceci ne constitue pas un avis juridique.</translation>
    </message>
    <message>
        <location filename="../window/help.py" line="80"/>
        <source>Source: {title}, content version {version}, section “{id}”; statutes current to {statutes}. Not legal advice.</source>
        <translation>Source&#xa0;: {title}, version du contenu {version}, section «&#xa0;{id}&#xa0;»&#xa0;; lois à jour au {statutes}. Ceci ne constitue pas un avis juridique.</translation>
    </message>
    <message>
        <location filename="../window/help.py" line="83"/>
        <source>Source: {title}, content version {version}, section “{id}”. Not legal advice.</source>
        <translation>Source&#xa0;: {title}, version du contenu {version}, section «&#xa0;{id}&#xa0;». Ceci ne constitue pas un avis juridique.</translation>
    </message>
    <message>
        <location filename="../window/help.py" line="95"/>
        <source>Open a section to copy its citation.</source>
        <translation>Ouvrez une section pour copier sa citation.</translation>
    </message>
    <message>
        <location filename="../window/help.py" line="99"/>
        <source>Citation copied.</source>
        <translation>Citation copiée.</translation>
    </message>
</context>
<context>
    <name>WindowIdle</name>
    <message>
        <location filename="../window/idle.py" line="78"/>
        <source>For privacy, the screen was cleared after 1 minute without use. Nothing was saved.</source>
        <extracomment>what the bar says: (&quot;warning&quot;, seconds left) or (&quot;cleared&quot;, minutes idle)</extracomment>
        <translation>Pour protéger la vie privée, l&apos;écran a été effacé après 1 minute d&apos;inactivité. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../window/idle.py" line="80"/>
        <source>For privacy, the screen was cleared after {minutes} minutes without use. Nothing was saved.</source>
        <translation>Pour protéger la vie privée, l&apos;écran a été effacé après {minutes} minutes d&apos;inactivité. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../window/idle.py" line="84"/>
        <source>For privacy, the screen will be cleared in about 1 minute because the app has not been used: the search, the open page and the decision helper&apos;s answers and record. Press any key or click to keep them.</source>
        <translation>Pour protéger la vie privée, l&apos;écran sera effacé dans environ 1 minute, car l&apos;application n&apos;a pas été utilisée&#xa0;: la recherche, la page ouverte ainsi que les réponses et le relevé de l&apos;aide à la décision. Appuyez sur une touche ou cliquez pour les garder.</translation>
    </message>
    <message>
        <location filename="../window/idle.py" line="89"/>
        <source>For privacy, the screen will be cleared in about {minutes} minutes because the app has not been used: the search, the open page and the decision helper&apos;s answers and record. Press any key or click to keep them.</source>
        <translation>Pour protéger la vie privée, l&apos;écran sera effacé dans environ {minutes} minutes, car l&apos;application n&apos;a pas été utilisée&#xa0;: la recherche, la page ouverte ainsi que les réponses et le relevé de l&apos;aide à la décision. Appuyez sur une touche ou cliquez pour les garder.</translation>
    </message>
    <message>
        <location filename="../window/idle.py" line="94"/>
        <source>For privacy, the screen will be cleared in about {seconds} seconds because the app has not been used: the search, the open page and the decision helper&apos;s answers and record. Press any key or click to keep them.</source>
        <translation>Pour protéger la vie privée, l&apos;écran sera effacé dans environ {seconds} secondes, car l&apos;application n&apos;a pas été utilisée&#xa0;: la recherche, la page ouverte ainsi que les réponses et le relevé de l&apos;aide à la décision. Appuyez sur une touche ou cliquez pour les garder.</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <location filename="../window/layout.py" line="46"/>
        <source>Side panel</source>
        <translation>Panneau latéral</translation>
    </message>
</context>
<context>
    <name>WindowLinks</name>
    <message>
        <location filename="../window/links.py" line="78"/>
        <source>That kind of link is not opened by this app.</source>
        <extracomment>the last link tooltip shown (rich text), for tests; forgotten on quick exit</extracomment>
        <translation>L&apos;application n&apos;ouvre pas ce type de lien.</translation>
    </message>
    <message>
        <location filename="../window/links.py" line="88"/>
        <source>There is no result to print.</source>
        <translation>Il n&apos;y a aucun résultat à imprimer.</translation>
    </message>
    <message>
        <location filename="../window/links.py" line="98"/>
        <source>That glossary term is not in this content.</source>
        <translation>Ce terme ne figure pas dans le glossaire de ce contenu.</translation>
    </message>
    <message>
        <location filename="../window/links.py" line="109"/>
        <source>{kind}: {label}</source>
        <translation>{kind}&#xa0;: {label}</translation>
    </message>
    <message>
        <location filename="../window/links.py" line="111"/>
        <source>Link selected: {label}. Enter opens it.</source>
        <translation>Lien sélectionné&#xa0;: {label}. Appuyez sur Entrée pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../window/links.py" line="123"/>
        <source>&lt;b&gt;{term}&lt;/b&gt;: {definition}</source>
        <translation>&lt;b&gt;{term}&lt;/b&gt;&#xa0;: {definition}</translation>
    </message>
    <message>
        <location filename="../window/links.py" line="129"/>
        <source>Web address (not opened automatically; click to copy it):&lt;br/&gt;{url}</source>
        <translation>Adresse Web (elle ne s&apos;ouvre pas automatiquement&#xa0;; cliquez pour la copier)&#xa0;:&lt;br/&gt;{url}</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../window/actions.py" line="221"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="222"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="223"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="224"/>
        <source>&amp;Colours</source>
        <translation>&amp;Couleurs</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="225"/>
        <source>Clear the screen &amp;when idle</source>
        <translation>Effacer l&apos;écran en cas d&apos;&amp;inactivité</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="227"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="228"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="230"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="231"/>
        <source>Toolbar</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="233"/>
        <location filename="../window/actions.py" line="236"/>
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="234"/>
        <source>Hide this window now (Shift three times, or Ctrl+Shift+Q)</source>
        <translation>Masquer cette fenêtre tout de suite (Maj trois fois, ou Ctrl+Maj+Q)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="237"/>
        <source>Hides the window at once, clears the search, history and decision helper, and minimizes. Shortcut: Shift three times, or Ctrl+Shift+Q.</source>
        <translation>Masque la fenêtre immédiatement, efface la recherche, l&apos;historique et l&apos;aide à la décision, puis réduit la fenêtre. Raccourci&#xa0;: Maj trois fois, ou Ctrl+Maj+Q.</translation>
    </message>
</context>
<context>
    <name>WindowNavigation</name>
    <message>
        <location filename="../window/navigation.py" line="94"/>
        <source>There is no section “{id}” in this content.</source>
        <translation>Il n&apos;y a pas de section «&#xa0;{id}&#xa0;» dans ce contenu.</translation>
    </message>
</context>
<context>
    <name>WindowParts</name>
    <message>
        <location filename="../window_parts.py" line="37"/>
        <source>Decision helper</source>
        <translation>Aide à la décision</translation>
    </message>
</context>
<context>
    <name>WindowPrivacy</name>
    <message>
        <location filename="../window/privacy.py" line="80"/>
        <source>Blank screen</source>
        <translation>Écran vide</translation>
    </message>
    <message>
        <location filename="../window/privacy.py" line="81"/>
        <source>Click or press a key to come back</source>
        <translation>Cliquez ou appuyez sur une touche pour revenir</translation>
    </message>
</context>
<context>
    <name>WindowStatus</name>
    <message>
        <location filename="../window/status.py" line="49"/>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <location filename="../window/status.py" line="50"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location filename="../window/status.py" line="52"/>
        <source>Content {version}</source>
        <translation>Contenu {version}</translation>
    </message>
    <message>
        <location filename="../window/status.py" line="57"/>
        <source>Content version</source>
        <translation>Version du contenu</translation>
    </message>
    <message>
        <location filename="../window/status.py" line="58"/>
        <source>Offline — nothing leaves this computer</source>
        <translation>Hors ligne — rien ne quitte cet ordinateur</translation>
    </message>
    <message>
        <location filename="../window/status.py" line="113"/>
        <source>Search ready</source>
        <extracomment>the job opening the index, while it runs &quot;preparing&quot;, &quot;ready&quot; or &quot;failed&quot;; how far preparing is; why it failed</extracomment>
        <translation>Recherche prête</translation>
    </message>
    <message>
        <location filename="../window/status.py" line="115"/>
        <source>Search unavailable</source>
        <translation>Recherche non disponible</translation>
    </message>
    <message>
        <location filename="../window/status.py" line="116"/>
        <source>Search is not available ({reason}). You can still read every section from the contents.</source>
        <translation>La recherche n&apos;est pas disponible ({reason}). Vous pouvez quand même lire toutes les sections à partir de la table des matières.</translation>
    </message>
    <message>
        <location filename="../window/status.py" line="120"/>
        <source>Preparing search… {percent}%</source>
        <translation>Préparation de la recherche… {percent}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../window/status.py" line="123"/>
        <source>Preparing search…</source>
        <translation>Préparation de la recherche…</translation>
    </message>
    <message>
        <location filename="../window/status.py" line="173"/>
        <source>the search engine is not installed</source>
        <translation>le moteur de recherche n&apos;est pas installé</translation>
    </message>
</context>
</TS>
