<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>argparse's own words (it asks gettext for them): usage, headings, common errors.</extracomment>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide, puis quitter</translation>
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation>afficher la version du programme, puis quitter</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont obligatoires : %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments inconnus : %s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>une valeur est attendue</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide : « %(value)s » (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>impossible avec l'argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l'un des arguments %s est obligatoire</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>(fact '{key}' was not needed on this path)</source>
        <translation>(le fait « {key} » n'était pas nécessaire sur ce chemin)</translation>
    </message>
    <message>
        <source>(assumed {fact})</source>
        <translation>(supposé : {fact})</translation>
    </message>
    <message>
        <source>--statute and --sector go with --search.</source>
        <translation>--statute et --sector vont avec --search.</translation>
    </message>
    <message>
        <source>--record goes with --facts.</source>
        <translation>--record va avec --facts.</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <source>No section '{id}'. Try: ipv-guide list</source>
        <translation>Aucune section « {id} ». Essayez : ipv-guide --lang fr list</translation>
    </message>
    <message>
        <source>Search is not available: {reason}</source>
        <translation>La recherche n'est pas disponible : {reason}</translation>
    </message>
    <message>
        <source>Check the official text: </source>
        <extracomment>The CLI's own words, found by lupdate here; their French is in desktop_app/translations/i18n_fr.ts (context "Cli"). Keys that are not sentences (``"untranslated"``...) stand for the sentence in :data:`_KEYS`.</extracomment>
        <translation>Vérifiez le texte officiel : </translation>
    </message>
    <message>
        <source>Provisions: </source>
        <translation>Dispositions : </translation>
    </message>
    <message>
        <source>Sources: </source>
        <translation>Sources : </translation>
    </message>
    <message>
        <source>[Not yet translated: this part is shown in English.]</source>
        <translation>[Pas encore traduit : cette partie est affichée en anglais.]</translation>
    </message>
    <message>
        <source>(in English)</source>
        <translation>(en anglais)</translation>
    </message>
    <message>
        <source>{n} section(s) not yet translated: shown in English, marked “(in English)”.</source>
        <translation>{n} section(s) pas encore traduite(s) : affichée(s) en anglais, marquée(s) « (en anglais) ».</translation>
    </message>
    <message>
        <source>Did you mean: </source>
        <translation>Vouliez-vous dire : </translation>
    </message>
    <message>
        <source> (the results include matches for it)</source>
        <translation> (les résultats en tiennent compte)</translation>
    </message>
    <message>
        <source>No results for “{q}”.</source>
        <translation>Aucun résultat pour « {q} ».</translation>
    </message>
    <message>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>results</source>
        <translation>résultats</translation>
    </message>
    <message>
        <source> matching some of your words</source>
        <translation> contenant une partie de vos mots</translation>
    </message>
    <message>
        <source> (showing {n})</source>
        <translation> ({n} affichés)</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Question suivante</translation>
    </message>
    <message>
        <source>Why we ask: </source>
        <translation>Pourquoi cette question : </translation>
    </message>
    <message>
        <source>Answer with</source>
        <translation>Répondez avec</translation>
    </message>
    <message>
        <source>one of:</source>
        <translation>l'une de ces valeurs :</translation>
    </message>
    <message>
        <source>Provisions: none cited. </source>
        <translation>Dispositions : aucune. </translation>
    </message>
    <message>
        <source>Duty to report to a children's aid society: </source>
        <translation>Obligation de signaler à une société d'aide à l'enfance : </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Conditions that still apply:</source>
        <translation>Conditions qui s'appliquent toujours :</translation>
    </message>
    <message>
        <source>Notice afterwards</source>
        <translation>Avis après coup</translation>
    </message>
    <message>
        <source>Safety: </source>
        <translation>Sécurité : </translation>
    </message>
    <message>
        <source>Route relied on: </source>
        <translation>Motif invoqué : </translation>
    </message>
    <message>
        <source>Another route</source>
        <translation>Autre motif</translation>
    </message>
    <message>
        <source>Who to ask (by role): </source>
        <translation>À qui demander (par rôle) : </translation>
    </message>
    <message>
        <source>What to record:</source>
        <translation>Ce qu'il faut consigner :</translation>
    </message>
    <message>
        <source>Read more: </source>
        <translation>Pour en savoir plus : </translation>
    </message>
    <message>
        <source>FIRST: </source>
        <translation>D'ABORD : </translation>
    </message>
    <message>
        <source>Then, once everyone is safe:</source>
        <translation>Ensuite, une fois tout le monde en sécurité :</translation>
    </message>
    <message>
        <source>unknown Act “{value}”; choose from: {choices}</source>
        <translation>loi inconnue « {value} » ; choisissez parmi : {choices}</translation>
    </message>
    <message>
        <source>unknown sector “{value}”; choose from: {choices}</source>
        <translation>secteur inconnu « {value} » ; choisissez parmi : {choices}</translation>
    </message>
    <message>
        <source>must be a whole number of 1 or more, not “{value}”</source>
        <translation>doit être un nombre entier égal ou supérieur à 1, et non « {value} »</translation>
    </message>
    <message>
        <source>{path} is not empty (or not a folder); choose an empty or new folder.</source>
        <translation>{path} n'est pas vide (ou n'est pas un dossier) ; choisissez un dossier vide ou nouveau.</translation>
    </message>
    <message>
        <source>Could not build the search index: {reason}</source>
        <translation>Impossible de construire l'index de recherche : {reason}</translation>
    </message>
    <message>
        <source>Search index ready: {path} ({seconds} s)</source>
        <translation>Index de recherche prêt : {path} ({seconds} s)</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>aucun chargé</translation>
    </message>
    <message>
        <source>No decision flow '{flow}' (flows: {flows}). Run: ipv-guide check-content</source>
        <translation>Aucun parcours de décision « {flow} » (parcours : {flows}). Lancez : ipv-guide check-content</translation>
    </message>
    <message>
        <source>unknown fact '{key}'; the facts are: {facts}</source>
        <translation>fait inconnu « {key} » ; les faits possibles sont : {facts}</translation>
    </message>
    <message>
        <source>'{value}' is not a value of '{key}'; use one of: {values}</source>
        <translation>« {value} » n'est pas une valeur possible de « {key} » ; utilisez l'une de celles-ci : {values}</translation>
    </message>
    <message>
        <source>'{part}' is not KEY=VALUE</source>
        <translation>« {part} » n'est pas de la forme CLÉ=VALEUR</translation>
    </message>
    <message>
        <source>'{key}' is given twice</source>
        <translation>« {key} » est donné deux fois</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>(ipv-guide show SECTION_ID)</source>
        <translation>(ipv-guide show IDENTIFIANT)</translation>
    </message>
    <message>
        <source>{n} problem(s) found.</source>
        <translation>{n} problème(s) trouvé(s).</translation>
    </message>
    <message>
        <source>Content OK: {sections} sections, {terms} glossary terms, version {version}.</source>
        <translation>Contenu valide : {sections} sections, {terms} termes du glossaire, version {version}.</translation>
    </message>
    <message>
        <source>Agency contacts OK: {name}, {n} contact(s) ({roles}).</source>
        <translation>Coordonnées de l'organisme valides : {name}, {n} personne(s)-ressource(s) ({roles}).</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Mises en situation</translation>
    </message>
    <message>
        <source>Frequently asked questions</source>
        <translation>Questions fréquentes</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>Termes du glossaire</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Statutes</source>
        <translation>Lois</translation>
    </message>
    <message>
        <source>Search synonyms</source>
        <translation>Synonymes de recherche</translation>
    </message>
    <message>
        <source>Sections to check against the official text</source>
        <translation>Sections à vérifier dans le texte officiel</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name} : {value}</translation>
    </message>
    <message>
        <source>French translation: {done} of {total} sections; {n} problem(s).</source>
        <translation>Traduction française : {done} sections sur {total} ; {n} problème(s).</translation>
    </message>
    <message>
        <source>French translation (in progress, not counted until every section is translated): {done} of {total} sections; {missing} still to translate (ipv-guide check-content --lang fr lists them); {n} problem(s) in what is there:</source>
        <translation>Traduction française (en cours, non comptée tant que toutes les sections ne sont pas traduites) : {done} sections sur {total} ; {missing} encore à traduire (ipv-guide check-content --lang fr les énumère) ; {n} problème(s) dans ce qui est déjà traduit :</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>the language of the guide: en (English, the default) or fr (French; a part not yet translated is shown in English, marked)</source>
        <translation>la langue du guide : en (anglais) ou fr (français ; une partie pas encore traduite est affichée en anglais, marquée) ; par défaut, celle des paramètres ou du système</translation>
    </message>
    <message>
        <source>{app}: when Ontario privacy law lets you share information in situations involving intimate partner violence. Offline; not legal advice.</source>
        <translation>{app} : quand les lois de l'Ontario sur la protection de la vie privée permettent de communiquer des renseignements en situation de violence conjugale. Hors ligne ; ce n'est pas un avis juridique.</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>afficher le numéro de version, puis quitter</translation>
    </message>
    <message>
        <source>use another content folder (for example an agency's updated pack)</source>
        <translation>utiliser un autre dossier de contenu (par exemple le paquet mis à jour d'un organisme)</translation>
    </message>
    <message>
        <source>keep settings.ini here; nothing is written anywhere else</source>
        <translation>garder settings.ini dans ce dossier ; rien n'est écrit ailleurs</translation>
    </message>
    <message>
        <source>check that the app works on this computer, then exit</source>
        <translation>vérifier que l'application fonctionne sur cet ordinateur, puis quitter</translation>
    </message>
    <message>
        <source>validate the content; list problems as path:line</source>
        <translation>vérifier le contenu ; lister les problèmes sous la forme chemin:ligne</translation>
    </message>
    <message>
        <source>also print counts (sections, words...)</source>
        <translation>afficher aussi les chiffres (sections, mots...)</translation>
    </message>
    <message>
        <source>print the table of contents</source>
        <translation>afficher la table des matières</translation>
    </message>
    <message>
        <source>print one section as plain text</source>
        <translation>afficher une section en texte brut</translation>
    </message>
    <message>
        <source>run the decision helper from facts (scripted mode), or print the whole flow</source>
        <translation>faire fonctionner l'aide à la décision à partir de faits (mode script), ou afficher tout le parcours</translation>
    </message>
    <message>
        <source>Evaluate the decision helper without the GUI. Give the answers as KEY=VALUE facts; see --facts-list for the keys and values. Not legal advice.</source>
        <translation>Faire fonctionner l'aide à la décision sans l'interface. Donnez les réponses sous forme de faits CLÉ=VALEUR ; --facts-list donne les clés et les valeurs. Ce n'est pas un avis juridique.</translation>
    </message>
    <message>
        <source>answers, comma-separated (may be repeated), e.g. danger=no,child_protection_concern=no,organization=phipa</source>
        <translation>les réponses, séparées par des virgules (l'option peut être répétée), p. ex. danger=no,child_protection_concern=no,organization=phipa</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>afficher du JSON plutôt que du texte</translation>
    </message>
    <message>
        <source>print the whole flow: every question, path and outcome</source>
        <translation>afficher tout le parcours : chaque question, chemin et résultat</translation>
    </message>
    <message>
        <source>print every fact key with its allowed values</source>
        <translation>afficher chaque clé de fait avec ses valeurs permises</translation>
    </message>
    <message>
        <source>which flow to use (default: the main flow, 'share')</source>
        <translation>le parcours à utiliser (par défaut : le parcours principal, « share »)</translation>
    </message>
    <message>
        <source>save sections, a search digest, a decision record, the quick reference card or the decision map as a PDF</source>
        <translation>enregistrer en PDF des sections, un résumé de recherche, un relevé de la décision, l’aide-mémoire ou la carte de décision</translation>
    </message>
    <message>
        <source>Save a printout as a PDF (the same as File &gt; Export PDF... in the app). The file is written only once it is complete; missing folders are created.</source>
        <translation>Enregistrer un document en PDF (comme Fichier &gt; Exporter en PDF... dans l'application). Le fichier n'est écrit qu'une fois complet ; les dossiers manquants sont créés.</translation>
    </message>
    <message>
        <source>one or more section ids (see: ipv-guide list); printed in reading order with their summaries first</source>
        <translation>un ou plusieurs identifiants de section (voir : ipv-guide list) ; imprimés dans l'ordre de lecture, résumés en premier</translation>
    </message>
    <message>
        <source>a digest of the results of this search</source>
        <translation>un résumé des résultats de cette recherche</translation>
    </message>
    <message>
        <source>the one-page quick reference card</source>
        <translation>l’aide-mémoire d’une page</translation>
    </message>
    <message>
        <source>every question, answer and outcome of the decision helper</source>
        <translation>chaque question, réponse et résultat de l'aide à la décision</translation>
    </message>
    <message>
        <source>the decision summary for these answers (same syntax as 'ipv-guide decide --facts'; may be repeated)</source>
        <translation>le résumé de la décision pour ces réponses (même syntaxe que « ipv-guide decide --facts » ; l'option peut être répétée)</translation>
    </message>
    <message>
        <source>with --search: only this law (repeat for more)</source>
        <translation>avec --search : seulement cette loi (répétez pour en ajouter)</translation>
    </message>
    <message>
        <source>with --search: only this sector (repeat for more)</source>
        <translation>avec --search : seulement ce secteur (répétez pour en ajouter)</translation>
    </message>
    <message>
        <source>with --search: at most this many results (default 20)</source>
        <translation>avec --search : au plus ce nombre de résultats (20 par défaut)</translation>
    </message>
    <message>
        <source>with --facts: the full decision record, with blank record fields, signature and date lines to fill in by hand</source>
        <translation>avec --facts : le relevé de la décision complet, avec des champs vides, une ligne de signature et une ligne de date à remplir à la main</translation>
    </message>
    <message>
        <source>paper size (default: letter)</source>
        <translation>format du papier (par défaut : lettre)</translation>
    </message>
    <message>
        <source>where to save the PDF</source>
        <translation>où enregistrer le PDF</translation>
    </message>
    <message>
        <source>search the guide (typos, synonyms and plain words are fine)</source>
        <translation>chercher dans le guide (fautes de frappe, synonymes et mots simples acceptés)</translation>
    </message>
    <message>
        <source>Search the guide. Words are matched with their other forms and the guide's own terms (police -&gt; law enforcement). Quote a phrase, end a word with * for a prefix, and use AND, OR, NOT in capitals if you like.</source>
        <translation>Chercher dans le guide. Les mots sont trouvés sous leurs autres formes et avec les termes du guide (police -&gt; services policiers). Mettez une expression entre guillemets, terminez un mot par * pour un préfixe, et utilisez AND, OR, NOT en majuscules si vous le voulez.</translation>
    </message>
    <message>
        <source>what to look for</source>
        <translation>ce que vous cherchez</translation>
    </message>
    <message>
        <source>show at most N results (1 or more; default 10)</source>
        <translation>afficher au plus N résultats (1 ou plus ; 10 par défaut)</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>afficher un objet JSON</translation>
    </message>
    <message>
        <source>build a prebuilt search index into a folder (for packaging)</source>
        <translation>construire un index de recherche dans un dossier (pour l'emballage)</translation>
    </message>
    <message>
        <source>Build the search index for the content into DIR, as packaging/build.py does for the bundle. The app never needs this: it opens the index shipped with it, or builds one in memory, and writes no index to disk.</source>
        <translation>Construire l'index de recherche du contenu dans DOSSIER, comme le fait packaging/build.py pour l'ensemble. L'application n'en a jamais besoin : elle ouvre l'index livré avec elle ou en construit un en mémoire, et n'écrit aucun index sur le disque.</translation>
    </message>
    <message>
        <source>an empty or new folder to build the index in</source>
        <translation>un dossier vide ou nouveau où construire l'index</translation>
    </message>
    <message>
        <source>only results about this Act ({choices}, any case); repeat for several</source>
        <translation>seulement les résultats sur cette loi ({choices}, en majuscules ou en minuscules) ; répétez pour en ajouter</translation>
    </message>
    <message>
        <source>only results for this sector ({choices}, any case); repeat for several</source>
        <translation>seulement les résultats pour ce secteur ({choices}, en majuscules ou en minuscules) ; répétez pour en ajouter</translation>
    </message>
    <message>
        <source>KEY=VALUE,...</source>
        <translation>CLÉ=VALEUR,...</translation>
    </message>
</context>
<context>
    <name>ContentUpdate</name>
    <message>
        <source>Content packs (*.igpack)</source>
        <translation>Paquets de contenu (*.igpack)</translation>
    </message>
    <message>
        <source>The agency's content {version} of {date} is installed. Close and reopen the app to use it.</source>
        <translation>Le contenu de l'organisme, version {version} du {date}, est installé. Fermez puis rouvrez l'application pour l'utiliser.</translation>
    </message>
    <message>
        <source>Some of its parts have no French version yet: in French, they are shown in English, marked "not yet translated".</source>
        <translation>Certaines de ses parties n'ont pas encore de version française : en français, elles s'affichent en anglais, avec la mention « pas encore traduit ».</translation>
    </message>
    <message>
        <source>Content {version} of {date} is installed. Close and reopen the app to use it.</source>
        <translation>Le contenu, version {version} du {date}, est installé. Fermez puis rouvrez l'application pour l'utiliser.</translation>
    </message>
    <message>
        <source>What changed in the content</source>
        <translation>Ce qui a changé dans le contenu</translation>
    </message>
    <message>
        <source>From version {old} to {new}.</source>
        <translation>De la version {old} à la version {new}.</translation>
    </message>
    <message>
        <source>No section and no decision helper outcome changed.</source>
        <translation>Aucune section et aucun résultat de l'aide à la décision n'a changé.</translation>
    </message>
    <message>
        <source>Decision helper outcomes</source>
        <translation>Résultats de l'aide à la décision</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>verdict was {old}, now {new}</source>
        <translation>la conclusion était {old}, elle est maintenant {new}</translation>
    </message>
    <message>
        <source>provisions added: {list}</source>
        <translation>dispositions ajoutées : {list}</translation>
    </message>
    <message>
        <source>provisions removed: {list}</source>
        <translation>dispositions retirées : {list}</translation>
    </message>
    <message>
        <source>Sections added</source>
        <translation>Sections ajoutées</translation>
    </message>
    <message>
        <source>Sections removed</source>
        <translation>Sections retirées</translation>
    </message>
    <message>
        <source>Sections changed</source>
        <translation>Sections modifiées</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Avant :</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Maintenant :</translation>
    </message>
    <message>
        <source>&amp;Update content…</source>
        <translation>&amp;Mettre à jour le contenu…</translation>
    </message>
    <message>
        <source>Install a signed content pack</source>
        <translation>Installer un paquet de contenu signé</translation>
    </message>
    <message>
        <source>&amp;Restore the previous content</source>
        <translation>R&amp;evenir au contenu précédent</translation>
    </message>
    <message>
        <source>Go back to the content that was shown before the last update</source>
        <translation>Revenir au contenu affiché avant la dernière mise à jour</translation>
    </message>
    <message>
        <source>What &amp;changed in the content</source>
        <translation>Ce qui a &amp;changé dans le contenu</translation>
    </message>
    <message>
        <source>What the last content update changed</source>
        <translation>Ce que la dernière mise à jour du contenu a changé</translation>
    </message>
    <message>
        <source>Update content</source>
        <translation>Mettre à jour le contenu</translation>
    </message>
    <message>
        <source>Content not updated</source>
        <translation>Contenu non mis à jour</translation>
    </message>
    <message>
        <source>The content was not changed.

{reason}</source>
        <translation>Le contenu n'a pas été modifié.

{reason}</translation>
    </message>
    <message>
        <source>Content updated</source>
        <translation>Contenu mis à jour</translation>
    </message>
    <message>
        <source>Restore the previous content</source>
        <translation>Revenir au contenu précédent</translation>
    </message>
    <message>
        <source>The previous content ({name}) is back. Close and reopen the app to use it.</source>
        <translation>Le contenu précédent ({name}) est rétabli. Fermez puis rouvrez l'application pour l'utiliser.</translation>
    </message>
    <message>
        <source>This computer shows the content built into the app; no update has been installed.</source>
        <translation>Cet ordinateur affiche le contenu intégré à l'application ; aucune mise à jour n'a été installée.</translation>
    </message>
    <message>
        <source>Content update not installed: {reason}</source>
        <translation>Mise à jour du contenu non installée : {reason}</translation>
    </message>
</context>
<context>
    <name>I18n</name>
    <message>
        <source>Not yet translated: this part is shown in English until its French version is ready.</source>
        <extracomment>Qt's own catalogues we ship and load, per language (the standard dialogs' words). The context of this module's own strings (and the language switch's notes).</extracomment>
        <translation>Pas encore traduit : cette partie est affichée en anglais en attendant sa version française.</translation>
    </message>
    <message>
        <source>(in English)</source>
        <translation>(en anglais)</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language not changed</source>
        <extracomment>Each language's name in itself: never translated ("Français" in the English interface too, so that someone who reads only French finds it).</extracomment>
        <translation>Langue inchangée</translation>
    </message>
    <message>
        <source>The guide could not be loaded in that language. It stays as it was.

{reason}</source>
        <translation>Le guide n'a pas pu être chargé dans cette langue. Il reste tel quel.

{reason}</translation>
    </message>
    <message>
        <source>Some of the interface is still in English: its translation file is missing or out of date.</source>
        <translation>Une partie de l'interface est encore en anglais : son fichier de traduction manque ou n'est pas à jour.</translation>
    </message>
    <message>
        <source>The guide is now in English.</source>
        <translation>Le guide est maintenant en français.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Show the guide in English or in French</source>
        <translation>Afficher le guide en anglais ou en français</translation>
    </message>
    <message>
        <source>Show the guide and the app in English</source>
        <translation>Afficher le guide et l'application en anglais</translation>
    </message>
    <message>
        <source>Show the guide and the app in French</source>
        <translation>Afficher le guide et l'application en français</translation>
    </message>
</context>
</TS>