<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgencyView</name>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/agency_view.py" line="23"/>
        <source>These contacts were set by your agency (in its agency.yaml file). They hold no client information.</source>
        <translation>Ces coordonnées ont été fournies par votre organisme (dans son fichier agency.yaml). Elles ne contiennent aucun renseignement sur la clientèle.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/agency_view.py" line="30"/>
        <source>Privacy officer</source>
        <translation>Responsable de la protection de la vie privée</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/agency_view.py" line="31"/>
        <source>Supervisor on call</source>
        <translation>Superviseur ou superviseure de garde</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/agency_view.py" line="32"/>
        <source>Children&apos;s aid society</source>
        <translation>Société d&apos;aide à l&apos;enfance</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/agency_view.py" line="33"/>
        <source>VAW crisis line</source>
        <translation>Ligne de crise pour les femmes victimes de violence</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/agency_view.py" line="34"/>
        <source>Police (non-emergency)</source>
        <translation>Police (ligne non urgente)</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/agency_view.py" line="35"/>
        <source>Agency lawyer</source>
        <translation>Avocat ou avocate de l&apos;organisme</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/agency_view.py" line="43"/>
        <source>{who}: {phone}</source>
        <translation>{who}&#xa0;: {phone}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/agency_view.py" line="88"/>
        <source>Who to ask at {agency}</source>
        <translation>À qui vous adresser chez {agency}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/agency_view.py" line="97"/>
        <source>Who to ask at {agency}:</source>
        <translation>À qui vous adresser chez {agency}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/agency_view.py" line="106"/>
        <source>Your contacts at {agency}</source>
        <translation>Vos personnes-ressources chez {agency}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/agency_view.py" line="109"/>
        <source>Our procedure</source>
        <translation>Notre procédure</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/agency_view.py" line="113"/>
        <source>Contacts checked {date}.</source>
        <translation>Coordonnées vérifiées le {date}.</translation>
    </message>
</context>
<context>
    <name>CrashGuard</name>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/crash_guard.py" line="104"/>
        <source>{app} cannot open a window: no display is set (DISPLAY is empty). Start it from a desktop session, or use the command line (ipv-guide --help).</source>
        <extracomment>What :func:`disable_crash_dumps` did, step by step (for tests and --smoke-test).</extracomment>
        <translation>{app} ne peut pas ouvrir de fenêtre&#xa0;: aucun écran n&apos;est défini (DISPLAY est vide). Lancez l&apos;application depuis une session de bureau, ou utilisez la ligne de commande (ipv-guide --help).</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/crash_guard.py" line="109"/>
        <source>{app} cannot open a window: nothing answers on the display &apos;{display}&apos; (DISPLAY). Start it from a desktop session, or use the command line (ipv-guide --help).</source>
        <translation>{app} ne peut pas ouvrir de fenêtre&#xa0;: rien ne répond sur l&apos;écran «&#xa0;{display}&#xa0;» (DISPLAY). Lancez l&apos;application depuis une session de bureau, ou utilisez la ligne de commande (ipv-guide --help).</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/crash_guard.py" line="114"/>
        <source>{app} cannot open a window: the Wayland display &apos;{display}&apos; is not available. Start it from a desktop session, or use the command line (ipv-guide --help).</source>
        <translation>{app} ne peut pas ouvrir de fenêtre&#xa0;: l&apos;écran Wayland «&#xa0;{display}&#xa0;» n&apos;est pas disponible. Lancez l&apos;application depuis une session de bureau, ou utilisez la ligne de commande (ipv-guide --help).</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/crash_guard.py" line="120"/>
        <source>{app} cannot open a window: Qt could not start its display plugin ({detail}). See docs/deploying.md, or use the command line (ipv-guide --help).</source>
        <translation>{app} ne peut pas ouvrir de fenêtre&#xa0;: Qt n&apos;a pas pu démarrer son module d&apos;affichage ({detail}). Consultez docs/deploying.md, ou utilisez la ligne de commande (ipv-guide --help).</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/crash_guard.py" line="123"/>
        <source>{app} cannot open a window: Qt could not start its display plugin. See docs/deploying.md, or use the command line (ipv-guide --help).</source>
        <translation>{app} ne peut pas ouvrir de fenêtre&#xa0;: Qt n&apos;a pas pu démarrer son module d&apos;affichage. Consultez docs/deploying.md, ou utilisez la ligne de commande (ipv-guide --help).</translation>
    </message>
</context>
<context>
    <name>DecisionHelper</name>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/controls.py" line="158"/>
        <source>Link: opens this section in the reader</source>
        <translation>Lien&#xa0;: ouvre cette section dans le lecteur</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/outcome_page.py" line="77"/>
        <source>Route relied on</source>
        <extracomment>Links the window handles on this page (not section links).</extracomment>
        <translation>Voie retenue</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/outcome_page.py" line="78"/>
        <source>Alternatives</source>
        <translation>Autres voies</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/outcome_page.py" line="79"/>
        <source>Who to ask</source>
        <translation>À qui vous adresser</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/outcome_page.py" line="80"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/outcome_page.py" line="81"/>
        <source>Consequence</source>
        <translation>Conséquence</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/outcome_page.py" line="82"/>
        <source>Notice required</source>
        <translation>Avis obligatoire</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/outcome_page.py" line="83"/>
        <source>Caution</source>
        <translation>Mise en garde</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/outcome_page.py" line="84"/>
        <location filename="../../work/wt-frwrap/desktop_app/decision/result_view.py" line="64"/>
        <location filename="../../work/wt-frwrap/desktop_app/decision/step_view.py" line="150"/>
        <location filename="../../work/wt-frwrap/desktop_app/decision/step_view.py" line="216"/>
        <source>Check the official text</source>
        <translation>Vérifiez le texte officiel</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/outcome_page.py" line="85"/>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/outcome_page.py" line="86"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/outcome_page.py" line="87"/>
        <source>Provisions</source>
        <translation>Dispositions</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/outcome_page.py" line="88"/>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/outcome_page.py" line="109"/>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/outcome_page.py" line="111"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/outcome_page.py" line="111"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/outcome_page.py" line="154"/>
        <location filename="../../work/wt-frwrap/desktop_app/decision/panel_language.py" line="27"/>
        <location filename="../../work/wt-frwrap/desktop_app/decision/panel_language.py" line="31"/>
        <source>Decision helper</source>
        <translation>Aide à la décision</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/outcome_page.py" line="155"/>
        <location filename="../../work/wt-frwrap/desktop_app/decision/result_view.py" line="32"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/outcome_page.py" line="158"/>
        <source>Print or save this result as a PDF</source>
        <translation>Imprimer ce résultat ou l&apos;enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/outcome_page.py" line="159"/>
        <source>(with the decision record)</source>
        <translation>(avec le relevé de la décision)</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/outcome_page.py" line="173"/>
        <source>Scenarios like this one</source>
        <translation>Situations semblables</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/outcome_page.py" line="179"/>
        <source>Fill in the decision record in the &lt;a href=&quot;{url}&quot;&gt;decision helper&lt;/a&gt;; print it from here or from there. Nothing is saved by the app.</source>
        <translation>Remplissez le relevé de la décision dans l&apos;&lt;a href=&quot;{url}&quot;&gt;aide à la décision&lt;/a&gt;&#xa0;; imprimez-le d&apos;ici ou de là. L&apos;application n&apos;enregistre rien.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/outcome_page.py" line="188"/>
        <source>No result</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/outcome_page.py" line="188"/>
        <source>The decision helper has no result on screen now. Answer its questions in the &lt;a href=&quot;{url}&quot;&gt;decision helper&lt;/a&gt; to see one.</source>
        <translation>L&apos;aide à la décision n&apos;affiche aucun résultat pour le moment. Répondez à ses questions dans l&apos;&lt;a href=&quot;{url}&quot;&gt;aide à la décision&lt;/a&gt; pour en obtenir un.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/panel_language.py" line="28"/>
        <source>May I share this without consent? One question at a time.</source>
        <translation>Puis-je communiquer ces renseignements sans consentement&#xa0;? Une question à la fois.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/panel_language.py" line="32"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/panel_language.py" line="34"/>
        <source>This is not legal advice.</source>
        <translation>Ceci ne constitue pas un avis juridique.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/panel_language.py" line="35"/>
        <source>Decision helper message</source>
        <translation>Message de l&apos;aide à la décision</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/panel_language.py" line="36"/>
        <source>Current step</source>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/panel_language.py" line="37"/>
        <source>Go back one step (Alt+Left)</source>
        <translation>Revenir d&apos;une étape (Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/panel_language.py" line="38"/>
        <location filename="../../work/wt-frwrap/desktop_app/decision/panel_language.py" line="39"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/panel_language.py" line="41"/>
        <location filename="../../work/wt-frwrap/desktop_app/decision/panel_language.py" line="42"/>
        <source>Restart</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/panel_language.py" line="43"/>
        <source>Start again. Clears every answer and the decision record.</source>
        <translation>Tout reprendre. Efface toutes les réponses et le relevé de la décision.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/panel_language.py" line="45"/>
        <source>Start again; clears every answer and the record (you can undo it for a few seconds)</source>
        <translation>Tout reprendre&#xa0;: efface toutes les réponses et le relevé (vous pouvez annuler pendant quelques secondes)</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/panel.py" line="233"/>
        <source>Started again: your answers and the record were cleared.</source>
        <translation>Nouveau départ&#xa0;: vos réponses et le relevé ont été effacés.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/panel.py" line="234"/>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_form.py" line="225"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/panel.py" line="235"/>
        <source>Undo: bring back the answers and the record</source>
        <translation>Annuler&#xa0;: récupérer les réponses et le relevé</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_form.py" line="49"/>
        <source>For example: shelter counsellor. No names needed.</source>
        <translation>Par exemple&#xa0;: intervenante en maison d&apos;hébergement. Aucun nom n&apos;est nécessaire.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_form.py" line="51"/>
        <source>The provision you relied on</source>
        <translation>La disposition que vous avez invoquée</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_form.py" line="52"/>
        <source>The route you relied on, for example the law-enforcement route (no notice)</source>
        <translation>La voie retenue, par exemple celle de l&apos;exécution de la loi (sans avis)</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_form.py" line="54"/>
        <source>What you shared, or decided not to share</source>
        <translation>Ce que vous avez communiqué, ou décidé de ne pas communiquer</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_form.py" line="55"/>
        <source>For example: police service, the person at risk. No names needed.</source>
        <translation>Par exemple&#xa0;: service de police, la personne à risque. Aucun nom n&apos;est nécessaire.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_form.py" line="57"/>
        <source>The facts and risk factors behind your decision</source>
        <translation>Les faits et les facteurs de risque qui fondent votre décision</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_form.py" line="58"/>
        <source>Asked? Given, refused, or why you did not ask</source>
        <translation>Demandé&#xa0;? Donné, refusé, ou pourquoi vous ne l&apos;avez pas demandé</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_form.py" line="60"/>
        <source>When and how notice was given, or why not</source>
        <translation>Quand et comment l&apos;avis a été donné, ou pourquoi il ne l&apos;a pas été</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_form.py" line="61"/>
        <source>What happens next, and who does it</source>
        <translation>La suite, et qui s&apos;en charge</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_form.py" line="104"/>
        <source>Optional. Not saved by the app.</source>
        <translation>Facultatif. L&apos;application ne l&apos;enregistre pas.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_form.py" line="106"/>
        <source>Optional. The app never saves this. Print it or save it as a PDF if you need a copy. It is wiped when you restart, use quick exit, or leave the app idle.</source>
        <translation>Facultatif. L&apos;application ne l&apos;enregistre jamais. Imprimez-le ou enregistrez-le en PDF si vous avez besoin d&apos;une copie. Il est effacé quand vous recommencez, utilisez la sortie rapide ou laissez l&apos;application inactive.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_form.py" line="134"/>
        <source>Choose…</source>
        <translation>Choisissez…</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_form.py" line="140"/>
        <source>None ticked (optional: use the risk-factor list with the risk question).</source>
        <translation>Aucun coché (facultatif&#xa0;: utilisez la liste des facteurs de risque à la question sur le risque).</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_form.py" line="175"/>
        <source>Warning: this may be a name</source>
        <translation>Attention&#xa0;: ceci pourrait être un nom</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_form.py" line="182"/>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_form.py" line="183"/>
        <source>Clear the record</source>
        <translation>Effacer le relevé</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_form.py" line="184"/>
        <source>Empties the record form; your answers stay</source>
        <translation>Vide le formulaire du relevé&#xa0;; vos réponses restent</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_form.py" line="191"/>
        <source>Print or save as PDF…</source>
        <translation>Imprimer ou enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_form.py" line="192"/>
        <source>Print or save as PDF</source>
        <translation>Imprimer ou enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_form.py" line="193"/>
        <source>Print the result and the record, or save them as a PDF</source>
        <translation>Imprimer le résultat et le relevé, ou les enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_form.py" line="224"/>
        <source>The record form was cleared. Your answers are still here.</source>
        <extracomment>set by the main window: the widget before the panel in the Tab order, and after it</extracomment>
        <translation>Le formulaire du relevé a été vidé. Vos réponses sont toujours là.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_form.py" line="227"/>
        <source>Undo: bring back the record</source>
        <translation>Annuler&#xa0;: récupérer le relevé</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_form.py" line="245"/>
        <source>“{text}” in “{field}” looks like it may be a name. The record does not need names; write a role instead, such as “the client” or “her partner”.</source>
        <translation>«&#xa0;{text}&#xa0;» dans «&#xa0;{field}&#xa0;» ressemble à un nom. Le relevé n&apos;a pas besoin de noms&#xa0;; indiquez plutôt un rôle, comme «&#xa0;la cliente&#xa0;» ou «&#xa0;son partenaire&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_idle.py" line="68"/>
        <source>For privacy, your answers and the decision record will be cleared in about {n} minutes because the app has not been used. Press any key or click to keep them.</source>
        <translation>Pour protéger la vie privée, vos réponses et le relevé de la décision seront effacés dans environ {n} minutes, car l&apos;application n&apos;est pas utilisée. Appuyez sur une touche ou cliquez pour les garder.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_idle.py" line="73"/>
        <source>For privacy, your answers and the decision record will be cleared in about 1 second because the app has not been used. Press any key or click to keep them.</source>
        <translation>Pour protéger la vie privée, vos réponses et le relevé de la décision seront effacés dans environ 1 seconde, car l&apos;application n&apos;est pas utilisée. Appuyez sur une touche ou cliquez pour les garder.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_idle.py" line="78"/>
        <source>For privacy, your answers and the decision record will be cleared in about {n} seconds because the app has not been used. Press any key or click to keep them.</source>
        <translation>Pour protéger la vie privée, vos réponses et le relevé de la décision seront effacés dans environ {n} secondes, car l&apos;application n&apos;est pas utilisée. Appuyez sur une touche ou cliquez pour les garder.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_idle.py" line="83"/>
        <source>Keep working</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_idle.py" line="84"/>
        <source>Keep my answers and the record</source>
        <translation>Garder mes réponses et le relevé</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_idle.py" line="97"/>
        <source>For privacy, your answers and the decision record were cleared after 1 minute without use. Nothing was saved.</source>
        <translation>Pour protéger la vie privée, vos réponses et le relevé de la décision ont été effacés après 1 minute d&apos;inactivité. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/record_idle.py" line="101"/>
        <source>For privacy, your answers and the decision record were cleared after {n} minutes without use. Nothing was saved.</source>
        <translation>Pour protéger la vie privée, vos réponses et le relevé de la décision ont été effacés après {n} minutes d&apos;inactivité. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/step_view.py" line="62"/>
        <source>The decision helper could not be loaded. Run &apos;ipv-guide check-content&apos; to see why.</source>
        <translation>L&apos;aide à la décision n&apos;a pas pu être chargée. Lancez «&#xa0;ipv-guide check-content&#xa0;» pour savoir pourquoi.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/step_view.py" line="115"/>
        <source>Read more: {title}</source>
        <translation>Pour en savoir plus&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/step_view.py" line="142"/>
        <source>Question: {text}</source>
        <translation>Question&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/step_view.py" line="144"/>
        <source>Why we ask: {why}</source>
        <translation>Pourquoi cette question&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/step_view.py" line="153"/>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/step_view.py" line="156"/>
        <source>Your answer to: {question}</source>
        <translation>Votre réponse à&#xa0;: {question}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/step_view.py" line="157"/>
        <source>Use the Up and Down keys to choose, then Enter</source>
        <translation>Choisissez avec les flèches Haut et Bas, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/step_view.py" line="168"/>
        <source>Answer {n} of {total} to: {question}</source>
        <translation>Réponse {n} sur {total} à&#xa0;: {question}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/step_view.py" line="180"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/step_view.py" line="181"/>
        <source>Go on with the chosen answer (Enter)</source>
        <translation>Continuer avec la réponse choisie (Entrée)</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/step_view.py" line="195"/>
        <source>Question {n} · probably the last one</source>
        <translation>Question {n} · sans doute la dernière</translation>
    </message>
    <message numerus="yes">
        <location filename="../../work/wt-frwrap/desktop_app/decision/step_view.py" line="197"/>
        <source>Question {n} · about %n more after this one</source>
        <translation>
            <numerusform>Question {n} · environ %n autre après celle-ci</numerusform>
            <numerusform>Question {n} · environ %n autres après celle-ci</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/step_view.py" line="206"/>
        <location filename="../../work/wt-frwrap/desktop_app/decision/step_view.py" line="233"/>
        <source>Show: {title}</source>
        <translation>Afficher&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/step_view.py" line="209"/>
        <source>Show or hide the risk factors. They are an aid, not a score.</source>
        <translation>Afficher ou masquer les facteurs de risque. C&apos;est une aide, pas un pointage.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/step_view.py" line="232"/>
        <source>Hide: {title}</source>
        <translation>Masquer&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/step_view.py" line="242"/>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/step_view.py" line="243"/>
        <source>Check your answers</source>
        <translation>Vérifiez vos réponses</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/step_view.py" line="245"/>
        <source>Change any answer, or see the result.</source>
        <translation>Modifiez une réponse, ou voyez le résultat.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/step_view.py" line="253"/>
        <source>Your answer: {answer}</source>
        <translation>Votre réponse&#xa0;: {answer}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/step_view.py" line="255"/>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/step_view.py" line="256"/>
        <source>Change your answer to: {question}</source>
        <translation>Modifier votre réponse à&#xa0;: {question}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/step_view.py" line="263"/>
        <source>See the result</source>
        <translation>Voir le résultat</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/step_view.py" line="264"/>
        <source>Show what the law allows (Enter)</source>
        <translation>Afficher ce que la loi permet (Entrée)</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/result_view.py" line="34"/>
        <source>Result: {title}</source>
        <translation>Résultat&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/result_view.py" line="43"/>
        <source>Do this now</source>
        <translation>À faire maintenant</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/result_view.py" line="53"/>
        <source>Read the full result in the reader</source>
        <translation>Lire le résultat complet dans le lecteur</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/result_view.py" line="54"/>
        <source>Link: shows this result as a full page in the reader, with links to the sections and scenarios that fit, and printing</source>
        <translation>Lien&#xa0;: affiche ce résultat sur une page entière du lecteur, avec des liens vers les sections et les situations qui s&apos;y rapportent, et l&apos;impression</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/result_view.py" line="73"/>
        <source>What must still be true</source>
        <translation>Ce qui doit encore être vrai</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/result_view.py" line="79"/>
        <source>Safety first</source>
        <translation>La sécurité d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/result_view.py" line="84"/>
        <source>Who to ask at {agency}</source>
        <translation>À qui vous adresser chez {agency}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/decision/result_view.py" line="89"/>
        <source>{label}: {route}</source>
        <translation>{label}&#xa0;: {route}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="75"/>
        <source>This app works entirely offline: nothing you type or read leaves this computer or is saved to it, apart from display preferences such as text size. Press Shift three times, or Ctrl+Shift+Q, to hide it instantly.</source>
        <extracomment>The English texts, for code that still imports them; :func:`privacy_note` and :func:`quick_exit_help` say them in the current language.</extracomment>
        <translation>Cette application fonctionne entièrement hors ligne&#xa0;: rien de ce que vous tapez ou lisez ne quitte cet ordinateur ni n&apos;y est enregistré, sauf les préférences d&apos;affichage comme la taille du texte. Appuyez trois fois sur Maj, ou sur Ctrl+Maj+Q, pour la cacher aussitôt.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="85"/>
        <source>What Quick exit does</source>
        <translation>Ce que fait la sortie rapide</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="86"/>
        <source>Pressing &lt;b&gt;Shift three times&lt;/b&gt; quickly, &lt;b&gt;Ctrl+Shift+Q&lt;/b&gt;, or the &lt;b&gt;Quick exit&lt;/b&gt; button instantly hides the window, empties the search box and results, forgets the pages you visited (Back and Forward), clears the decision helper, closes any open dialogs, clears a citation you copied from the clipboard, and minimizes the app.</source>
        <translation>Appuyer vite &lt;b&gt;trois fois sur Maj&lt;/b&gt;, sur &lt;b&gt;Ctrl+Maj+Q&lt;/b&gt; ou sur le bouton &lt;b&gt;Sortie rapide&lt;/b&gt; cache aussitôt la fenêtre, vide la zone de recherche et les résultats, oublie les pages consultées (Précédent et Suivant), efface l&apos;aide à la décision, ferme les boîtes de dialogue ouvertes, retire du presse-papiers une citation que vous y avez copiée, et réduit l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="92"/>
        <source>What it does not protect against</source>
        <translation>Ce contre quoi elle ne protège pas</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="93"/>
        <source>Someone who looks at the &lt;b&gt;taskbar&lt;/b&gt; or the computer&apos;s list of running programs (Task Manager): the app is still running, only minimized. Close it (Ctrl+Q) when you can.</source>
        <translation>Une personne qui regarde la &lt;b&gt;barre des tâches&lt;/b&gt; ou la liste des programmes en cours (Gestionnaire des tâches)&#xa0;: l&apos;application fonctionne encore, elle est seulement réduite. Fermez-la (Ctrl+Q) dès que vous le pouvez.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="97"/>
        <source>Anything &lt;b&gt;outside this app&lt;/b&gt;: your browser history, e-mail, files you saved or printed, or text you pasted elsewhere.</source>
        <translation>Tout ce qui se trouve &lt;b&gt;hors de l&apos;application&lt;/b&gt;&#xa0;: l&apos;historique de votre navigateur, vos courriels, les fichiers enregistrés ou imprimés, le texte collé ailleurs.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="100"/>
        <source>Monitoring software on the computer, or someone who already has access to your account.</source>
        <translation>Un logiciel de surveillance installé sur l&apos;ordinateur, ou une personne qui a déjà accès à votre compte.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="102"/>
        <source>What is saved</source>
        <translation>Ce qui est enregistré</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="103"/>
        <source>Only display preferences: text size, colours, window position, idle timeout, language, and whether this note was shown. No searches, no list of sections you read, no session is ever saved. The search index (built from the guide itself) is kept so search starts fast.</source>
        <translation>Seulement les préférences d&apos;affichage&#xa0;: taille du texte, couleurs, position de la fenêtre, délai d&apos;inactivité, langue, et si cette note a déjà été affichée. Aucune recherche, aucune liste des sections lues, aucune session n&apos;est jamais enregistrée. L&apos;index de recherche (construit à partir du guide lui-même) est conservé pour que la recherche démarre vite.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="108"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="109"/>
        <source>The app never connects to the internet: no updates, no statistics, no fonts or images from the web. Web addresses in the guide are shown so you can copy them; they are never opened automatically.</source>
        <translation>L&apos;application ne se connecte jamais à Internet&#xa0;: ni mises à jour, ni statistiques, ni polices ou images du Web. Les adresses Web du guide sont affichées pour que vous puissiez les copier&#xa0;; elles ne sont jamais ouvertes automatiquement.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="121"/>
        <source>Privacy and quick exit</source>
        <translation>Vie privée et sortie rapide</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="269"/>
        <source>App version {app}. Content version {content} ({date}).</source>
        <translation>Version de l&apos;application&#xa0;: {app}. Version du contenu&#xa0;: {content} ({date}).</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="274"/>
        <source>App version {app}. Content version {content}.</source>
        <translation>Version de l&apos;application&#xa0;: {app}. Version du contenu&#xa0;: {content}.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="280"/>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="281"/>
        <source>A plain-language companion to &lt;i&gt;{guidance}&lt;/i&gt;, {publisher}.</source>
        <translation>Un complément en langage clair aux &lt;i&gt;{guidance}&lt;/i&gt;, {publisher}.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="285"/>
        <source>Statutes current to {date}.</source>
        <translation>Lois à jour au {date}.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="287"/>
        <source>Not legal advice.</source>
        <translation>Ceci ne constitue pas un avis juridique.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="291"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/errors.py" line="108"/>
        <source>{app}: something went wrong</source>
        <translation>{app}&#xa0;: un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/errors.py" line="109"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/errors.py" line="111"/>
        <source>The app is still running; you can carry on. If this keeps happening, copy the details below and send them to whoever looks after this computer. They contain no searches or client information.</source>
        <translation>L&apos;application fonctionne toujours&#xa0;; vous pouvez continuer. Si le problème revient, copiez les détails ci-dessous et envoyez-les à la personne qui s&apos;occupe de cet ordinateur. Ils ne contiennent aucune recherche ni aucun renseignement sur la clientèle.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/errors.py" line="114"/>
        <source>Error details</source>
        <translation>Détails de l&apos;erreur</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/errors.py" line="115"/>
        <source>Technical details you can copy</source>
        <translation>Détails techniques que vous pouvez copier</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/errors.py" line="116"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/errors.py" line="117"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/errors.py" line="119"/>
        <source>Copy the technical details to the clipboard</source>
        <translation>Copier les détails techniques dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/errors.py" line="42"/>
        <source>The guide&apos;s content could not be loaded: {problem}</source>
        <translation>Le contenu du guide n&apos;a pas pu être chargé&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/errors.py" line="45"/>
        <source>Preparing the search index was stopped before it finished.</source>
        <translation>La préparation de l&apos;index de recherche a été arrêtée avant la fin.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/errors.py" line="47"/>
        <source>The search index could not be prepared: {reason}</source>
        <translation>L&apos;index de recherche n&apos;a pas pu être préparé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/errors.py" line="51"/>
        <source>The app is not allowed to write to {path}.</source>
        <translation>L&apos;application n&apos;a pas le droit d&apos;écrire dans {path}.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/errors.py" line="53"/>
        <source>The app is not allowed to write to a folder it needs.</source>
        <translation>L&apos;application n&apos;a pas le droit d&apos;écrire dans un dossier dont elle a besoin.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/errors.py" line="56"/>
        <source>A file problem stopped this ({path}): {reason}.</source>
        <translation>Un problème de fichier a tout arrêté ({path})&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/errors.py" line="58"/>
        <source>A file problem stopped this: {reason}.</source>
        <translation>Un problème de fichier a tout arrêté&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/errors.py" line="60"/>
        <source>Something went wrong: {kind}: {error}</source>
        <translation>Un problème est survenu&#xa0;: {kind}&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>ExternalLinkDialog</name>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="151"/>
        <source>Web link</source>
        <translation>Lien Web</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="152"/>
        <source>This link goes to a website. The app never opens websites by itself; copy the address to open it in a browser if you want to.</source>
        <translation>Ce lien mène à un site Web. L&apos;application n&apos;ouvre jamais de site Web d&apos;elle-même&#xa0;; copiez l&apos;adresse pour l&apos;ouvrir dans un navigateur si vous le souhaitez.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="155"/>
        <source>Address: {url}</source>
        <translation>Adresse&#xa0;: {url}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="156"/>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="163"/>
        <source>Copied</source>
        <translation>Copiée</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="157"/>
        <source>&amp;Copy address</source>
        <translation>&amp;Copier l&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="158"/>
        <source>Copy address</source>
        <translation>Copier l&apos;adresse</translation>
    </message>
</context>
<context>
    <name>InlineBar</name>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/undo_bar.py" line="81"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/undo_bar.py" line="82"/>
        <source>Close: {name}</source>
        <translation>Fermer&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>PageOutline</name>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/page_outline.py" line="32"/>
        <source>This page has no headings or links.</source>
        <extracomment>The English; :func:`empty_text` says it in the current language.</extracomment>
        <translation>Cette page n&apos;a ni titres ni liens.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/page_outline.py" line="50"/>
        <source>Heading level {level}: {text}</source>
        <translation>Titre de niveau {level}&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/page_outline.py" line="52"/>
        <source>{kind}: {text}</source>
        <translation>{kind}&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/page_outline.py" line="59"/>
        <source>Web address</source>
        <translation>Adresse Web</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/page_outline.py" line="60"/>
        <source>Link to a section</source>
        <translation>Lien vers une section</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/page_outline.py" line="61"/>
        <source>Link to a glossary term</source>
        <translation>Lien vers un terme du glossaire</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/page_outline.py" line="62"/>
        <source>Link to the start page</source>
        <translation>Lien vers la page d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/page_outline.py" line="63"/>
        <source>Link to the decision helper</source>
        <translation>Lien vers l&apos;aide à la décision</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/page_outline.py" line="65"/>
        <source>Email address</source>
        <translation>Adresse courriel</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/page_outline.py" line="66"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/page_outline.py" line="120"/>
        <source>On this page</source>
        <translation>Sur cette page</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/page_outline.py" line="121"/>
        <source>The headings and links of the page in the reader. Enter on a heading goes to it in the page; Enter on a link opens it.</source>
        <translation>Les titres et les liens de la page affichée dans le lecteur. Entrée sur un titre vous y mène dans la page&#xa0;; Entrée sur un lien l&apos;ouvre.</translation>
    </message>
</context>
<context>
    <name>Printouts</name>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="41"/>
        <source>Emergency</source>
        <extracomment>The verdicts and notice values in English (see :func:`verdict_words` and :func:`notice_words` for the current language).</extracomment>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="42"/>
        <source>You must report</source>
        <translation>Vous devez faire rapport</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="43"/>
        <source>You may share</source>
        <translation>Vous pouvez communiquer</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="44"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="63"/>
        <source>Ask for consent</source>
        <translation>Demandez le consentement</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="45"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="64"/>
        <source>Only with consent</source>
        <translation>Seulement avec consentement</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="46"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="65"/>
        <source>Talk it through first</source>
        <translation>Parlez-en d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="47"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="66"/>
        <source>No privacy statute applies</source>
        <translation>Aucune loi sur la vie privée ne s&apos;applique</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="54"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="55"/>
        <source>Not required</source>
        <translation>Non obligatoire</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="56"/>
        <source>Sometimes required</source>
        <translation>Parfois obligatoire</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="61"/>
        <source>If a child may be in need of protection, CYFSA s. 125 requires you to report it to a children&apos;s aid society yourself, at once.</source>
        <translation>Si un enfant pourrait avoir besoin de protection, l&apos;art. 125 de la LSEJF vous oblige à en faire rapport vous-même, sans délai, à une société d&apos;aide à l&apos;enfance.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="134"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="250"/>
        <source>Decision record</source>
        <translation>Relevé de la décision</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="135"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="251"/>
        <source>Decision summary</source>
        <translation>Résumé de la décision</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="136"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="241"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="169"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="122"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="218"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/search.py" line="53"/>
        <source>{label}:</source>
        <extracomment>(font size, cell padding in px, compactness) the card tries in order, roomiest first. Character limits per card cell for the last-resort shortened variants. A tint per law: light enough that black text on it reads in greyscale, different enough in hue (and a little in lightness) to tell the laws apart in colour. The mark after a law that has something to check in the official text.</extracomment>
        <translation>{label}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="137"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="252"/>
        <source>{guide}: {helper}</source>
        <translation>{guide}&#xa0;: {helper}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="139"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="254"/>
        <source>Outcome: {title}</source>
        <translation>Résultat&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="144"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="257"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="61"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="129"/>
        <source>Duty to report</source>
        <translation>Obligation de faire rapport</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="147"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="259"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="207"/>
        <source>Check the official text</source>
        <translation>Vérifiez le texte officiel</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="151"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="260"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="241"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="294"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/search.py" line="73"/>
        <source>Provisions</source>
        <translation>Dispositions</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="157"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="264"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="243"/>
        <source>none cited.</source>
        <translation>aucune n&apos;est citée.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="160"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="267"/>
        <source>Route relied on</source>
        <translation>Voie retenue</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="163"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="269"/>
        <source>What must still be true</source>
        <translation>Ce qui doit encore être vrai</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="165"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="272"/>
        <source>Telling the person afterwards</source>
        <translation>Informer la personne après coup</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="172"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="288"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="253"/>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="174"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="279"/>
        <source>Safety first</source>
        <translation>La sécurité d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="179"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="282"/>
        <source>Another route: {route}</source>
        <translation>Autre voie&#xa0;: {route}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="187"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="289"/>
        <source>Answers given</source>
        <translation>Réponses données</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="190"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="191"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="290"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="195"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="292"/>
        <source>No questions answered.</source>
        <translation>Aucune réponse donnée.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="197"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="299"/>
        <source>What to record</source>
        <translation>Ce qu&apos;il faut consigner</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="200"/>
        <source>Read more in the guide</source>
        <translation>Pour en savoir plus dans le guide</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="215"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="294"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="256"/>
        <source>Record</source>
        <translation>Relevé</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="216"/>
        <source>Outcome: {title} (write in any blank)</source>
        <translation>Résultat&#xa0;: {title} (remplissez les cases vides)</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="220"/>
        <source>Remember to record</source>
        <translation>À consigner</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="224"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="224"/>
        <source>Name and role</source>
        <translation>Nom et rôle</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="225"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="226"/>
        <source>Reviewed by (supervisor or privacy officer)</source>
        <translation>Révisé par (superviseur ou responsable de la protection de la vie privée)</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="227"/>
        <source>This record is not kept by the app. Store it the way your organization requires.</source>
        <translation>L&apos;application ne conserve pas ce relevé. Rangez-le selon les règles de votre organisation.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="295"/>
        <source>(blank)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="313"/>
        <source>This content has no decision helper (content/data/decisions), so there is no decision map or decision summary to print.</source>
        <translation>Ce contenu n&apos;a pas d&apos;aide à la décision (content/data/decisions)&#xa0;: il n&apos;y a donc ni carte ni résumé de décision à imprimer.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="346"/>
        <source>Decision helper</source>
        <translation>Aide à la décision</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="395"/>
        <source>These facts do not reach an outcome yet. Add {fact}={values} ({question})</source>
        <translation>Ces faits ne mènent pas encore à un résultat. Ajoutez {fact}={values} ({question})</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision.py" line="398"/>
        <source>These facts do not reach an outcome.</source>
        <translation>Ces faits ne mènent à aucun résultat.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="60"/>
        <source>Emergency: call 911</source>
        <extracomment>How each kind of outcome is named in the decision map&apos;s overview, in display order.</extracomment>
        <translation>Urgence&#xa0;: composez le 911</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="62"/>
        <source>May share without consent</source>
        <translation>Peut communiquer sans consentement</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="149"/>
        <source>Outcome {n}: {title}</source>
        <translation>Résultat {n}&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="151"/>
        <source>(see routing)</source>
        <translation>(voir l&apos;aiguillage)</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="152"/>
        <source>(missing: {id})</source>
        <translation>(manquant&#xa0;: {id})</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="161"/>
        <source>Decision map: {title}</source>
        <translation>Carte de décision&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="163"/>
        <source>{questions} questions, {outcomes} outcomes, {paths} paths. Every path from the first question (Q{first}) to an outcome, then every question, outcome and note, for review by a supervisor or privacy officer.</source>
        <translation>{questions} questions, {outcomes} résultats, {paths} parcours. Chaque parcours, de la première question (Q{first}) à un résultat, puis chaque question, résultat et note, pour révision par un superviseur ou le responsable de la protection de la vie privée.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="176"/>
        <source>1. Every path ({n})</source>
        <translation>1. Tous les parcours ({n})</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="186"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="187"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="188"/>
        <source>Notice / duty</source>
        <translation>Avis / obligation</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="193"/>
        <source>notice required</source>
        <translation>avis obligatoire</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="194"/>
        <source>no notice rule</source>
        <translation>aucune règle d&apos;avis</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="196"/>
        <source>duty to report</source>
        <translation>obligation de faire rapport</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="208"/>
        <source>2. Questions ({n})</source>
        <translation>2. Questions ({n})</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="224"/>
        <source>otherwise</source>
        <translation>sinon</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="225"/>
        <source>Routing: if {condition}</source>
        <translation>Aiguillage&#xa0;: si {condition}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="229"/>
        <source>3. Outcomes ({n})</source>
        <translation>3. Résultats ({n})</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="236"/>
        <source>{verdict}; reached by {n} path(s).</source>
        <translation>{verdict}&#xa0;; atteint par {n} parcours.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="250"/>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="259"/>
        <source>Read</source>
        <translation>À lire</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="262"/>
        <source>Duty to report applies.</source>
        <translation>L&apos;obligation de faire rapport s&apos;applique.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="265"/>
        <source>Consult</source>
        <translation>Consulter</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="272"/>
        <source>4. Notes added to outcomes ({n})</source>
        <translation>4. Notes ajoutées aux résultats ({n})</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="275"/>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="277"/>
        <source>only for {outcomes} except {others}</source>
        <translation>seulement pour {outcomes}, sauf {others}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="281"/>
        <source>only for {outcomes}</source>
        <translation>seulement pour {outcomes}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="284"/>
        <source>for every outcome except {others}</source>
        <translation>pour tous les résultats sauf {others}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="287"/>
        <source>for every outcome</source>
        <translation>pour tous les résultats</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/decision_map.py" line="289"/>
        <source>When {condition}; {where}.</source>
        <translation>Quand {condition}&#xa0;; {where}.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/job.py" line="79"/>
        <source>Not legal advice. Based on: {guidance}</source>
        <translation>Ceci ne constitue pas un avis juridique. D&apos;après&#xa0;: {guidance}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/job.py" line="82"/>
        <source>Content {version} of {date}</source>
        <translation>Contenu {version} du {date}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/job.py" line="85"/>
        <source>Content {version}</source>
        <translation>Contenu {version}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/job.py" line="92"/>
        <source>Printed {date}</source>
        <translation>Imprimé le {date}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/job.py" line="93"/>
        <source>Page {page} of {total}</source>
        <translation>Page {page} sur {total}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="123"/>
        <source>Covers</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="126"/>
        <source>yes, s. 125 (the yellow box above).</source>
        <translation>oui, art. 125 (encadré jaune ci-dessus).</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="135"/>
        <source>{provision}: “{quote}”</source>
        <translation>{provision}&#xa0;: {quote}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="162"/>
        <source>Sharing without consent when someone is at risk of serious harm</source>
        <translation>Communiquer sans consentement en cas de risque de préjudice grave</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="168"/>
        <source>Someone in danger now? Call 911.</source>
        <translation>Quelqu&apos;un est en danger maintenant&#xa0;? Composez le 911.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="179"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="179"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="180"/>
        <source>Sometimes</source>
        <translation>Parfois</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="190"/>
        <source>Your contacts at {agency}</source>
        <translation>Vos personnes-ressources chez {agency}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="202"/>
        <source>Your contacts: write them in</source>
        <translation>Vos personnes-ressources&#xa0;: inscrivez-les</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="215"/>
        <source>in the app, Help &gt; Your agency&apos;s contacts.</source>
        <translation>dans l&apos;application, Aide &gt; Personnes-ressources de votre organisme.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="219"/>
        <source>Our procedure</source>
        <translation>Notre procédure</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="238"/>
        <source>{acts} as in force on {date}</source>
        <extracomment>The roles the card leaves boxes for when there is no agency.yaml.</extracomment>
        <translation>{acts} en vigueur au {date}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="242"/>
        <source>the Acts as in force on {date}</source>
        <translation>les lois en vigueur au {date}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="245"/>
        <source>Law checked to: not stated; check the official text</source>
        <translation>Droit vérifié au&#xa0;: non précisé&#xa0;; vérifiez le texte officiel</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="246"/>
        <source>Law checked to: {law} (later changes: e-Laws, Justice Laws)</source>
        <translation>Droit vérifié au&#xa0;: {law} (modifications ultérieures&#xa0;: Lois-en-ligne, site Web de la législation (Justice))</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="276"/>
        <source>&lt;b&gt;Ask for consent first when it is safe.&lt;/b&gt; Without it, &lt;b&gt;share only what is needed&lt;/b&gt;, with someone who can act on it, and &lt;b&gt;record your decision&lt;/b&gt; and why. &lt;b&gt;Before telling the person, think of safety:&lt;/b&gt; it may be the abusive partner.</source>
        <translation>&lt;b&gt;Demandez d&apos;abord le consentement si c&apos;est sûr.&lt;/b&gt; Sinon, &lt;b&gt;ne communiquez que le nécessaire&lt;/b&gt;, à qui peut agir, et &lt;b&gt;notez votre décision&lt;/b&gt; et ses motifs. &lt;b&gt;Avant d&apos;aviser la personne, pensez à la sécurité&#xa0;:&lt;/b&gt; ce peut être le partenaire violent.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="283"/>
        <source>Anyone with reasonable grounds to suspect a child is or may be in need of protection must report it to a children&apos;s aid society at once.</source>
        <translation>Toute personne qui a des motifs raisonnables de soupçonner qu&apos;un enfant a ou pourrait avoir besoin de protection doit en faire rapport sans délai à une société d&apos;aide à l&apos;enfance.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="289"/>
        <source>A child may need protection? You must report it: CYFSA s. 125.</source>
        <translation>Un enfant pourrait avoir besoin de protection&#xa0;? Vous devez en faire rapport&#xa0;: art. 125 de la LSEJF.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="292"/>
        <source>1. Risk test: share without consent if…</source>
        <translation>1. Critère&#xa0;: communiquer sans consentement si…</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="293"/>
        <source>2. Tell the person afterwards?</source>
        <translation>2. Informer la personne après coup&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="294"/>
        <source>3. Police and law enforcement</source>
        <translation>3. Police et exécution de la loi</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="304"/>
        <source>this law has changed since it was checked.</source>
        <translation>cette loi a été modifiée depuis sa vérification.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="305"/>
        <source>{law}: check the official text.</source>
        <translation>{law}&#xa0;: vérifiez le texte officiel.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="309"/>
        <source>Some entries are shortened; the full text is in the app.</source>
        <translation>Certaines entrées sont abrégées&#xa0;; le texte complet se trouve dans l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="327"/>
        <source>The quick reference needs statutes.yaml, and this content has no statutes.</source>
        <translation>L’aide-mémoire a besoin de statutes.yaml, et ce contenu n&apos;a pas de lois.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/quick_card.py" line="346"/>
        <source>Quick reference card</source>
        <translation>Aide-mémoire</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/search.py" line="25"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/search.py" line="28"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/search.py" line="29"/>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/search.py" line="51"/>
        <source>“{words}”</source>
        <translation>«&#xa0;{words}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/search.py" line="30"/>
        <source>(no search words)</source>
        <translation>(aucun mot recherché)</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/search.py" line="33"/>
        <source>Laws: {laws}</source>
        <translation>Lois&#xa0;: {laws}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/search.py" line="36"/>
        <source>Sectors: {sectors}</source>
        <translation>Secteurs&#xa0;: {sectors}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/search.py" line="38"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/search.py" line="39"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/search.py" line="41"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/search.py" line="42"/>
        <source>{total} (the first {shown} are listed)</source>
        <translation>{total} (les {shown} premiers sont énumérés)</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/search.py" line="47"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/search.py" line="47"/>
        <source>The results include matches for “{words}”</source>
        <translation>Les résultats comprennent aussi «&#xa0;{words}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/search.py" line="51"/>
        <source>Did you mean</source>
        <translation>Vouliez-vous dire</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/search.py" line="58"/>
        <source>No results.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/search.py" line="63"/>
        <source>Glossary: {term}</source>
        <translation>Glossaire&#xa0;: {term}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/sections.py" line="77"/>
        <source>No sections to print: choose at least one section.</source>
        <translation>Aucune section à imprimer&#xa0;: choisissez-en au moins une.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/sections.py" line="86"/>
        <source>{guide}: {n} sections</source>
        <translation>{guide}&#xa0;: {n} sections</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/printouts/sections.py" line="90"/>
        <source>{n} sections: summaries</source>
        <translation>{n} sections&#xa0;: résumés</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="320"/>
        <source>Content problems</source>
        <translation>Problèmes dans le contenu</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="322"/>
        <source>1 problem was found in the content files.</source>
        <translation>1 problème a été trouvé dans les fichiers du contenu.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="324"/>
        <source>{n} problems were found in the content files.</source>
        <translation>{n} problèmes ont été trouvés dans les fichiers du contenu.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="327"/>
        <source>The files with problems of their own were left out; everything else is shown. Whoever maintains the content can fix them (see “ipv-guide check-content”).</source>
        <translation>Les fichiers qui ont leurs propres problèmes ont été laissés de côté&#xa0;; tout le reste est affiché. La personne qui tient le contenu à jour peut les corriger (voir «&#xa0;ipv-guide check-content&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="329"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="330"/>
        <source>&amp;Copy list</source>
        <translation>&amp;Copier la liste</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="331"/>
        <source>Copy list</source>
        <translation>Copier la liste</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/results_model.py" line="41"/>
        <source>Glossary term</source>
        <translation>Terme du glossaire</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/results_model.py" line="45"/>
        <source>Every law</source>
        <translation>Toutes les lois</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/results_model.py" line="47"/>
        <source>every sector</source>
        <translation>tous les secteurs</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/results_model.py" line="55"/>
        <source>Glossary: {term}</source>
        <translation>Glossaire&#xa0;: {term}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/results_model.py" line="64"/>
        <source>Check the official text</source>
        <extracomment>The English; :func:`check_mark` says it in the current language.</extracomment>
        <translation>Vérifiez le texte officiel</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/results_model.py" line="114"/>
        <source>{mark}: {note}</source>
        <translation>{mark}&#xa0;: {note}</translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/section_view.py" line="50"/>
        <source>Check the official text.</source>
        <translation>Vérifiez le texte officiel.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/section_view.py" line="51"/>
        <source>Part of this section has not been checked against the official text of the law.</source>
        <translation>Une partie de cette section n&apos;a pas été vérifiée par rapport au texte officiel de la loi.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/section_view.py" line="53"/>
        <source>Provisions cited</source>
        <translation>Dispositions citées</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/section_view.py" line="54"/>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/section_view.py" line="55"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/section_view.py" line="56"/>
        <source>Related sections</source>
        <translation>Sections connexes</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/section_view.py" line="57"/>
        <source>This is plain-language information, not legal advice. For a decision about a real person, talk to your supervisor, your privacy officer or a lawyer, and check the official text of the law.</source>
        <translation>Ces renseignements en langage clair ne constituent pas un avis juridique. Pour une décision au sujet d&apos;une personne réelle, parlez-en à votre superviseur, à votre responsable de la protection de la vie privée ou à un avocat, et vérifiez le texte officiel de la loi.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/section_view.py" line="95"/>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/section_view.py" line="95"/>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/section_view.py" line="96"/>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/section_view.py" line="96"/>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/section_view.py" line="97"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/section_view.py" line="97"/>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/section_view.py" line="98"/>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/section_view.py" line="98"/>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/section_view.py" line="99"/>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/section_view.py" line="99"/>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/section_view.py" line="100"/>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/section_view.py" line="100"/>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/section_view.py" line="107"/>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/section_view.py" line="158"/>
        <source>From {agency}&apos;s own content pack: this section is not part of the guide as published. Ask your agency about it.</source>
        <translation>Tiré du contenu propre à {agency}&#xa0;: cette section ne fait pas partie du guide publié. Renseignez-vous auprès de votre organisme.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/section_view.py" line="161"/>
        <source>From your agency&apos;s own content pack: this section is not part of the guide as published. Ask your agency about it.</source>
        <translation>Tiré du contenu propre à votre organisme&#xa0;: cette section ne fait pas partie du guide publié. Renseignez-vous auprès de votre organisme.</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/section_view.py" line="168"/>
        <source>Content version {version}</source>
        <translation>Version du contenu&#xa0;: {version}</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/section_view.py" line="171"/>
        <source>text reviewed {date}</source>
        <translation>texte révisé le {date}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="197"/>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="200"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="199"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/dialogs.py" line="199"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/theme.py" line="91"/>
        <source>Follow &amp;system</source>
        <translation>&amp;Suivre le système</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/theme.py" line="92"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/theme.py" line="93"/>
        <source>&amp;Dark</source>
        <translation>&amp;Foncé</translation>
    </message>
    <message>
        <location filename="../../work/wt-frwrap/desktop_app/theme.py" line="94"/>
        <source>&amp;High contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
</context>
</TS>
