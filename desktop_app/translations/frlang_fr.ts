<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>FilterNames</name>
    <message>
        <source>FIPPA</source>
        <extracomment>The names the chips show, translated when shown (the laws by their short form).</extracomment>
        <translation>LAIPVP</translation>
    </message>
    <message>
        <source>MFIPPA</source>
        <translation>LAIMPVP</translation>
    </message>
    <message>
        <source>PHIPA</source>
        <translation>LPRPS</translation>
    </message>
    <message>
        <source>CYFSA</source>
        <translation>LSEJF</translation>
    </message>
    <message>
        <source>PIPEDA</source>
        <translation>LPRPDE</translation>
    </message>
    <message>
        <source>Justice</source>
        <translation>Justice</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Children and family</source>
        <translation>Enfance et famille</translation>
    </message>
    <message>
        <source>IPV services</source>
        <translation>Services en violence conjugale</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Services sociaux</translation>
    </message>
</context>
<context>
    <name>Printouts</name>
    <message>
        <source>see: {title}</source>
        <extracomment>after a link's words in a printout: the section it leads to</extracomment>
        <translation>voir : {title}</translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <source>1 {month} {year}</source>
        <comment>the first day of a month</comment>
        <translation>1er {month} {year}</translation>
    </message>
</context>
</TS>
