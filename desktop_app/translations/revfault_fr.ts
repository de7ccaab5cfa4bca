<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DecisionHelper</name>
    <message>
        <source>A field of the record keeps up to 5,000 characters; the rest of what was pasted was not kept. Keep full notes in your agency&apos;s own records.</source>
        <translation>Un champ du relevé garde au plus 5 000 caractères ; le reste de ce qui a été collé n’a pas été gardé. Conservez les notes complètes dans les dossiers de votre organisme.</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>No printer is set up on this computer. Use Export PDF to save the pages as a PDF file instead, or ask IT to add a printer.</source>
        <translation>Aucune imprimante n’est configurée sur cet ordinateur. Utilisez Exporter en PDF pour enregistrer les pages dans un fichier PDF, ou demandez au service informatique d’ajouter une imprimante.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>“{name}” could not be replaced: it may be open in another program, such as a PDF reader. Close it there and try again, or save under another name. Nothing was saved.</source>
        <translation>« {name} » n’a pas pu être remplacé : il est peut-être ouvert dans un autre programme, comme un lecteur de PDF. Fermez-le dans ce programme et réessayez, ou enregistrez-le sous un autre nom. Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your preferences could not be saved ({problem}). They apply until you close the app.</source>
        <translation>Vos préférences n’ont pas pu être enregistrées ({problem}). Elles s’appliquent jusqu’à la fermeture de l’application.</translation>
    </message>
</context>
</TS>
