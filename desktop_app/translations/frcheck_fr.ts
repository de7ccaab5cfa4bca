<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ContentProblems</name>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="11"/>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="13"/>
        <source>content folder not found</source>
        <translation>dossier de contenu introuvable</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="15"/>
        <source>the file is nested too deeply to read; ignored</source>
        <translation>le fichier a trop de niveaux imbriqués pour être lu&#xa0;; il est ignoré</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="17"/>
        <source>the file could not be read ({error}: {detail}); ignored</source>
        <translation>le fichier n&apos;a pas pu être lu ({error}&#xa0;: {detail})&#xa0;; il est ignoré</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="19"/>
        <source>cannot read file: it is a link that leads nowhere ({reason}); ignored</source>
        <translation>impossible de lire le fichier&#xa0;: c&apos;est un lien qui ne mène nulle part ({reason})&#xa0;; il est ignoré</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="21"/>
        <source>is a link to a file outside the content folder; ignored</source>
        <translation>c&apos;est un lien vers un fichier situé hors du dossier de contenu&#xa0;; il est ignoré</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="23"/>
        <source>file is too large ({size:,} bytes; the limit is {limit:,}); ignored</source>
        <translation>le fichier est trop gros ({size} octets&#xa0;; la limite est de {limit})&#xa0;; il est ignoré</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="25"/>
        <source>is {what}, not a regular file; ignored</source>
        <translation>c&apos;est {what}, pas un fichier ordinaire&#xa0;; il est ignoré</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="27"/>
        <source>cannot read file: {reason}</source>
        <translation>impossible de lire le fichier&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="29"/>
        <source>file is not valid UTF-8 text; save it as UTF-8</source>
        <translation>le fichier n&apos;est pas du texte UTF-8 valide&#xa0;; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="31"/>
        <source>file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="33"/>
        <source>not read: a file in {folder}/ must be plain text with a name ending in &apos;{suffix}&apos; (lower case)</source>
        <translation>non lu&#xa0;: un fichier du dossier {folder}/ doit être du texte brut dont le nom se termine par «&#xa0;{suffix}&#xa0;» (en minuscules)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="35"/>
        <source>invisible or control character {code} ({name}) in the text; delete it (it can hide or reorder what the reader sees, or break search)</source>
        <translation>caractère invisible ou de contrôle {code} ({name}) dans le texte&#xa0;; supprimez-le (il peut cacher ou réordonner ce que voit le lecteur, ou nuire à la recherche)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="37"/>
        <source>a &apos;word&apos; of {n:,} letters with no space in it (starting &apos;{start}…&apos;); no word may be longer than {limit} letters</source>
        <translation>un «&#xa0;mot&#xa0;» de {n} lettres sans espace (qui commence par «&#xa0;{start}…&#xa0;»)&#xa0;; aucun mot ne peut dépasser {limit} lettres</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="39"/>
        <source>a block of {n:,} characters with no blank line in it; split it into paragraphs (at most {limit:,} characters each)</source>
        <translation>un bloc de {n} caractères sans ligne vide&#xa0;; coupez-le en paragraphes (au plus {limit} caractères chacun)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="41"/>
        <source>&apos;{value}&apos; is not a valid date{detail}</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une date valide&#xa0;; écrivez-la sous la forme AAAA-MM-JJ, comme 2026-11-25</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="43"/>
        <source>&apos;{value}&apos; is not a usable whole number{detail}</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un nombre entier utilisable</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="45"/>
        <source>&apos;{value}&apos; is not a usable number{detail}</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un nombre utilisable</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="47"/>
        <source>&apos;{value}&apos; cannot be read{detail}</source>
        <translation>«&#xa0;{value}&#xa0;» ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="49"/>
        <source>invalid YAML: {detail}</source>
        <translation>YAML invalide&#xa0;: {detail}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="51"/>
        <source>invalid YAML: did not find expected key</source>
        <translation>YAML invalide&#xa0;: une ligne n&apos;est pas à sa place&#xa0;; vérifiez les espaces en début de ligne (les champs d&apos;un même bloc commencent à la même colonne) et mettez entre guillemets un texte qui contient «&#xa0;:&#xa0;» ou commence par un guillemet</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="53"/>
        <source>invalid YAML: did not find expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>YAML invalide&#xa0;: une liste ouverte par «&#xa0;[&#xa0;» n&apos;est pas fermée par «&#xa0;]&#xa0;», ou il manque une virgule entre deux éléments</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="55"/>
        <source>invalid YAML: did not find expected &apos;,&apos; or &apos;}}&apos;</source>
        <translation>YAML invalide&#xa0;: un bloc ouvert par «&#xa0;{{&#xa0;» n&apos;est pas fermé par «&#xa0;}}&#xa0;», ou il manque une virgule entre deux éléments</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="57"/>
        <source>invalid YAML: mapping values are not allowed in this context</source>
        <translation>YAML invalide&#xa0;: un «&#xa0;:&#xa0;» suivi d&apos;une espace n&apos;est pas permis à cet endroit&#xa0;; mettez le texte entre guillemets ou dans un bloc &gt;-, ou vérifiez les espaces en début de ligne</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="59"/>
        <source>invalid YAML: mapping values are not allowed here</source>
        <translation>YAML invalide&#xa0;: un «&#xa0;:&#xa0;» suivi d&apos;une espace n&apos;est pas permis à cet endroit&#xa0;; mettez le texte entre guillemets ou dans un bloc &gt;-, ou vérifiez les espaces en début de ligne</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="61"/>
        <source>invalid YAML: found character that cannot start any token</source>
        <translation>YAML invalide&#xa0;: un caractère ne peut pas commencer une valeur à cet endroit (une tabulation, ou @, ` ou %)&#xa0;; en début de ligne, mettez des espaces et non des tabulations, et mettez le texte entre guillemets</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="63"/>
        <source>invalid YAML: did not find expected node content</source>
        <translation>YAML invalide&#xa0;: une valeur manque (une liste ou un bloc est ouvert sans suite)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="65"/>
        <source>invalid YAML: did not find expected &apos;-&apos; indicator</source>
        <translation>YAML invalide&#xa0;: dans une liste, chaque élément commence par «&#xa0;-&#xa0;» à la même colonne</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="67"/>
        <source>invalid YAML: could not find expected &apos;:&apos;</source>
        <translation>YAML invalide&#xa0;: il manque le «&#xa0;:&#xa0;» après le nom d&apos;un champ</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="69"/>
        <source>invalid YAML: found unexpected end of stream</source>
        <translation>YAML invalide&#xa0;: le fichier se termine trop tôt (un guillemet, un crochet ou une accolade n&apos;est pas fermé)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="71"/>
        <source>invalid YAML: found undefined alias</source>
        <translation>YAML invalide&#xa0;: un alias («&#xa0;*nom&#xa0;») renvoie à une ancre («&#xa0;&amp;nom&#xa0;») qui n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="73"/>
        <source>invalid YAML: invalid YAML</source>
        <translation>YAML invalide</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="75"/>
        <source>invalid YAML: lists or sets of keys are nested more than {limit} deep</source>
        <translation>YAML invalide&#xa0;: des listes ou des blocs de champs sont imbriqués sur plus de {limit} niveaux</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="77"/>
        <source>invalid YAML: an alias (&apos;*name&apos;) refers to the value that contains it; write the value out in full</source>
        <translation>YAML invalide&#xa0;: un alias («&#xa0;*nom&#xa0;») renvoie à la valeur qui le contient&#xa0;; écrivez la valeur en entier</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="79"/>
        <source>invalid YAML: aliases (&apos;*name&apos;) here would repeat values {n:,} times (at most {limit:,}); write the values out in full</source>
        <translation>YAML invalide&#xa0;: les alias («&#xa0;*nom&#xa0;») répéteraient ici des valeurs {n} fois (au plus {limit})&#xa0;; écrivez les valeurs en entier</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="81"/>
        <source>the key &apos;{key}&apos; appears twice (also on line {first}); keep one</source>
        <translation>le champ «&#xa0;{key}&#xa0;» apparaît deux fois (aussi à la ligne {first})&#xa0;; gardez-en un seul</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="83"/>
        <source>invisible or control character {code} (a control character) in the text; delete it (it can hide or reorder what the reader sees, or break search)</source>
        <translation>caractère invisible ou de contrôle {code} (un caractère de contrôle) dans le texte&#xa0;; supprimez-le (il peut cacher ou réordonner ce que voit le lecteur, ou nuire à la recherche)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="86"/>
        <source>unknown key &apos;{key}&apos; in {what}; allowed: {allowed}</source>
        <translation>champ inconnu «&#xa0;{key}&#xa0;» dans {what}&#xa0;; champs permis&#xa0;: {allowed}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="88"/>
        <source>{what} is missing required key &apos;{key}&apos;</source>
        <translation>il manque le champ obligatoire «&#xa0;{key}&#xa0;» dans {what}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="90"/>
        <source>&apos;{key}&apos; must be text, not {type}</source>
        <translation>le champ «&#xa0;{key}&#xa0;» doit contenir du texte, pas une valeur de type {type}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="92"/>
        <source>&apos;{key}&apos; must be one line</source>
        <translation>le champ «&#xa0;{key}&#xa0;» doit tenir sur une seule ligne</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="94"/>
        <source>&apos;{key}&apos; must not be empty</source>
        <translation>le champ «&#xa0;{key}&#xa0;» ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="96"/>
        <source>&apos;{key}&apos; is {n} characters; keep it under {limit}</source>
        <translation>le champ «&#xa0;{key}&#xa0;» compte {n} caractères&#xa0;; restez sous {limit}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="98"/>
        <source>provision &apos;{cite}&apos; in the text is not canonical; write it like &apos;PHIPA s. 40(1)&apos;</source>
        <translation>la disposition «&#xa0;{cite}&#xa0;» citée dans le texte n&apos;est pas écrite sous la forme canonique&#xa0;; écrivez-la comme «&#xa0;PHIPA s. 40(1)&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="100"/>
        <source>&apos;{key}&apos; must be a whole number</source>
        <translation>le champ «&#xa0;{key}&#xa0;» doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="102"/>
        <source>&apos;{key}&apos; must be true or false</source>
        <translation>le champ «&#xa0;{key}&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="104"/>
        <source>&apos;{key}&apos; must be a date like 2026-11-25</source>
        <translation>le champ «&#xa0;{key}&#xa0;» doit être une date comme 2026-11-25</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="106"/>
        <source>&apos;{key}&apos; must be a list of text items, like [a, b]</source>
        <translation>le champ «&#xa0;{key}&#xa0;» doit être une liste de textes, comme [a, b]</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="108"/>
        <source>&apos;{key}&apos; has an empty item; remove it</source>
        <translation>le champ «&#xa0;{key}&#xa0;» contient un élément vide&#xa0;; supprimez-le</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="110"/>
        <source>&apos;{value}&apos; is not allowed in &apos;{key}&apos;; use one of: {allowed}</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas permis dans le champ «&#xa0;{key}&#xa0;»&#xa0;; choisissez parmi&#xa0;: {allowed}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="112"/>
        <source>&apos;{key}&apos; must be a list of source numbers, like [3, 101]</source>
        <translation>le champ «&#xa0;{key}&#xa0;» doit être une liste de numéros de source, comme [3, 101]</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="114"/>
        <source>malformed provision &apos;{value}&apos;; write it like &apos;PHIPA s. 40(1)&apos; or &apos;FIPPA s. 42(1)(h)&apos;</source>
        <translation>disposition mal écrite «&#xa0;{value}&#xa0;»&#xa0;; écrivez-la comme «&#xa0;PHIPA s. 40(1)&#xa0;» ou «&#xa0;FIPPA s. 42(1)(h)&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="116"/>
        <source>&apos;{key}&apos; must be one of: {allowed}</source>
        <translation>le champ «&#xa0;{key}&#xa0;» doit valoir l&apos;une de ces valeurs&#xa0;: {allowed}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="118"/>
        <source>status is check-official-text: add &apos;check_note&apos; saying what to check in the official text</source>
        <translation>le statut est check-official-text&#xa0;: ajoutez un champ «&#xa0;check_note&#xa0;» qui dit quoi vérifier dans le texte officiel</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="120"/>
        <source>&apos;{key}&apos; must map facts to values, like {{risk: serious}}</source>
        <translation>le champ «&#xa0;{key}&#xa0;» doit associer des faits à des valeurs (chaque fait, un deux-points, puis sa valeur ou la liste de ses valeurs, entre accolades {{ }})</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="122"/>
        <source>&apos;{key}&apos; must be a value or a list of values</source>
        <translation>le champ «&#xa0;{key}&#xa0;» doit être une valeur ou une liste de valeurs</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="125"/>
        <source>a section must start with &apos;---&apos;, its front matter, and &apos;---&apos;</source>
        <translation>une section doit commencer par «&#xa0;---&#xa0;», son en-tête, puis «&#xa0;---&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="127"/>
        <source>front matter must be a set of &apos;key: value&apos; lines</source>
        <translation>l&apos;en-tête doit être une suite de lignes où chaque nom de champ est suivi d&apos;un deux-points et de sa valeur</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="129"/>
        <source>&apos;source_sha256&apos; must be the 64 hex digits of the English file&apos;s SHA-256 (sha256sum content/data/sections/&lt;file&gt;)</source>
        <translation>le champ «&#xa0;source_sha256&#xa0;» doit contenir les 64 chiffres hexadécimaux du SHA-256 du fichier anglais (sha256sum content/data/sections/&lt;fichier&gt;)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="131"/>
        <source>id &apos;{id}&apos; must use lower-case letters, digits and dashes</source>
        <translation>l&apos;identifiant «&#xa0;{id}&#xa0;» ne doit contenir que des lettres minuscules, des chiffres et des tirets</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="133"/>
        <source>id &apos;{id}&apos; must match the file name &apos;{file}&apos;</source>
        <translation>l&apos;identifiant «&#xa0;{id}&#xa0;» doit correspondre au nom du fichier «&#xa0;{file}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="135"/>
        <source>&apos;provisions&apos; is empty: add &apos;provisions_reason&apos; saying why no provision is cited</source>
        <translation>le champ «&#xa0;provisions&#xa0;» est vide&#xa0;: ajoutez un champ «&#xa0;provisions_reason&#xa0;» qui explique pourquoi aucune disposition n&apos;est citée</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="137"/>
        <source>provision &apos;{provision}&apos; is from {act}; add {act} to &apos;statutes&apos;</source>
        <translation>la disposition «&#xa0;{provision}&#xa0;» vient de la loi {act}&#xa0;; ajoutez {act} au champ «&#xa0;statutes&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="139"/>
        <source>&apos;sources&apos; must list at least one source number</source>
        <translation>le champ «&#xa0;sources&#xa0;» doit contenir au moins un numéro de source</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="141"/>
        <source>no sections found</source>
        <translation>aucune section trouvée</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="143"/>
        <source>the glossary, sources and statutes could not be read ({error}: {detail})</source>
        <translation>le glossaire, les sources et les lois n&apos;ont pas pu être lus ({error}&#xa0;: {detail})</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="145"/>
        <source>{file} is missing</source>
        <translation>le fichier {file} est absent</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="147"/>
        <source>manifest must be a set of &apos;key: value&apos; lines</source>
        <translation>le manifeste doit être une suite de lignes où chaque nom de champ est suivi d&apos;un deux-points et de sa valeur</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="149"/>
        <source>{file} must be a list of entries, each starting with &apos;- &apos;</source>
        <translation>{file} doit être une liste d&apos;entrées, chacune commençant par «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="151"/>
        <source>each entry must be a set of &apos;key: value&apos; lines</source>
        <translation>chaque entrée doit être une suite de lignes où chaque nom de champ est suivi d&apos;un deux-points et de sa valeur</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="153"/>
        <source>&apos;{key}&apos; must be a set of &apos;key: value&apos; lines</source>
        <translation>le champ «&#xa0;{key}&#xa0;» doit être une suite de lignes où chaque nom de champ est suivi d&apos;un deux-points et de sa valeur</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="155"/>
        <source>malformed provision &apos;{value}&apos;</source>
        <translation>disposition mal écrite «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="157"/>
        <source>&apos;required&apos; must be &quot;yes&quot;, &quot;no&quot; or &quot;conditional&quot; (in quotes)</source>
        <translation>le champ «&#xa0;required&#xa0;» doit valoir &quot;yes&quot;, &quot;no&quot; ou &quot;conditional&quot; (entre guillemets droits)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="159"/>
        <source>synonyms.yaml must map a word to a list of terms</source>
        <translation>synonyms.yaml doit associer chaque mot à une liste de termes</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="161"/>
        <source>&apos;{key}&apos; must map to a list of terms</source>
        <translation>«&#xa0;{key}&#xa0;» doit être associé à une liste de termes</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="163"/>
        <source>duplicate {what} {id} (also on line {first}); ignored</source>
        <translation>{what} {id} en double (déjà à la ligne {first})&#xa0;; ce doublon est ignoré</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="165"/>
        <source>duplicate {what} {id} (also in {file}); ignored</source>
        <translation>{what} {id} en double (déjà dans {file})&#xa0;; ce doublon est ignoré</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="167"/>
        <source>parent &apos;{parent}&apos; does not exist; shown at the top level</source>
        <translation>la section parente «&#xa0;{parent}&#xa0;» n&apos;existe pas&#xa0;; cette section est placée au premier niveau</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="169"/>
        <source>the table of contents has a cycle: {cycle}; shown at the top level</source>
        <translation>la table des matières tourne en rond&#xa0;: {cycle}&#xa0;; cette section est placée au premier niveau</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="171"/>
        <source>source {source} is not in sources.yaml</source>
        <translation>la source {source} n&apos;est pas dans sources.yaml</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="173"/>
        <source>related section &apos;{section}&apos; does not exist</source>
        <translation>la section liée «&#xa0;{section}&#xa0;» n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="175"/>
        <source>link to section &apos;{section}&apos;, which does not exist</source>
        <translation>lien vers la section «&#xa0;{section}&#xa0;», qui n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="177"/>
        <source>link to glossary term &apos;{term}&apos;, which does not exist</source>
        <translation>lien vers le terme du glossaire «&#xa0;{term}&#xa0;», qui n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="179"/>
        <source>term &apos;{term}&apos; refers to section &apos;{section}&apos;, which does not exist</source>
        <translation>le terme «&#xa0;{term}&#xa0;» renvoie à la section «&#xa0;{section}&#xa0;», qui n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="181"/>
        <source>statute {statute} refers to section &apos;{section}&apos;, which does not exist</source>
        <translation>la loi {statute} renvoie à la section «&#xa0;{section}&#xa0;», qui n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="184"/>
        <source>section has {n} words; split it (at most {limit})</source>
        <translation>la section compte {n} mots&#xa0;; coupez-la (au plus {limit})</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="186"/>
        <source>scenario links {n} section(s); link at least {limit}</source>
        <translation>le scénario renvoie à {n} section(s)&#xa0;; il doit renvoyer à au moins {limit} sections</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="188"/>
        <source>glossary term &apos;{term}&apos; is not linked from any section</source>
        <translation>aucune section ne renvoie au terme du glossaire «&#xa0;{term}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="190"/>
        <source>no decision flow: the folder decisions/ has no usable flow, so the decision helper and &apos;ipv-guide decide&apos; cannot work</source>
        <translation>aucun parcours de décision&#xa0;: le dossier decisions/ n&apos;a aucun parcours utilisable, donc l&apos;aide à la décision et «&#xa0;ipv-guide decide&#xa0;» ne peuvent pas fonctionner</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="192"/>
        <source>no decision flow: the folder decisions/ is missing, so the decision helper and &apos;ipv-guide decide&apos; cannot work</source>
        <translation>aucun parcours de décision&#xa0;: le dossier decisions/ est absent, donc l&apos;aide à la décision et «&#xa0;ipv-guide decide&#xa0;» ne peuvent pas fonctionner</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/reading.py" line="194"/>
        <source>no decision flow: the folder decisions/ has no .yaml file, so the decision helper and &apos;ipv-guide decide&apos; cannot work</source>
        <translation>aucun parcours de décision&#xa0;: le dossier decisions/ n&apos;a aucun fichier .yaml, donc l&apos;aide à la décision et «&#xa0;ipv-guide decide&#xa0;» ne peuvent pas fonctionner</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="10"/>
        <source>the verified-provisions list is missing; every cited provision must be on it</source>
        <translation>la liste des dispositions vérifiées est absente&#xa0;; chaque disposition citée doit y figurer</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="12"/>
        <source>expected &apos;acts&apos; and &apos;provisions&apos; at the top level</source>
        <translation>le fichier doit commencer par les champs «&#xa0;acts&#xa0;» et «&#xa0;provisions&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="14"/>
        <source>unknown key &apos;{key}&apos;; allowed: acts, provisions</source>
        <translation>champ inconnu «&#xa0;{key}&#xa0;»&#xa0;; champs permis&#xa0;: acts, provisions</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="16"/>
        <source>&apos;acts&apos; must map each Act to {{text, current_to}}</source>
        <translation>le champ «&#xa0;acts&#xa0;» doit associer chaque loi à {{text, current_to}}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="18"/>
        <source>act &apos;{act}&apos; must have &apos;text&apos; and &apos;current_to&apos;</source>
        <translation>la loi «&#xa0;{act}&#xa0;» doit avoir les champs «&#xa0;text&#xa0;» et «&#xa0;current_to&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="20"/>
        <source>act &apos;{act}&apos;: &apos;text&apos; must say which text of the Act was read</source>
        <translation>loi «&#xa0;{act}&#xa0;»&#xa0;: le champ «&#xa0;text&#xa0;» doit dire quel texte de la loi a été lu</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="22"/>
        <source>act &apos;{act}&apos;: &apos;current_to&apos; must be a date like 2023-12-18</source>
        <translation>loi «&#xa0;{act}&#xa0;»&#xa0;: le champ «&#xa0;current_to&#xa0;» doit être une date comme 2023-12-18</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="24"/>
        <source>&apos;provisions&apos; must be a list of {{cite, checked}}</source>
        <translation>le champ «&#xa0;provisions&#xa0;» doit être une liste de {{cite, checked}}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="26"/>
        <source>each entry needs &apos;cite&apos; (a canonical citation) and &apos;checked&apos; (a date)</source>
        <translation>chaque entrée doit avoir «&#xa0;cite&#xa0;» (une citation canonique) et «&#xa0;checked&#xa0;» (une date)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="28"/>
        <source>unknown key(s) {keys}; allowed: cite, checked, note</source>
        <translation>champ(s) inconnu(s) {keys}&#xa0;; champs permis&#xa0;: cite, checked, note</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="30"/>
        <source>malformed provision &apos;{cite}&apos;; write it like &apos;PHIPA s. 40(1)&apos;</source>
        <translation>disposition mal écrite «&#xa0;{cite}&#xa0;»&#xa0;; écrivez-la comme «&#xa0;PHIPA s. 40(1)&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="32"/>
        <source>&apos;{cite}&apos;: &apos;checked&apos; must be the date it was checked, like 2026-12-06</source>
        <translation>«&#xa0;{cite}&#xa0;»&#xa0;: le champ «&#xa0;checked&#xa0;» doit être la date de la vérification, comme 2026-12-06</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="34"/>
        <source>&apos;{cite}&apos;: its Act {act} is not under &apos;acts&apos; (say which text was read)</source>
        <translation>«&#xa0;{cite}&#xa0;»&#xa0;: sa loi, {act}, ne figure pas sous «&#xa0;acts&#xa0;» (indiquez quel texte a été lu)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="36"/>
        <source>&apos;{cite}&apos; is listed twice (first on line {first})</source>
        <translation>«&#xa0;{cite}&#xa0;» figure deux fois (la première à la ligne {first})</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="38"/>
        <source>provision &apos;{cite}&apos; is not on {file}: check it against the Act&apos;s text and add it, or mark this item check-official-text</source>
        <translation>la disposition «&#xa0;{cite}&#xa0;» ne figure pas dans {file}&#xa0;: vérifiez-la dans le texte de la loi et ajoutez-la, ou marquez cet élément check-official-text</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="41"/>
        <source>agency.yaml was not used because of the problem(s) above; the app shows no agency contacts until it is fixed</source>
        <translation>agency.yaml n&apos;a pas été utilisé à cause du ou des problèmes ci-dessus&#xa0;; l&apos;application n&apos;affiche aucune personne-ressource de l&apos;organisme tant qu&apos;il n&apos;est pas corrigé</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="43"/>
        <source>agency.yaml must be a mapping with &apos;agency:&apos; and &apos;contacts:&apos; (see docs/deploying.md)</source>
        <translation>agency.yaml doit contenir les champs «&#xa0;agency&#xa0;» et «&#xa0;contacts&#xa0;» (voir docs/deploying.md)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="45"/>
        <source>unknown key &apos;{key}&apos; in agency.yaml; allowed: {allowed}</source>
        <translation>champ inconnu «&#xa0;{key}&#xa0;» dans agency.yaml&#xa0;; champs permis&#xa0;: {allowed}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="47"/>
        <source>&apos;{key}&apos; is too long ({n} characters; at most {limit}): keep it to what fits on one line of the printed card</source>
        <translation>le champ «&#xa0;{key}&#xa0;» est trop long ({n} caractères&#xa0;; au plus {limit})&#xa0;: gardez ce qui tient sur une ligne de la carte imprimée</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="49"/>
        <source>&apos;{key}&apos; must be plain text (no &lt; &gt; {{ }})</source>
        <translation>le champ «&#xa0;{key}&#xa0;» doit être du texte simple (sans &lt; &gt; {{ }})</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="51"/>
        <source>agency.yaml is missing required key &apos;agency&apos; (the agency&apos;s name)</source>
        <translation>il manque le champ obligatoire «&#xa0;agency&#xa0;» (le nom de l&apos;organisme) dans agency.yaml</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="53"/>
        <source>&apos;checked&apos; must be a date like 2026-12-01</source>
        <translation>le champ «&#xa0;checked&#xa0;» doit être une date comme 2026-12-01</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="55"/>
        <source>agency.yaml is missing required key &apos;contacts&apos; (a list of contacts by role)</source>
        <translation>il manque le champ obligatoire «&#xa0;contacts&#xa0;» (la liste des personnes-ressources par rôle) dans agency.yaml</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="57"/>
        <source>&apos;contacts&apos; must be a list; start each contact with &apos;- role: ...&apos;</source>
        <translation>le champ «&#xa0;contacts&#xa0;» doit être une liste&#xa0;; commencez chaque personne-ressource par un tiret suivi du champ «&#xa0;role&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="59"/>
        <source>&apos;contacts&apos; is empty: list at least one contact</source>
        <translation>le champ «&#xa0;contacts&#xa0;» est vide&#xa0;: indiquez au moins une personne-ressource</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="61"/>
        <source>each contact must be a mapping with role, phone and hours</source>
        <translation>chaque personne-ressource doit avoir les champs role, phone et hours</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="63"/>
        <source>unknown key &apos;{key}&apos; in a contact; allowed: {allowed}</source>
        <translation>champ inconnu «&#xa0;{key}&#xa0;» dans une personne-ressource&#xa0;; champs permis&#xa0;: {allowed}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="65"/>
        <source>unknown role &apos;{role}&apos;; use one of: {allowed}</source>
        <translation>rôle inconnu «&#xa0;{role}&#xa0;»&#xa0;; choisissez parmi&#xa0;: {allowed}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="67"/>
        <source>role &apos;{role}&apos; is listed twice; give each role one contact</source>
        <translation>le rôle «&#xa0;{role}&#xa0;» figure deux fois&#xa0;; donnez une seule personne-ressource par rôle</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="69"/>
        <source>&apos;{phone}&apos; does not look like a phone number; write it like 416-555-0100 or 1-800-555-0100 ext. 21</source>
        <translation>«&#xa0;{phone}&#xa0;» ne ressemble pas à un numéro de téléphone&#xa0;; écrivez-le comme 416-555-0100 ou 1-800-555-0100 ext. 21</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="71"/>
        <source>the police non-emergency line is not 911; give the local non-emergency number (the card already says to call 911 when someone is in danger)</source>
        <translation>le numéro de la police pour les cas non urgents n&apos;est pas le 911&#xa0;; donnez le numéro local non urgent (la carte dit déjà d&apos;appeler le 911 quand une personne est en danger)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="73"/>
        <source>&apos;procedure&apos; must be a list of short lines</source>
        <translation>le champ «&#xa0;procedure&#xa0;» doit être une liste de lignes courtes</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="75"/>
        <source>&apos;procedure&apos; has {n} lines; at most {limit} fit on the printed card</source>
        <translation>le champ «&#xa0;procedure&#xa0;» compte {n} lignes&#xa0;; la carte imprimée n&apos;en contient que {limit}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="77"/>
        <source>is not a file; ignored</source>
        <translation>ce n&apos;est pas un fichier&#xa0;; il est ignoré</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="79"/>
        <source>cannot read file: {reason}; ignored</source>
        <translation>impossible de lire le fichier&#xa0;: {reason}&#xa0;; il est ignoré</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="81"/>
        <source>file is not valid UTF-8 text; save it as UTF-8; ignored</source>
        <translation>le fichier n&apos;est pas du texte UTF-8 valide&#xa0;; enregistrez-le en UTF-8&#xa0;; il est ignoré</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="83"/>
        <source>file is empty; ignored</source>
        <translation>le fichier est vide&#xa0;; il est ignoré</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="85"/>
        <source>{error}; agency.yaml was not used</source>
        <translation>{error}&#xa0;; agency.yaml n&apos;a pas été utilisé</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="87"/>
        <source>no French translation yet of {file} (the English contacts are shown in French)</source>
        <translation>pas encore de traduction française de {file} (les personnes-ressources anglaises sont affichées en français)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="89"/>
        <source>{file} has no English original beside it; the French file translates the English one</source>
        <translation>{file} n&apos;a pas d&apos;original anglais à côté&#xa0;; le fichier français traduit le fichier anglais</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="91"/>
        <source>role &apos;{role}&apos; is in the English {file} but not in the French (the same roles in both)</source>
        <translation>le rôle «&#xa0;{role}&#xa0;» figure dans le fichier anglais {file} mais pas dans le français (les mêmes rôles dans les deux)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="93"/>
        <source>the phone of &apos;{role}&apos; is &apos;{fr}&apos; in French but &apos;{en}&apos; in English; phone numbers stay as in English</source>
        <translation>le téléphone de «&#xa0;{role}&#xa0;» est «&#xa0;{fr}&#xa0;» en français mais «&#xa0;{en}&#xa0;» en anglais&#xa0;; les numéros de téléphone restent ceux de l&apos;anglais</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="95"/>
        <source>role &apos;{role}&apos; is in the French {file} but not in the English</source>
        <translation>le rôle «&#xa0;{role}&#xa0;» figure dans le fichier français {file} mais pas dans l&apos;anglais</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="97"/>
        <source>&apos;checked&apos; is {fr} in French but {en} in English (the same date)</source>
        <translation>le champ «&#xa0;checked&#xa0;» vaut «&#xa0;{fr}&#xa0;» en français mais «&#xa0;{en}&#xa0;» en anglais (la même date dans les deux)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="99"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="102"/>
        <source>the French cannot be loaded ({detail})</source>
        <translation>le français ne peut pas être chargé ({detail})</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="104"/>
        <source>French typography: missing non-breaking space (« », or before : ; ? !)</source>
        <translation>typographie française&#xa0;: il manque une espace insécable (dans «&#xa0;», ou avant&#xa0;:&#xa0;;&#xa0;?&#xa0;!)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="106"/>
        <source>no French content folder</source>
        <translation>pas de dossier de contenu français</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="108"/>
        <source>no French translation yet of {file}</source>
        <translation>pas encore de traduction française de {file}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="110"/>
        <source>section &apos;{id}&apos; has no English original ({file}); a translation must keep the English file name and id</source>
        <translation>la section «&#xa0;{id}&#xa0;» n&apos;a pas d&apos;original anglais ({file})&#xa0;; une traduction garde le nom de fichier et l&apos;identifiant de l&apos;anglais</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="112"/>
        <source>&apos;{key}&apos; is {fr} in French but {en} in English ({file}); machine values stay as in English</source>
        <translation>le champ «&#xa0;{key}&#xa0;» vaut «&#xa0;{fr}&#xa0;» en français mais «&#xa0;{en}&#xa0;» en anglais ({file})&#xa0;; les valeurs techniques restent celles de l&apos;anglais</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="114"/>
        <source>the English links to {target}; the French does not (links keep their targets)</source>
        <translation>la version anglaise renvoie à {target}, pas la française (les liens gardent leur cible)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="116"/>
        <source>link to {target}, which the English section does not link to</source>
        <translation>lien vers {target}, auquel la section anglaise ne renvoie pas</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="118"/>
        <source>stale: {file} has changed since this was translated (its SHA-256 is now {sha256}); update the French, then &apos;source_sha256&apos;</source>
        <translation>traduction périmée&#xa0;: {file} a changé depuis cette traduction (son SHA-256 est maintenant {sha256})&#xa0;; mettez le français à jour, puis le champ «&#xa0;source_sha256&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="120"/>
        <source>no French {file} yet (the English {items} are shown)</source>
        <translation>pas encore de {file} français (en attendant, les {items} s&apos;affichent en anglais)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="122"/>
        <source>{what} &apos;{id}&apos; is in English ({file}) but not in French</source>
        <translation>{what} «&#xa0;{id}&#xa0;» figure en anglais ({file}) mais pas en français</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="124"/>
        <location filename="../../content/problem_kinds/checks.py" line="154"/>
        <source>{what} &apos;{id}&apos; is in French but not in English</source>
        <translation>{what} «&#xa0;{id}&#xa0;» figure en français mais pas en anglais</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="126"/>
        <source>{what} &apos;{id}&apos; is out of order: the English has &apos;{english}&apos; here (same order as English)</source>
        <translation>{what} «&#xa0;{id}&#xa0;» n&apos;est pas à sa place&#xa0;: l&apos;anglais a «&#xa0;{english}&#xa0;» à cet endroit (même ordre que l&apos;anglais)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="128"/>
        <source>term &apos;{term}&apos;: &apos;{key}&apos; is {fr} in French but {en} in English</source>
        <translation>terme «&#xa0;{term}&#xa0;»&#xa0;: le champ «&#xa0;{key}&#xa0;» vaut «&#xa0;{fr}&#xa0;» en français mais «&#xa0;{en}&#xa0;» en anglais</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="130"/>
        <source>statute {statute}: &apos;{key}&apos; is {fr} in French but {en} in English</source>
        <translation>loi {statute}&#xa0;: le champ «&#xa0;{key}&#xa0;» vaut «&#xa0;{fr}&#xa0;» en français mais «&#xa0;{en}&#xa0;» en anglais</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="132"/>
        <source>source {source}: &apos;{key}&apos; is {fr} in French but {en} in English</source>
        <translation>source {source}&#xa0;: le champ «&#xa0;{key}&#xa0;» vaut «&#xa0;{fr}&#xa0;» en français mais «&#xa0;{en}&#xa0;» en anglais</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="134"/>
        <source>no French manifest.yaml yet (the English title and disclaimer are shown)</source>
        <translation>pas encore de manifest.yaml français (le titre et l&apos;avertissement anglais sont affichés)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="136"/>
        <source>&apos;{key}&apos; is {fr} in French but {en} in English (same versions and dates)</source>
        <translation>le champ «&#xa0;{key}&#xa0;» vaut «&#xa0;{fr}&#xa0;» en français mais «&#xa0;{en}&#xa0;» en anglais (mêmes versions et dates)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="138"/>
        <source>{file} must map each French file to the SHA-256 of its English file</source>
        <translation>{file} doit associer chaque fichier français au SHA-256 de son fichier anglais</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="140"/>
        <source>{name}: no entry in {file} (add &apos;{name}: &lt;sha256sum of the English file&gt;&apos;)</source>
        <translation>{name}&#xa0;: aucune entrée dans {file} (ajoutez une ligne avec {name}, un deux-points, puis le sha256sum du fichier anglais)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="142"/>
        <source>stale: {file} has changed since {name} was translated (its SHA-256 is now {sha256}); update the French, then this entry</source>
        <translation>traduction périmée&#xa0;: {file} a changé depuis la traduction de {name} (son SHA-256 est maintenant {sha256})&#xa0;; mettez le français à jour, puis cette entrée</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="144"/>
        <source>&apos;{name}&apos; is listed but there is no French {name}</source>
        <translation>«&#xa0;{name}&#xa0;» figure dans la liste, mais il n&apos;y a pas de {name} français</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="146"/>
        <source>the French decision flow is missing; the English flow ({file}) is used</source>
        <translation>le parcours de décision français est absent&#xa0;; le parcours anglais ({file}) est utilisé</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="148"/>
        <source>the French decision flow is not readable; the English flow ({file}) is used</source>
        <translation>le parcours de décision français est illisible&#xa0;; le parcours anglais ({file}) est utilisé</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="150"/>
        <source>the French decision flow is not a flow</source>
        <translation>le parcours de décision français n&apos;a pas la forme d&apos;un parcours</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="152"/>
        <source>{what} &apos;{id}&apos; is in English but not in French</source>
        <translation>{what} «&#xa0;{id}&#xa0;» figure en anglais mais pas en français</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="156"/>
        <source>{what} &apos;{id}&apos; is entry {fr} in French but {en} in English</source>
        <translation>{what} «&#xa0;{id}&#xa0;» est l&apos;entrée {fr} en français mais l&apos;entrée {en} en anglais</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="158"/>
        <source>{what} &apos;{id}&apos;: {detail}</source>
        <translation>{what} «&#xa0;{id}&#xa0;»&#xa0;: {detail}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="160"/>
        <source>&apos;{key}&apos; is in English but not in French</source>
        <translation>le champ «&#xa0;{key}&#xa0;» figure en anglais mais pas en français</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="162"/>
        <source>&apos;{key}&apos; is in French but not in English</source>
        <translation>le champ «&#xa0;{key}&#xa0;» figure en français mais pas en anglais</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="164"/>
        <source>{fr} entries in French, {en} in English</source>
        <translation>{fr} entrées en français, {en} en anglais</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="166"/>
        <source>{where} is {fr} in French but {en} in English</source>
        <translation>{where} vaut «&#xa0;{fr}&#xa0;» en français mais «&#xa0;{en}&#xa0;» en anglais</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="168"/>
        <source>decision flow &apos;{id}&apos; has no English original</source>
        <translation>le parcours de décision «&#xa0;{id}&#xa0;» n&apos;a pas d&apos;original anglais</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/checks.py" line="170"/>
        <source>[] (none)</source>
        <translation>[] (aucun)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="10"/>
        <source>{what} must be a set of &apos;key: value&apos; lines</source>
        <translation>{what} doit être une suite de lignes où chaque nom de champ est suivi d&apos;un deux-points et de sa valeur</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="12"/>
        <source>id &apos;{id}&apos; must use lower-case letters, digits, - and _</source>
        <translation>l&apos;identifiant «&#xa0;{id}&#xa0;» ne doit contenir que des lettres minuscules, des chiffres, - et _</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="14"/>
        <source>question &apos;{question}&apos; needs a list of at least two choices</source>
        <translation>la question «&#xa0;{question}&#xa0;» doit avoir une liste d&apos;au moins deux choix</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="16"/>
        <source>question &apos;{question}&apos; has the value &apos;{value}&apos; twice</source>
        <translation>la question «&#xa0;{question}&#xa0;» a deux fois la valeur «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="18"/>
        <source>&apos;sets&apos; must map facts to one value each</source>
        <translation>le champ «&#xa0;sets&#xa0;» doit associer chaque fait à une seule valeur</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="20"/>
        <source>&apos;next&apos; must be the id of a question or an outcome</source>
        <translation>le champ «&#xa0;next&#xa0;» doit être l&apos;identifiant d&apos;une question ou d&apos;un résultat</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="22"/>
        <source>question &apos;{question}&apos; needs a &apos;not sure&apos; answer (a choice with not_sure: true) that leads somewhere useful</source>
        <translation>la question «&#xa0;{question}&#xa0;» doit avoir une réponse «&#xa0;je ne sais pas&#xa0;» (un choix dont le champ «&#xa0;not_sure&#xa0;» vaut true) qui mène à une suite utile</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="24"/>
        <source>&apos;route&apos; must be a list of {{when, goto}} rules</source>
        <translation>le champ «&#xa0;route&#xa0;» doit être une liste de règles {{when, goto}}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="26"/>
        <source>choice &apos;{value}&apos; of &apos;{question}&apos; has no &apos;next&apos; and the question has no &apos;route&apos;</source>
        <translation>le choix «&#xa0;{value}&#xa0;» de «&#xa0;{question}&#xa0;» n&apos;a pas de champ «&#xa0;next&#xa0;» et la question n&apos;a pas de champ «&#xa0;route&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="28"/>
        <source>&apos;assume&apos; must be one of the question&apos;s values</source>
        <translation>le champ «&#xa0;assume&#xa0;» doit être l&apos;une des valeurs de la question</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="30"/>
        <source>notice may be required: add &apos;safety&apos;, the caution about notice reaching an abusive partner</source>
        <translation>un avis peut être obligatoire&#xa0;: ajoutez le champ «&#xa0;safety&#xa0;», la mise en garde sur un avis qui pourrait parvenir au partenaire violent</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="32"/>
        <source>&apos;continue_with&apos; must map a fact to one value</source>
        <translation>le champ «&#xa0;continue_with&#xa0;» doit associer un fait à une seule valeur</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="34"/>
        <source>outcome &apos;{outcome}&apos; must link at least one section</source>
        <translation>le résultat «&#xa0;{outcome}&#xa0;» doit renvoyer à au moins une section</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="36"/>
        <source>&apos;continue_with&apos; needs a &apos;continue_label&apos; for the button</source>
        <translation>le champ «&#xa0;continue_with&#xa0;» a besoin d&apos;un champ «&#xa0;continue_label&#xa0;» pour le bouton</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="38"/>
        <source>&apos;alternatives&apos; must be a list of {{outcome, consequence}}</source>
        <translation>le champ «&#xa0;alternatives&#xa0;» doit être une liste de {{outcome, consequence}}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="40"/>
        <source>&apos;{role}&apos; is not a role; use: {allowed}</source>
        <translation>«&#xa0;{role}&#xa0;» n&apos;est pas un rôle&#xa0;; choisissez parmi&#xa0;: {allowed}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="42"/>
        <source>&apos;groups&apos; must be a list of {{title, items}}</source>
        <translation>le champ «&#xa0;groups&#xa0;» doit être une liste de {{title, items}}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="44"/>
        <source>a checklist group needs at least one item</source>
        <translation>un groupe de liste de vérification doit avoir au moins un élément</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="46"/>
        <source>&apos;{key}&apos; must be a list</source>
        <translation>le champ «&#xa0;{key}&#xa0;» doit être une liste</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="48"/>
        <source>flow id &apos;{id}&apos; must match the file name &apos;{file}&apos;</source>
        <translation>l&apos;identifiant de parcours «&#xa0;{id}&#xa0;» doit correspondre au nom du fichier «&#xa0;{file}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="50"/>
        <source>duplicate question id &apos;{id}&apos;</source>
        <translation>identifiant de question en double&#xa0;: «&#xa0;{id}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="52"/>
        <source>duplicate id &apos;{id}&apos;</source>
        <translation>identifiant en double&#xa0;: «&#xa0;{id}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="54"/>
        <source>file is too large ({size:,} bytes); ignored</source>
        <translation>le fichier est trop gros ({size} octets)&#xa0;; il est ignoré</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="56"/>
        <source>duplicate flow id &apos;{id}&apos;; ignored</source>
        <translation>identifiant de parcours en double&#xa0;: «&#xa0;{id}&#xa0;»&#xa0;; ce fichier est ignoré</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="58"/>
        <source>start &apos;{id}&apos; is not a question</source>
        <translation>le départ «&#xa0;{id}&#xa0;» n&apos;est pas une question</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="60"/>
        <source>&apos;{fact}&apos; is not a fact any question asks about</source>
        <translation>«&#xa0;{fact}&#xa0;» n&apos;est un fait demandé par aucune question</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="62"/>
        <source>&apos;{value}&apos; is not a value of &apos;{fact}&apos; (values: {allowed})</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une valeur de «&#xa0;{fact}&#xa0;» (valeurs&#xa0;: {allowed})</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="64"/>
        <source>&apos;{id}&apos; is not a question or outcome</source>
        <translation>«&#xa0;{id}&#xa0;» n&apos;est ni une question ni un résultat</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="66"/>
        <source>checklist &apos;{id}&apos; is not defined</source>
        <translation>la liste de vérification «&#xa0;{id}&#xa0;» n&apos;est pas définie</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="68"/>
        <source>alternative &apos;{id}&apos; must be another outcome of this flow</source>
        <translation>l&apos;autre voie «&#xa0;{id}&#xa0;» doit être un autre résultat de ce parcours</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="70"/>
        <source>alternative &apos;{id}&apos; has alternatives of its own; point to the route itself</source>
        <translation>l&apos;autre voie «&#xa0;{id}&#xa0;» a elle-même d&apos;autres voies&#xa0;; pointez directement vers la voie voulue</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="72"/>
        <source>note &apos;{note}&apos; names outcome &apos;{outcome}&apos;, which does not exist</source>
        <translation>la note «&#xa0;{note}&#xa0;» nomme le résultat «&#xa0;{outcome}&#xa0;», qui n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="74"/>
        <source>two notes share an id</source>
        <translation>deux notes ont le même identifiant</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="76"/>
        <source>outcome &apos;{outcome}&apos; cites no provisions on the path {path}: add provisions or a note that does</source>
        <translation>le résultat «&#xa0;{outcome}&#xa0;» ne cite aucune disposition sur le chemin {path}&#xa0;: ajoutez des dispositions, ou une note qui en cite</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="78"/>
        <source>&apos;continue_with&apos; does not answer &apos;{question}&apos;, which leads here</source>
        <translation>le champ «&#xa0;continue_with&#xa0;» ne répond pas à «&#xa0;{question}&#xa0;», la question qui mène ici</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="80"/>
        <source>question &apos;{question}&apos; asks &apos;{fact}&apos; again on the path {path}</source>
        <translation>la question «&#xa0;{question}&#xa0;» redemande «&#xa0;{fact}&#xa0;» sur le chemin {path}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="82"/>
        <source>dead end: no route after &apos;{question}&apos; = &apos;{value}&apos; when {facts}</source>
        <translation>impasse&#xa0;: aucune suite après «&#xa0;{question}&#xa0;» = «&#xa0;{value}&#xa0;» quand {facts}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="84"/>
        <source>the flow has a cycle: {path}</source>
        <translation>le parcours tourne en rond&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="86"/>
        <source>the flow has more than {limit} paths</source>
        <translation>le parcours a plus de {limit} chemins</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="88"/>
        <source>question &apos;{id}&apos; cannot be reached from the start</source>
        <translation>la question «&#xa0;{id}&#xa0;» ne peut pas être atteinte depuis le départ</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="90"/>
        <source>outcome &apos;{id}&apos; cannot be reached from the start</source>
        <translation>le résultat «&#xa0;{id}&#xa0;» ne peut pas être atteint depuis le départ</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="92"/>
        <source>note &apos;{id}&apos; never applies to any outcome</source>
        <translation>la note «&#xa0;{id}&#xa0;» ne s&apos;applique à aucun résultat</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="94"/>
        <source>checklist &apos;{id}&apos; is not used by any question</source>
        <translation>la liste de vérification «&#xa0;{id}&#xa0;» n&apos;est utilisée par aucune question</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="96"/>
        <source>&apos;labels&apos; must be a list of &apos;- id: ...&apos; / &apos;text: ...&apos; entries</source>
        <translation>le champ «&#xa0;labels&#xa0;» doit être une liste d&apos;entrées, chacune avec un champ «&#xa0;id&#xa0;» et un champ «&#xa0;text&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="98"/>
        <source>unknown label &apos;{id}&apos;; the labels are: {allowed}</source>
        <translation>libellé inconnu «&#xa0;{id}&#xa0;»&#xa0;; les libellés sont&#xa0;: {allowed}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="100"/>
        <source>label &apos;{id}&apos; is given twice</source>
        <translation>le libellé «&#xa0;{id}&#xa0;» est donné deux fois</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="102"/>
        <source>label &apos;{id}&apos; must keep its placeholders as they are ({placeholders})</source>
        <translation>le libellé «&#xa0;{id}&#xa0;» doit garder ses champs à remplir tels quels ({placeholders})</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="104"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="10"/>
        <source>an agency pack carries only agency.yaml and sections/*.md, and their French versions in fr/</source>
        <translation>un paquet d&apos;organisme ne contient que agency.yaml et sections/*.md, et leur version française dans fr/</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="12"/>
        <source>&apos;{version}&apos; is not a version like 2026.12.1</source>
        <translation>«&#xa0;{version}&#xa0;» n&apos;est pas un numéro de version comme 2026.12.1</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="14"/>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="16"/>
        <source>{source}: not a public key (&apos;{tag} &lt;base64&gt;&apos;)</source>
        <translation>{source}&#xa0;: ce n&apos;est pas une clé publique («&#xa0;{tag} &lt;base64&gt;&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="18"/>
        <source>{source}: the key is not valid base64</source>
        <translation>{source}&#xa0;: la clé n&apos;est pas en base64 valide</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="20"/>
        <source>{source}: an Ed25519 public key has 32 bytes, not {n}</source>
        <translation>{source}&#xa0;: une clé publique Ed25519 a 32 octets, pas {n}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="22"/>
        <source>{file} exists already; choose another name</source>
        <translation>{file} existe déjà&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="24"/>
        <source>{file}: not a public key ({detail})</source>
        <translation>{file}&#xa0;: ce n&apos;est pas une clé publique lisible ({detail})</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="26"/>
        <source>{file}: not a private key made by &apos;pack keygen&apos; ({detail})</source>
        <translation>{file}&#xa0;: ce n&apos;est pas une clé privée créée par «&#xa0;pack keygen&#xa0;» ({detail})</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="28"/>
        <source>the pack&apos;s manifest is not valid JSON</source>
        <translation>le manifeste du paquet n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="30"/>
        <source>the pack&apos;s manifest is not an object</source>
        <translation>le manifeste du paquet n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="32"/>
        <source>pack format {format} is not one this app reads (it reads format {expected})</source>
        <translation>le format de paquet {format} n&apos;est pas lu par cette application (elle lit le format {expected})</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="34"/>
        <source>the pack&apos;s manifest has no valid file list</source>
        <translation>le manifeste du paquet n&apos;a pas de liste de fichiers valide</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="36"/>
        <source>the pack&apos;s manifest has a bad &apos;{key}&apos;</source>
        <translation>le manifeste du paquet a un champ «&#xa0;{key}&#xa0;» invalide</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="38"/>
        <source>unknown pack kind &apos;{pack_kind}&apos;</source>
        <translation>type de paquet inconnu&#xa0;: «&#xa0;{pack_kind}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="40"/>
        <source>{file}: a link; packs carry plain files only</source>
        <translation>{file}&#xa0;: c&apos;est un lien&#xa0;; un paquet ne contient que des fichiers ordinaires</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="42"/>
        <source>{file}: {why}</source>
        <translation>{file}&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="44"/>
        <source>{file}: larger than {mb} MB</source>
        <translation>{file}&#xa0;: plus de {mb} Mo</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="46"/>
        <source>{folder}: no content files (.md, .yaml) to pack</source>
        <translation>{folder}&#xa0;: aucun fichier de contenu (.md, .yaml) à mettre dans le paquet</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="48"/>
        <source>{file}: a French file needs its English original in the pack ({english}, the same name and id)</source>
        <translation>{file}&#xa0;: un fichier français a besoin de son original anglais dans le paquet ({english}, même nom et même identifiant)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="50"/>
        <source>{file}: larger than allowed ({limit:,} bytes)</source>
        <translation>{file}&#xa0;: plus gros que permis ({limit} octets)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="52"/>
        <source>{file}: no such file</source>
        <translation>{file}&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="54"/>
        <source>{pack}: not a content pack ({detail})</source>
        <translation>{pack}&#xa0;: ce n&apos;est pas un paquet de contenu ({detail})</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="56"/>
        <source>{pack}: too many files ({n:,})</source>
        <translation>{pack}&#xa0;: trop de fichiers ({n})</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="58"/>
        <source>{pack}: unsafe file name &apos;{name}&apos; refused</source>
        <translation>{pack}&#xa0;: nom de fichier dangereux «&#xa0;{name}&#xa0;», refusé</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="60"/>
        <source>{pack}: &apos;{name}&apos; appears twice</source>
        <translation>{pack}&#xa0;: «&#xa0;{name}&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="62"/>
        <source>{pack}: &apos;{name}&apos; is a link; refused</source>
        <translation>{pack}&#xa0;: «&#xa0;{name}&#xa0;» est un lien&#xa0;; refusé</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="64"/>
        <source>{pack}: &apos;{name}&apos; is too large</source>
        <translation>{pack}&#xa0;: «&#xa0;{name}&#xa0;» est trop gros</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="66"/>
        <source>{pack}: &apos;{name}&apos; expands suspiciously (a zip bomb?)</source>
        <translation>{pack}&#xa0;: «&#xa0;{name}&#xa0;» grossit de façon suspecte une fois décompressé (une bombe zip&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="68"/>
        <source>{pack}: more than {mb} MB unpacked</source>
        <translation>{pack}&#xa0;: plus de {mb} Mo une fois décompressé</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="70"/>
        <source>{pack}: not signed (no manifest or signature)</source>
        <translation>{pack}&#xa0;: pas signé (pas de manifeste ou pas de signature)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="72"/>
        <source>{pack}: the manifest names another signing key</source>
        <translation>{pack}&#xa0;: le manifeste nomme une autre clé de signature</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="74"/>
        <source>{pack}: &apos;{name}&apos; is not in the signed manifest</source>
        <translation>{pack}&#xa0;: «&#xa0;{name}&#xa0;» ne figure pas dans le manifeste signé</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="76"/>
        <source>{pack}: &apos;{name}&apos; was changed after signing</source>
        <translation>{pack}&#xa0;: «&#xa0;{name}&#xa0;» a été modifié après la signature</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="78"/>
        <source>{pack}: incomplete, &apos;{name}&apos; is missing</source>
        <translation>{pack}&#xa0;: paquet incomplet, «&#xa0;{name}&#xa0;» manque</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="80"/>
        <source>any</source>
        <translation>(sans limite)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="82"/>
        <source>{pack}: made for app versions {low} to {high}, this is {version}</source>
        <translation>{pack}&#xa0;: fait pour les versions de l&apos;application {low} à {high}&#xa0;; celle-ci est la {version}</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="84"/>
        <source>{pack}: an agency pack may not carry &apos;{name}&apos;</source>
        <translation>{pack}&#xa0;: un paquet d&apos;organisme ne peut pas contenir «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="86"/>
        <source>{pack}: &apos;{name}&apos; has no English original in the pack</source>
        <translation>{pack}&#xa0;: «&#xa0;{name}&#xa0;» n&apos;a pas son original anglais dans le paquet</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="88"/>
        <source>{pack}: the signature file is damaged</source>
        <translation>{pack}&#xa0;: le fichier de signature est endommagé</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="90"/>
        <source>{pack}: signed by a key this computer does not trust ({key})</source>
        <translation>{pack}&#xa0;: signé par une clé à laquelle cet ordinateur ne fait pas confiance ({key})</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="92"/>
        <source>{pack}: the signature does not match; the pack was altered</source>
        <translation>{pack}&#xa0;: la signature ne correspond pas&#xa0;; le paquet a été modifié</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="94"/>
        <source>content {version} is not newer than the installed content {have}; nothing changed</source>
        <translation>le contenu {version} n&apos;est pas plus récent que le contenu installé {have}&#xa0;; rien n&apos;a changé</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="96"/>
        <source>content {version} is not newer than the built-in content {have}; nothing changed</source>
        <translation>le contenu {version} n&apos;est pas plus récent que le contenu intégré {have}&#xa0;; rien n&apos;a changé</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="98"/>
        <source>the pack&apos;s content has {n} problem(s), e.g. {first}; nothing changed</source>
        <translation>le contenu du paquet a {n} problème(s), par exemple {first}&#xa0;; rien n&apos;a changé</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="100"/>
        <source>there is no previous content to go back to</source>
        <translation>il n&apos;y a pas de contenu précédent auquel revenir</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/packs.py" line="102"/>
        <source>{file}: {reason}</source>
        <translation>{file}&#xa0;: lecture impossible ({reason})</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="107"/>
        <source>{key}</source>
        <translation>le bloc «&#xa0;{key}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="109"/>
        <source>section front matter</source>
        <translation>l&apos;en-tête de la section</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="111"/>
        <source>manifest</source>
        <translation>le manifeste</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="113"/>
        <source>source</source>
        <translation>la source</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="115"/>
        <source>glossary term</source>
        <translation>le terme du glossaire</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="117"/>
        <source>statute</source>
        <translation>la loi</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="119"/>
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="121"/>
        <source>source number</source>
        <translation>numéro de source</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="123"/>
        <source>glossary terms</source>
        <translation>termes du glossaire</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="125"/>
        <source>statutes</source>
        <translation>lois</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="127"/>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="129"/>
        <source>question</source>
        <translation>la question</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="131"/>
        <source>outcome</source>
        <translation>le résultat</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="133"/>
        <source>note</source>
        <translation>la note</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="135"/>
        <source>checklist</source>
        <translation>la liste de vérification</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="137"/>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="139"/>
        <source>choice</source>
        <translation>le choix</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="141"/>
        <source>route rule</source>
        <translation>la règle d&apos;orientation</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="143"/>
        <source>notice</source>
        <translation>le bloc «&#xa0;notice&#xa0;» (avis)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="145"/>
        <source>alternative</source>
        <translation>l&apos;autre voie</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="147"/>
        <source>checklist group</source>
        <translation>le groupe de la liste de vérification</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="149"/>
        <source>decision flow</source>
        <translation>le parcours de décision</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="151"/>
        <source>label</source>
        <translation>le libellé</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="153"/>
        <source>glossary id</source>
        <translation>identifiant de terme du glossaire</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="156"/>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="158"/>
        <source>a pipe (FIFO)</source>
        <translation>un tube (FIFO)</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="160"/>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="162"/>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <location filename="../../content/problem_kinds/flows.py" line="164"/>
        <source>a special file</source>
        <translation>un fichier spécial</translation>
    </message>
</context>
</TS>
