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
    <name>Settings</name>
    <message>
        <source>Your preferences could not be saved ({problem}). They apply until you close the app.</source>
        <translation>Vos préférences n’ont pas pu être enregistrées ({problem}). Elles s’appliquent jusqu’à la fermeture de l’application.</translation>
    </message>
</context>
</TS>
