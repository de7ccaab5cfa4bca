<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="170"/>
        <source>{app} is already open; its window was brought to the front.</source>
        <translation>{app} est déjà ouvert&#xa0;; sa fenêtre a été placée au premier plan.</translation>
    </message>
    <message>
        <location filename="../app.py" line="185"/>
        <source>{problem}

Check the --content folder, or start without it to use the guide that came with the app.</source>
        <translation>{problem}

Vérifiez le dossier indiqué par --content, ou lancez l&apos;application sans cette option pour utiliser le guide fourni avec elle.</translation>
    </message>
    <message>
        <location filename="../app.py" line="192"/>
        <source>{app} could not start.

{problem}</source>
        <translation>{app} n&apos;a pas pu démarrer.

{problem}</translation>
    </message>
</context>
</TS>
