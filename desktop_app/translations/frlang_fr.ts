<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>FindBar</name>
    <message>
        <source>Escape</source>
        <translation>Échap</translation>
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
