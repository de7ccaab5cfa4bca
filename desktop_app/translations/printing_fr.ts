<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PrintController</name>
    <message>
        <location filename="../printing/controller.py" line="67"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../printing/controller.py" line="69"/>
        <source>Print a section, search results, a decision record, the quick reference card or the decision map (a preview first)</source>
        <translation>Imprimer une section, des résultats de recherche, un relevé de la décision, l’aide-mémoire ou la carte de décision (avec un aperçu d’abord)</translation>
    </message>
    <message>
        <location filename="../printing/controller.py" line="71"/>
        <source>Print pre&amp;view…</source>
        <translation>Aperçu a&amp;vant impression…</translation>
    </message>
    <message>
        <location filename="../printing/controller.py" line="72"/>
        <source>See the pages before printing</source>
        <translation>Voir les pages avant de les imprimer</translation>
    </message>
    <message>
        <location filename="../printing/controller.py" line="73"/>
        <source>&amp;Export PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <location filename="../printing/controller.py" line="74"/>
        <source>Save a printout as a PDF file</source>
        <translation>Enregistrer un document dans un fichier PDF</translation>
    </message>
    <message>
        <location filename="../printing/controller.py" line="114"/>
        <source>No section is open.</source>
        <translation>Aucune section n’est ouverte.</translation>
    </message>
    <message>
        <location filename="../printing/controller.py" line="121"/>
        <source>There are no search results to print.</source>
        <translation>Il n’y a aucun résultat de recherche à imprimer.</translation>
    </message>
    <message>
        <location filename="../printing/controller.py" line="127"/>
        <source>There is no decision to print yet.</source>
        <translation>Il n’y a pas encore de décision à imprimer.</translation>
    </message>
    <message>
        <location filename="../printing/controller.py" line="134"/>
        <source>Unknown printout: {kind}</source>
        <translation>Document à imprimer inconnu&#xa0;: {kind}</translation>
    </message>
    <message>
        <location filename="../printing/controller.py" line="151"/>
        <location filename="../printing/controller.py" line="276"/>
        <source>Nothing to print</source>
        <translation>Rien à imprimer</translation>
    </message>
    <message>
        <location filename="../printing/controller.py" line="198"/>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <location filename="../printing/controller.py" line="201"/>
        <source>Printed, but cut short</source>
        <translation>Imprimé, mais incomplet</translation>
    </message>
    <message numerus="yes">
        <location filename="../printing/controller.py" line="203"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l’imprimante.</numerusform>
            <numerusform>%n pages envoyées à l’imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../printing/controller.py" line="232"/>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <location filename="../printing/controller.py" line="241"/>
        <source>Export PDF: {title}</source>
        <translation>Exporter en PDF&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../printing/controller.py" line="242"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../printing/controller.py" line="253"/>
        <source>PDF not saved</source>
        <translation>PDF non enregistré</translation>
    </message>
    <message>
        <location filename="../printing/controller.py" line="256"/>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../printing/controller.py" line="291"/>
        <source>Nothing to copy</source>
        <translation>Rien à copier</translation>
    </message>
    <message>
        <location filename="../printing/controller.py" line="291"/>
        <source>There is no decision to copy yet.</source>
        <translation>Il n’y a pas encore de décision à copier.</translation>
    </message>
    <message>
        <location filename="../printing/controller.py" line="295"/>
        <source>Copied as text. Quick exit clears it from the clipboard.</source>
        <translation>Copié en texte. La sortie rapide l’efface du presse-papiers.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Use Export PDF to save the pages as a PDF file instead, or ask IT to add a printer.</source>
        <translation>Aucune imprimante n’est configurée sur cet ordinateur. Utilisez Exporter en PDF pour enregistrer les pages dans un fichier PDF, ou demandez au service informatique d’ajouter une imprimante.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../printing/errors.py" line="24"/>
        <source>The folder “{folder}” could not be created: you do not have permission to add folders there. Choose another folder, such as your Documents folder. Nothing was saved.</source>
        <translation>Le dossier «&#xa0;{folder}&#xa0;» n’a pas pu être créé&#xa0;: vous n’avez pas la permission d’y ajouter des dossiers. Choisissez un autre dossier, par exemple votre dossier Documents. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../printing/errors.py" line="30"/>
        <source>You do not have permission to save in the folder “{folder}”. Choose another folder, such as your Documents folder. Nothing was saved.</source>
        <translation>Vous n’avez pas la permission d’enregistrer dans le dossier «&#xa0;{folder}&#xa0;». Choisissez un autre dossier, par exemple votre dossier Documents. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../printing/errors.py" line="35"/>
        <source>The folder “{folder}” is read-only (for example a locked USB stick or a network drive you cannot change). Choose another folder. Nothing was saved.</source>
        <translation>Le dossier «&#xa0;{folder}&#xa0;» est en lecture seule (par exemple une clé USB verrouillée ou un lecteur réseau que vous ne pouvez pas modifier). Choisissez un autre dossier. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../printing/errors.py" line="41"/>
        <source>There is not enough space on the disk to save “{name}”. Free some space or choose another drive. Nothing was saved.</source>
        <translation>Il n’y a pas assez d’espace sur le disque pour enregistrer «&#xa0;{name}&#xa0;». Libérez de l’espace ou choisissez un autre lecteur. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../printing/errors.py" line="46"/>
        <source>The file name or folder path is too long. Choose a shorter name or folder. Nothing was saved.</source>
        <translation>Le nom du fichier ou le chemin du dossier est trop long. Choisissez un nom ou un dossier plus court. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../printing/errors.py" line="51"/>
        <source>“{path}” is a folder. Type a file name ending in .pdf. Nothing was saved.</source>
        <translation>«&#xa0;{path}&#xa0;» est un dossier. Tapez un nom de fichier qui se termine par .pdf. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../printing/errors.py" line="56"/>
        <source>The folder “{folder}” cannot be used: part of its path is a file, not a folder. Nothing was saved.</source>
        <translation>Le dossier «&#xa0;{folder}&#xa0;» ne peut pas être utilisé&#xa0;: une partie de son chemin est un fichier, pas un dossier. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../printing/errors.py" line="61"/>
        <source>The PDF could not be saved to “{path}”: {reason}. Nothing was saved.</source>
        <translation>Le PDF n’a pas pu être enregistré dans «&#xa0;{path}&#xa0;»&#xa0;: {reason}. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../printing/files.py" line="78"/>
        <source>{path} is a folder. Give a file name, for example {example}. Nothing was saved.</source>
        <translation>{path} est un dossier. Donnez un nom de fichier, par exemple {example}. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../printing/files.py" line="82"/>
        <source>{path} is not a regular file (it is a device, pipe or socket). Choose a file name. Nothing was saved.</source>
        <translation>{path} n’est pas un fichier ordinaire (c’est un périphérique, un tube ou un socket). Choisissez un nom de fichier. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../printing/overview.py" line="64"/>
        <source>Overview: {title}</source>
        <translation>Vue d’ensemble&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../printing/overview.py" line="71"/>
        <source>{questions} questions, {kinds} kinds of outcome, {paths} paths. Read down from Q1: each arrow leads to a later question; a lettered chip says which kinds of outcome a question can end in (key below). The pages after this one list every path, question and outcome.</source>
        <translation>{questions} questions, {kinds} types de résultat, {paths} chemins. Lisez de haut en bas à partir de Q1&#xa0;: chaque flèche mène à une question suivante&#xa0;; une pastille marquée d’une lettre indique à quels types de résultat une question peut mener (légende ci-dessous). Les pages suivantes énumèrent chaque chemin, chaque question et chaque résultat.</translation>
    </message>
    <message>
        <location filename="../printing/overview.py" line="152"/>
        <source>Key: kinds of outcome</source>
        <translation>Légende&#xa0;: types de résultat</translation>
    </message>
    <message>
        <location filename="../printing/pdf.py" line="27"/>
        <source>“{title}” does not fit on one page, even shortened, so its end is missing. If your agency added a long procedure to agency.yaml, shorten it.</source>
        <translation>«&#xa0;{title}&#xa0;» ne tient pas sur une seule page, même en version abrégée&#xa0;: la fin n’a donc pas été imprimée. Si votre organisme a ajouté une longue procédure dans agency.yaml, raccourcissez-la.</translation>
    </message>
    <message>
        <location filename="../printing/pdf.py" line="31"/>
        <source>“{title}” does not fit on one page, even shortened, so it was not saved. If your agency added a long procedure to agency.yaml, shorten it.</source>
        <translation>«&#xa0;{title}&#xa0;» ne tient pas sur une seule page, même en version abrégée&#xa0;: le document n’a donc pas été enregistré. Si votre organisme a ajouté une longue procédure dans agency.yaml, raccourcissez-la.</translation>
    </message>
    <message>
        <location filename="../printing/pdf.py" line="66"/>
        <source>“{path}” is not a file name. Give one, for example guide.pdf. Nothing was saved.</source>
        <translation>«&#xa0;{path}&#xa0;» n’est pas un nom de fichier. Donnez-en un, par exemple guide.pdf. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../printing/pdf.py" line="73"/>
        <source>The PDF could not be made. Nothing was saved.</source>
        <translation>Le PDF n’a pas pu être créé. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../printing/preview.py" line="31"/>
        <source>Print: {title}</source>
        <translation>Imprimer&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../printing/preview.py" line="46"/>
        <source>Print preview: {title}</source>
        <translation>Aperçu avant impression&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../printing/preview.py" line="62"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../printing/preview.py" line="64"/>
        <source>Choose a printer and print these pages</source>
        <translation>Choisir une imprimante et imprimer ces pages</translation>
    </message>
    <message>
        <location filename="../printing/render.py" line="118"/>
        <source>The page range {first}-{last} is outside this document, which has %n page(s).</source>
        <translation>Les pages {first} à {last} ne font pas partie de ce document, qui compte %n page(s).</translation>
    </message>
    <message>
        <location filename="../printing/render.py" line="126"/>
        <source>The printer or file could not be opened for printing. Check that the printer is connected, or choose another file.</source>
        <translation>L’imprimante ou le fichier n’a pas pu être ouvert pour l’impression. Vérifiez que l’imprimante est branchée, ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../printing/render.py" line="133"/>
        <source>The printer stopped accepting pages. Nothing more was printed.</source>
        <translation>L’imprimante a cessé d’accepter des pages. Rien de plus n’a été imprimé.</translation>
    </message>
    <message>
        <source>“{name}” could not be replaced: it may be open in another program, such as a PDF reader. Close it there and try again, or save under another name. Nothing was saved.</source>
        <translation>« {name} » n’a pas pu être remplacé : il est peut-être ouvert dans un autre programme, comme un lecteur de PDF. Fermez-le dans ce programme et réessayez, ou enregistrez-le sous un autre nom. Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <location filename="../printing/preview.py" line="54"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
</context>
<context>
    <name>WhatToPrintDialog</name>
    <message>
        <location filename="../printing/dialog.py" line="135"/>
        <source>Export PDF: what to include</source>
        <translation>Exporter en PDF&#xa0;: choisir le contenu</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="136"/>
        <source>What do you want to save as a PDF?</source>
        <translation>Que voulez-vous enregistrer en PDF&#xa0;?</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="138"/>
        <source>Preview: what to include</source>
        <translation>Aperçu&#xa0;: choisir le contenu</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="139"/>
        <source>What do you want to preview?</source>
        <translation>Que voulez-vous voir dans l’aperçu&#xa0;?</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="141"/>
        <source>Print: what to include</source>
        <translation>Imprimer&#xa0;: choisir le contenu</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="142"/>
        <source>What do you want to print?</source>
        <translation>Que voulez-vous imprimer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="143"/>
        <source>What to print</source>
        <translation>Choix du document à imprimer</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="146"/>
        <source>This section: {title}</source>
        <translation>Cette section&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="147"/>
        <source>This section (no section is open)</source>
        <translation>Cette section (aucune section n’est ouverte)</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="148"/>
        <source>Several sections, with their summaries first…</source>
        <translation>Plusieurs sections, précédées de leurs résumés…</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="149"/>
        <source>Search results for “{query}”</source>
        <translation>Résultats de la recherche «&#xa0;{query}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="150"/>
        <source>Search results (no search yet)</source>
        <translation>Résultats de la recherche (aucune recherche pour l’instant)</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="151"/>
        <source>Decision summary</source>
        <translation>Résumé de la décision</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="152"/>
        <source>Decision summary (no decision yet)</source>
        <translation>Résumé de la décision (aucune décision pour l’instant)</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="153"/>
        <source>Decision record, with signature and date lines</source>
        <translation>Relevé de la décision, avec lignes pour la signature et la date</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="154"/>
        <source>Decision record (no decision yet)</source>
        <translation>Relevé de la décision (aucune décision pour l’instant)</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="155"/>
        <source>Quick reference card (one page)</source>
        <translation>Aide-mémoire (une page)</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="156"/>
        <source>Decision map: every question, path and outcome, for review</source>
        <translation>Carte de décision&#xa0;: chaque question, chemin et résultat, pour révision</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="161"/>
        <source>Sections to print</source>
        <translation>Sections à imprimer</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="162"/>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="163"/>
        <source>Clear</source>
        <translation>Tout désélectionner</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="164"/>
        <source>Preview and print…</source>
        <translation>Aperçu et impression…</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="165"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="165"/>
        <source>Copy as text</source>
        <translation>Copier en texte</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="170"/>
        <source>Copy the decision as plain text, to paste into an electronic case file. Quick exit clears it from the clipboard.</source>
        <translation>Copier la décision en texte brut, pour la coller dans un dossier électronique. La sortie rapide l’efface du presse-papiers.</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="175"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="175"/>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="270"/>
        <source>Nothing chosen</source>
        <translation>Rien n’est choisi</translation>
    </message>
    <message>
        <location filename="../printing/dialog.py" line="271"/>
        <source>Tick at least one section in the list.</source>
        <translation>Cochez au moins une section dans la liste.</translation>
    </message>
</context>
</TS>
