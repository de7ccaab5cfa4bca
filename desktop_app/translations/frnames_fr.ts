<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../cli/pack_cmds.py" line="56"/>
        <source>make, check, install and compare signed content packs</source>
        <translation>créer, vérifier, installer et comparer des paquets de contenu signés</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="59"/>
        <source>make a signing key (KEY) and its public half (KEY.pub)</source>
        <translation>créer une clé de signature (CLÉ) et sa moitié publique (CLÉ.pub)</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="61"/>
        <source>who the key belongs to (shown in &apos;info&apos;)</source>
        <translation>à qui appartient la clé (affiché par «&#xa0;info&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="64"/>
        <source>check a content folder (and its French, if any), then sign it into a pack file</source>
        <translation>vérifier un dossier de contenu (et son français, s&apos;il y en a), puis le signer dans un fichier de paquet</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="69"/>
        <source>an agency pack: only agency.yaml and sections/*.md, and their French in fr/, laid over the guide</source>
        <translation>un paquet d&apos;organisme&#xa0;: seulement agency.yaml et sections/*.md, et leur version française dans fr/, ajoutés par-dessus le guide</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="71"/>
        <source>an agency pack&apos;s version (the guide&apos;s comes from its manifest)</source>
        <translation>la version d&apos;un paquet d&apos;organisme (celle du guide vient de son manifeste)</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="77"/>
        <source>check a pack&apos;s signature and files</source>
        <translation>vérifier la signature et les fichiers d&apos;un paquet</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="78"/>
        <source>show what a pack holds and who signed it</source>
        <translation>montrer ce que contient un paquet et qui l&apos;a signé</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="79"/>
        <source>install a pack as the current content</source>
        <translation>installer un paquet comme contenu actuel</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="83"/>
        <source>also trust this public key</source>
        <translation>faire aussi confiance à cette clé publique</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="86"/>
        <source>go back to the previous content</source>
        <translation>revenir au contenu précédent</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="87"/>
        <source>the agency pack instead</source>
        <translation>le paquet de l&apos;organisme plutôt que le guide</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="90"/>
        <source>what changed between two versions (folders or packs)</source>
        <translation>ce qui a changé entre deux versions (dossiers ou paquets)</translation>
    </message>
</context>
<context>
    <name>PackCommands</name>
    <message>
        <location filename="../cli/pack_cmds.py" line="98"/>
        <source>ipv-guide pack: {message}</source>
        <translation>ipv-guide pack&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="231"/>
        <source>French: {n} note(s). These parts show in English in the French guide, marked &quot;not yet translated&quot;, until their French is added:</source>
        <extracomment>A French problem that only says a part is not translated yet (French mode shows the English, marked), or that a non-breaking space is missing: reported, never refused.</extracomment>
        <translation>Français&#xa0;: {n} remarque(s). Ces parties s&apos;affichent en anglais dans le guide en français, avec la mention «&#xa0;pas encore traduit&#xa0;», jusqu&apos;à ce que leur version française soit ajoutée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="236"/>
        <source>French: {n} problem(s). Until they are fixed, the app offers French only to whoever starts it with --lang fr:</source>
        <translation>Français&#xa0;: {n} problème(s). Tant qu&apos;ils ne sont pas corrigés, l&apos;application n&apos;offre le français qu&apos;aux personnes qui la démarrent avec --lang fr&#xa0;:</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="246"/>
        <source>agency</source>
        <translation>paquet d&apos;organisme</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="247"/>
        <source>content</source>
        <translation>contenu du guide</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="261"/>
        <source>Wrote {key} (keep it secret; never put it on a shared drive) and {key}.pub (key id {id}). Give the .pub file to IT to trust.</source>
        <translation>{key} a été créé (gardez-le secret&#xa0;; ne le placez jamais sur un lecteur partagé), ainsi que {key}.pub (identifiant de clé {id}). Remettez le fichier .pub au service informatique pour qu&apos;il lui fasse confiance.</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="274"/>
        <source>{folder}: not a folder</source>
        <translation>{folder} n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="279"/>
        <source>an agency pack needs --version (e.g. --version 1.0)</source>
        <translation>un paquet d&apos;organisme a besoin de --version (par exemple --version 1.0)</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="292"/>
        <source>{n} problem(s) in the content; fix them first (ipv-guide --content DIR check-content, and --lang fr for the French)</source>
        <translation>{n} problème(s) dans le contenu&#xa0;; corrigez-les d&apos;abord (ipv-guide --content DOSSIER check-content, et --lang fr pour le français)</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="307"/>
        <source>Wrote {file}: {kind} {version} ({n} files, {fr} of them French), signed with key {key}.</source>
        <translation>{file} a été créé&#xa0;: {kind} {version} ({n} fichier(s), dont {fr} en français), signé avec la clé {key}.</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="321"/>
        <source>OK: {file}: {kind} {version} of {date}, {n} files ({fr} French), signed by key {key} {who}</source>
        <translation>Valide&#xa0;: {file}&#xa0;: {kind} {version} du {date}, {n} fichier(s) (dont {fr} en français), signé par la clé {key} {who}</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="340"/>
        <source>{file}: not a content pack ({reason})</source>
        <translation>{file} n&apos;est pas un paquet de contenu ({reason})</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="343"/>
        <source>kind: {kind}
content version: {version}
date: {date}
app versions: {low} to {high}
files: {n}
signed by key: {key}</source>
        <translation>type&#xa0;: {kind}
version du contenu&#xa0;: {version}
date&#xa0;: {date}
versions de l&apos;application&#xa0;: de {low} à {high}
fichiers&#xa0;: {n}
signé par la clé&#xa0;: {key}</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="346"/>
        <location filename="../cli/pack_cmds.py" line="347"/>
        <source>any</source>
        <translation>toute version</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="349"/>
        <source>French: {n} file(s) in fr/</source>
        <translation>Français&#xa0;: {n} fichier(s) dans fr/</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="351"/>
        <source>French: none (in the French guide, this pack&apos;s parts show in English, marked &quot;not yet translated&quot;)</source>
        <translation>Français&#xa0;: aucun (dans le guide en français, les parties de ce paquet s&apos;affichent en anglais, avec la mention «&#xa0;pas encore traduit&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="356"/>
        <source>signature: valid, from a trusted key</source>
        <translation>signature&#xa0;: valide, d&apos;une clé de confiance</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="358"/>
        <source>signature: NOT accepted here: {reason}</source>
        <translation>signature&#xa0;: REFUSÉE ici&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="381"/>
        <source>Installed {kind} {version} in {folder}. The app shows it from its next start.</source>
        <translation>{kind} {version} installé dans {folder}. L&apos;application l&apos;affichera à son prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="394"/>
        <source>Restored the previous content ({name}).</source>
        <translation>Le contenu précédent a été rétabli ({name}).</translation>
    </message>
</context>
<context>
    <name>PackDiff</name>
    <message>
        <location filename="../cli/pack_cmds.py" line="38"/>
        <source>What changed from content {old} to {new}</source>
        <translation>Ce qui a changé du contenu {old} au contenu {new}</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="39"/>
        <source>No section or decision outcome changed.</source>
        <translation>Aucune section ni aucun résultat de l&apos;aide à la décision n&apos;a changé.</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="40"/>
        <source>Decision helper outcomes:</source>
        <translation>Résultats de l&apos;aide à la décision&#xa0;:</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="41"/>
        <source>ADDED: {title} [{id}]</source>
        <translation>AJOUTÉ&#xa0;: {title} [{id}]</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="42"/>
        <source>REMOVED: {title} [{id}]</source>
        <translation>SUPPRIMÉ&#xa0;: {title} [{id}]</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="43"/>
        <source>CHANGED: {title} [{id}]</source>
        <translation>MODIFIÉ&#xa0;: {title} [{id}]</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="44"/>
        <source>verdict: {old} -&gt; {new}</source>
        <translation>conclusion&#xa0;: {old} -&gt; {new}</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="45"/>
        <source>+ provision {provision}</source>
        <translation>+ disposition {provision}</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="46"/>
        <source>- provision {provision}</source>
        <translation>- disposition {provision}</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="47"/>
        <source>Sections added:</source>
        <translation>Sections ajoutées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="48"/>
        <source>Sections removed:</source>
        <translation>Sections supprimées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="49"/>
        <source>Sections changed:</source>
        <translation>Sections modifiées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="50"/>
        <source>old: {text}</source>
        <translation>avant&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../cli/pack_cmds.py" line="51"/>
        <source>new: {text}</source>
        <translation>maintenant&#xa0;: {text}</translation>
    </message>
</context>
</TS>
