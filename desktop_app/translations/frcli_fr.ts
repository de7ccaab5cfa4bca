<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>DecisionMap</name>
    <message>
        <source>{title} — decision flow '{id}'</source>
        <translation>{title} — carte de décision</translation>
    </message>
    <message>
        <source>{questions} questions, {outcomes} outcomes, {paths} paths.</source>
        <translation>{questions} questions, {outcomes} résultats, {paths} chemins.</translation>
    </message>
    <message>
        <source>1. Every path</source>
        <translation>1. Tous les chemins</translation>
    </message>
    <message>
        <source>Read down: each answer leads to the next question or to an OUTCOME. A block marked [A], [B]... is printed once; later lines say 'same as [A]'.</source>
        <translation>Lisez de haut en bas : chaque réponse mène à la question suivante ou à un RÉSULTAT. Un bloc marqué [A], [B]… n'est imprimé qu'une fois ; plus loin, la carte indique « comme [A] ».</translation>
    </message>
    <message>
        <source>{tag}Q {id}</source>
        <translation>{tag}Q{n}</translation>
    </message>
    <message>
        <source>{question}: {text}</source>
        <translation>{question} : {text}</translation>
    </message>
    <message>
        <source>[{tag}] </source>
        <translation>[{tag}] </translation>
    </message>
    <message>
        <source>(same as [{tag}], {question})</source>
        <translation>(comme [{tag}], {question})</translation>
    </message>
    <message>
        <source>Q {id}</source>
        <translation>Q{n}</translation>
    </message>
    <message>
        <source>{fact} = {values}{sets}  -&gt;</source>
        <translation>{labels}{sets}  →</translation>
    </message>
    <message>
        <source>{fact} = {values}{sets}  -&gt;  {outcome}</source>
        <translation>{labels}{sets}  →  {outcome}</translation>
    </message>
    <message>
        <source>OUTCOME {id}</source>
        <translation>RÉSULTAT {n} : {title}</translation>
    </message>
    <message>
        <source> | </source>
        <translation> | </translation>
    </message>
    <message>
        <source>{label}</source>
        <translation>« {label} »</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source> (sets {fact}={value})</source>
        <translation> (vaut la réponse « {label} » à {question})</translation>
    </message>
    <message>
        <source>2. Questions</source>
        <translation>2. Questions</translation>
    </message>
    <message>
        <source>Q {id}  (fact: {fact})</source>
        <translation>Q{n}</translation>
    </message>
    <message>
        <source>Why we ask: {why}</source>
        <translation>Pourquoi cette question : {why}</translation>
    </message>
    <message>
        <source>Read more: section '{section}'</source>
        <translation>Pour en savoir plus : section « {section} »</translation>
    </message>
    <message>
        <source>CHECK THE OFFICIAL TEXT: {note}</source>
        <translation>VÉRIFIEZ LE TEXTE OFFICIEL : {note}</translation>
    </message>
    <message>
        <source>- {value}: {label}  -&gt;  {target}</source>
        <translation>- {label}  →  {target}</translation>
    </message>
    <message>
        <source>(see routing)</source>
        <translation>(voir l'aiguillage)</translation>
    </message>
    <message>
        <source>route: if {condition}  -&gt;  {target}</source>
        <translation>aiguillage : si {condition}  →  {target}</translation>
    </message>
    <message>
        <source>{fact} is {values}</source>
        <translation>la réponse à {question} est {labels}</translation>
    </message>
    <message>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>otherwise</source>
        <translation>dans les autres cas</translation>
    </message>
    <message>
        <source>Checklist shown as an aid: {title}</source>
        <translation>Liste présentée comme aide : {title}</translation>
    </message>
    <message>
        <source>{title}:</source>
        <translation>{title} :</translation>
    </message>
    <message>
        <source>- {text}</source>
        <translation>- {text}</translation>
    </message>
    <message>
        <source>3. Outcomes</source>
        <translation>3. Résultats</translation>
    </message>
    <message>
        <source>OUTCOME {id}  [{verdict}]  ({paths} paths)</source>
        <translation>RÉSULTAT {n}  [{verdict}]  (chemins : {paths})</translation>
    </message>
    <message>
        <source>Provisions: {provisions}</source>
        <translation>Dispositions : {provisions}</translation>
    </message>
    <message>
        <source>Provisions: from the notes that apply (part 4)</source>
        <translation>Dispositions : celles des notes qui s'appliquent (partie 4)</translation>
    </message>
    <message>
        <source>Notice afterwards: {required}. {text}</source>
        <translation>Informer la personne après coup : {required}. {text}</translation>
    </message>
    <message>
        <source>Safety: {text}</source>
        <translation>Sécurité : {text}</translation>
    </message>
    <message>
        <source>Record: {text}</source>
        <translation>À consigner : {text}</translation>
    </message>
    <message>
        <source>Route relied on: {text}</source>
        <translation>Voie retenue : {text}</translation>
    </message>
    <message>
        <source>Also shown, as another route: {outcome}. {consequence}</source>
        <translation>Aussi présenté, comme autre voie : {outcome}. {consequence}</translation>
    </message>
    <message>
        <source>Consult: {roles}</source>
        <translation>À consulter : {roles}</translation>
    </message>
    <message>
        <source>Sections: {sections}</source>
        <translation>Sections : {sections}</translation>
    </message>
    <message>
        <source>4. Notes added to outcomes</source>
        <translation>4. Notes ajoutées aux résultats</translation>
    </message>
    <message>
        <source>NOTE {id}  (when {condition}; {where})</source>
        <translation>NOTE {n}  (quand {condition} ; {where})</translation>
    </message>
    <message>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>all outcomes</source>
        <translation>tous les résultats</translation>
    </message>
    <message>
        <source>only {outcomes}</source>
        <translation>seulement : {outcomes}</translation>
    </message>
    <message>
        <source>{where} except {outcomes}</source>
        <translation>{where}, sauf : {outcomes}</translation>
    </message>
    <message>
        <source>outcome {n}</source>
        <translation>résultat {n}</translation>
    </message>
    <message>
        <source>{title} {text}</source>
        <translation>{title} {text}</translation>
    </message>
    <message>
        <source>Always record:</source>
        <translation>À consigner dans tous les cas :</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Read down: each answer leads to the next question or to an OUTCOME. A block marked [A], [B]… is printed once; where it comes again, the map says “same as [A]”. Questions and outcomes are named by their ids, listed in parts 2 and 3.</source>
        <translation>Lisez de haut en bas : chaque réponse mène à la question suivante ou à un RÉSULTAT. Un bloc marqué [A], [B]… n'est imprimé qu'une fois ; quand il revient, la carte indique « comme [A] ». Les questions et les résultats portent les numéros sous lesquels les parties 2 et 3 les présentent.</translation>
    </message>
    <message>
        <source>“{answer}”</source>
        <translation>« {answer} »</translation>
    </message>
    <message>
        <source>the answer to {questions} is {answers}</source>
        <translation>la réponse à {questions} est {answers}</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>(sets {fact} = {value})</source>
        <translation>(vaut la réponse « {label} » à {question})</translation>
    </message>
    <message>
        <source>Q{n} ({id}). {text}</source>
        <translation>Q{n}. {text}</translation>
    </message>
    <message>
        <source>Q{n}: {answer}</source>
        <translation>Q{n} : {answer}</translation>
    </message>
    <message>
        <source>Fact: {fact}. Why we ask: {why} Read more: {section}.</source>
        <translation>Pourquoi cette question : {why} Pour en savoir plus : {section}.</translation>
    </message>
    <message>
        <source>Outcome {n} ({id}). {title}</source>
        <translation>Résultat {n}. {title}</translation>
    </message>
</context>
</TS>