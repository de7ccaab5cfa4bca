<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Argparse</name>
    <message>
        <source>expected at most one argument</source>
        <translation>une valeur au plus est attendue</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins une valeur est attendue</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s valeur est attendue</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s valeurs sont attendues</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>«&#xa0;%(value)s&#xa0;» n&apos;est pas une valeur possible (%(type)s)</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut désigner %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>cette option ne prend pas de valeur («&#xa0;%s&#xa0;» est de trop)</translation>
    </message>
    <message>
        <source>%s must not be empty; give a folder</source>
        <translation>%s ne doit pas être vide&#xa0;; indiquez un dossier</translation>
    </message>
    <message>
        <source>%s must not be empty; give a file</source>
        <translation>%s ne doit pas être vide&#xa0;; indiquez un fichier</translation>
    </message>
</context>
<context>
    <name>CliMetavar</name>
    <message>
        <source>COMMAND</source>
        <extracomment>The metavars the subcommands give (in English, as the code writes them).</extracomment>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FICHIER.pdf</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>KEY.pub</source>
        <translation>CLÉ.pub</translation>
    </message>
    <message>
        <source>OLD</source>
        <translation>ANCIEN</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NOUVEAU</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>MOTS</translation>
    </message>
    <message>
        <source>SECTION_ID</source>
        <translation>IDENTIFIANT</translation>
    </message>
    <message>
        <source>KEY=VALUE,...</source>
        <translation>CLÉ=VALEUR,...</translation>
    </message>
    <message>
        <source>LIMIT</source>
        <translation>LIMITE</translation>
    </message>
    <message>
        <source>COMMENT</source>
        <translation>COMMENTAIRE</translation>
    </message>
</context>
</TS>
