<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>Category</name>
    <message>
        <source>fixed camera</source>
        <translation>caméra fixe</translation>
    </message>
    <message>
        <source>PTZ camera</source>
        <translation>caméra PTZ</translation>
    </message>
    <message>
        <source>multi-sensor camera</source>
        <translation>caméra multicapteur</translation>
    </message>
    <message>
        <source>thermal camera</source>
        <translation>caméra thermique</translation>
    </message>
    <message>
        <source>analogue camera</source>
        <translation>caméra analogique</translation>
    </message>
    <message>
        <source>network video recorder</source>
        <translation>enregistreur vidéo réseau</translation>
    </message>
    <message>
        <source>digital video recorder</source>
        <translation>enregistreur vidéo numérique</translation>
    </message>
    <message>
        <source>video encoder</source>
        <translation>encodeur vidéo</translation>
    </message>
    <message>
        <source>access-control device</source>
        <translation>appareil de contrôle d&apos;accès</translation>
    </message>
    <message>
        <source>intercom</source>
        <translation>interphone</translation>
    </message>
    <message>
        <source>two-way radio</source>
        <translation>radio bidirectionnelle</translation>
    </message>
    <message>
        <source>network switch or router</source>
        <translation>commutateur ou routeur réseau</translation>
    </message>
    <message>
        <source>device</source>
        <translation>appareil</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>other devices</source>
        <translation>autres appareils</translation>
    </message>
</context>
<context>
    <name>CategoryPriceModel</name>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>Typical</source>
        <translation>Typique</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Install hours</source>
        <translation>Heures de pose</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>typical cost</source>
        <translation>coût typique</translation>
    </message>
    <message>
        <source>low to high estimate</source>
        <translation>estimation basse à élevée</translation>
    </message>
    <message>
        <source>1 device</source>
        <translation>1 appareil</translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation>%1 appareils</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Vetted could not write its output ({reason}).</source>
        <translation>Vetted n&apos;a pas pu écrire son résultat ({reason}).</translation>
    </message>
    <message>
        <source>Vetted stopped because of an unexpected problem ({what}); set VETTED_DEBUG=1 for details.</source>
        <translation>Vetted s&apos;est arrêté à cause d&apos;un problème imprévu ({what}); définissez VETTED_DEBUG=1 pour les détails.</translation>
    </message>
    <message>
        <source>  {sheet} row {row}: {device} — {explanation}</source>
        <translation>  {sheet} ligne {row}&#xa0;: {device} — {explanation}</translation>
    </message>
    <message>
        <source>1 device: {flagged} flagged, {review} to review, {clear} clear, {unknown} unknown.</source>
        <translation>1 appareil&#xa0;: {flagged} signalés, {review} à vérifier, {clear} sans problème, {unknown} inconnus.</translation>
    </message>
    <message>
        <source>{devices} devices: {flagged} flagged, {review} to review, {clear} clear, {unknown} unknown.</source>
        <translation>{devices} appareils&#xa0;: {flagged} signalés, {review} à vérifier, {clear} sans problème, {unknown} inconnus.</translation>
    </message>
    <message>
        <source>Flagged or to review, by vendor: {vendors}.</source>
        <translation>Signalés ou à vérifier, par fournisseur&#xa0;: {vendors}.</translation>
    </message>
    <message>
        <source>Skipped (no device columns): {sheets}.</source>
        <translation>Feuilles ignorées (aucune colonne d&apos;appareils)&#xa0;: {sheets}.</translation>
    </message>
    <message>
        <source>FLAGGED ({count})</source>
        <translation>SIGNALÉS ({count})</translation>
    </message>
    <message>
        <source>REVIEW ({count})</source>
        <translation>À VÉRIFIER ({count})</translation>
    </message>
    <message>
        <source>(no make or model)</source>
        <translation>(ni marque ni modèle)</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>there is no .vetted project in {paths}.</source>
        <translation>il n&apos;y a aucun projet .vetted dans&#xa0;: {paths}.</translation>
    </message>
    <message>
        <source>no project could be combined.</source>
        <translation>aucun projet n&apos;a pu être regroupé.</translation>
    </message>
    <message>
        <source>1 project</source>
        <translation>1 projet</translation>
    </message>
    <message>
        <source>{count} projects</source>
        <translation>{count} projets</translation>
    </message>
    <message>
        <source>{projects} ({count} skipped)</source>
        <translation>{projects} ({count} laissés de côté)</translation>
    </message>
    <message>
        <source>Combined {projects}: {devices} devices, {flagged} flagged, {review} to review, {decided} decided.</source>
        <translation>Regroupement de {projects}&#xa0;: {devices} appareils, {flagged} signalés, {review} à vérifier, {decided} décidés.</translation>
    </message>
    <message>
        <source>To replace: {devices} devices, about {typical} ({low} to {high}).</source>
        <translation>À remplacer&#xa0;: {devices} appareils, environ {typical} ({low} à {high}).</translation>
    </message>
    <message>
        <source>By site:</source>
        <translation>Par site&#xa0;:</translation>
    </message>
    <message>
        <source>  {project}{where}: {flagged} flagged, {decided} decided, {replacing} to replace, {cost}</source>
        <translation>  {project}{where}&#xa0;: {flagged} signalés, {decided} décidés, {replacing} à remplacer, {cost}</translation>
    </message>
    <message>
        <source>; knowledge base {checked}</source>
        <translation>; base de connaissances {checked}</translation>
    </message>
    <message>
        <source>By vendor:</source>
        <translation>Par fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>  {vendor}: {devices}, {cost}</source>
        <translation>  {vendor}&#xa0;: {devices}, {cost}</translation>
    </message>
    <message>
        <source>1 project was checked with another knowledge base; --recheck checks them again with this Vetted&apos;s, without changing the files.</source>
        <translation>1 projet a été vérifié avec une autre base de connaissances; --recheck le vérifie de nouveau avec celle de ce Vetted, sans modifier les fichiers.</translation>
    </message>
    <message>
        <source>{count} projects were checked with another knowledge base; --recheck checks them again with this Vetted&apos;s, without changing the files.</source>
        <translation>{count} projets ont été vérifiés avec une autre base de connaissances; --recheck les vérifie de nouveau avec celle de ce Vetted, sans modifier les fichiers.</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Laissés de côté&#xa0;:</translation>
    </message>
    <message>
        <source>  {file}: {reason}</source>
        <translation>  {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
    <message>
        <source>Local facts left out: {reason}</source>
        <translation>Faits locaux laissés de côté&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name}: knowledge base {version} of {date}, signed by Vetted&apos;s key (in use now: {current}).</source>
        <translation>{name}&#xa0;: base de connaissances {version} du {date}, signée par la clé de Vetted (en usage maintenant&#xa0;: {current}).</translation>
    </message>
    <message>
        <source>Changes: {changes}.</source>
        <translation>Changements&#xa0;: {changes}.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} de plus</translation>
    </message>
    <message>
        <source>Checked only: nothing applied.</source>
        <translation>Vérifiée seulement&#xa0;: rien n&apos;a été appliqué.</translation>
    </message>
    <message>
        <source>Applied. `vetted kb undo` goes back to {version}.</source>
        <translation>Appliquée. `vetted kb undo` revient à {version}.</translation>
    </message>
    <message>
        <source>In {name}: 1 device would change verdict (open it and check all devices again).</source>
        <translation>Dans {name}&#xa0;: 1 appareil changerait de verdict (ouvrez-le et vérifiez de nouveau tous les appareils).</translation>
    </message>
    <message>
        <source>In {name}: {count} devices would change verdict (open it and check all devices again).</source>
        <translation>Dans {name}&#xa0;: {count} appareils changeraient de verdict (ouvrez-le et vérifiez de nouveau tous les appareils).</translation>
    </message>
    <message>
        <source>Undone: knowledge base {version} is in use again.</source>
        <translation>Annulée&#xa0;: la base de connaissances {version} est de nouveau en usage.</translation>
    </message>
</context>
<context>
    <name>CombineDialog</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Signalés</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidés</translation>
    </message>
    <message>
        <source>To replace</source>
        <translation>À remplacer</translation>
    </message>
    <message>
        <source>Typical estimate</source>
        <translation>Estimation typique</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>Typical</source>
        <translation>Typique</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Combine projects</source>
        <translation>Regrouper des projets</translation>
    </message>
    <message>
        <source>Choose the site projects to combine, or a folder of them. Vetted only reads them: nothing in those files changes. Each site keeps its own decisions and price book.</source>
        <translation>Choisissez les projets de sites à regrouper, ou un dossier qui les contient. Vetted ne fait que les lire&#xa0;: rien ne change dans ces fichiers. Chaque site garde ses propres décisions et sa grille de prix.</translation>
    </message>
    <message>
        <source>Add projects…</source>
        <translation>Ajouter des projets…</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Check projects from an older knowledge base again with this Vetted&apos;s (in memory only)</source>
        <translation>Vérifier de nouveau les projets d&apos;une base de connaissances plus ancienne avec celle de ce Vetted (en mémoire seulement)</translation>
    </message>
    <message>
        <source>Combine</source>
        <translation>Regrouper</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>Par site</translation>
    </message>
    <message>
        <source>By vendor</source>
        <translation>Par fournisseur</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <source>Save Excel report…</source>
        <translation>Enregistrer le rapport Excel…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Enregistrer le CSV…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Projects to combine</source>
        <translation>Projets à regrouper</translation>
    </message>
    <message>
        <source>A folder of projects</source>
        <translation>Un dossier de projets</translation>
    </message>
    <message>
        <source>That folder has no projects.</source>
        <translation>Ce dossier ne contient aucun projet.</translation>
    </message>
    <message>
        <source>Combining %1 projects…</source>
        <translation>Regroupement de %1 projets…</translation>
    </message>
    <message>
        <source>Cannot combine</source>
        <translation>Regroupement impossible</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1 sautés</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 projects combined%2.&lt;/b&gt; %3 devices: %4 flagged, %5 to review, %6 decided. Replacing the %7 devices in scope: about &lt;b&gt;%8&lt;/b&gt; (%9 to %10).</source>
        <translation>&lt;b&gt;%1 projets regroupés%2.&lt;/b&gt; %3 appareils&#xa0;: %4 signalés, %5 à vérifier, %6 décidés. Remplacer les %7 appareils visés&#xa0;: environ &lt;b&gt;%8&lt;/b&gt; (%9 à %10).</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 checked with another knowledge base than this Vetted&apos;s: tick the box above and combine again to check them with this one (their files are not changed).</source>
        <translation>%1 vérifiés avec une autre base de connaissances que celle de ce Vetted&#xa0;: cochez la case ci-dessus et regroupez de nouveau pour les vérifier avec celle-ci (leurs fichiers ne changent pas).</translation>
    </message>
    <message>
        <source>1 project was</source>
        <translation>1 projet a été</translation>
    </message>
    <message>
        <source>%1 projects were</source>
        <translation>%1 projets ont été</translation>
    </message>
    <message>
        <source>&lt;b&gt;Skipped:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sautés&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save the organisation report</source>
        <translation>Enregistrer le rapport de l&apos;organisation</translation>
    </message>
    <message>
        <source>Save the organisation CSV</source>
        <translation>Enregistrer le CSV de l&apos;organisation</translation>
    </message>
    <message>
        <source>Save the organisation PDF</source>
        <translation>Enregistrer le PDF de l&apos;organisation</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>{gone} of 1 flagged device replaced or removed since {since}</source>
        <translation>{gone} sur 1 appareil signalé remplacé ou retiré depuis le {since}</translation>
    </message>
    <message>
        <source>{gone} of {before} flagged devices replaced or removed since {since}</source>
        <translation>{gone} des {before} appareils signalés remplacés ou retirés depuis le {since}</translation>
    </message>
    <message>
        <source>{head}; 1 new flagged device.</source>
        <translation>{head}; 1 nouvel appareil signalé.</translation>
    </message>
    <message>
        <source>{head}; {new} new flagged devices.</source>
        <translation>{head}; {new} nouveaux appareils signalés.</translation>
    </message>
    <message>
        <source>{count} replaced</source>
        <translation>{count} remplacés</translation>
    </message>
    <message>
        <source>{count} removed</source>
        <translation>{count} retirés</translation>
    </message>
    <message>
        <source>{count} remain</source>
        <translation>{count} restent</translation>
    </message>
    <message>
        <source>{count} dismissed</source>
        <translation>{count} écartés</translation>
    </message>
    <message>
        <source>{count} no longer flagged</source>
        <translation>{count} ne sont plus signalés</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Apparié par</translation>
    </message>
    <message>
        <source>Compare with an earlier project</source>
        <translation>Comparer avec un projet antérieur</translation>
    </message>
    <message>
        <source>a .vetted project</source>
        <translation>un projet .vetted</translation>
    </message>
    <message>
        <source>Earlier snapshot:</source>
        <translation>Version antérieure&#xa0;:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Maintenant&#xa0;:</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Save Excel report…</source>
        <translation>Enregistrer le rapport Excel…</translation>
    </message>
    <message>
        <source>Compare a site&apos;s project with an earlier copy of it. Devices are matched by serial number, MAC address or asset tag, then make, model and location. Both files are only read.</source>
        <translation>Comparez le projet d&apos;un site avec une copie antérieure. Les appareils sont appariés par numéro de série, adresse MAC ou numéro d&apos;inventaire, puis par fabricant, modèle et emplacement. Les deux fichiers sont seulement lus.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose a project</source>
        <translation>Choisir un projet</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Comparaison impossible</translation>
    </message>
    <message>
        <source>Save the progress report</source>
        <translation>Enregistrer le rapport de suivi</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
</context>
<context>
    <name>CostActions</name>
    <message>
        <source>%1 report</source>
        <translation>Rapport %1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
</context>
<context>
    <name>CostChart</name>
    <message>
        <source>Typical cost by vendor</source>
        <translation>Coût typique par fournisseur</translation>
    </message>
    <message>
        <source>Typical cost by site</source>
        <translation>Coût typique par site</translation>
    </message>
</context>
<context>
    <name>CostsView</name>
    <message>
        <source>Include devices to review</source>
        <translation>Inclure les appareils à vérifier</translation>
    </message>
    <message>
        <source>Price book…</source>
        <translation>Grille de prix…</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Typical</source>
        <translation>Typique</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Fourchette</translation>
    </message>
    <message>
        <source>An estimate, not a quote: every figure comes from the price book, in its currency (%1), which you can change. Changing the currency converts nothing.</source>
        <translation>Une estimation, pas une soumission&#xa0;: chaque montant vient de la grille de prix, dans sa devise (%1), que vous pouvez modifier. Changer la devise ne convertit rien.</translation>
    </message>
    <message>
        <source>1 device</source>
        <translation>1 appareil</translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation>%1 appareils</translation>
    </message>
    <message>
        <source>Replacing &lt;b&gt;%1&lt;/b&gt; would cost about &lt;b&gt;%2&lt;/b&gt; (between %3 and %4).</source>
        <translation>Remplacer &lt;b&gt;%1&lt;/b&gt; coûterait environ &lt;b&gt;%2&lt;/b&gt; (entre %3 et %4).</translation>
    </message>
    <message>
        <source>Nothing to replace: no device is flagged or marked for replacement.</source>
        <translation>Rien à remplacer&#xa0;: aucun appareil n&apos;est signalé ni marqué à remplacer.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Flagged: this device comes from a listed vendor</source>
        <translation>Signalé&#xa0;: cet appareil vient d&apos;un fournisseur visé</translation>
    </message>
    <message>
        <source>Needs a look: this device may come from a listed vendor</source>
        <translation>À vérifier&#xa0;: cet appareil vient peut-être d&apos;un fournisseur visé</translation>
    </message>
    <message>
        <source>Clear: no source names this maker</source>
        <translation>Non visé&#xa0;: aucune source ne nomme ce fabricant</translation>
    </message>
    <message>
        <source>Unknown: Vetted could not tell who made this device</source>
        <translation>Inconnu&#xa0;: Vetted n&apos;a pas pu établir qui a fabriqué cet appareil</translation>
    </message>
    <message>
        <source>make or brand name</source>
        <translation>nom du fabricant ou de la marque</translation>
    </message>
    <message>
        <source>name spelt like</source>
        <translation>nom écrit comme</translation>
    </message>
    <message>
        <source>name inside a longer name</source>
        <translation>nom contenu dans un nom plus long</translation>
    </message>
    <message>
        <source>brand that relabels</source>
        <translation>marque qui revend sous son nom</translation>
    </message>
    <message>
        <source>model-number pattern</source>
        <translation>forme du numéro de modèle</translation>
    </message>
    <message>
        <source>serial begins with a model</source>
        <translation>numéro de série qui commence par un modèle</translation>
    </message>
    <message>
        <source>MAC address prefix (IEEE registry)</source>
        <translation>préfixe d&apos;adresse MAC (registre de l&apos;IEEE)</translation>
    </message>
    <message>
        <source>mentioned in the notes</source>
        <translation>mentionné dans les remarques</translation>
    </message>
    <message>
        <source>Why this verdict</source>
        <translation>Pourquoi ce verdict</translation>
    </message>
    <message>
        <source>The selected device&apos;s verdict, evidence and sources</source>
        <translation>Le verdict, les preuves et les sources de l&apos;appareil sélectionné</translation>
    </message>
    <message>
        <source>Confirm — replace</source>
        <translation>Marquer à remplacer</translation>
    </message>
    <message>
        <source>Not a listed vendor…</source>
        <translation>Écarter…</translation>
    </message>
    <message>
        <source>Undo decision</source>
        <translation>Annuler la décision</translation>
    </message>
    <message>
        <source>Mark this device to be replaced</source>
        <translation>Marquer cet appareil à remplacer</translation>
    </message>
    <message>
        <source>Dismiss the flag, with a note saying why</source>
        <translation>Écarter le signalement, avec une note qui dit pourquoi</translation>
    </message>
    <message>
        <source>Select a device to see why it got its verdict.</source>
        <translation>Sélectionnez un appareil pour voir pourquoi il a obtenu son verdict.</translation>
    </message>
    <message>
        <source>Your decision:</source>
        <translation>Votre décision&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>N° de série</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Original row</source>
        <translation>Ligne d&apos;origine</translation>
    </message>
    <message>
        <source>Where you are (%1)</source>
        <translation>Là où vous êtes (%1)</translation>
    </message>
    <message>
        <source>Rules and calls for a ban</source>
        <translation>Règles et demandes d&apos;interdiction</translation>
    </message>
    <message>
        <source>No rule Vetted knows applies here.</source>
        <translation>Aucune règle connue de Vetted ne s&apos;applique ici.</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Ailleurs</translation>
    </message>
    <message>
        <source>More rules and calls</source>
        <translation>Autres règles et demandes</translation>
    </message>
    <message>
        <source>Show %1 more sources (other places)</source>
        <translation>Afficher %1 autres sources (autres endroits)</translation>
    </message>
    <message>
        <source>Show %1 more sources</source>
        <translation>Afficher %1 autres sources</translation>
    </message>
    <message>
        <source>International</source>
        <translation>International</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>forte</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>probable</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>faible</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <source>Fixed camera</source>
        <translation>Caméra fixe</translation>
    </message>
    <message>
        <source>Dome camera</source>
        <translation>Caméra dôme</translation>
    </message>
    <message>
        <source>Bullet camera</source>
        <translation>Caméra canon</translation>
    </message>
    <message>
        <source>PTZ camera</source>
        <translation>caméra PTZ</translation>
    </message>
    <message>
        <source>Thermal camera</source>
        <translation>Caméra thermique</translation>
    </message>
    <message>
        <source>NVR</source>
        <translation>Enregistreur vidéo réseau (NVR)</translation>
    </message>
    <message>
        <source>DVR</source>
        <translation>Enregistreur vidéo numérique (DVR)</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Encodeur vidéo</translation>
    </message>
    <message>
        <source>Access control</source>
        <translation>Contrôle d&apos;accès</translation>
    </message>
    <message>
        <source>Intercom</source>
        <translation>Interphone</translation>
    </message>
    <message>
        <source>Two-way radio</source>
        <translation>Radio bidirectionnelle</translation>
    </message>
    <message>
        <source>Network switch</source>
        <translation>Commutateur réseau</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Routeur</translation>
    </message>
    <message>
        <source>Edit device</source>
        <translation>Modifier l&apos;appareil</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>Ajouter un appareil</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>DeviceModel</name>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>N° de série</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Est. cost</source>
        <translation>Coût estimé</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>N° d&apos;inventaire</translation>
    </message>
</context>
<context>
    <name>EditingActions</name>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>Ajouter un appareil</translation>
    </message>
    <message>
        <source>Edit device</source>
        <translation>Modifier l&apos;appareil</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n device(s)</source>
        <translation>
            <numerusform>Supprimer %n appareil</numerusform>
            <numerusform>Supprimer %n appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Why is this device not from a listed vendor? (for example: checked the label, it is a Bosch camera)</source>
        <translation>Pourquoi cet appareil ne vient-il pas d&apos;un fournisseur visé? (par exemple&#xa0;: étiquette vérifiée, c&apos;est une caméra Bosch)</translation>
    </message>
    <message>
        <source>Dismiss without a note?</source>
        <translation>Écarter sans note?</translation>
    </message>
    <message>
        <source>A note says why this device is not from a listed vendor, for a colleague or an auditor who reads the report later. Dismiss it without one?</source>
        <translation>Une note dit pourquoi cet appareil ne vient pas d&apos;un fournisseur visé, pour un collègue ou un vérificateur qui lira le rapport plus tard. L&apos;écarter sans note?</translation>
    </message>
    <message>
        <source>Replace a device Vetted did not flag?</source>
        <translation>Remplacer un appareil que Vetted n&apos;a pas signalé?</translation>
    </message>
    <message>
        <source>Vetted found no listed vendor behind this device. Mark it to be replaced anyway? Its cost will count in the estimate.</source>
        <translation>Vetted n&apos;a trouvé aucun fournisseur visé derrière cet appareil. Le marquer à remplacer quand même? Son coût comptera dans l&apos;estimation.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>Changer la catégorie</translation>
    </message>
    <message>
        <source>Replacement category of this device (it sets the price used in the estimate):</source>
        <translation>Catégorie de remplacement de cet appareil (elle fixe le prix utilisé dans l&apos;estimation)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Le fichier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Vetted is not allowed to read {name}; ask for access to it, or copy it somewhere you can read.</source>
        <translation>Vetted n&apos;a pas la permission de lire {name}; demandez-en l&apos;accès, ou copiez-le dans un dossier que vous pouvez lire.</translation>
    </message>
    <message>
        <source>{path} is a link that leads back to itself, not a file.</source>
        <translation>{path} est un lien qui mène à lui-même, pas un fichier.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a spreadsheet.</source>
        <translation>{path} est un dossier, pas un tableur.</translation>
    </message>
    <message>
        <source>The name of the file {name} is too long to open.</source>
        <translation>Le nom du fichier {name} est trop long pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <translation>{name} n&apos;a pas pu être lu ({reason}).</translation>
    </message>
    <message>
        <source>{path} is not a file but a device or a pipe; save the inventory to a file and import that.</source>
        <translation>{path} n&apos;est pas un fichier mais un périphérique ou un tube; enregistrez l&apos;inventaire dans un fichier et importez celui-ci.</translation>
    </message>
    <message>
        <source>{name} has column headers but no devices under them.</source>
        <translation>{name} a des en-têtes de colonnes, mais aucun appareil en dessous.</translation>
    </message>
    <message>
        <source>Vetted found no column of makes, models, serial numbers or MAC addresses in {name}; give the columns headers such as Manufacturer, Model, Serial or MAC.</source>
        <translation>Vetted n&apos;a trouvé dans {name} aucune colonne de marques, de modèles, de numéros de série ou d&apos;adresses MAC; donnez aux colonnes des en-têtes comme Fabricant, Modèle, Numéro de série ou MAC.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>Le fichier {name} est vide.</translation>
    </message>
    <message>
        <source>The file {name} is {size} MB, larger than Vetted can import ({limit} MB); split it into smaller files.</source>
        <translation>Le fichier {name} fait {size}&#xa0;Mo, plus que ce que Vetted peut importer ({limit}&#xa0;Mo); divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet or a text table Vetted can read.</source>
        <translation>{name} n&apos;est pas un tableur ni un tableau texte que Vetted peut lire.</translation>
    </message>
    <message>
        <source>{name} has a broken line near line {line} ({reason}).</source>
        <translation>{name} a une ligne brisée vers la ligne {line} ({reason}).</translation>
    </message>
    <message>
        <source>{name} declares a document type or entities, which Vetted refuses in scan files for safety; save the scan again with nmap -oX.</source>
        <translation>{name} déclare un type de document ou des entités, ce que Vetted refuse dans les fichiers de balayage par sécurité; enregistrez de nouveau le balayage avec nmap -oX.</translation>
    </message>
    <message>
        <source>{name} holds XML that Vetted refuses for safety.</source>
        <translation>{name} contient du XML que Vetted refuse par sécurité.</translation>
    </message>
    <message>
        <source>it is cut short</source>
        <translation>il est tronqué</translation>
    </message>
    <message>
        <source>{name} is not a complete nmap XML file ({reason}).</source>
        <translation>{name} n&apos;est pas un fichier XML de nmap complet ({reason}).</translation>
    </message>
    <message>
        <source>{name} is password-protected; open it in Excel, remove the password and save a copy to import.</source>
        <translation>{name} est protégé par un mot de passe; ouvrez-le dans Excel, retirez le mot de passe et enregistrez une copie à importer.</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet Vetted can read (it is not an Excel or OpenDocument file).</source>
        <translation>{name} n&apos;est pas un tableur que Vetted peut lire (ce n&apos;est pas un fichier Excel ou OpenDocument).</translation>
    </message>
    <message>
        <source>{name} is password-protected; remove the password in Excel and save a copy to import.</source>
        <translation>{name} est protégé par un mot de passe; retirez le mot de passe dans Excel et enregistrez une copie à importer.</translation>
    </message>
    <message>
        <source>{name} is damaged or not a complete spreadsheet ({reason}).</source>
        <translation>{name} est endommagé ou n&apos;est pas un tableur complet ({reason}).</translation>
    </message>
    <message>
        <source>{name} has no sheet named “{sheet}”; its sheets are {sheets}.</source>
        <translation>{name} n&apos;a aucune feuille nommée «&#xa0;{sheet}&#xa0;»; ses feuilles sont&#xa0;: {sheets}.</translation>
    </message>
    <message>
        <source>{name} is damaged or not a complete spreadsheet.</source>
        <translation>{name} est endommagé ou n&apos;est pas un tableur complet.</translation>
    </message>
    <message>
        <source>{name} expands to {size} GB, more than Vetted can read ({limit} GB); save a smaller copy.</source>
        <translation>{name} occupe {size}&#xa0;Go une fois décompressé, plus que ce que Vetted peut lire ({limit}&#xa0;Go); enregistrez une copie plus petite.</translation>
    </message>
    <message>
        <source>{name} has cells spread over {rows} rows and {columns} columns, more than Vetted can read at once; delete the stray cells far from the table (Ctrl+End in Excel finds them) and save a copy.</source>
        <translation>{name} a des cellules réparties sur {rows} lignes et {columns} colonnes, plus que ce que Vetted peut lire d&apos;un coup; supprimez les cellules égarées loin du tableau (Ctrl+Fin dans Excel les trouve) et enregistrez une copie.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” of {name} is damaged ({reason}).</source>
        <translation>La feuille «&#xa0;{sheet}&#xa0;» de {name} est endommagée ({reason}).</translation>
    </message>
    <message>
        <source>Vetted could not write {name}: the report came out incomplete (is the disk full?), so the previous file, if any, was left as it was.</source>
        <translation>Vetted n&apos;a pas pu écrire {name}&#xa0;: le rapport est sorti incomplet (le disque est-il plein?), alors le fichier précédent, s&apos;il y en a un, est resté tel quel.</translation>
    </message>
    <message>
        <source>the disk is full, so the previous file, if any, was left as it was</source>
        <translation>le disque est plein, alors le fichier précédent, s&apos;il y en a un, est resté tel quel</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <source>that name is a folder</source>
        <translation>ce nom est celui d&apos;un dossier</translation>
    </message>
    <message>
        <source>the file may be open in another program, or the folder is read-only</source>
        <translation>le fichier est peut-être ouvert dans un autre programme, ou le dossier est en lecture seule</translation>
    </message>
    <message>
        <source>Vetted could not write {name}: {reason}.</source>
        <translation>Vetted n&apos;a pas pu écrire {name}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The saved price book is damaged.</source>
        <translation>La grille de prix enregistrée est endommagée.</translation>
    </message>
    <message>
        <source>The labour rate</source>
        <translation>Le taux horaire de main-d&apos;œuvre</translation>
    </message>
    <message>
        <source>The disposal cost</source>
        <translation>Le coût d&apos;élimination</translation>
    </message>
    <message>
        <source>The contingency</source>
        <translation>La provision pour imprévus</translation>
    </message>
    <message>
        <source>The tax rate</source>
        <translation>Le taux de taxe</translation>
    </message>
    <message>
        <source>The low unit cost of {category}</source>
        <translation>Le coût unitaire bas de la catégorie {category}</translation>
    </message>
    <message>
        <source>The typical unit cost of {category}</source>
        <translation>Le coût unitaire typique de la catégorie {category}</translation>
    </message>
    <message>
        <source>The high unit cost of {category}</source>
        <translation>Le coût unitaire haut de la catégorie {category}</translation>
    </message>
    <message>
        <source>The install labour hours of {category}</source>
        <translation>Les heures d&apos;installation de la catégorie {category}</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as USD, EUR or GBP, not “{currency}”.</source>
        <translation>La devise doit être un code de trois lettres comme CAD, USD ou EUR, pas «&#xa0;{currency}&#xa0;».</translation>
    </message>
    <message>
        <source>{what} must be a percentage between 0 and 100.</source>
        <translation>{what}&#xa0;: la valeur doit être un pourcentage entre 0 et 100.</translation>
    </message>
    <message>
        <source>The price book has no prices for {category}.</source>
        <translation>La grille de prix n&apos;a aucun prix pour la catégorie {category}.</translation>
    </message>
    <message>
        <source>The unit costs of {category} must run low ≤ typical ≤ high.</source>
        <translation>Les coûts unitaires de la catégorie {category} doivent respecter bas ≤ typique ≤ haut.</translation>
    </message>
    <message>
        <source>{what} must be a number.</source>
        <translation>{what}&#xa0;: la valeur doit être un nombre.</translation>
    </message>
    <message>
        <source>{what} cannot be negative.</source>
        <translation>{what}&#xa0;: la valeur ne peut pas être négative.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete; ask for the update file again.</source>
        <translation>{name} est endommagé ou incomplet; demandez de nouveau le fichier de mise à jour.</translation>
    </message>
    <message>
        <source>The update&apos;s knowledge base cannot be read; ask for the update file again.</source>
        <translation>La base de connaissances de la mise à jour est illisible; demandez de nouveau le fichier de mise à jour.</translation>
    </message>
    <message>
        <source>Say where the signing key is: --key PATH or the {name} environment variable.</source>
        <translation>Indiquez où est la clé de signature&#xa0;: --key CHEMIN ou la variable d&apos;environnement {name}.</translation>
    </message>
    <message>
        <source>Cannot read the signing key {path} ({reason}).</source>
        <translation>Impossible de lire la clé de signature {path} ({reason}).</translation>
    </message>
    <message>
        <source>{path} is not an Ed25519 private key.</source>
        <translation>{path} n&apos;est pas une clé privée Ed25519.</translation>
    </message>
    <message>
        <source>The version {version} is not numbers separated by dots, such as 2025.06.01.</source>
        <translation>La version {version} n&apos;est pas faite de nombres séparés par des points, comme 2025.06.01.</translation>
    </message>
    <message>
        <source>{name} is not a Vetted knowledge-base update.</source>
        <translation>{name} n&apos;est pas une mise à jour de la base de connaissances de Vetted.</translation>
    </message>
    <message>
        <source>{name} is not signed, so Vetted will not use it.</source>
        <translation>{name} n&apos;est pas signé; Vetted ne l&apos;utilisera donc pas.</translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{name} holds knowledge base {version}, which is not newer than the one in use ({current}); Vetted does not go back to an older base.</source>
        <translation>{name} contient la base de connaissances {version}, qui n&apos;est pas plus récente que celle en usage ({current}); Vetted ne revient pas à une base plus ancienne.</translation>
    </message>
    <message>
        <source>{name} was signed by another key, not the one this Vetted trusts; it is not from Vetted.</source>
        <translation>{name} a été signé par une autre clé que celle à laquelle ce Vetted se fie; il ne vient pas de Vetted.</translation>
    </message>
    <message>
        <source>{name}&apos;s signature does not match its contents: it was altered or damaged.</source>
        <translation>La signature de {name} ne correspond pas à son contenu&#xa0;: il a été modifié ou endommagé.</translation>
    </message>
    <message>
        <source>{name} is for a newer Vetted (knowledge-base schema {schema}); update Vetted to use it.</source>
        <translation>{name} est destiné à un Vetted plus récent (schéma de base de connaissances {schema}); mettez Vetted à jour pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>{name} was made by a newer Vetted; update Vetted first.</source>
        <translation>{name} a été fait par un Vetted plus récent; mettez d&apos;abord Vetted à jour.</translation>
    </message>
    <message>
        <source>{name} has no valid version.</source>
        <translation>{name} n&apos;a pas de version valide.</translation>
    </message>
    <message>
        <source>There is no knowledge-base update to undo.</source>
        <translation>Il n&apos;y a aucune mise à jour de la base de connaissances à annuler.</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook Vetted can read.</source>
        <translation>{name} n&apos;est pas un classeur Excel que Vetted peut lire.</translation>
    </message>
    <message>
        <source>{name} has no price book: Vetted looks for a “{sheet}” sheet with Code, Unit cost and Install labour hours columns.</source>
        <translation>{name} ne contient pas de grille de prix&#xa0;: Vetted cherche une feuille «&#xa0;{sheet}&#xa0;» avec des colonnes Code, Coût unitaire et Heures d&apos;installation.</translation>
    </message>
    <message>
        <source>In {name}: {problem}</source>
        <translation>Dans {name}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{what} in {name} is not a number (cell {cell}).</source>
        <translation>{what} dans {name} n&apos;est pas un nombre (cellule {cell}).</translation>
    </message>
    <message>
        <source>This project was saved by a newer version of Vetted; update Vetted to open it.</source>
        <translation>Ce projet a été enregistré par une version plus récente de Vetted; mettez Vetted à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>{name} is read-only and was saved by an older Vetted, which must update it: copy it to a folder you can write to and open the copy.</source>
        <translation>{name} est en lecture seule et a été enregistré par une version plus ancienne de Vetted, qui doit le mettre à jour&#xa0;: copiez-le dans un dossier où vous pouvez écrire et ouvrez la copie.</translation>
    </message>
    <message>
        <source>Vetted could not save a copy as {name} ({reason}).</source>
        <translation>Vetted n&apos;a pas pu enregistrer une copie sous {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} is read-only: Vetted can show it and export reports, not change it.</source>
        <translation>{name} est en lecture seule&#xa0;: Vetted peut l&apos;afficher et en exporter des rapports, pas le modifier.</translation>
    </message>
    <message>
        <source>Another Vetted window is importing into {name} or changing it, so this change was not saved: try again when it has finished.</source>
        <translation>Une autre fenêtre de Vetted importe dans {name} ou le modifie, alors cette modification n&apos;a pas été enregistrée&#xa0;: réessayez quand elle aura terminé.</translation>
    </message>
    <message>
        <source>The disk holding {name} is full, so this change was not saved: free some space.</source>
        <translation>Le disque qui contient {name} est plein, alors cette modification n&apos;a pas été enregistrée&#xa0;: libérez de l&apos;espace.</translation>
    </message>
    <message>
        <source>{name} has become read-only, so this change was not saved.</source>
        <translation>{name} est passé en lecture seule, alors cette modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Vetted could not save to {name} ({reason}).</source>
        <translation>Vetted n&apos;a pas pu enregistrer dans {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} is not a Vetted project: it is another program&apos;s database, which Vetted leaves untouched.</source>
        <translation>{name} n&apos;est pas un projet Vetted&#xa0;: c&apos;est la base de données d&apos;un autre programme, à laquelle Vetted ne touche pas.</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason}); open a backup copy of it instead.</source>
        <translation>{name} est endommagé ({reason}); ouvrez plutôt une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>{name} could not be opened ({reason}).</source>
        <translation>{name} n&apos;a pas pu être ouvert ({reason}).</translation>
    </message>
    <message>
        <source>Vetted could not create {name} ({reason}).</source>
        <translation>Vetted n&apos;a pas pu créer {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} is damaged: Vetted could not read all of its devices.</source>
        <translation>{name} est endommagé&#xa0;: Vetted n&apos;a pas pu lire tous ses appareils.</translation>
    </message>
    <message>
        <source>{name} is not a file that can be read.</source>
        <translation>{name} n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>{name} cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir {name}.</translation>
    </message>
    <message>
        <source>{name} was saved by a newer version of Vetted; update Vetted to include it.</source>
        <translation>{name} a été enregistré par une version plus récente de Vetted; mettez Vetted à jour pour l&apos;inclure.</translation>
    </message>
    <message>
        <source>{name} is not a Vetted project.</source>
        <translation>{name} n&apos;est pas un projet Vetted.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not a Vetted project.</source>
        <translation>{name} est endommagé ou n&apos;est pas un projet Vetted.</translation>
    </message>
    <message>
        <source>{name} has a damaged price book.</source>
        <translation>La grille de prix de {name} est endommagée.</translation>
    </message>
    <message>
        <source>part of the file is corrupt</source>
        <translation>une partie du fichier est corrompue</translation>
    </message>
    <message>
        <source>its {table} table is missing</source>
        <translation>sa table {table} est absente</translation>
    </message>
    <message>
        <source>its {table} table has no {column} column</source>
        <translation>sa table {table} n&apos;a pas de colonne {column}</translation>
    </message>
    <message>
        <source>its {table} table holds unreadable data</source>
        <translation>sa table {table} contient des données illisibles</translation>
    </message>
    <message>
        <source>Vetted may not write there</source>
        <translation>Vetted n&apos;a pas le droit d&apos;écrire à cet endroit</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>Vetted&apos;s vendor database ({name}) is missing or damaged ({reason}); reinstall Vetted.</source>
        <translation>La base de données des fournisseurs de Vetted ({name}) est absente ou endommagée ({reason}); réinstallez Vetted.</translation>
    </message>
    <message>
        <source>Vetted&apos;s vendor database ({name}) is empty; reinstall Vetted.</source>
        <translation>La base de données des fournisseurs de Vetted ({name}) est vide; réinstallez Vetted.</translation>
    </message>
    <message>
        <source>Vetted does not know the country code “{code}”; use one of {codes}.</source>
        <translation>Vetted ne connaît pas le code de pays «&#xa0;{code}&#xa0;»; utilisez l&apos;un de ceux-ci&#xa0;: {codes}.</translation>
    </message>
    <message>
        <source>Vetted does not know “{region}” as a state or province of {country}.</source>
        <translation>Vetted ne connaît pas «&#xa0;{region}&#xa0;» comme État ou province de ce pays&#xa0;: {country}.</translation>
    </message>
    <message>
        <source>The sector is either &apos;public&apos; or &apos;private&apos;.</source>
        <translation>Le secteur est soit «&#xa0;public&#xa0;», soit «&#xa0;private&#xa0;».</translation>
    </message>
    <message>
        <source>{path} already exists; Vetted will not overwrite a key.</source>
        <translation>{path} existe déjà; Vetted n&apos;écrase pas une clé.</translation>
    </message>
    <message>
        <source>Vetted does not know local facts of kind {kind}.</source>
        <translation>Vetted ne connaît pas les faits locaux de type {kind}.</translation>
    </message>
    <message>
        <source>Choose the maker from the list of vendors Vetted knows.</source>
        <translation>Choisissez le fabricant dans la liste des fournisseurs que Vetted connaît.</translation>
    </message>
    <message>
        <source>Add a note saying why (how your site knows), so a colleague can check it later.</source>
        <translation>Ajoutez une note qui dit pourquoi (comment votre site le sait), pour qu&apos;un collègue puisse le vérifier plus tard.</translation>
    </message>
    <message>
        <source>Type the name (letters or digits) this fact is about.</source>
        <translation>Tapez le nom (lettres ou chiffres) sur lequel porte ce fait.</translation>
    </message>
    <message>
        <source>“{name}” is too ordinary a word to stand for a maker; type the name in full.</source>
        <translation>«&#xa0;{name}&#xa0;» est un mot trop courant pour désigner un fabricant; tapez le nom au complet.</translation>
    </message>
    <message>
        <source>Say how certain the relabelling is: high, medium or low.</source>
        <translation>Indiquez la certitude de la revente sous un autre nom&#xa0;: élevée, moyenne ou faible.</translation>
    </message>
    <message>
        <source>The knowledge base already knows “{name}” (as {vendor}); nothing to add.</source>
        <translation>La base de connaissances connaît déjà «&#xa0;{name}&#xa0;» (comme {vendor}); rien à ajouter.</translation>
    </message>
    <message>
        <source>Type the model-number pattern, for example HV-IPC[0-9].</source>
        <translation>Tapez le motif des numéros de modèle, par exemple HV-IPC[0-9].</translation>
    </message>
    <message>
        <source>The pattern is not a valid regular expression ({reason}).</source>
        <translation>Le motif n&apos;est pas une expression régulière valide ({reason}).</translation>
    </message>
    <message>
        <source>Vetted does not know the category {category}.</source>
        <translation>Vetted ne connaît pas la catégorie {category}.</translation>
    </message>
    <message>
        <source>This pattern matches every model, even an empty one; make it more specific.</source>
        <translation>Ce motif correspond à tous les modèles, même à un modèle vide; rendez-le plus précis.</translation>
    </message>
    <message>
        <source>The pattern does not match your example model {model}.</source>
        <translation>Le motif ne correspond pas à votre modèle d&apos;exemple {model}.</translation>
    </message>
    <message>
        <source>This pattern would match {count} of {total} ordinary models from other makers (such as {first} and {second}); make it more specific.</source>
        <translation>Ce motif correspondrait à {count} des {total} modèles ordinaires d&apos;autres fabricants (comme {first} et {second}); rendez-le plus précis.</translation>
    </message>
    <message>
        <source>The knowledge base already has this pattern; nothing to add.</source>
        <translation>La base de connaissances a déjà ce motif; rien à ajouter.</translation>
    </message>
    <message>
        <source>A MAC prefix is six hexadecimal digits, such as 4C:BD:8F.</source>
        <translation>Un préfixe MAC compte six chiffres hexadécimaux, comme 4C:BD:8F.</translation>
    </message>
    <message>
        <source>{prefix} is a multicast or locally administered prefix, which no maker owns.</source>
        <translation>{prefix} est un préfixe de multidiffusion ou administré localement, qui n&apos;appartient à aucun fabricant.</translation>
    </message>
    <message>
        <source>The knowledge base already has {prefix} (as {vendor}).</source>
        <translation>La base de connaissances a déjà {prefix} (comme {vendor}).</translation>
    </message>
    <message>
        <source>This would flag ordinary devices such as “{example}”; make it more specific.</source>
        <translation>Ce fait signalerait des appareils ordinaires comme «&#xa0;{example}&#xa0;»; rendez-le plus précis.</translation>
    </message>
    <message>
        <source>That local fact is no longer there.</source>
        <translation>Ce fait local n&apos;existe plus.</translation>
    </message>
    <message>
        <source>{name} is not a Vetted local-facts file, or it is damaged.</source>
        <translation>{name} n&apos;est pas un fichier de faits locaux de Vetted, ou il est endommagé.</translation>
    </message>
    <message>
        <source>{name} is not a Vetted local-facts file.</source>
        <translation>{name} n&apos;est pas un fichier de faits locaux de Vetted.</translation>
    </message>
    <message>
        <source>{name} was written by a newer Vetted; update Vetted to read it.</source>
        <translation>{name} a été écrit par un Vetted plus récent; mettez Vetted à jour pour le lire.</translation>
    </message>
    <message>
        <source>{name} has a fact Vetted cannot read.</source>
        <translation>{name} contient un fait que Vetted ne peut pas lire.</translation>
    </message>
    <message>
        <source>{name} prices in {currency}, the other projects in {usual}.</source>
        <translation>{name} compte ses prix en {currency}, les autres projets en {usual}.</translation>
    </message>
    <message>
        <source>Choose two different projects: an earlier snapshot and the current one.</source>
        <translation>Choisissez deux projets différents&#xa0;: un instantané antérieur et le projet actuel.</translation>
    </message>
    <message>
        <source>The two projects name different sites ({old} and {new}): check that they are snapshots of the same site.</source>
        <translation>Les deux projets nomment des sites différents ({old} et {new})&#xa0;: vérifiez qu&apos;il s&apos;agit d&apos;instantanés du même site.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Excel report with costs…</source>
        <translation>Rapport Excel avec les coûts…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV of all devices…</source>
        <translation>CSV de tous les appareils…</translation>
    </message>
    <message>
        <source>PDF summary for management…</source>
        <translation>Résumé PDF pour la direction…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Inventories (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.xml *.leases *.out);;All files (*)</source>
        <translation>Inventaires (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.xml *.leases *.out);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the inventory to import</source>
        <translation>Choisissez l&apos;inventaire à importer</translation>
    </message>
    <message>
        <source>Excel, OpenDocument or CSV files, and exports of SADP, NetBox, Snipe-IT or nmap.</source>
        <translation>Fichiers Excel, OpenDocument ou CSV, et exportations de SADP, NetBox, Snipe-IT ou nmap.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importer un tableur</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All verdicts</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <source>Search make, model, serial, MAC, location…</source>
        <translation>Chercher fabricant, modèle, n° de série, MAC, emplacement…</translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation>Chercher des appareils</translation>
    </message>
    <message>
        <source>Search make, model, serial, MAC (with or without separators), location… (Ctrl+F)</source>
        <translation>Fabricant, modèle, n° de série, MAC, emplacement… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Show verdict</source>
        <translation>Verdict affiché</translation>
    </message>
    <message>
        <source>Ve&amp;ndor:</source>
        <translation>Fo&amp;urnisseur&#xa0;:</translation>
    </message>
    <message>
        <source>Vendor filter</source>
        <translation>Filtre des fournisseurs</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite&#xa0;:</translation>
    </message>
    <message>
        <source>Site filter</source>
        <translation>Filtre des sites</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Vetted guide</source>
        <translation>Guide de Vetted</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importer un tableur</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Add the devices of %1 to the project %2, or start a new project with them?</source>
        <translation>Ajouter les appareils de %1 au projet %2, ou commencer un nouveau projet avec eux?</translation>
    </message>
    <message>
        <source>Add to this project</source>
        <translation>Ajouter à ce projet</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>There is already a project named %1. Open it, or import %2 into a new project?</source>
        <translation>Il existe déjà un projet nommé %1. L&apos;ouvrir, ou importer %2 dans un nouveau projet?</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Opened %1, made from %2 before; File &gt; Import spreadsheet… adds a file again.</source>
        <translation>%1 ouvert, créé auparavant à partir de %2; Fichier &gt; Importer un tableur… ajoute de nouveau un fichier.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated.</source>
        <translation>%1 importé&#xa0;: %2 nouveaux, %3 mis à jour.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Importation impossible</translation>
    </message>
    <message>
        <source>1 verdict changed</source>
        <translation>1 verdict a changé</translation>
    </message>
    <message>
        <source>%1 verdicts changed</source>
        <translation>%1 verdicts ont changé</translation>
    </message>
    <message>
        <source>Checked again: %1; your decisions are kept.</source>
        <translation>Nouvelle vérification&#xa0;: %1; vos décisions sont conservées.</translation>
    </message>
    <message>
        <source>Checking every device again</source>
        <translation>Nouvelle vérification de tous les appareils</translation>
    </message>
    <message>
        <source>Cannot check again</source>
        <translation>Nouvelle vérification impossible</translation>
    </message>
    <message>
        <source>%1: %2 devices checked…</source>
        <translation>%1&#xa0;: %2 appareils vérifiés…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importer un tableur</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>KbActions</name>
    <message>
        <source>Check again?</source>
        <translation>Vérifier de nouveau?</translation>
    </message>
    <message>
        <source>1 device</source>
        <translation>1 appareil</translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation>%1 appareils</translation>
    </message>
    <message>
        <source>Showing the %1 that “%2” touches; change a filter to show all again.</source>
        <translation>Affichage des %1 que « %2 » touche; changez un filtre pour tout afficher de nouveau.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Saved: %1. Check the open project again with it?</source>
        <translation>Enregistré&#xa0;: %1. Vérifier de nouveau le projet ouvert avec ce fait?</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
    <message>
        <source>switched on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>The local fact is %1. Check the open project again?</source>
        <translation>Le fait local est %1. Vérifier de nouveau le projet ouvert?</translation>
    </message>
    <message>
        <source>Export local facts</source>
        <translation>Exporter les faits locaux</translation>
    </message>
    <message>
        <source>There are no local facts yet.</source>
        <translation>Il n&apos;y a encore aucun fait local.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Exported %1 local facts to %2.</source>
        <translation>%1 faits locaux exportés dans %2.</translation>
    </message>
    <message>
        <source>Import local facts</source>
        <translation>Importer des faits locaux</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>Imported %1 local facts.</source>
        <translation>%1 faits locaux importés.</translation>
    </message>
    <message>
        <source>Left out %1: %2</source>
        <translation>%1 laissé de côté&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check the open project again with them?</source>
        <translation>Vérifier de nouveau le projet ouvert avec eux?</translation>
    </message>
    <message>
        <source>Update knowledge base</source>
        <translation>Mettre à jour la base de connaissances</translation>
    </message>
    <message>
        <source>Update refused</source>
        <translation>Mise à jour refusée</translation>
    </message>
    <message>
        <source>Knowledge base %1 of %2, signed by Vetted (in use now: %3).</source>
        <translation>Base de connaissances %1 du %2, signée par Vetted (en usage maintenant&#xa0;: %3).</translation>
    </message>
    <message>
        <source>Changes: %1.</source>
        <translation>Changements&#xa0;: %1.</translation>
    </message>
    <message>
        <source>In this project, %1 would change verdict.</source>
        <translation>Dans ce projet, %1 changeraient de verdict.</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>Appliquer la mise à jour</translation>
    </message>
    <message>
        <source>Update not applied</source>
        <translation>Mise à jour non appliquée</translation>
    </message>
    <message>
        <source>Knowledge base %1 is in use; Help &gt; Undo knowledge-base update goes back.</source>
        <translation>La base de connaissances %1 est en usage; Aide &gt; Annuler la mise à jour de la base de connaissances permet de revenir en arrière.</translation>
    </message>
    <message>
        <source>Nothing undone</source>
        <translation>Rien d&apos;annulé</translation>
    </message>
    <message>
        <source>Knowledge base %1 is in use again.</source>
        <translation>La base de connaissances %1 est de nouveau en usage.</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
</context>
<context>
    <name>KbChanges</name>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <source>restriction</source>
        <translation>restriction</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>relabel brand</source>
        <translation>marque de revente</translation>
    </message>
    <message>
        <source>model rule</source>
        <translation>règle de modèle</translation>
    </message>
    <message>
        <source>MAC prefix</source>
        <translation>préfixe MAC</translation>
    </message>
    <message>
        <source>{added} facts added, {removed} removed, {changed} changed</source>
        <translation>{added} faits ajoutés, {removed} retirés, {changed} modifiés</translation>
    </message>
</context>
<context>
    <name>KbInfo</name>
    <message>
        <source>an update you applied</source>
        <translation>une mise à jour que vous avez appliquée</translation>
    </message>
    <message>
        <source>shipped with this Vetted</source>
        <translation>livrée avec ce Vetted</translation>
    </message>
    <message>
        <source> (%1 switched off)</source>
        <translation> (%1 désactivés)</translation>
    </message>
    <message>
        <source>available</source>
        <translation>possible</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>rien à annuler</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>MAC registry</source>
        <translation>Registre MAC</translation>
    </message>
    <message>
        <source>Local additions</source>
        <translation>Ajouts locaux</translation>
    </message>
    <message>
        <source>Undo update</source>
        <translation>Annuler la mise à jour</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>Law or regulation in force</source>
        <translation>Loi ou règlement en vigueur</translation>
    </message>
    <message>
        <source>Government purchasing or use decision</source>
        <translation>Décision gouvernementale d&apos;achat ou d&apos;utilisation</translation>
    </message>
    <message>
        <source>Sanctions or export listing</source>
        <translation>Sanctions ou liste d&apos;exportation</translation>
    </message>
    <message>
        <source>Called for, not law</source>
        <translation>Demandé, pas encore une loi</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>parent company</source>
        <translation>société mère</translation>
    </message>
    <message>
        <source>legal name</source>
        <translation>raison sociale</translation>
    </message>
    <message>
        <source>sub-brand</source>
        <translation>sous-marque</translation>
    </message>
    <message>
        <source>subsidiary</source>
        <translation>filiale</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>nom chinois</translation>
    </message>
    <message>
        <source>abbreviation</source>
        <translation>abréviation</translation>
    </message>
    <message>
        <source>former name</source>
        <translation>ancien nom</translation>
    </message>
    <message>
        <source>sells its hardware (OEM)</source>
        <translation>vend son matériel (OEM)</translation>
    </message>
    <message>
        <source>former subsidiary</source>
        <translation>ancienne filiale</translation>
    </message>
    <message>
        <source>relabels</source>
        <translation>réétiquette</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>visé</translation>
    </message>
    <message>
        <source>regional</source>
        <translation>régional</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>non visé</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>public bodies</source>
        <translation>organismes publics</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>particular companies</source>
        <translation>certaines entreprises</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Relabel brand</source>
        <translation>Marque de réétiquetage</translation>
    </message>
    <message>
        <source>Model pattern</source>
        <translation>Motif de modèle</translation>
    </message>
    <message>
        <source>MAC prefix</source>
        <translation>Préfixe MAC</translation>
    </message>
    <message>
        <source>Vendors and names</source>
        <translation>Fournisseurs et noms</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Certitude</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Model rules</source>
        <translation>Règles de modèle</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Examples and notes</source>
        <translation>Exemples et notes</translation>
    </message>
    <message>
        <source>MAC prefixes</source>
        <translation>Préfixes MAC</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>Registered to</source>
        <translation>Enregistré au nom de</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Binds</source>
        <translation>Qui est lié</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Facts citing it</source>
        <translation>Faits qui la citent</translation>
    </message>
    <message>
        <source>Local facts</source>
        <translation>Faits locaux</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <source>name (local)</source>
        <translation>nom (local)</translation>
    </message>
    <message>
        <source> (local)</source>
        <translation> (local)</translation>
    </message>
    <message>
        <source>(added locally)</source>
        <translation>(ajouté localement)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>désactivé</translation>
    </message>
</context>
<context>
    <name>KnowledgeBaseWindow</name>
    <message>
        <source>Knowledge base — Vetted</source>
        <translation>Base de connaissances — Vetted</translation>
    </message>
    <message>
        <source>Search every name, model rule, MAC prefix, source and local fact…</source>
        <translation>Chercher dans les noms, règles de modèle, préfixes MAC, sources et faits locaux…</translation>
    </message>
    <message>
        <source>Show devices in this project it touches</source>
        <translation>Afficher les appareils de ce projet qu&apos;il touche</translation>
    </message>
    <message>
        <source>Add a local fact…</source>
        <translation>Ajouter un fait local…</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Export local facts…</source>
        <translation>Exporter les faits locaux…</translation>
    </message>
    <message>
        <source>Import local facts…</source>
        <translation>Importer des faits locaux…</translation>
    </message>
    <message>
        <source>Why is this (not) flagged?</source>
        <translation>Pourquoi est-ce (ou n&apos;est-ce pas) signalé?</translation>
    </message>
    <message>
        <source>make or brand, as written in your list</source>
        <translation>fabricant ou marque, tel qu&apos;écrit dans votre liste</translation>
    </message>
    <message>
        <source>model number</source>
        <translation>numéro de modèle</translation>
    </message>
    <message>
        <source>MAC address (optional)</source>
        <translation>adresse MAC (facultatif)</translation>
    </message>
    <message>
        <source>Vetted is wrong here: add a local fact…</source>
        <translation>Vetted se trompe ici&#xa0;: ajouter un fait local…</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation>Fabricant&#xa0;:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>MAC:</source>
        <translation>MAC&#xa0;:</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a fact to read it in full. Blue rows were added locally, grey ones are off.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un fait pour le lire en entier. Les lignes bleues ont été ajoutées localement, les grises sont désactivées.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Type a make, a model or a MAC address as your list has it to see what Vetted concludes, in the words the device table would use, and from which facts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tapez un fabricant, un modèle ou une adresse MAC comme dans votre liste pour voir ce que Vetted en conclut, dans les mots qu&apos;utiliserait le tableau des appareils, et à partir de quels faits.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>From these facts</source>
        <translation>À partir de ces faits</translation>
    </message>
    <message>
        <source>No fact in the knowledge base matches. If your site knows better, add a local fact.</source>
        <translation>Aucun fait de la base de connaissances ne correspond. Si votre organisation en sait plus, ajoutez un fait local.</translation>
    </message>
</context>
<context>
    <name>LocalFactDialog</name>
    <message>
        <source>A name for a maker</source>
        <translation>Un nom pour un fabricant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>A brand that relabels a maker&apos;s products</source>
        <translation>Une marque qui revend sous son nom les produits d&apos;un fabricant</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>A model-number pattern</source>
        <translation>Une forme de numéro de modèle</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>A MAC address prefix</source>
        <translation>Un préfixe d&apos;adresse MAC</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>Add a local fact</source>
        <translation>Ajouter un fait local</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>a model number the pattern must match (optional)</source>
        <translation>un numéro de modèle que la forme doit reconnaître (facultatif)</translation>
    </message>
    <message>
        <source>Why: how your site knows (a label, an invoice, the integrator…)</source>
        <translation>Pourquoi&#xa0;: comment votre organisation le sait (une étiquette, une facture, l&apos;intégrateur…)</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Quoi&#xa0;:</translation>
    </message>
    <message>
        <source>Maker:</source>
        <translation>Fabricant&#xa0;:</translation>
    </message>
    <message>
        <source>Certainty:</source>
        <translation>Certitude&#xa0;:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Example model:</source>
        <translation>Modèle d&apos;exemple&#xa0;:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Added by:</source>
        <translation>Ajouté par&#xa0;:</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>par exemple %1</translation>
    </message>
    <message>
        <source>Relabels products of:</source>
        <translation>Revend sous son nom les produits de&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Vetted projects (*.vetted)</source>
        <translation>Projets Vetted (*.vetted)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample inventory&lt;/b&gt; — a demo with made-up devices. Your imports go to a new project, not into this one.</source>
        <translation>&lt;b&gt;Inventaire d&apos;exemple&lt;/b&gt; — une démonstration avec des appareils fictifs. Vos importations vont dans un nouveau projet, pas dans celui-ci.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Vetted explains flags with the rules of this place first</source>
        <translation>Vetted explique les signalements d&apos;abord avec les règles de cet endroit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Enregistrer le projet &amp;sous…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet…</source>
        <translation>&amp;Importer un tableur…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Add device…</source>
        <translation>A&amp;jouter un appareil…</translation>
    </message>
    <message>
        <source>&amp;Edit device…</source>
        <translation>&amp;Modifier l&apos;appareil…</translation>
    </message>
    <message>
        <source>&amp;Delete device</source>
        <translation>&amp;Supprimer l&apos;appareil</translation>
    </message>
    <message>
        <source>Confirm — &amp;replace</source>
        <translation>Confirmer — &amp;remplacer</translation>
    </message>
    <message>
        <source>&amp;Dismiss (not a listed vendor)…</source>
        <translation>É&amp;carter (pas un fournisseur visé)…</translation>
    </message>
    <message>
        <source>Change &amp;category…</source>
        <translation>Changer la ca&amp;tégorie…</translation>
    </message>
    <message>
        <source>&amp;Price book…</source>
        <translation>&amp;Grille de prix…</translation>
    </message>
    <message>
        <source>Check all devices &amp;again</source>
        <translation>&amp;Vérifier de nouveau tous les appareils</translation>
    </message>
    <message>
        <source>&amp;Where you are…</source>
        <translation>&amp;Là où vous êtes…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Tous les appareils</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Signalés</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Non visés</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnus</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>Show all &amp;columns</source>
        <translation>Afficher toutes les &amp;colonnes</translation>
    </message>
    <message>
        <source>Show the file&apos;s own &amp;columns</source>
        <translation>Afficher les colonnes du &amp;fichier d&apos;origine</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Knowledge base…</source>
        <translation>&amp;Base de connaissances…</translation>
    </message>
    <message>
        <source>&amp;Add a local fact…</source>
        <translation>&amp;Ajouter un fait local…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;Update knowledge base…</source>
        <translation>&amp;Mettre à jour la base de connaissances…</translation>
    </message>
    <message>
        <source>Undo knowledge-base update</source>
        <translation>Annuler la mise à jour de la base de connaissances</translation>
    </message>
    <message>
        <source>&amp;About Vetted</source>
        <translation>À &amp;propos de Vetted</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Show the Costs panel: what replacing the flagged devices would cost</source>
        <translation>Afficher le panneau Coûts&#xa0;: ce que coûterait le remplacement des appareils signalés</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>Sample inventory (demo)</source>
        <translation>Inventaire d&apos;exemple (démo)</translation>
    </message>
    <message>
        <source>%1 — Vetted</source>
        <translation>%1 — Vetted</translation>
    </message>
    <message>
        <source>%1 is read-only: you can look at it and export reports, not change it.</source>
        <translation>%1 est en lecture seule&#xa0;: vous pouvez le consulter et en exporter des rapports, mais pas le modifier.</translation>
    </message>
    <message>
        <source>Saved automatically in %1</source>
        <translation>Enregistré automatiquement dans %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Copie enregistrée sous %1</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Rules of: %1</source>
        <translation>Règles de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Where are you? (not set)</source>
        <translation>Où êtes-vous? (non précisé)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Vetted will use this language the next time it starts. Quit and reopen Vetted to switch now.</source>
        <translation>Vetted utilisera cette langue à son prochain démarrage. Quittez et rouvrez Vetted pour changer maintenant.</translation>
    </message>
    <message>
        <source>About Vetted</source>
        <translation>À propos de Vetted</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vetted %1&lt;/h3&gt;&lt;p&gt;Finds equipment from banned or restricted vendors in an inventory, offline.&lt;/p&gt;%2&lt;p&gt;Verdicts and cost figures are estimates to guide a review, not legal advice.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vetted %1&lt;/h3&gt;&lt;p&gt;Repère dans un inventaire l&apos;équipement de fournisseurs interdits ou restreints, hors ligne.&lt;/p&gt;%2&lt;p&gt;Les verdicts et les coûts sont des estimations pour guider un examen, pas un avis juridique.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Com&amp;bine projects…</source>
        <translation>Re&amp;grouper des projets…</translation>
    </message>
    <message>
        <source>Com&amp;pare with an earlier project…</source>
        <translation>Com&amp;parer avec un projet antérieur…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Vérifiez les colonnes</translation>
    </message>
    <message>
        <source>Vetted guessed which column holds what. Change any that are wrong; the verdicts below update as you do.</source>
        <translation>Vetted a deviné le contenu de chaque colonne. Corrigez celles qui sont fausses; les verdicts ci-dessous se mettent à jour au fur et à mesure.</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Feuille&#xa0;:</translation>
    </message>
    <message>
        <source>— not used —</source>
        <translation>— non utilisée —</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Type d&apos;appareil</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>N° d&apos;inventaire</translation>
    </message>
    <message>
        <source>Install date</source>
        <translation>Date d&apos;installation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Choose at least one column with makes, models, serials or MAC addresses.</source>
        <translation>Choisissez au moins une colonne de fabricants, de modèles, de numéros de série ou d&apos;adresses MAC.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The first rows of each sheet of %1.</source>
        <translation>Les premières lignes de chaque feuille de %1.</translation>
    </message>
    <message>
        <source>Sheets without device columns are left out: %1.</source>
        <translation>Les feuilles sans colonnes d&apos;appareils sont laissées de côté&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>PriceBookDialog</name>
    <message>
        <source>Price book</source>
        <translation>Grille de prix</translation>
    </message>
    <message>
        <source>Labour rate (per hour)</source>
        <translation>Taux horaire de main-d&apos;œuvre</translation>
    </message>
    <message>
        <source>Disposal (per device)</source>
        <translation>Mise au rebut (par appareil)</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Imprévus</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>The currency the prices above are written in. Changing it converts nothing: type the prices in the new currency too.</source>
        <translation>La devise dans laquelle les prix ci-dessus sont écrits. La changer ne convertit rien&#xa0;: saisissez aussi les prix dans la nouvelle devise.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Reset to Vetted&apos;s estimates</source>
        <translation>Revenir aux estimations de Vetted</translation>
    </message>
    <message>
        <source>These are estimates, not quotes. Hover over a category to see where its figure comes from; share your organisation&apos;s prices with Export and Import.</source>
        <translation>Ce sont des estimations, pas des soumissions. Survolez une catégorie pour voir d&apos;où vient son montant; partagez les prix de votre organisation avec Exporter et Importer.</translation>
    </message>
    <message>
        <source>Import a price book</source>
        <translation>Importer une grille de prix</translation>
    </message>
    <message>
        <source>Export the price book</source>
        <translation>Exporter la grille de prix</translation>
    </message>
</context>
<context>
    <name>PriceNotes</name>
    <message>
        <source>Estimate from Hawkins County Schools, TN (≈ $350 per IP camera incl. servers and licences), Carroll ISD, TX (≈ $1,080 per camera incl. install) and engineerfix.com price bands; labour from IPVM Camera Commissioning Labor Standards (1.1 h to configure, aim and focus) plus mounting</source>
        <translation>Estimation d&apos;après Hawkins County Schools, Tennessee (≈ 350&#xa0;$ US par caméra IP, serveurs et licences compris), Carroll ISD, Texas (≈ 1&#xa0;080&#xa0;$ US par caméra, installation comprise) et les fourchettes de prix d&apos;engineerfix.com; main-d&apos;œuvre d&apos;après les IPVM Camera Commissioning Labor Standards (1,1&#xa0;h pour configurer, orienter et faire la mise au point) plus la fixation</translation>
    </message>
    <message>
        <source>Estimate: high end from Hart District Council, UK (£115,000 for 49 public-space cameras, ≈ £2,350 ≈ $2,900 each incl. install); low and typical are Vetted estimates</source>
        <translation>Estimation&#xa0;: le haut de la fourchette d&apos;après Hart District Council, Royaume-Uni (115&#xa0;000&#xa0;£ pour 49 caméras dans l&apos;espace public, ≈ 2&#xa0;350&#xa0;£ ≈ 2&#xa0;900&#xa0;$ US chacune, installation comprise); le bas et le typique sont des estimations de Vetted</translation>
    </message>
    <message>
        <source>Estimate by Vetted: no public figure found for multi-sensor cameras</source>
        <translation>Estimation de Vetted&#xa0;: aucun chiffre public trouvé pour les caméras multicapteurs</translation>
    </message>
    <message>
        <source>Estimate by Vetted: no public figure found for thermal cameras</source>
        <translation>Estimation de Vetted&#xa0;: aucun chiffre public trouvé pour les caméras thermiques</translation>
    </message>
    <message>
        <source>Estimate from Hawkins County Schools, TN: ≈ $350 per IP camera replacing an analogue one; keeping the cabling with encoders cost $4,825 per school of ~30 cameras (≈ $160 each)</source>
        <translation>Estimation d&apos;après Hawkins County Schools, Tennessee&#xa0;: ≈ 350&#xa0;$ US par caméra IP remplaçant une caméra analogique; garder le câblage avec des encodeurs coûtait 4&#xa0;825&#xa0;$ US par école d&apos;environ 30 caméras (≈ 160&#xa0;$ US chacune)</translation>
    </message>
    <message>
        <source>c. 2015</source>
        <translation>vers 2015</translation>
    </message>
    <message>
        <source>Estimate: engineerfix.com puts consumer NVRs at $150–$500; commercial recorders with storage cost more (Vetted estimate)</source>
        <translation>Estimation&#xa0;: engineerfix.com situe les NVR grand public entre 150 et 500&#xa0;$ US; les enregistreurs commerciaux avec stockage coûtent plus cher (estimation de Vetted)</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>Estimate: engineerfix.com recorder prices ($150–$500, consumer); commercial units cost more (Vetted estimate)</source>
        <translation>Estimation&#xa0;: prix des enregistreurs selon engineerfix.com (150 à 500&#xa0;$ US, grand public); les appareils commerciaux coûtent plus cher (estimation de Vetted)</translation>
    </message>
    <message>
        <source>Estimate from Hawkins County Schools, TN (encoder route $4,825 per school of ~30 cameras); Vetted estimate per unit</source>
        <translation>Estimation d&apos;après Hawkins County Schools, Tennessee (solution par encodeurs&#xa0;: 4&#xa0;825&#xa0;$ US par école d&apos;environ 30 caméras); estimation de Vetted par appareil</translation>
    </message>
    <message>
        <source>Estimate by Vetted: no public figure found for access-control readers</source>
        <translation>Estimation de Vetted&#xa0;: aucun chiffre public trouvé pour les lecteurs de contrôle d&apos;accès</translation>
    </message>
    <message>
        <source>Estimate by Vetted: no public figure found for intercoms</source>
        <translation>Estimation de Vetted&#xa0;: aucun chiffre public trouvé pour les interphones</translation>
    </message>
    <message>
        <source>Estimate by Vetted: no public figure found for radios; labour is programming only</source>
        <translation>Estimation de Vetted&#xa0;: aucun chiffre public trouvé pour les radios; la main-d&apos;œuvre se limite à la programmation</translation>
    </message>
    <message>
        <source>Estimate by Vetted: no public figure found; the FCC rip-and-replace figures are for carrier networks, not building switches</source>
        <translation>Estimation de Vetted&#xa0;: aucun chiffre public trouvé; les chiffres du programme de remplacement de la FCC portent sur les réseaux d&apos;opérateurs, pas sur les commutateurs d&apos;immeubles</translation>
    </message>
    <message>
        <source>Estimate by Vetted: no public figure found</source>
        <translation>Estimation de Vetted&#xa0;: aucun chiffre public trouvé</translation>
    </message>
    <message>
        <source>Estimate: labour rate, disposal and contingency are Vetted estimates (IPVM&apos;s 2015 labour survey puts labour at 25–50 % of a project); tax is 0 until you set your local rate</source>
        <translation>Estimation&#xa0;: le taux horaire, la mise au rebut et les imprévus sont des estimations de Vetted (l&apos;enquête d&apos;IPVM de 2015 sur la main-d&apos;œuvre la situe entre 25 et 50&#xa0;% d&apos;un projet); la taxe est de 0 tant que vous n&apos;avez pas entré votre taux local</translation>
    </message>
    <message>
        <source>Your organisation&apos;s price</source>
        <translation>Prix de votre organisation</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Reading and checking devices…</source>
        <translation>Lecture et vérification des appareils…</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) checked…</source>
        <translation>
            <numerusform>%n appareil vérifié…</numerusform>
            <numerusform>%n appareils vérifiés…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new device(s)</source>
        <translation>
            <numerusform>%n nouvel appareil importé</numerusform>
            <numerusform>%n nouveaux appareils importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; updated %n device(s) already in the project (same serial, MAC or asset tag)</source>
        <translation>
            <numerusform>; %n appareil déjà dans le projet mis à jour (même n° de série, MAC ou n° d&apos;inventaire)</numerusform>
            <numerusform>; %n appareils déjà dans le projet mis à jour (même n° de série, MAC ou n° d&apos;inventaire)</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped and nothing was changed: %1</source>
        <translation>L&apos;importation s&apos;est arrêtée et rien n&apos;a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import cancelled; the project is as it was.</source>
        <translation>Importation annulée; le projet est resté tel quel.</translation>
    </message>
</context>
<context>
    <name>ProjectView</name>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Tri en cours…</translation>
    </message>
    <message>
        <source>No device matches these filters.</source>
        <translation>Aucun appareil ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Typical replacement cost by vendor</source>
        <translation>Coût de remplacement typique par fournisseur</translation>
    </message>
    <message>
        <source>Typical replacement cost by site</source>
        <translation>Coût de remplacement typique par site</translation>
    </message>
    <message>
        <source>Replacement estimate: %1</source>
        <translation>Estimation du remplacement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Where the money goes</source>
        <translation>Où va l&apos;argent</translation>
    </message>
    <message>
        <source>By vendor</source>
        <translation>Par fournisseur</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>Typical</source>
        <translation>Typique</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Typical cost</source>
        <translation>Coût typique</translation>
    </message>
    <message>
        <source>Unit low</source>
        <translation>Unité, bas</translation>
    </message>
    <message>
        <source>Unit typical</source>
        <translation>Unité, typique</translation>
    </message>
    <message>
        <source>Unit high</source>
        <translation>Unité, élevé</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>All in, typical</source>
        <translation>Tout compris, typique</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Rules of %1 first</source>
        <translation>Règles de %1 en premier</translation>
    </message>
    <message>
        <source>Prepared with Vetted on %1</source>
        <translation>Préparé avec Vetted le %1</translation>
    </message>
    <message>
        <source>Replacing the &lt;b&gt;%1&lt;/b&gt; in scope would cost about &lt;b&gt;%2&lt;/b&gt;, within a range of %3 to %4.</source>
        <translation>Remplacer les &lt;b&gt;%1&lt;/b&gt; visés coûterait environ &lt;b&gt;%2&lt;/b&gt;, dans une fourchette de %3 à %4.</translation>
    </message>
    <message>
        <source>Of %1 checked, %2 flagged and %3 to review. In scope: %4</source>
        <translation>Sur %1 vérifiés, %2 signalés et %3 à vérifier. Visés par l&apos;estimation&#xa0;: %4</translation>
    </message>
    <message>
        <source>An estimate, not a quote: unit prices, labour and rates are the assumptions listed at the end of this report, and each can be changed in Vetted&apos;s price book.</source>
        <translation>Une estimation, pas une soumission&#xa0;: les prix unitaires, la main-d&apos;œuvre et les taux sont les hypothèses énumérées à la fin de ce rapport, et chacun peut être modifié dans la grille de prix de Vetted.</translation>
    </message>
    <message>
        <source>flagged devices and those to review, plus any marked for replacement, less any dismissed.</source>
        <translation>les appareils signalés et ceux à vérifier, plus ceux marqués à remplacer, moins ceux écartés.</translation>
    </message>
    <message>
        <source>flagged devices plus any marked for replacement, less any dismissed.</source>
        <translation>les appareils signalés, plus ceux marqués à remplacer, moins ceux écartés.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>1 device</source>
        <translation>1 appareil</translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation>%1 appareils</translation>
    </message>
    <message>
        <source>(no model)</source>
        <translation>(sans modèle)</translation>
    </message>
    <message>
        <source>Flagged devices by site</source>
        <translation>Appareils signalés par site</translation>
    </message>
    <message>
        <source>and %1 more kinds of device: see the Excel report</source>
        <translation>et %1 autres sortes d&apos;appareils&#xa0;: voir le rapport Excel</translation>
    </message>
    <message>
        <source>%1: %2, about %3</source>
        <translation>%1&#xa0;: %2, environ %3</translation>
    </message>
    <message>
        <source>%1 more sites are in the Excel report.</source>
        <translation>%1 autres sites figurent dans le rapport Excel.</translation>
    </message>
    <message>
        <source>No device is to be replaced.</source>
        <translation>Aucun appareil n&apos;est à remplacer.</translation>
    </message>
    <message>
        <source>Why these devices are flagged: the sources</source>
        <translation>Pourquoi ces appareils sont signalés&#xa0;: les sources</translation>
    </message>
    <message>
        <source>Concerns: %1</source>
        <translation>Concerne&#xa0;: %1</translation>
    </message>
    <message>
        <source>No source is cited: no device in this report is flagged.</source>
        <translation>Aucune source n&apos;est citée&#xa0;: aucun appareil de ce rapport n&apos;est signalé.</translation>
    </message>
    <message>
        <source>Every figure is an estimate, not a quote. One device costs (unit price + install hours × labour rate + disposal) × (1 + contingency) × (1 + tax). Labour is %1 an hour, disposal %2 a device, contingency %3 %, tax %4 %, in %5.</source>
        <translation>Chaque montant est une estimation, pas une soumission. Un appareil coûte (prix unitaire + heures d&apos;installation × taux horaire + mise au rebut) × (1 + imprévus) × (1 + taxes). Main-d&apos;œuvre&#xa0;: %1 l&apos;heure, mise au rebut&#xa0;: %2 par appareil, imprévus&#xa0;: %3 %, taxes&#xa0;: %4 %, en %5.</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <source>In scope: %1</source>
        <translation>Visés par l&apos;estimation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Prices per category</source>
        <translation>Prix par catégorie</translation>
    </message>
    <message>
        <source>Estimate low</source>
        <translation>Estimation basse</translation>
    </message>
    <message>
        <source>Estimate typical</source>
        <translation>Estimation typique</translation>
    </message>
    <message>
        <source>Estimate high</source>
        <translation>Estimation élevée</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Non visé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <source>Flagged devices</source>
        <translation>Appareils signalés</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>N° de série</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé le</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Estimated cost (typical)</source>
        <translation>Coût estimé (typique)</translation>
    </message>
    <message>
        <source>Inventory sheet</source>
        <translation>Feuille d&apos;inventaire</translation>
    </message>
    <message>
        <source>Inventory row</source>
        <translation>Ligne d&apos;inventaire</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Tous les appareils</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>N° d&apos;inventaire</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Type d&apos;appareil</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Vendors in this report</source>
        <translation>Fournisseurs dans ce rapport</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Estimates, not quotes.</source>
        <translation>Des estimations, pas des soumissions.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Replacement estimate</source>
        <translation>Estimation du remplacement</translation>
    </message>
    <message>
        <source>An estimate, not a quote. Prices come from the Price book sheet: change one there and every cost and total in this workbook follows.</source>
        <translation>Une estimation, pas une soumission. Les prix viennent de la feuille Grille de prix&#xa0;: changez-en un là et chaque coût et total de ce classeur suit.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Là où vous êtes</translation>
    </message>
    <message>
        <source>Not set: explanations name the first rules listed</source>
        <translation>Non précisé&#xa0;: les explications nomment les premières règles de la liste</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Flagged devices and to review, plus those marked replace; dismissed devices are left out.</source>
        <translation>Appareils signalés et à vérifier, plus ceux marqués à remplacer; les appareils écartés sont exclus.</translation>
    </message>
    <message>
        <source>Flagged devices plus those marked replace; dismissed devices are left out.</source>
        <translation>Appareils signalés, plus ceux marqués à remplacer; les appareils écartés sont exclus.</translation>
    </message>
    <message>
        <source>Devices found</source>
        <translation>Appareils trouvés</translation>
    </message>
    <message>
        <source>Marked replace</source>
        <translation>Marqués à remplacer</translation>
    </message>
    <message>
        <source>Devices and typical replacement cost by vendor</source>
        <translation>Appareils et coût de remplacement typique par fournisseur</translation>
    </message>
    <message>
        <source>Typical cost (%1)</source>
        <translation>Coût typique (%1)</translation>
    </message>
    <message>
        <source>Price book</source>
        <translation>Grille de prix</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Unit cost low</source>
        <translation>Coût unitaire bas</translation>
    </message>
    <message>
        <source>Unit cost typical</source>
        <translation>Coût unitaire typique</translation>
    </message>
    <message>
        <source>Unit cost high</source>
        <translation>Coût unitaire élevé</translation>
    </message>
    <message>
        <source>Install labour hours</source>
        <translation>Heures d&apos;installation</translation>
    </message>
    <message>
        <source>Per device low, all in</source>
        <translation>Par appareil, bas, tout compris</translation>
    </message>
    <message>
        <source>Per device typical, all in</source>
        <translation>Par appareil, typique, tout compris</translation>
    </message>
    <message>
        <source>Per device high, all in</source>
        <translation>Par appareil, élevé, tout compris</translation>
    </message>
    <message>
        <source>Source (estimate)</source>
        <translation>Source (estimation)</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Daté du</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Labour rate per hour</source>
        <translation>Taux horaire de main-d&apos;œuvre</translation>
    </message>
    <message>
        <source>Disposal per device</source>
        <translation>Mise au rebut par appareil</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Imprévus</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Every figure here is an estimate, not a quote: replace it with your own prices. Per device, all in = (unit cost + install hours × labour rate + disposal) × (1 + contingency) × (1 + tax).</source>
        <translation>Chaque montant ici est une estimation, pas une soumission&#xa0;: remplacez-le par vos propres prix. Par appareil, tout compris = (coût unitaire + heures d&apos;installation × taux horaire + mise au rebut) × (1 + imprévus) × (1 + taxes).</translation>
    </message>
</context>
<context>
    <name>Rollup</name>
    <message>
        <source>this Vetted&apos;s ({version})</source>
        <translation>celle de ce Vetted ({version})</translation>
    </message>
    <message>
        <source>older ({version})</source>
        <translation>plus ancienne ({version})</translation>
    </message>
    <message>
        <source>newer ({version})</source>
        <translation>plus récente ({version})</translation>
    </message>
    <message>
        <source>re-checked now (was {version})</source>
        <translation>vérifiée de nouveau maintenant (était {version})</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistrée</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>Vetted&apos;s vendor knowledge base could not be loaded (%1).</source>
        <translation>La base de connaissances des fournisseurs de Vetted n&apos;a pas pu être chargée (%1).</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <source>Show only these devices</source>
        <translation>N&apos;afficher que ces appareils</translation>
    </message>
    <message>
        <source>An estimate from the price book: open the Costs panel</source>
        <translation>Une estimation tirée de la grille de prix&#xa0;: ouvrir le panneau Coûts</translation>
    </message>
    <message>
        <source>Estimated replacement: %1</source>
        <translation>Coût estimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;1 device&lt;/b&gt;</source>
        <translation>&lt;b&gt;1 appareil&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 devices&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 appareils&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Flagged or to review: %1</source>
        <translation>Signalés ou à vérifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Devices shown</source>
        <translation>Appareils affichés</translation>
    </message>
    <message>
        <source>Devices you dismissed: not counted as flagged or to review</source>
        <translation>Appareils que vous avez écartés&#xa0;: ni comptés comme signalés ni à vérifier</translation>
    </message>
    <message>
        <source>No device points at a listed vendor.</source>
        <translation>Aucun appareil ne pointe vers un fournisseur visé.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 shown</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; sur %2 affichés</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged</source>
        <translation>
            <numerusform>%n signalé</numerusform>
            <numerusform>%n signalés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n à vérifier</numerusform>
            <numerusform>%n à vérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clear</source>
        <translation>
            <numerusform>%n non visé</numerusform>
            <numerusform>%n non visés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n inconnu</numerusform>
            <numerusform>%n inconnus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed</source>
        <translation>
            <numerusform>%n écarté</numerusform>
            <numerusform>%n écartés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Flagged</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Non visé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Écarté</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Vetted&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Vetted&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Find the security equipment in your inventory that comes from banned or restricted vendors (Hikvision, Dahua, Huawei, ZTE, Hytera, Uniview, Tiandy and the brands they sell under), see why, and estimate what replacing it will cost. Everything stays on this computer.</source>
        <translation>Repérez dans votre inventaire l&apos;équipement de sécurité qui vient de fournisseurs interdits ou restreints (Hikvision, Dahua, Huawei, ZTE, Hytera, Uniview, Tiandy et les marques sous lesquelles ils vendent), voyez pourquoi et estimez ce que coûtera son remplacement. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Importer un tableur…</translation>
    </message>
    <message>
        <source>Excel, OpenDocument or CSV; exports of SADP, NetBox, Snipe-IT and nmap work too</source>
        <translation>Excel, OpenDocument ou CSV; les exportations de SADP, NetBox, Snipe-IT et nmap fonctionnent aussi</translation>
    </message>
    <message>
        <source>Add devices by hand</source>
        <translation>Ajouter des appareils à la main</translation>
    </message>
    <message>
        <source>Type in makes, models, serials or MAC addresses</source>
        <translation>Saisissez des fabricants, des modèles, des numéros de série ou des adresses MAC</translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>Reprendre là où vous en étiez</translation>
    </message>
    <message>
        <source>Try the sample inventory</source>
        <translation>Essayer l&apos;inventaire d&apos;exemple</translation>
    </message>
    <message>
        <source>A small made-up site with a few problems to find</source>
        <translation>Un petit site fictif, avec quelques problèmes à trouver</translation>
    </message>
    <message>
        <source>New to Vetted? Read the short guide (F1)</source>
        <translation>Nouveau dans Vetted? Lisez le petit guide (F1)</translation>
    </message>
    <message>
        <source>What the verdicts mean, how to decide, what the estimate includes</source>
        <translation>Ce que veulent dire les verdicts, comment décider, ce que comprend l&apos;estimation</translation>
    </message>
</context>
<context>
    <name>Where</name>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nouvelle-Zélande</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taïwan</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Inde</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suède</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danemark</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlande</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Pologne</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lituanie</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norvège</translation>
    </message>
    <message>
        <source>Alberta</source>
        <translation>Alberta</translation>
    </message>
    <message>
        <source>British Columbia</source>
        <translation>Colombie-Britannique</translation>
    </message>
    <message>
        <source>Manitoba</source>
        <translation>Manitoba</translation>
    </message>
    <message>
        <source>New Brunswick</source>
        <translation>Nouveau-Brunswick</translation>
    </message>
    <message>
        <source>Newfoundland and Labrador</source>
        <translation>Terre-Neuve-et-Labrador</translation>
    </message>
    <message>
        <source>Nova Scotia</source>
        <translation>Nouvelle-Écosse</translation>
    </message>
    <message>
        <source>Northwest Territories</source>
        <translation>Territoires du Nord-Ouest</translation>
    </message>
    <message>
        <source>Nunavut</source>
        <translation>Nunavut</translation>
    </message>
    <message>
        <source>Ontario</source>
        <translation>Ontario</translation>
    </message>
    <message>
        <source>Prince Edward Island</source>
        <translation>Île-du-Prince-Édouard</translation>
    </message>
    <message>
        <source>Quebec</source>
        <translation>Québec</translation>
    </message>
    <message>
        <source>Saskatchewan</source>
        <translation>Saskatchewan</translation>
    </message>
    <message>
        <source>Yukon</source>
        <translation>Yukon</translation>
    </message>
    <message>
        <source>public body</source>
        <translation>organisme public</translation>
    </message>
    <message>
        <source>private organisation</source>
        <translation>organisation privée</translation>
    </message>
</context>
<context>
    <name>WhereDialog</name>
    <message>
        <source>Where you are</source>
        <translation>Là où vous êtes</translation>
    </message>
    <message>
        <source>A school board in Quebec, a Texas state agency and a UK council are bound by different rules. Vetted explains each flag with the rules in force where you are first, and flags a vendor restricted only in some places (such as TP-Link) only where one of its rules binds you.</source>
        <translation>Un centre de services scolaire au Québec, un organisme de l&apos;État du Texas et un conseil municipal britannique ne sont pas soumis aux mêmes règles. Vetted explique chaque signalement d&apos;abord avec les règles en vigueur là où vous êtes, et ne signale un fournisseur restreint seulement à certains endroits (comme TP-Link) que là où l&apos;une de ses règles vous lie.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>État ou province</translation>
    </message>
    <message>
        <source>A public body (government, school, hospital, council)</source>
        <translation>Un organisme public (gouvernement, école, hôpital, municipalité)</translation>
    </message>
    <message>
        <source>A private organisation</source>
        <translation>Une organisation privée</translation>
    </message>
    <message>
        <source>You work for</source>
        <translation>Vous travaillez pour</translation>
    </message>
    <message>
        <source>All of the country</source>
        <translation>Tout le pays</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
</TS>
