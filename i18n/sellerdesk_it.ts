<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AccountMessages</name>
    <message>
        <source>%1 is not a secure address: a marketplace must be reached over https:// (plain http:// is accepted only for a marketplace on this computer).</source>
        <translation>%1 non è un indirizzo sicuro: un marketplace va raggiunto tramite https:// (il semplice http:// è accettato solo per un marketplace su questo computer).</translation>
    </message>
    <message>
        <source>The marketplace login of this account was made at %1, but the account now points at %2 (was a backup restored?): SellerDesk sends nothing there. Log in again (%3) if %2 is really your marketplace.</source>
        <translation>L&apos;accesso al marketplace di questo account è stato fatto su %1, ma ora l&apos;account punta a %2 (è stato ripristinato un backup?): SellerDesk non vi invia nulla. Accedi di nuovo (%3) se %2 è davvero il tuo marketplace.</translation>
    </message>
    <message>
        <source>The marketplace account this sync was started for is no longer in the shop (was a backup restored?): nothing is sent. Connect the account again (%1).</source>
        <translation>L&apos;account del marketplace per cui è partita questa sincronizzazione non è più nel negozio (è stato ripristinato un backup?): non viene inviato nulla. Collega di nuovo l&apos;account (%1).</translation>
    </message>
    <message>
        <source>The saved login does not record which marketplace issued it (it was saved by an older SellerDesk), so it is not sent to %1. Log in again (%2).</source>
        <translation>L&apos;accesso salvato non indica quale marketplace lo ha rilasciato (è stato salvato da una versione precedente di SellerDesk), quindi non viene inviato a %1. Accedi di nuovo (%2).</translation>
    </message>
    <message>
        <source>No keyring is available on this system (%1), so the login could not be kept for the next command; nothing was saved. Install and unlock a keyring - GNOME Keyring, KWallet, or KeePassXC with its Secret Service integration turned on - or choose one with the PYTHON_KEYRING_BACKEND environment variable (see the README), then connect again.</source>
        <translation>Su questo sistema non è disponibile alcun portachiavi (%1), quindi l&apos;accesso non potrebbe essere conservato per il comando successivo; non è stato salvato nulla. Installa e sblocca un portachiavi - GNOME Keyring, KWallet, oppure KeePassXC con l&apos;integrazione Secret Service attivata - o scegline uno con la variabile d&apos;ambiente PYTHON_KEYRING_BACKEND (vedi il README), poi collegati di nuovo.</translation>
    </message>
    <message>
        <source>The keyring %1 keeps secrets in a plain file on disk, where SellerDesk does not store logins; nothing was saved. Choose another keyring (see the README), then connect again.</source>
        <translation>Il portachiavi %1 conserva i segreti in un file in chiaro sul disco, dove SellerDesk non salva gli accessi; non è stato salvato nulla. Scegli un altro portachiavi (vedi il README), poi collegati di nuovo.</translation>
    </message>
    <message>
        <source>Log in to the marketplace again: no keyring is available on this system (%1), so logins do not last beyond the program that made them.</source>
        <translation>Accedi di nuovo al marketplace: su questo sistema non è disponibile alcun portachiavi (%1), quindi gli accessi non durano oltre il programma che li ha fatti.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>SellerDesk cannot open the shop</source>
        <translation>SellerDesk non riesce ad aprire il negozio</translation>
    </message>
</context>
<context>
    <name>BackupMessages</name>
    <message>
        <source>%1 already exists and was left as it is: choose another file name, or replace it on purpose (sellerdesk backup --out FILE --force).</source>
        <translation>%1 esiste già ed è stato lasciato com&apos;è: scegli un altro nome di file, oppure sostituiscilo di proposito (sellerdesk backup --out FILE --force).</translation>
    </message>
    <message>
        <source>The backup&apos;s photo index %1 cannot be read (%2); nothing was restored.</source>
        <translation>L&apos;indice delle foto del backup %1 non si può leggere (%2); non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>The backup&apos;s photo index names “%1”, which is not a photo SellerDesk stores; nothing was restored.</source>
        <translation>L&apos;indice delle foto del backup nomina «%1», che non è una foto conservata da SellerDesk; non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>The backup&apos;s photo %1 is a link or not a plain file inside the backup&apos;s photo folder; nothing was restored.</source>
        <translation>La foto del backup %1 è un collegamento o non è un file normale all&apos;interno della cartella delle foto del backup; non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>The backup&apos;s photo %1 does not hold the content its name promises (altered or damaged); nothing was restored.</source>
        <translation>La foto del backup %1 non ha il contenuto che il suo nome promette (alterata o danneggiata); non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>%1 is not a database as SellerDesk makes it (%2); nothing was restored.</source>
        <translation>%1 non è un database come lo crea SellerDesk (%2); non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); nothing was restored.</source>
        <translation>%1 è danneggiato (%2); non è stato ripristinato nulla.</translation>
    </message>
</context>
<context>
    <name>BackupNotices</name>
    <message>
        <source>The shop will go back to how it was on %1. The current state is backed up first, so this can be undone by restoring that backup. Changes not yet sent to the marketplace in the backup are sent at the next sync. Settings (language, backup folder, low-stock level…) are not part of a backup: they stay as they are now.</source>
        <translation>Il negozio tornerà com&apos;era il %1. Prima viene fatto un backup dello stato attuale, quindi si può tornare indietro ripristinando quel backup. Le modifiche del backup non ancora inviate al marketplace saranno inviate alla prossima sincronizzazione. Le impostazioni (lingua, cartella dei backup, soglia di scorte basse…) non fanno parte di un backup: restano come sono ora.</translation>
    </message>
</context>
<context>
    <name>BackupStart</name>
    <message>
        <source>The shop&apos;s database is damaged</source>
        <translation>Il database del negozio è danneggiato</translation>
    </message>
    <message>
        <source>SellerDesk found damage in the shop&apos;s database. The file was moved aside, not deleted:
%1
Nothing is sent to the marketplace from it.</source>
        <translation>SellerDesk ha trovato dei danni nel database del negozio. Il file è stato spostato, non eliminato:
%1
Da questo file non viene inviato nulla al marketplace.</translation>
    </message>
    <message>
        <source>Restore the newest good backup, made on %1?</source>
        <translation>Ripristinare il backup integro più recente, del %1?</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Ripristina backup</translation>
    </message>
    <message>
        <source>No good backup was found in %1.</source>
        <translation>Nessun backup integro trovato in %1.</translation>
    </message>
    <message>
        <source>Start with an empty shop</source>
        <translation>Inizia con un negozio vuoto</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Il backup non è stato ripristinato</translation>
    </message>
    <message>
        <source>SellerDesk found damage in the shop&apos;s database. Nothing more is sent to the marketplace. Close SellerDesk: at the next start the file is moved aside and you can restore a backup.</source>
        <translation>SellerDesk ha trovato dei danni nel database del negozio. Non viene più inviato nulla al marketplace. Chiudi SellerDesk: al prossimo avvio il file verrà spostato e potrai ripristinare un backup.</translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Manuale</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Prima di un ripristino</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>Cambia cartella…</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Esegui backup ora</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Ripristina…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Cartella:</translation>
    </message>
    <message>
        <source>SellerDesk backs up the shop and its photos every 30 minutes while you work and when you quit. A restore first backs up the current state.</source>
        <translation>SellerDesk esegue il backup del negozio e delle sue foto ogni 30 minuti mentre lavori e alla chiusura. Un ripristino esegue prima il backup dello stato attuale.</translation>
    </message>
    <message>
        <source>This backup cannot be read by this version.</source>
        <translation>Questa versione non può leggere questo backup.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backup</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Cartella per i backup</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backup in corso…</translation>
    </message>
    <message>
        <source>Backed up at %1.</source>
        <translation>Backup eseguito alle %1.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Ripristinare questo backup?</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Ripristino in corso…</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The state before it was kept as a backup.</source>
        <translation>Ripristinato il backup del %1. Lo stato precedente è stato conservato come backup.</translation>
    </message>
    <message>
        <source>The marketplace address of %1 is not the one the shop had: log in again (Sync ▸ Connect account…).</source>
        <translation>L&apos;indirizzo del marketplace di %1 non è quello che aveva il negozio: accedi di nuovo (Sincronizzazione ▸ Collega account…).</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Bulk edit of %n product(s)</source>
        <translation>
            <numerusform>Modifica in blocco di %n prodotto</numerusform>
            <numerusform>Modifica in blocco di %n prodotti</numerusform>
        </translation>
    </message>
    <message>
        <source>Price and stock</source>
        <translation>Prezzo e scorte</translation>
    </message>
    <message>
        <source>Price change</source>
        <translation>Variazione del prezzo</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Lascia com&apos;è</translation>
    </message>
    <message>
        <source>Raise or lower by a percentage</source>
        <translation>Aumenta o riduci di una percentuale</translation>
    </message>
    <message>
        <source>Raise or lower by an amount</source>
        <translation>Aumenta o riduci di un importo</translation>
    </message>
    <message>
        <source>Set to</source>
        <translation>Imposta a</translation>
    </message>
    <message>
        <source>Price change value</source>
        <translation>Valore della variazione di prezzo</translation>
    </message>
    <message>
        <source>Stock change</source>
        <translation>Variazione delle scorte</translation>
    </message>
    <message>
        <source>Set to (after a count)</source>
        <translation>Imposta a (dopo un inventario)</translation>
    </message>
    <message>
        <source>Add or take away</source>
        <translation>Aggiungi o togli</translation>
    </message>
    <message>
        <source>Stock change value</source>
        <translation>Valore della variazione di scorte</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Prezzo:</translation>
    </message>
    <message>
        <source>Stock:</source>
        <translation>Scorte:</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Inserzione</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nuovo stato</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoria:</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nuova categoria</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>Etichette da aggiungere</translation>
    </message>
    <message>
        <source>e.g. sale, summer</source>
        <translation>es. saldi, estate</translation>
    </message>
    <message>
        <source>Tags to remove</source>
        <translation>Etichette da togliere</translation>
    </message>
    <message>
        <source>Add tags:</source>
        <translation>Aggiungi etichette:</translation>
    </message>
    <message>
        <source>Remove tags:</source>
        <translation>Togli etichette:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Scorte</translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>Altre modifiche</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anteprima&lt;/b&gt;</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» non è un numero.</translation>
    </message>
    <message>
        <source>Choose what to change above.</source>
        <translation>Scegli qui sopra che cosa cambiare.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) will change.</source>
        <translation>
            <numerusform>Cambierà %n prodotto.</numerusform>
            <numerusform>Cambieranno %n prodotti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s) get a new price or stock.</source>
        <translation>
            <numerusform>%n variante avrà un nuovo prezzo o nuove scorte.</numerusform>
            <numerusform>%n varianti avranno un nuovo prezzo o nuove scorte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) stay as they are.</source>
        <translation>
            <numerusform>%n prodotto resta com&apos;è.</numerusform>
            <numerusform>%n prodotti restano come sono.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list shows the first %1.</source>
        <translation>L&apos;elenco mostra le prime %1.</translation>
    </message>
    <message numerus="yes">
        <source>Stock cannot go below zero: %n variant(s) will stop at 0.</source>
        <translation>
            <numerusform>Le scorte non possono scendere sotto zero: %n variante si fermerà a 0.</numerusform>
            <numerusform>Le scorte non possono scendere sotto zero: %n varianti si fermeranno a 0.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) would fall below zero: change less, or leave those products out.</source>
        <translation>
            <numerusform>%n prezzo scenderebbe sotto zero: cambia di meno, o escludi quei prodotti.</numerusform>
            <numerusform>%n prezzi scenderebbero sotto zero: cambia di meno, o escludi quei prodotti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n product(s)</source>
        <translation>
            <numerusform>Applica a %n prodotto</numerusform>
            <numerusform>Applica a %n prodotti</numerusform>
        </translation>
    </message>
    <message>
        <source>category “%1”</source>
        <translation>categoria «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Changing %n product(s)…</source>
        <translation>
            <numerusform>Modifica di %n prodotto in corso…</numerusform>
            <numerusform>Modifica di %n prodotti in corso…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annullato: non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>The change could not be made because of an unexpected error. Nothing was changed.</source>
        <translation>Non è stato possibile fare la modifica per un errore imprevisto. Non è stato cambiato nulla.</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>We cannot supply it</source>
        <translation>Non possiamo fornirlo</translation>
    </message>
    <message>
        <source>The buyer asked to cancel</source>
        <translation>L&apos;acquirente ha chiesto di annullare</translation>
    </message>
    <message>
        <source>We cannot ship to this address</source>
        <translation>Non possiamo spedire a questo indirizzo</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Un altro motivo</translation>
    </message>
    <message>
        <source>Cancel order %1</source>
        <translation>Annulla l&apos;ordine %1</translation>
    </message>
    <message>
        <source>The marketplace refunds the buyer and puts the items back in stock as soon as the sync tells it. A cancelled order cannot be reopened.</source>
        <translation>Il marketplace rimborsa l&apos;acquirente e rimette gli articoli in giacenza appena la sincronizzazione lo informa. Un ordine annullato non si può riaprire.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Annulla l&apos;ordine</translation>
    </message>
    <message>
        <source>Keep the order</source>
        <translation>Mantieni l&apos;ordine</translation>
    </message>
</context>
<context>
    <name>CatalogueActions</name>
    <message>
        <source>&amp;New product…</source>
        <translation>&amp;Nuovo prodotto…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplica</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>&amp;Bulk edit…</source>
        <translation>Modifica in &amp;blocco…</translation>
    </message>
    <message>
        <source>&amp;Copy SKU</source>
        <translation>&amp;Copia SKU</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Add a product to the catalogue</source>
        <translation>Aggiungi un prodotto al catalogo</translation>
    </message>
    <message>
        <source>Change price, stock, status, category or tags of the selected products at once</source>
        <translation>Cambia in una volta prezzo, scorte, stato, categoria o etichette dei prodotti selezionati</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Catalogue as opened</source>
        <translation>Catalogo all&apos;apertura</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Cronologia delle modifiche</translation>
    </message>
    <message>
        <source>&amp;History of changes</source>
        <translation>Cr&amp;onologia delle modifiche</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Prodotto</translation>
    </message>
</context>
<context>
    <name>CatalogueMessages</name>
    <message>
        <source>This product no longer exists (it may have been deleted).</source>
        <translation>Questo prodotto non esiste più (forse è stato eliminato).</translation>
    </message>
    <message>
        <source>No product has the SKU “%1”.</source>
        <translation>Nessun prodotto ha lo SKU «%1».</translation>
    </message>
    <message>
        <source>This variant no longer exists (it may have been deleted).</source>
        <translation>Questa variante non esiste più (forse è stata eliminata).</translation>
    </message>
    <message>
        <source>This product is not deleted, so there is nothing to restore.</source>
        <translation>Questo prodotto non è eliminato: non c&apos;è niente da ripristinare.</translation>
    </message>
    <message>
        <source>This variant is not deleted, so there is nothing to restore.</source>
        <translation>Questa variante non è eliminata: non c&apos;è niente da ripristinare.</translation>
    </message>
    <message>
        <source>Give the product a title in its main language (%1).</source>
        <translation>Dai al prodotto un titolo nella sua lingua principale (%1).</translation>
    </message>
    <message>
        <source>The title (%1) has %2 characters; %3 accepts at most %4. Shorten it, or keep the product as a draft.</source>
        <translation>Il titolo (%1) ha %2 caratteri; %3 ne accetta al massimo %4. Accorcialo, oppure tieni il prodotto come bozza.</translation>
    </message>
    <message>
        <source>The description (%1) has %2 characters; %3 accepts at most %4. Shorten it, or keep the product as a draft.</source>
        <translation>La descrizione (%1) ha %2 caratteri; %3 ne accetta al massimo %4. Accorciala, oppure tieni il prodotto come bozza.</translation>
    </message>
    <message>
        <source>A product needs at least one variant: add one with its SKU.</source>
        <translation>Un prodotto ha bisogno di almeno una variante: aggiungine una con il suo SKU.</translation>
    </message>
    <message>
        <source>“%1” is not a language code (use e.g. it, en, fr).</source>
        <translation>«%1» non è un codice di lingua (usa ad es. it, en, fr).</translation>
    </message>
    <message>
        <source>“%1” is not a language code (use %2).</source>
        <translation>«%1» non è un codice di lingua (usa %2).</translation>
    </message>
    <message>
        <source>Unknown status “%1”; use one of %2.</source>
        <translation>Stato «%1» sconosciuto; usa uno tra %2.</translation>
    </message>
    <message>
        <source>Tags must be a list of words.</source>
        <translation>Le etichette devono essere un elenco di parole.</translation>
    </message>
    <message>
        <source>Weight and dimensions must be whole numbers of at least 0.</source>
        <translation>Peso e dimensioni devono essere numeri interi non negativi.</translation>
    </message>
    <message>
        <source>Unknown field “%1”.</source>
        <translation>Campo «%1» sconosciuto.</translation>
    </message>
    <message>
        <source>“%1” is not a valid SKU: use up to 64 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; or &apos;/&apos;.</source>
        <translation>«%1» non è uno SKU valido: usa fino a 64 lettere, cifre, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; o &apos;/&apos;.</translation>
    </message>
    <message>
        <source>The SKU in row %1 (“%2”) is not valid: use up to 64 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; or &apos;/&apos;.</source>
        <translation>Lo SKU della riga %1 («%2») non è valido: usa fino a 64 lettere, cifre, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; o &apos;/&apos;.</translation>
    </message>
    <message>
        <source>The SKU “%1” is already used by another product: choose another one.</source>
        <translation>Lo SKU «%1» è già usato da un altro prodotto: scegline un altro.</translation>
    </message>
    <message>
        <source>The SKU “%1” is used twice in this product (rows %2 and %3): each variant needs its own.</source>
        <translation>Lo SKU «%1» compare due volte in questo prodotto (righe %2 e %3): ogni variante deve avere il suo.</translation>
    </message>
    <message>
        <source>Each variant needs its own SKU.</source>
        <translation>Ogni variante deve avere il suo SKU.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Un prezzo non può essere negativo.</translation>
    </message>
    <message>
        <source>The price in row %1 (%2) cannot be negative.</source>
        <translation>Il prezzo della riga %1 (%2) non può essere negativo.</translation>
    </message>
    <message>
        <source>Stock must be a whole number of at least 0.</source>
        <translation>Le scorte devono essere un numero intero non negativo.</translation>
    </message>
    <message>
        <source>The stock in row %1 (%2) must be a whole number of at least 0.</source>
        <translation>Le scorte della riga %1 (%2) devono essere un numero intero non negativo.</translation>
    </message>
    <message>
        <source>The stock in row %1 (%2) is %3; %4 accepts at most %5. Lower it, or keep the product as a draft.</source>
        <translation>Le scorte della riga %1 (%2) sono %3; %4 ne accetta al massimo %5. Riducile, oppure tieni il prodotto come bozza.</translation>
    </message>
    <message>
        <source>The product has %1 variants; %2 accepts at most %3. Remove some, or keep the product as a draft.</source>
        <translation>Il prodotto ha %1 varianti; %2 ne accetta al massimo %3. Togline alcune, oppure tieni il prodotto come bozza.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code (use e.g. EUR).</source>
        <translation>«%1» non è un codice di valuta (usa ad es. EUR).</translation>
    </message>
    <message>
        <source>Options must map names (colour, size) to values.</source>
        <translation>Le opzioni devono associare nomi (colore, taglia) a valori.</translation>
    </message>
    <message>
        <source>%1 is the product&apos;s only variant: delete the product instead.</source>
        <translation>%1 è l&apos;unica variante del prodotto: elimina invece il prodotto.</translation>
    </message>
    <message>
        <source>The product of %1 was deleted: restore the product instead.</source>
        <translation>Il prodotto di %1 è stato eliminato: ripristina invece il prodotto.</translation>
    </message>
    <message>
        <source>A stock movement must be a whole number other than 0.</source>
        <translation>Un movimento di scorte deve essere un numero intero diverso da 0.</translation>
    </message>
    <message>
        <source>Stock of %1 cannot go below zero (it is %2).</source>
        <translation>Le scorte di %1 non possono scendere sotto zero (sono %2).</translation>
    </message>
    <message>
        <source>Enter a number for the price change.</source>
        <translation>Inserisci un numero per la variazione di prezzo.</translation>
    </message>
    <message>
        <source>A price cannot go down by 100 % or more.</source>
        <translation>Un prezzo non può scendere del 100 % o più.</translation>
    </message>
    <message>
        <source>%1 prices would fall below zero: change less, or leave those products out.</source>
        <translation>%1 prezzi scenderebbero sotto zero: cambia di meno, oppure escludi quei prodotti.</translation>
    </message>
    <message>
        <source>This change cannot be undone here (%1 %2).</source>
        <translation>Questa modifica non si può annullare qui (%1 %2).</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Status filter</source>
        <translation>Filtro per stato</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Scorte basse</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Da sincronizzare</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <source>Translation filter</source>
        <translation>Filtro traduzioni</translation>
    </message>
    <message>
        <source>All translations</source>
        <translation>Tutte le traduzioni</translation>
    </message>
    <message>
        <source>Missing %1</source>
        <translation>Manca: %1</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nuovo prodotto</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtri:</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Chiudi il messaggio</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <source>Add a product</source>
        <translation>Aggiungi un prodotto</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n prodotto</numerusform>
            <numerusform>%n prodotti</numerusform>
        </translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>Ancora nessun prodotto</translation>
    </message>
    <message>
        <source>Add your first product, or import your catalogue from the command line (sellerdesk products add). Connecting a marketplace account brings in the products you already sell there.</source>
        <translation>Aggiungi il tuo primo prodotto, o importa il catalogo dalla riga di comando (sellerdesk products add). Collegando un account del marketplace arrivano i prodotti che vendi già lì.</translation>
    </message>
    <message>
        <source>Photos are being imported already; drop these again when it is done.</source>
        <translation>È già in corso un&apos;importazione di foto; trascina di nuovo queste quando è terminata.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annulla %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ripeti %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copia)</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Duplica «%1»</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Eliminare «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n product(s)?</source>
        <translation>
            <numerusform>Eliminare %n prodotto?</numerusform>
            <numerusform>Eliminare %n prodotti?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>They are removed from the marketplace at the next sync. You can undo this with %1.</source>
        <translation>Saranno tolti dal marketplace alla prossima sincronizzazione. Puoi annullare con %1.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Elimina «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n product(s)</source>
        <translation>
            <numerusform>Elimina %n prodotto</numerusform>
            <numerusform>Elimina %n prodotti</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nessun risultato</translation>
    </message>
    <message>
        <source>No product matches “%1”. Check the spelling or search for part of a word or SKU.</source>
        <translation>Nessun prodotto corrisponde a «%1». Controlla l&apos;ortografia o cerca una parte di parola o di SKU.</translation>
    </message>
    <message>
        <source>No product matches these filters</source>
        <translation>Nessun prodotto corrisponde a questi filtri</translation>
    </message>
    <message>
        <source>Clear a filter to see more products.</source>
        <translation>Togli un filtro per vedere più prodotti.</translation>
    </message>
</context>
<context>
    <name>CliMessages</name>
    <message>
        <source>There is no demo shop in %1 yet: start `sellerdesk --demo` once (the window creates it), then run this command again.</source>
        <translation>Non c&apos;è ancora un negozio dimostrativo in %1: avvia una volta `sellerdesk --demo` (la finestra lo crea), poi ripeti questo comando.</translation>
    </message>
    <message>
        <source>A price of 0 gives the item away. If that is what you mean, add --free; otherwise give the price, e.g. --price 12.50.</source>
        <translation>Un prezzo di 0 regala l&apos;articolo. Se è proprio ciò che vuoi, aggiungi --free; altrimenti indica il prezzo, ad es. --price 12,50.</translation>
    </message>
</context>
<context>
    <name>CommandCounts</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %n change(s)</source>
        <translation>
            <numerusform>inviata %n modifica</numerusform>
            <numerusform>inviate %n modifiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %n</source>
        <translation>
            <numerusform>ricevuta %n</numerusform>
            <numerusform>ricevute %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n richiesta</numerusform>
            <numerusform>%n richieste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the marketplace</source>
        <translation>
            <numerusform>%n rifiutata dal marketplace</numerusform>
            <numerusform>%n rifiutate dal marketplace</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictCommands</name>
    <message>
        <source>No conflicts.</source>
        <translation>Nessun conflitto.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Scorte</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminato</translation>
    </message>
    <message>
        <source>Still listed</source>
        <translation>Ancora in vendita</translation>
    </message>
    <message>
        <source>You deleted this product here, but it was changed on the marketplace since. Keep mine deletes it there too, as it is now; keep the marketplace&apos;s brings it back here with their changes.</source>
        <translation>Hai eliminato questo prodotto qui, ma nel frattempo è stato modificato sul marketplace. «Mantieni la mia» lo elimina anche lì, così com&apos;è ora; «Mantieni quella del marketplace» lo riporta qui con le loro modifiche.</translation>
    </message>
    <message>
        <source>This was deleted on the marketplace, but you changed it here since. Keep mine lists it again with your changes; keep the marketplace&apos;s deletes it here too.</source>
        <translation>È stato eliminato sul marketplace, ma nel frattempo l&apos;hai modificato qui. «Mantieni la mia» lo rimette in vendita con le tue modifiche; «Mantieni quella del marketplace» lo elimina anche qui.</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflitto: %1</translation>
    </message>
    <message>
        <source>This was changed both here and on the marketplace. Choose which to keep; the other is kept in the history.</source>
        <translation>È stato modificato sia qui sia sul marketplace. Scegli quale versione tenere; l&apos;altra resta nella cronologia.</translation>
    </message>
    <message>
        <source>As last agreed</source>
        <translation>Come concordato l&apos;ultima volta</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mia</translation>
    </message>
    <message>
        <source>The marketplace&apos;s</source>
        <translation>Quella del marketplace</translation>
    </message>
    <message>
        <source>Edited value</source>
        <translation>Valore modificato</translation>
    </message>
    <message>
        <source>Or edit and keep:</source>
        <translation>Oppure modifica e tieni:</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Mantieni la mia</translation>
    </message>
    <message>
        <source>Keep the marketplace&apos;s</source>
        <translation>Mantieni quella del marketplace</translation>
    </message>
    <message>
        <source>Keep the edited text</source>
        <translation>Mantieni il testo modificato</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect a marketplace account</source>
        <translation>Collega un account del marketplace</translation>
    </message>
    <message>
        <source>Marketplace with the SellerDesk API (e.g. the sandbox)</source>
        <translation>Marketplace con l&apos;API di SellerDesk (ad es. il sandbox)</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Marketplace address</source>
        <translation>Indirizzo del marketplace</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>Chiave dell&apos;app</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Segreto dell&apos;app</translation>
    </message>
    <message>
        <source>e.g. Bottega Rossi on the marketplace</source>
        <translation>ad es. Bottega Rossi sul marketplace</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Marketplace:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Indirizzo:</translation>
    </message>
    <message>
        <source>App key:</source>
        <translation>Chiave dell&apos;app:</translation>
    </message>
    <message>
        <source>App secret:</source>
        <translation>Segreto dell&apos;app:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>The marketplace&apos;s login page opens in your web browser. Log in there and allow SellerDesk; this window carries on by itself. Passwords and tokens are kept in the system&apos;s keyring, never in the shop&apos;s files.</source>
        <translation>La pagina di accesso del marketplace si apre nel browser. Accedi lì e autorizza SellerDesk; questa finestra prosegue da sola. Password e token restano nel portachiavi del sistema, mai nei file del negozio.</translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>Accedi…</translation>
    </message>
    <message>
        <source>Enter the marketplace&apos;s address, starting with https://</source>
        <translation>Inserisci l&apos;indirizzo del marketplace, che inizia con https://</translation>
    </message>
    <message>
        <source>Enter the app key and app secret of your AliExpress app (from the AliExpress Open Platform console).</source>
        <translation>Inserisci la chiave e il segreto della tua app AliExpress (dalla console di AliExpress Open Platform).</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in one to log in:
%1</source>
        <translation>Non è stato possibile aprire un browser. Apri questo indirizzo in un browser per accedere:
%1</translation>
    </message>
    <message>
        <source>Waiting for you to log in in the web browser…</source>
        <translation>In attesa dell&apos;accesso nel browser…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non collegato: %1</translation>
    </message>
</context>
<context>
    <name>DelayedProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Operazione in corso…</translation>
    </message>
</context>
<context>
    <name>DescriptionEditor</name>
    <message>
        <source>scripts</source>
        <translation>script</translation>
    </message>
    <message>
        <source>remote images</source>
        <translation>immagini remote</translation>
    </message>
    <message>
        <source>embedded pages</source>
        <translation>pagine incorporate</translation>
    </message>
    <message>
        <source>styles</source>
        <translation>stili</translation>
    </message>
    <message>
        <source>event handlers</source>
        <translation>gestori di eventi</translation>
    </message>
    <message>
        <source>external style sheets</source>
        <translation>fogli di stile esterni</translation>
    </message>
    <message>
        <source>plug-ins</source>
        <translation>plug-in</translation>
    </message>
    <message>
        <source>drawings</source>
        <translation>disegni</translation>
    </message>
    <message>
        <source>forms</source>
        <translation>moduli</translation>
    </message>
    <message>
        <source>Blocked for your safety: %1</source>
        <translation>Bloccati per la tua sicurezza: %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Describe the product: materials, sizes, care. Leave a blank line between paragraphs.</source>
        <translation>Descrivi il prodotto: materiali, misure, cura. Lascia una riga vuota tra i paragrafi.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descrizione:</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Grassetto</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Corsivo</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titoletto</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Elenco puntato</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Ricomincia da capo</translation>
    </message>
    <message>
        <source>Preview, as buyers see it:</source>
        <translation>Anteprima, come la vedono i clienti:</translation>
    </message>
    <message>
        <source>This description has %1 characters, too many to edit here and more than any marketplace accepts. The preview shows its beginning.</source>
        <translation>Questa descrizione ha %1 caratteri: troppi per modificarla qui, e più di quanti ne accetti qualsiasi marketplace. L&apos;anteprima ne mostra l&apos;inizio.</translation>
    </message>
    <message>
        <source>Keep the first %1 characters</source>
        <translation>Tieni i primi %1 caratteri</translation>
    </message>
    <message>
        <source>The preview shows only the beginning.</source>
        <translation>L&apos;anteprima ne mostra solo l&apos;inizio.</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>Listing</source>
        <translation>Inserzione</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Words buyers search for, separated by commas</source>
        <translation>Parole che i clienti cercano, separate da virgole</translation>
    </message>
    <message>
        <source>Main language</source>
        <translation>Lingua principale</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoria:</translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation>Marca:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etichette:</translation>
    </message>
    <message>
        <source>Main language:</source>
        <translation>Lingua principale:</translation>
    </message>
    <message>
        <source>The main language&apos;s title is required; the marketplace shows it where a translation is missing.</source>
        <translation>Il titolo nella lingua principale è obbligatorio: il marketplace lo mostra dove manca una traduzione.</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Spedizione</translation>
    </message>
    <message>
        <source>Weight in grams</source>
        <translation>Peso in grammi</translation>
    </message>
    <message>
        <source>Length in millimetres</source>
        <translation>Lunghezza in millimetri</translation>
    </message>
    <message>
        <source>Width in millimetres</source>
        <translation>Larghezza in millimetri</translation>
    </message>
    <message>
        <source>Height in millimetres</source>
        <translation>Altezza in millimetri</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Peso:</translation>
    </message>
    <message>
        <source>Size (L × W × H):</source>
        <translation>Misure (L × P × A):</translation>
    </message>
</context>
<context>
    <name>DocumentWords</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n ordine</numerusform>
            <numerusform>%n ordini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n articolo</numerusform>
            <numerusform>%n articoli</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Stampata il %1</translation>
    </message>
</context>
<context>
    <name>FileMessages</name>
    <message>
        <source>%1 already exists: choose another name, or add --force to replace it.</source>
        <translation>%1 esiste già: scegli un altro nome, oppure aggiungi --force per sostituirlo.</translation>
    </message>
    <message>
        <source>%1 is a folder: give the name of the file to write.</source>
        <translation>%1 è una cartella: indica il nome del file da scrivere.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: create it first, or choose another.</source>
        <translation>La cartella %1 non esiste: creala prima, oppure scegline un&apos;altra.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>done</source>
        <translation>fatta</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annullata</translation>
    </message>
    <message>
        <source>No changes to undo yet.</source>
        <translation>Ancora nessuna modifica da annullare.</translation>
    </message>
    <message>
        <source>Redone: %1; recorded as %2, it reaches the marketplace at the next sync.</source>
        <translation>Ripetuta: %1; registrata come %2, arriva al marketplace alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Undone: %1; recorded as %2, it reaches the marketplace at the next sync.</source>
        <translation>Annullata: %1; registrata come %2, arriva al marketplace alla prossima sincronizzazione.</translation>
    </message>
</context>
<context>
    <name>HistoryMessages</name>
    <message>
        <source>Nothing to undo.</source>
        <translation>Niente da annullare.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Niente da ripetere.</translation>
    </message>
    <message>
        <source>Nothing to redo: the catalogue was changed after “%1” was undone. Give the step&apos;s id to redo it anyway.</source>
        <translation>Niente da ripetere: il catalogo è stato modificato dopo l&apos;annullamento di «%1». Indica l&apos;id del passo per ripeterlo comunque.</translation>
    </message>
    <message>
        <source>No step that can be undone has the id “%1” (see “sellerdesk history list”).</source>
        <translation>Nessun passo annullabile ha l&apos;id «%1» (vedi «sellerdesk history list»).</translation>
    </message>
    <message>
        <source>“%1” is the start of several steps&apos; ids: give more of it.</source>
        <translation>«%1» è l&apos;inizio dell&apos;id di più passi: scrivine una parte più lunga.</translation>
    </message>
    <message>
        <source>“%1” is already undone.</source>
        <translation>«%1» è già annullato.</translation>
    </message>
    <message>
        <source>“%1” is not undone, so there is nothing to redo.</source>
        <translation>«%1» non è annullato: non c&apos;è niente da ripetere.</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation>Impossibile annullare «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” could not be redone: %2</source>
        <translation>Impossibile ripetere «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ImportPhotosDialog</name>
    <message>
        <source>Import photos</source>
        <translation>Importa foto</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>Ricerca delle foto…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Photos to import</source>
        <translation>Foto da importare</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) to import</source>
        <translation>
            <numerusform>%n foto da importare</numerusform>
            <numerusform>%n foto da importare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n product(s).</source>
        <translation>
            <numerusform>per %n prodotto.</numerusform>
            <numerusform>per %n prodotti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) match no product and will be left out.</source>
        <translation>
            <numerusform>%n file non corrisponde a nessun prodotto e sarà escluso.</numerusform>
            <numerusform>%n file non corrispondono a nessun prodotto e saranno esclusi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) are not photos.</source>
        <translation>
            <numerusform>%n altro file non è una foto.</numerusform>
            <numerusform>%n altri file non sono foto.</numerusform>
        </translation>
    </message>
    <message>
        <source>No photos found here.</source>
        <translation>Qui non ci sono foto.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Import progress</source>
        <translation>Avanzamento dell&apos;importazione</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Interruzione…</translation>
    </message>
    <message>
        <source>Importing photos: %1 of %2</source>
        <translation>Importazione delle foto: %1 di %2</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n foto aggiunta.</numerusform>
            <numerusform>%n foto aggiunte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the gallery.</source>
        <translation>
            <numerusform>%n era già nella galleria.</numerusform>
            <numerusform>%n erano già nella galleria.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not added:</source>
        <translation>
            <numerusform>%n file non aggiunto:</numerusform>
            <numerusform>%n file non aggiunti:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(e un altro)</numerusform>
            <numerusform>(e altri %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>L&apos;importazione è stata annullata.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>In revisione</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Non attivo</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizzato</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>In attesa di sincronizzazione</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflitto</translation>
    </message>
    <message>
        <source>Rejected by the marketplace</source>
        <translation>Rifiutato dal marketplace</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>Da spedire</translation>
    </message>
    <message>
        <source>Partly shipped</source>
        <translation>Spedito in parte</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Spedito</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francese</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Tedesco</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spagnolo</translation>
    </message>
</context>
<context>
    <name>LeftOutOrders</name>
    <message>
        <source>Print them anyway? Check each one before it leaves.</source>
        <translation>Stamparli comunque? Controlla ciascuno prima che parta.</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Stampa comunque</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SellerDesk — %1</source>
        <translation>SellerDesk — %1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Search orders: number, buyer, SKU…</source>
        <translation>Cerca ordini: numero, acquirente, SKU…</translation>
    </message>
    <message>
        <source>Search products…</source>
        <translation>Cerca prodotti…</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogo</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Trova</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>%1 to ship</source>
        <translation>%1 da spedire</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 in ritardo</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>Non leggibili: %1</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 in attesa</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 conflitti</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Esegui &amp;backup ora</translation>
    </message>
    <message>
        <source>&amp;Restore from a Backup…</source>
        <translation>&amp;Ripristina da un backup…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;About SellerDesk</source>
        <translation>&amp;Informazioni su SellerDesk</translation>
    </message>
    <message>
        <source>Open the &amp;Data Folder</source>
        <translation>Apri la cartella dei &amp;dati</translation>
    </message>
    <message>
        <source>Open the &amp;Log</source>
        <translation>Apri il &amp;registro</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>About SellerDesk</source>
        <translation>Informazioni su SellerDesk</translation>
    </message>
    <message>
        <source>SellerDesk %1

Your catalogue and orders on your computer, in sync with your marketplaces.

Data folder: %2</source>
        <translation>SellerDesk %1

Il tuo catalogo e i tuoi ordini sul tuo computer, sincronizzati con i tuoi marketplace.

Cartella dei dati: %2</translation>
    </message>
    <message>
        <source>Orders: ship the selected order</source>
        <translation>Ordini: spedisci l&apos;ordine selezionato</translation>
    </message>
    <message>
        <source>Enter or Space</source>
        <translation>Invio o Spazio</translation>
    </message>
    <message>
        <source>Search: go to the results</source>
        <translation>Ricerca: vai ai risultati</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Freccia giù</translation>
    </message>
    <message>
        <source>Move between the sections of the window</source>
        <translation>Passa da una sezione all&apos;altra della finestra</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maiusc+Tab</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
</context>
<context>
    <name>MoneyMessages</name>
    <message>
        <source>Enter a price.</source>
        <translation>Inserisci un prezzo.</translation>
    </message>
    <message>
        <source>“%1” is not a price: type it as you would write it, e.g. %2 or %3.</source>
        <translation>«%1» non è un prezzo: scrivilo come lo scriveresti a mano, ad es. %2 o %3.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Un prezzo non può essere negativo.</translation>
    </message>
    <message>
        <source>%1 has more than %2 decimals, too many for %3.</source>
        <translation>%1 ha più di %2 decimali, troppi per %3.</translation>
    </message>
</context>
<context>
    <name>NetworkMessages</name>
    <message>
        <source>The marketplace at %1 refused the connection: it is not running there, or the address is wrong.</source>
        <translation>Il marketplace a %1 ha rifiutato la connessione: non è in funzione a quell&apos;indirizzo, oppure l&apos;indirizzo è sbagliato.</translation>
    </message>
    <message>
        <source>The address %1 could not be found: check the Internet connection and the marketplace&apos;s address.</source>
        <translation>L&apos;indirizzo %1 non è stato trovato: controlla la connessione a Internet e l&apos;indirizzo del marketplace.</translation>
    </message>
    <message>
        <source>The marketplace at %1 did not answer in time.</source>
        <translation>Il marketplace a %1 non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>The connection to the marketplace at %1 was cut off before its answer arrived.</source>
        <translation>La connessione con il marketplace a %1 si è interrotta prima che arrivasse la risposta.</translation>
    </message>
    <message>
        <source>The marketplace at %1 could not prove who it is: its security certificate was not accepted.</source>
        <translation>Il marketplace a %1 non ha potuto dimostrare la propria identità: il suo certificato di sicurezza non è stato accettato.</translation>
    </message>
    <message>
        <source>The marketplace at %1 could not be reached.</source>
        <translation>Impossibile raggiungere il marketplace a %1.</translation>
    </message>
</context>
<context>
    <name>NewOrdersNotifier</name>
    <message numerus="yes">
        <source>%n new order(s)</source>
        <translation>
            <numerusform>%n nuovo ordine</numerusform>
            <numerusform>%n nuovi ordini</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 e altri %2</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <source>%1 shipped — it reaches the marketplace at the next sync.</source>
        <translation>%1 spedito — arriva al marketplace alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Shipment of %1 corrected.</source>
        <translation>Spedizione di %1 corretta.</translation>
    </message>
    <message>
        <source>Shipment of %1 withdrawn: the order is to ship again.</source>
        <translation>Spedizione di %1 ritirata: l&apos;ordine è di nuovo da spedire.</translation>
    </message>
    <message>
        <source>%1 cancelled — the marketplace is told at the next sync.</source>
        <translation>%1 annullato — il marketplace lo saprà alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>%1 flagged: it stays off the pick list until the problem is resolved.</source>
        <translation>%1 segnalato: resta fuori dalla lista di prelievo finché il problema non è risolto.</translation>
    </message>
    <message>
        <source>Problem with %1 resolved.</source>
        <translation>Problema con %1 risolto.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1</source>
        <translation>
            <numerusform>Salvata %n pagina in %1</numerusform>
            <numerusform>Salvate %n pagine in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>Inviata %n pagina alla stampante</numerusform>
            <numerusform>Inviate %n pagine alla stampante</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not print or save: %1</source>
        <translation>Impossibile stampare o salvare: %1</translation>
    </message>
</context>
<context>
    <name>OrderCommands</name>
    <message>
        <source>ship by %1</source>
        <translation>spedire entro %1</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(in ritardo)</translation>
    </message>
    <message>
        <source>waiting to sync</source>
        <translation>in attesa di sincronizzazione</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problema</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuovo</translation>
    </message>
    <message>
        <source>No orders.</source>
        <translation>Nessun ordine.</translation>
    </message>
    <message>
        <source>placed %1</source>
        <translation>ricevuto il %1</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>Ordine %1: %2</translation>
    </message>
    <message>
        <source>buyer: %1</source>
        <translation>acquirente: %1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problema: %1</translation>
    </message>
    <message>
        <source>ship to:</source>
        <translation>spedire a:</translation>
    </message>
    <message>
        <source>lines:</source>
        <translation>righe:</translation>
    </message>
    <message>
        <source>shipped %1/%2</source>
        <translation>spediti %1/%2</translation>
    </message>
    <message>
        <source>total: %1</source>
        <translation>totale: %1</translation>
    </message>
    <message>
        <source>shipments:</source>
        <translation>spedizioni:</translation>
    </message>
    <message>
        <source>notes:</source>
        <translation>note:</translation>
    </message>
    <message>
        <source>Shipped %1 with %2; it reaches the marketplace at the next sync.</source>
        <translation>%1 spedito con %2; arriva al marketplace alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Withdrew the shipment %1 of %2; the order is to ship again.</source>
        <translation>Ritirata la spedizione %1 di %2; l&apos;ordine è di nuovo da spedire.</translation>
    </message>
    <message>
        <source>Cancelled %1; the marketplace is told at the next sync.</source>
        <translation>%1 annullato; il marketplace lo saprà alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Problem with %1 resolved.</source>
        <translation>Problema con %1 risolto.</translation>
    </message>
    <message>
        <source>Flagged %1: it stays off the pick list until resolved.</source>
        <translation>%1 segnalato: resta fuori dalla lista di prelievo finché il problema non è risolto.</translation>
    </message>
    <message>
        <source>Notes of %1 saved.</source>
        <translation>Note di %1 salvate.</translation>
    </message>
    <message>
        <source>the marketplace&apos;s list of %1 UTC</source>
        <translation>l&apos;elenco del marketplace del %1 UTC</translation>
    </message>
    <message>
        <source>built-in list (not downloaded from the marketplace yet)</source>
        <translation>elenco incorporato (non ancora scaricato dal marketplace)</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>Creato %1 (%2).</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <source>Ship…</source>
        <translation>Spedisci…</translation>
    </message>
    <message>
        <source>Flag a problem…</source>
        <translation>Segnala un problema…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Annulla l&apos;ordine…</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <source>Clear the problem flag</source>
        <translation>Togli la segnalazione del problema</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acquirente</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Spedire a</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Indirizzo di spedizione</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Notes for the team: the buyer never sees them</source>
        <translation>Note per il team: l&apos;acquirente non le vede mai</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Spedizioni</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>No order selected</source>
        <translation>Nessun ordine selezionato</translation>
    </message>
    <message>
        <source>Select an order to see the buyer, the address, the items and the history.</source>
        <translation>Seleziona un ordine per vedere l&apos;acquirente, l&apos;indirizzo, gli articoli e la cronologia.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Ordine %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Change the problem…</source>
        <translation>Modifica il problema…</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotale</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Spedizione</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>ship by %1</source>
        <translation>spedire entro %1</translation>
    </message>
    <message>
        <source>placed %1</source>
        <translation>ricevuto il %1</translation>
    </message>
    <message>
        <source>Not paid yet: ship it once the marketplace reports the payment.</source>
        <translation>Non ancora pagato: spediscilo quando il marketplace comunica il pagamento.</translation>
    </message>
    <message>
        <source>Nothing is left to ship in this order.</source>
        <translation>In questo ordine non resta nulla da spedire.</translation>
    </message>
    <message>
        <source>The marketplace refused a shipment: %1 Correct it or withdraw it below.</source>
        <translation>Il marketplace ha rifiutato una spedizione: %1 Correggila o ritirala qui sotto.</translation>
    </message>
    <message>
        <source>The marketplace refused the cancellation: %1</source>
        <translation>Il marketplace ha rifiutato l&apos;annullamento: %1</translation>
    </message>
    <message>
        <source>Cancelled — waiting to sync: the marketplace will refund the buyer once the sync has told it.</source>
        <translation>Annullato — in attesa di sincronizzazione: il marketplace rimborserà l&apos;acquirente appena la sincronizzazione lo avrà informato.</translation>
    </message>
    <message>
        <source>Shipped — waiting to sync: the buyer gets the tracking number as soon as the sync reaches the marketplace.</source>
        <translation>Spedito — in attesa di sincronizzazione: l&apos;acquirente riceve il numero di tracciamento appena la sincronizzazione raggiunge il marketplace.</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Foto di %1</translation>
    </message>
    <message>
        <source>%1 of %2 shipped</source>
        <translation>%1 di %2 spediti</translation>
    </message>
    <message>
        <source>on the marketplace</source>
        <translation>sul marketplace</translation>
    </message>
    <message>
        <source>waiting to sync</source>
        <translation>in attesa di sincronizzazione</translation>
    </message>
    <message>
        <source>being sent to the marketplace</source>
        <translation>in invio al marketplace</translation>
    </message>
    <message>
        <source>refused by the marketplace</source>
        <translation>rifiutata dal marketplace</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correggi…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Ritira</translation>
    </message>
    <message>
        <source>Take this shipment back before it reaches the marketplace</source>
        <translation>Ritira questa spedizione prima che raggiunga il marketplace</translation>
    </message>
    <message>
        <source>Placed by the buyer</source>
        <translation>Ordinato dall&apos;acquirente</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>Salvate su questo computer</translation>
    </message>
</context>
<context>
    <name>OrderHistory</name>
    <message>
        <source>Shipped here: %1</source>
        <translation>Spedito da qui: %1</translation>
    </message>
    <message>
        <source>Shipment corrected: %1</source>
        <translation>Spedizione corretta: %1</translation>
    </message>
    <message>
        <source>Arrived from the marketplace</source>
        <translation>Arrivato dal marketplace</translation>
    </message>
    <message>
        <source>The marketplace set it to “%1”</source>
        <translation>Il marketplace l&apos;ha impostato su «%1»</translation>
    </message>
    <message>
        <source>Shipment withdrawn before it synced: %1</source>
        <translation>Spedizione ritirata prima della sincronizzazione: %1</translation>
    </message>
    <message>
        <source>Cancelled here</source>
        <translation>Annullato da qui</translation>
    </message>
    <message>
        <source>Problem flagged: %1</source>
        <translation>Problema segnalato: %1</translation>
    </message>
    <message>
        <source>Problem resolved</source>
        <translation>Problema risolto</translation>
    </message>
</context>
<context>
    <name>OrderMessages</name>
    <message>
        <source>No order is numbered %1.</source>
        <translation>Nessun ordine ha il numero %1.</translation>
    </message>
    <message>
        <source>This order no longer exists (it may have been removed).</source>
        <translation>Questo ordine non esiste più (forse è stato rimosso).</translation>
    </message>
    <message>
        <source>This shipment no longer exists.</source>
        <translation>Questa spedizione non esiste più.</translation>
    </message>
    <message>
        <source>This shipment has reached the marketplace already: correct it on the marketplace.</source>
        <translation>Questa spedizione è già arrivata al marketplace: correggila sul marketplace.</translation>
    </message>
    <message>
        <source>This shipment is on its way to the marketplace and may have arrived already: wait for the sync, then correct it on the marketplace.</source>
        <translation>Questa spedizione è in viaggio verso il marketplace e potrebbe essere già arrivata: attendi la sincronizzazione, poi correggila sul marketplace.</translation>
    </message>
    <message>
        <source>A shipment needs a carrier and a tracking number.</source>
        <translation>Una spedizione ha bisogno di un corriere e di un numero di tracciamento.</translation>
    </message>
    <message>
        <source>%1 does not look like a %2 tracking number (for example %3).</source>
        <translation>%1 non sembra un numero di tracciamento %2 (per esempio %3).</translation>
    </message>
    <message>
        <source>%1 is not a tracking number: they are letters and digits, at least %2 of them.</source>
        <translation>%1 non è un numero di tracciamento: è fatto di lettere e cifre, almeno %2.</translation>
    </message>
    <message>
        <source>%1 Check it; if it is right, add --no-check.</source>
        <translation>%1 Controllalo; se è giusto, aggiungi --no-check.</translation>
    </message>
    <message>
        <source>A quantity cannot be negative (%1).</source>
        <translation>Una quantità non può essere negativa (%1).</translation>
    </message>
    <message>
        <source>Only %1 of %2 are left to ship.</source>
        <translation>Restano da spedire solo %1 di %2.</translation>
    </message>
    <message>
        <source>Order %1 has no line %2.</source>
        <translation>L&apos;ordine %1 non ha la riga %2.</translation>
    </message>
    <message>
        <source>Order %1 has nothing left to ship.</source>
        <translation>Nell&apos;ordine %1 non resta niente da spedire.</translation>
    </message>
    <message>
        <source>Order %1 is not paid yet: ship it once the marketplace reports the payment.</source>
        <translation>L&apos;ordine %1 non è ancora pagato: spediscilo quando il marketplace segnala il pagamento.</translation>
    </message>
    <message>
        <source>Order %1 has shipped already: nothing to ship.</source>
        <translation>L&apos;ordine %1 è già stato spedito: niente da spedire.</translation>
    </message>
    <message>
        <source>Order %1 is cancelled: nothing to ship.</source>
        <translation>L&apos;ordine %1 è annullato: niente da spedire.</translation>
    </message>
    <message>
        <source>Order %1 cannot be cancelled: only orders nothing of which has shipped can be.</source>
        <translation>L&apos;ordine %1 non si può annullare: si possono annullare solo gli ordini di cui non è stato spedito niente.</translation>
    </message>
    <message>
        <source>Order %1 is being cancelled already.</source>
        <translation>L&apos;ordine %1 è già in corso di annullamento.</translation>
    </message>
</context>
<context>
    <name>OrderProblems</name>
    <message>
        <source>The address is incomplete</source>
        <translation>L&apos;indirizzo è incompleto</translation>
    </message>
    <message>
        <source>An item is damaged</source>
        <translation>Un articolo è danneggiato</translation>
    </message>
    <message>
        <source>An item is out of stock</source>
        <translation>Un articolo è esaurito</translation>
    </message>
    <message>
        <source>The buyer asked for a change</source>
        <translation>L&apos;acquirente ha chiesto una modifica</translation>
    </message>
</context>
<context>
    <name>OrderTable</name>
    <message>
        <source>%1 — refused by the marketplace</source>
        <translation>%1 — rifiutato dal marketplace</translation>
    </message>
    <message>
        <source>%1 — waiting to sync</source>
        <translation>%1 — da sincronizzare</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acquirente</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Pezzi</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Ricevuto il</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>Spedire entro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>%1, new</source>
        <translation>%1, nuovo</translation>
    </message>
    <message>
        <source>Overdue: the ship-by time passed %1</source>
        <translation>In ritardo: il termine di spedizione è scaduto %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Da spedire %1</translation>
    </message>
    <message>
        <source>New since you last looked</source>
        <translation>Nuovo dall&apos;ultima volta che hai guardato</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>The marketplace refused a change made here: open the order to correct it</source>
        <translation>Il marketplace ha rifiutato una modifica fatta qui: apri l&apos;ordine per correggerla</translation>
    </message>
    <message>
        <source>Saved here; the marketplace is told at the next sync</source>
        <translation>Salvato qui; il marketplace lo saprà alla prossima sincronizzazione</translation>
    </message>
    <message>
        <source>Not paid yet: ship it once the marketplace reports the payment</source>
        <translation>Non ancora pagato: spediscilo quando il marketplace comunica il pagamento</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Which orders</source>
        <translation>Quali ordini</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>Da spedire</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Spediti</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullati</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Tutti gli ordini</translation>
    </message>
    <message>
        <source>Ship…</source>
        <translation>Spedisci…</translation>
    </message>
    <message>
        <source>Ship the selected order</source>
        <translation>Spedisci l&apos;ordine selezionato</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>Lista di prelievo</translation>
    </message>
    <message>
        <source>Packing slips</source>
        <translation>Distinte di imballaggio</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <source>For the selected orders, or every order ready to ship when none is selected</source>
        <translation>Per gli ordini selezionati, o per tutti gli ordini pronti da spedire se non ne è selezionato nessuno</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Salva come PDF…</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n ordine</numerusform>
            <numerusform>%n ordini</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nessun risultato</translation>
    </message>
    <message>
        <source>No order matches “%1”: search by order number, buyer or SKU.</source>
        <translation>Nessun ordine corrisponde a «%1»: cerca per numero d&apos;ordine, acquirente o SKU.</translation>
    </message>
    <message>
        <source>Nothing to ship</source>
        <translation>Niente da spedire</translation>
    </message>
    <message>
        <source>Every order is on its way. New orders appear here as soon as the marketplace reports them.</source>
        <translation>Tutti gli ordini sono in viaggio. I nuovi ordini compaiono qui appena il marketplace li comunica.</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Nessun problema</translation>
    </message>
    <message>
        <source>Orders flagged with a problem wait here until it is resolved.</source>
        <translation>Gli ordini segnalati con un problema restano qui finché non è risolto.</translation>
    </message>
    <message>
        <source>No orders here</source>
        <translation>Nessun ordine qui</translation>
    </message>
    <message>
        <source>Orders appear here when the sync brings them from the marketplace.</source>
        <translation>Gli ordini compaiono qui quando la sincronizzazione li porta dal marketplace.</translation>
    </message>
</context>
<context>
    <name>PackingSlip</name>
    <message>
        <source>Packing slip</source>
        <translation>Distinta di imballaggio</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Ordine %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Ordinati</translation>
    </message>
    <message>
        <source>In this parcel</source>
        <translation>In questo pacco</translation>
    </message>
    <message>
        <source>Thank you for your order! If anything is missing or damaged, reply to the marketplace&apos;s order message and we will put it right.</source>
        <translation>Grazie per il tuo ordine! Se manca qualcosa o è arrivato danneggiato, rispondi al messaggio dell&apos;ordine sul marketplace e rimedieremo.</translation>
    </message>
    <message>
        <source>Packed by</source>
        <translation>Imballato da</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Nothing to pack for these orders.</source>
        <translation>Niente da imballare per questi ordini.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Data dell&apos;ordine</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>Spedire entro</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acquirente</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Shipped with</source>
        <translation>Spedito con</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Spedire a</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>Dettagli dell&apos;ordine</translation>
    </message>
</context>
<context>
    <name>PhotoGallery</name>
    <message>
        <source>Main photo</source>
        <translation>Foto principale</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in the log file.</source>
        <translation>Qualcosa è andato storto; i dettagli sono nel file di log.</translation>
    </message>
    <message>
        <source>Show photos for</source>
        <translation>Mostra le foto per</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Aggiungi foto…</translation>
    </message>
    <message>
        <source>Set as main photo</source>
        <translation>Imposta come foto principale</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Sposta prima</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Sposta dopo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>Tutte le foto</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n foto</numerusform>
        </translation>
    </message>
    <message>
        <source>No product selected</source>
        <translation>Nessun prodotto selezionato</translation>
    </message>
    <message>
        <source>No photos yet</source>
        <translation>Ancora nessuna foto</translation>
    </message>
    <message>
        <source>Drop photos or folders here, or click “Add photos…”. Photos of 800 pixels or more on the short side, up to 3 MB, suit the marketplace best.</source>
        <translation>Trascina qui foto o cartelle, oppure fai clic su “Aggiungi foto…”. Per il marketplace sono ideali foto di almeno 800 pixel sul lato corto e al massimo 3 MB.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) removed.</source>
        <translation>
            <numerusform>%n foto rimossa.</numerusform>
            <numerusform>%n foto rimosse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fixing the photo…</source>
        <translation>Correzione della foto…</translation>
    </message>
    <message>
        <source>Photo fixed; the original is kept.</source>
        <translation>Foto corretta; l&apos;originale è conservato.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Aggiungi foto</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Foto (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Large preview</source>
        <translation>Anteprima grande</translation>
    </message>
    <message>
        <source>Variant of this photo</source>
        <translation>Variante di questa foto</translation>
    </message>
    <message>
        <source>Shown for:</source>
        <translation>Mostrata per:</translation>
    </message>
    <message>
        <source>Select a photo to see it large.</source>
        <translation>Seleziona una foto per vederla in grande.</translation>
    </message>
    <message>
        <source>All variants</source>
        <translation>Tutte le varianti</translation>
    </message>
    <message>
        <source>%1 × %2 px · %3 kB · %4</source>
        <translation>%1 × %2 px · %3 kB · %4</translation>
    </message>
    <message>
        <source>%1 × %2 px · %3 MB · %4</source>
        <translation>%1 × %2 px · %3 MB · %4</translation>
    </message>
    <message>
        <source>Meets the marketplace&apos;s rules.</source>
        <translation>Rispetta le regole del marketplace.</translation>
    </message>
</context>
<context>
    <name>PhotoMessages</name>
    <message>
        <source>The file does not exist (any more).</source>
        <translation>Il file non esiste (più).</translation>
    </message>
    <message>
        <source>This is a folder or a device, not a photo file.</source>
        <translation>Questa è una cartella o un dispositivo, non il file di una foto.</translation>
    </message>
    <message>
        <source>SellerDesk is not allowed to read this file.</source>
        <translation>SellerDesk non ha il permesso di leggere questo file.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Il file non si può leggere (%1).</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes): it was probably not copied completely.</source>
        <translation>Il file è vuoto (0 byte): probabilmente non è stato copiato per intero.</translation>
    </message>
    <message>
        <source>The file is %1 MB; files over %2 MB are not accepted.</source>
        <translation>Il file è di %1 MB; i file oltre %2 MB non sono accettati.</translation>
    </message>
    <message>
        <source>This is not a photo: the file&apos;s content is not an image, whatever its name says.</source>
        <translation>Questa non è una foto: il contenuto del file non è un&apos;immagine, qualunque cosa dica il nome.</translation>
    </message>
    <message>
        <source>This is a HEIC photo (the iPhone&apos;s own format), which SellerDesk cannot read. Export it as JPEG, or set the iPhone to “Most Compatible” under Settings › Camera › Formats.</source>
        <translation>Questa è una foto HEIC (il formato proprio dell&apos;iPhone), che SellerDesk non sa leggere. Esportala in JPEG, oppure imposta l&apos;iPhone su “Più compatibile” in Impostazioni › Fotocamera › Formati.</translation>
    </message>
    <message>
        <source>%1 files are not supported: save the photo as JPEG or PNG.</source>
        <translation>I file %1 non sono supportati: salva la foto in JPEG o PNG.</translation>
    </message>
    <message>
        <source>The photo is damaged or incomplete (perhaps cut off while copying): copy it again from the camera or phone.</source>
        <translation>La foto è danneggiata o incompleta (forse interrotta durante la copia): copiala di nuovo dalla fotocamera o dal telefono.</translation>
    </message>
    <message>
        <source>The image claims %1 × %2 pixels, more than the %3 megapixels SellerDesk opens: decoding it could exhaust the computer&apos;s memory.</source>
        <translation>L&apos;immagine dichiara %1 × %2 pixel, più dei %3 megapixel che SellerDesk apre: decodificarla potrebbe esaurire la memoria del computer.</translation>
    </message>
    <message>
        <source>The photo is too large to process with the memory available.</source>
        <translation>La foto è troppo grande per essere elaborata con la memoria disponibile.</translation>
    </message>
    <message>
        <source>SellerDesk could not process this photo (%1).</source>
        <translation>SellerDesk non è riuscito a elaborare questa foto (%1).</translation>
    </message>
    <message>
        <source>Not imported: the import was cancelled.</source>
        <translation>Non importata: l&apos;importazione è stata annullata.</translation>
    </message>
    <message>
        <source>No product&apos;s SKU matches this file name: name it like SKU_1.jpg, or add it from the product&apos;s photos.</source>
        <translation>Nessuno SKU di prodotto corrisponde al nome del file: chiamalo come SKU_1.jpg, oppure aggiungilo dalle foto del prodotto.</translation>
    </message>
    <message>
        <source>The file name matches several SKUs that differ only in upper and lower case (%1).</source>
        <translation>Il nome del file corrisponde a più SKU che differiscono solo per maiuscole e minuscole (%1).</translation>
    </message>
    <message>
        <source>No product has the SKU “%1”.</source>
        <translation>Nessun prodotto ha lo SKU “%1”.</translation>
    </message>
    <message>
        <source>The product was deleted while its photos were being imported.</source>
        <translation>Il prodotto è stato eliminato mentre le sue foto venivano importate.</translation>
    </message>
    <message>
        <source>The photo could not be saved: %1</source>
        <translation>Non è stato possibile salvare la foto: %1</translation>
    </message>
    <message>
        <source>The name “%1” is not safe as a file name on every computer; the photo is called “%2”.</source>
        <translation>Il nome “%1” non è sicuro come nome di file su tutti i computer; la foto si chiama “%2”.</translation>
    </message>
    <message>
        <source>This photo is already in the product&apos;s gallery, so it was not added a second time.</source>
        <translation>Questa foto è già nella galleria del prodotto, quindi non è stata aggiunta una seconda volta.</translation>
    </message>
    <message>
        <source>Turned upright as the camera recorded it; the original is kept.</source>
        <translation>Raddrizzata come indicato dalla fotocamera; l&apos;originale è conservato.</translation>
    </message>
    <message>
        <source>Not a photo (%1): left out.</source>
        <translation>Non è una foto (%1): esclusa.</translation>
    </message>
    <message>
        <source>The marketplace does not accept %1 files, only JPEG, PNG and WebP.</source>
        <translation>Il marketplace non accetta file %1, solo JPEG, PNG e WebP.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is too small: the marketplace needs at least %3 pixels on the short side. Use a larger photo.</source>
        <translation>%1 × %2 pixel è troppo piccola: il marketplace richiede almeno %3 pixel sul lato corto. Usa una foto più grande.</translation>
    </message>
    <message>
        <source>The file is %1 MB; the marketplace accepts at most %2 MB.</source>
        <translation>Il file è di %1 MB; il marketplace accetta al massimo %2 MB.</translation>
    </message>
    <message>
        <source>The photo is too long and narrow (%1 : 1); the marketplace accepts up to %2 : 1.</source>
        <translation>La foto è troppo lunga e stretta (%1 : 1); il marketplace accetta fino a %2 : 1.</translation>
    </message>
    <message>
        <source>The photo uses print colours (CMYK): browsers may show them wrongly.</source>
        <translation>La foto usa i colori per la stampa (CMYK): i browser potrebbero mostrarli in modo errato.</translation>
    </message>
    <message>
        <source>The photo has 16 bits per colour: the marketplace shows 8, and the file is larger than it needs to be.</source>
        <translation>La foto ha 16 bit per colore: il marketplace ne mostra 8, e il file è più grande del necessario.</translation>
    </message>
    <message>
        <source>Convert to JPEG</source>
        <translation>Converti in JPEG</translation>
    </message>
    <message>
        <source>Make the file smaller</source>
        <translation>Riduci il file</translation>
    </message>
    <message>
        <source>Add white margins</source>
        <translation>Aggiungi margini bianchi</translation>
    </message>
</context>
<context>
    <name>PickList</name>
    <message>
        <source>Pick list</source>
        <translation>Lista di prelievo</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qtà</translation>
    </message>
    <message>
        <source>For orders</source>
        <translation>Per gli ordini</translation>
    </message>
    <message>
        <source>Picked by</source>
        <translation>Prelevato da</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Controllato da</translation>
    </message>
    <message>
        <source>Nothing is left to pick for these orders.</source>
        <translation>Per questi ordini non resta nulla da prelevare.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Pick list</source>
        <translation>Lista di prelievo</translation>
    </message>
    <message>
        <source>Packing slips</source>
        <translation>Distinte di imballaggio</translation>
    </message>
    <message>
        <source>pick-list</source>
        <translation>lista-di-prelievo</translation>
    </message>
    <message>
        <source>packing-slips</source>
        <translation>distinte-di-imballaggio</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Salva %1 come PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>the PDF could not be written to %1</source>
        <translation>non è stato possibile scrivere il PDF in %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Stampa %1</translation>
    </message>
    <message>
        <source>the printer did not accept the document</source>
        <translation>la stampante non ha accettato il documento</translation>
    </message>
</context>
<context>
    <name>PrintingSelection</name>
    <message>
        <source>Nothing to print: no paid order is waiting to be shipped.</source>
        <translation>Niente da stampare: nessun ordine pagato è in attesa di spedizione.</translation>
    </message>
    <message>
        <source>Nothing to print: %1.</source>
        <translation>Niente da stampare: %1.</translation>
    </message>
    <message>
        <source>order %1 is cancelled</source>
        <translation>l&apos;ordine %1 è annullato</translation>
    </message>
    <message>
        <source>order %1 has shipped already</source>
        <translation>l&apos;ordine %1 è già stato spedito</translation>
    </message>
    <message>
        <source>order %1 is not paid yet</source>
        <translation>l&apos;ordine %1 non è ancora pagato</translation>
    </message>
    <message>
        <source>order %1 is flagged: %2</source>
        <translation>l&apos;ordine %1 ha un problema segnalato: %2</translation>
    </message>
    <message>
        <source>%1 more orders left out</source>
        <translation>altri %1 ordini esclusi</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>Problem with order %1</source>
        <translation>Problema con l&apos;ordine %1</translation>
    </message>
    <message>
        <source>Flagged orders stay in the list, marked, and are left off the pick list until the problem is resolved. Only your team sees this.</source>
        <translation>Gli ordini segnalati restano nell&apos;elenco, evidenziati, e fuori dalla lista di prelievo finché il problema non è risolto. Lo vede solo il tuo team.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Segnala</translation>
    </message>
</context>
<context>
    <name>ProductCommands</name>
    <message>
        <source>No products.</source>
        <translation>Nessun prodotto.</translation>
    </message>
    <message>
        <source>status: %1   sync: %2   main language: %3</source>
        <translation>stato: %1   sincronizzazione: %2   lingua principale: %3</translation>
    </message>
    <message>
        <source>category: %1   brand: %2</source>
        <translation>categoria: %1   marca: %2</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>etichette: %1</translation>
    </message>
    <message>
        <source>texts:</source>
        <translation>testi:</translation>
    </message>
    <message>
        <source>variants:</source>
        <translation>varianti:</translation>
    </message>
    <message>
        <source>stock %1</source>
        <translation>scorte %1</translation>
    </message>
    <message>
        <source>Added %1: %2</source>
        <translation>Aggiunto %1: %2</translation>
    </message>
    <message>
        <source>Deleted %1 (it will be removed from the marketplace at the next sync).</source>
        <translation>Eliminato %1 (sarà tolto dal marketplace alla prossima sincronizzazione).</translation>
    </message>
    <message>
        <source>Added variant %1 to %2.</source>
        <translation>Aggiunta la variante %1 a %2.</translation>
    </message>
    <message>
        <source>Deleted variant %1 (it will be removed from the marketplace at the next sync).</source>
        <translation>Eliminata la variante %1 (sarà tolta dal marketplace alla prossima sincronizzazione).</translation>
    </message>
</context>
<context>
    <name>ProductDetail</name>
    <message>
        <source>No photo yet</source>
        <translation>Ancora nessuna foto</translation>
    </message>
    <message>
        <source>Main photo</source>
        <translation>Foto principale</translation>
    </message>
    <message>
        <source>Drop photos here to add them</source>
        <translation>Trascina qui le foto per aggiungerle</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Traduzioni</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Sync:</source>
        <translation>Sincronizzazione:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Prezzo:</translation>
    </message>
    <message>
        <source>Stock:</source>
        <translation>Scorte:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoria:</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Scorte</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianti</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <source>No product selected</source>
        <translation>Nessun prodotto selezionato</translation>
    </message>
    <message>
        <source>Select a product in the list to see it here.</source>
        <translation>Seleziona un prodotto nell&apos;elenco per vederlo qui.</translation>
    </message>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>%n disponibile</numerusform>
            <numerusform>%n disponibili</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>Edit product</source>
        <translation>Modifica prodotto</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nuovo prodotto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Testi</translation>
    </message>
    <message>
        <source>Variants and prices</source>
        <translation>Varianti e prezzi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Save the new product first, then add its photos.</source>
        <translation>Salva prima il nuovo prodotto, poi aggiungi le sue foto.</translation>
    </message>
    <message>
        <source>Untitled product</source>
        <translation>Prodotto senza titolo</translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n variante</numerusform>
            <numerusform>%n varianti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 languages complete</source>
        <translation>%1 lingue complete su %2</translation>
    </message>
    <message>
        <source>Variants and prices (%1)</source>
        <translation>Varianti e prezzi (%1)</translation>
    </message>
    <message>
        <source>New product “%1”</source>
        <translation>Nuovo prodotto «%1»</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifica «%1»</translation>
    </message>
    <message>
        <source>The product could not be saved because of an unexpected error. Nothing was changed; the details are in the log.</source>
        <translation>Non è stato possibile salvare il prodotto per un errore imprevisto. Non è stato cambiato nulla; i dettagli sono nel registro.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Salvare le modifiche a «%1»?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Se non salvi, le modifiche andranno perse.</translation>
    </message>
</context>
<context>
    <name>ProductTable</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Scorte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinc.</translation>
    </message>
    <message>
        <source>Main photo</source>
        <translation>Foto principale</translation>
    </message>
    <message>
        <source>Whether the marketplace has this product&apos;s latest changes</source>
        <translation>Se il marketplace ha le ultime modifiche di questo prodotto</translation>
    </message>
    <message>
        <source>Variants from %1 to %2</source>
        <translation>Varianti da %1 a %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>da %1</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Unità</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Cerca in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>File di &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Come il sistema (%1)</translation>
    </message>
    <message>
        <source>Low stock below</source>
        <translation>Scorte basse sotto</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <source>Low stock below:</source>
        <translation>Scorte basse sotto:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Cartella dei dati:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>In use now: %1, chosen with --lang when SellerDesk started.</source>
        <translation>In uso ora: %1, scelto con --lang all&apos;avvio di SellerDesk.</translation>
    </message>
    <message>
        <source>The new language applies the next time SellerDesk starts.</source>
        <translation>La nuova lingua vale dal prossimo avvio di SellerDesk.</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <source>Correct the shipment of %1</source>
        <translation>Correggi la spedizione di %1</translation>
    </message>
    <message>
        <source>Ship order %1</source>
        <translation>Spedisci l&apos;ordine %1</translation>
    </message>
    <message>
        <source>To %1 · %2</source>
        <translation>A %1 · %2</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Corriere</translation>
    </message>
    <message>
        <source>Choose the carrier</source>
        <translation>Scegli il corriere</translation>
    </message>
    <message>
        <source>The marketplace&apos;s carriers, as of %1.</source>
        <translation>I corrieri del marketplace, aggiornati al %1.</translation>
    </message>
    <message>
        <source>Common carriers: the marketplace&apos;s own list is downloaded at the next sync.</source>
        <translation>Corrieri comuni: l&apos;elenco del marketplace viene scaricato alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numero di tracciamento</translation>
    </message>
    <message>
        <source>As printed on the label</source>
        <translation>Come stampato sull&apos;etichetta</translation>
    </message>
    <message>
        <source>The number is right: use it anyway</source>
        <translation>Il numero è giusto: usalo comunque</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>Corriere:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>Numero di tracciamento:</translation>
    </message>
    <message>
        <source>Items in this parcel</source>
        <translation>Articoli in questo pacco</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>Left to ship</source>
        <translation>Da spedire</translation>
    </message>
    <message>
        <source>In this parcel</source>
        <translation>In questo pacco</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Salva la correzione</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Spedisci</translation>
    </message>
    <message>
        <source>What goes in this parcel:</source>
        <translation>Cosa va in questo pacco:</translation>
    </message>
    <message>
        <source>Quantity of %1 in this parcel</source>
        <translation>Quantità di %1 in questo pacco</translation>
    </message>
    <message>
        <source>✓ A valid %1 tracking number.</source>
        <translation>✓ Un numero di tracciamento %1 valido.</translation>
    </message>
    <message>
        <source>This does not look like a %1 tracking number (for example %2). Check it against the label.</source>
        <translation>Non sembra un numero di tracciamento %1 (per esempio %2). Controllalo sull&apos;etichetta.</translation>
    </message>
    <message>
        <source>“%1” is not a tracking number: they are letters and digits, at least %2 of them. Check it against the label.</source>
        <translation>«%1» non è un numero di tracciamento: è fatto di lettere e cifre, almeno %2. Controllalo sull&apos;etichetta.</translation>
    </message>
    <message>
        <source>The format of %1 numbers is not known here: check it against the label.</source>
        <translation>Il formato dei numeri %1 non è noto qui: controllalo sull&apos;etichetta.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizzazione…</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>Accedi di nuovo</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>In linea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Non in linea</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Ultimo errore</translation>
    </message>
    <message>
        <source>Syncing… (taking longer than usual)</source>
        <translation>Sincronizzazione… (più lunga del solito)</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sincronizzazione non riuscita</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Tutte le modifiche salvate</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>ultima sincronizzazione %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Mai sincronizzato</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>Synced: %1. Waiting: %2, conflicts: %3.</source>
        <translation>Sincronizzato: %1. In attesa: %2, conflitti: %3.</translation>
    </message>
    <message>
        <source>online: %1 waiting, conflicts: %2</source>
        <translation>in linea: %1 in attesa, conflitti: %2</translation>
    </message>
    <message>
        <source>offline: %1 waiting, conflicts: %2</source>
        <translation>non in linea: %1 in attesa, conflitti: %2</translation>
    </message>
    <message>
        <source>Kept your value; the change is recorded and will sync.</source>
        <translation>Mantenuto il tuo valore; la modifica è registrata e sarà sincronizzata.</translation>
    </message>
    <message>
        <source>Kept the marketplace&apos;s value; the change is recorded and will sync.</source>
        <translation>Mantenuto il valore del marketplace; la modifica è registrata e sarà sincronizzata.</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>The marketplace sent a reply SellerDesk cannot read. Nothing from it was applied; the next sync tries again.</source>
        <translation>Il marketplace ha inviato una risposta che SellerDesk non riesce a leggere. Non è stato applicato niente; la prossima sincronizzazione riprova.</translation>
    </message>
    <message>
        <source>The marketplace sent an item SellerDesk cannot read. Sync tries again; after %1 tries the item is set aside so that the rest of the shop goes on.</source>
        <translation>Il marketplace ha inviato un elemento che SellerDesk non riesce a leggere. La sincronizzazione riprova; dopo %1 tentativi l&apos;elemento viene messo da parte perché il resto del negozio possa proseguire.</translation>
    </message>
    <message>
        <source>SellerDesk met an unexpected problem; the details are in the log. Nothing is lost: the next sync tries again.</source>
        <translation>SellerDesk ha incontrato un problema imprevisto; i dettagli sono nel registro. Non si è perso niente: la prossima sincronizzazione riprova.</translation>
    </message>
    <message>
        <source>The marketplace did not accept the saved sync position: SellerDesk reads all its changes again.</source>
        <translation>Il marketplace non ha accettato la posizione di sincronizzazione salvata: SellerDesk rilegge tutte le sue modifiche.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>New product</source>
        <translation>Nuovo prodotto</translation>
    </message>
    <message>
        <source>Product changed</source>
        <translation>Prodotto modificato</translation>
    </message>
    <message>
        <source>Product deleted</source>
        <translation>Prodotto eliminato</translation>
    </message>
    <message>
        <source>Product restored</source>
        <translation>Prodotto ripristinato</translation>
    </message>
    <message>
        <source>New variant</source>
        <translation>Nuova variante</translation>
    </message>
    <message>
        <source>Variant changed</source>
        <translation>Variante modificata</translation>
    </message>
    <message>
        <source>Variant deleted</source>
        <translation>Variante eliminata</translation>
    </message>
    <message>
        <source>Stock moved</source>
        <translation>Scorte movimentate</translation>
    </message>
    <message>
        <source>Stock counted</source>
        <translation>Scorte inventariate</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Spedizione</translation>
    </message>
    <message>
        <source>Connected account: %1</source>
        <translation>Account collegato: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizzazione…</translation>
    </message>
    <message>
        <source>No changes waiting</source>
        <translation>Nessuna modifica in attesa</translation>
    </message>
    <message>
        <source>Connect account…</source>
        <translation>Collega account…</translation>
    </message>
    <message>
        <source>Your changes are kept on this computer and will be sent at the next sync.</source>
        <translation>Le tue modifiche restano su questo computer e saranno inviate alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>This sync is taking longer than usual. It goes on in the background; you can keep working or ask again.</source>
        <translation>Questa sincronizzazione sta durando più del solito. Prosegue in background: puoi continuare a lavorare o riprovare.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mia</translation>
    </message>
    <message>
        <source>The marketplace&apos;s</source>
        <translation>Quella del marketplace</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Risolvi…</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Modifiche in attesa</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Connect a marketplace account first.</source>
        <translation>Collega prima un account marketplace.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Ultimo errore</translation>
    </message>
    <message>
        <source>Every change is saved on this computer first. These changes will be sent to the marketplace, in order and exactly once, at the next sync.</source>
        <translation>Ogni modifica viene salvata prima su questo computer. Queste modifiche saranno inviate al marketplace, in ordine e una sola volta, alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Log in again…</source>
        <translation>Accedi di nuovo…</translation>
    </message>
    <message>
        <source>All changes are on the marketplace</source>
        <translation>Tutte le modifiche sono sul marketplace</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Niente in attesa di invio.</translation>
    </message>
    <message>
        <source>Could not read</source>
        <translation>Non leggibili</translation>
    </message>
    <message>
        <source>The marketplace sent these items in a form SellerDesk could not read. They are set aside and read again at every sync; the rest of the shop syncs as usual.</source>
        <translation>Il marketplace ha inviato questi elementi in una forma che SellerDesk non riesce a leggere. Sono messi da parte e riletti a ogni sincronizzazione; il resto del negozio si sincronizza normalmente.</translation>
    </message>
    <message>
        <source>Marketplace id</source>
        <translation>ID sul marketplace</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Failed reads: %1, the last %2</source>
        <translation>Letture non riuscite: %1, l&apos;ultima %2</translation>
    </message>
    <message>
        <source>Everything the marketplace sent could be read</source>
        <translation>Tutto ciò che il marketplace ha inviato è leggibile</translation>
    </message>
    <message>
        <source>Items it sends in a form SellerDesk cannot read would be listed here, so none is lost unnoticed.</source>
        <translation>Gli elementi inviati in una forma che SellerDesk non sa leggere comparirebbero qui, così nessuno va perso senza che tu lo sappia.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <source>%n item(s) could not be read</source>
        <translation>
            <numerusform>%n elemento non leggibile</numerusform>
            <numerusform>%n elementi non leggibili</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modifica in attesa</numerusform>
            <numerusform>%n modifiche in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflitto</numerusform>
            <numerusform>%n conflitti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWording</name>
    <message>
        <source>No marketplace connected: changes stay on this computer</source>
        <translation>Nessun marketplace collegato: le modifiche restano su questo computer</translation>
    </message>
    <message>
        <source>Temporary problem</source>
        <translation>Problema temporaneo</translation>
    </message>
    <message>
        <source>Login needed</source>
        <translation>Accesso necessario</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflitto</translation>
    </message>
    <message>
        <source>Refused by the marketplace</source>
        <translation>Rifiutato dal marketplace</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Errore imprevisto</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Spedizione</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>TextsTab</name>
    <message>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
    <message>
        <source>No title: the listing does not show in this language</source>
        <translation>Senza titolo: in questa lingua l&apos;inserzione non compare</translation>
    </message>
    <message>
        <source>No description yet</source>
        <translation>Manca ancora la descrizione</translation>
    </message>
    <message>
        <source>Title too long for %1 (at most %2 characters)</source>
        <translation>Titolo troppo lungo per %1 (al massimo %2 caratteri)</translation>
    </message>
    <message>
        <source>Description too long for %1 (at most %2 characters)</source>
        <translation>Descrizione troppo lunga per %1 (al massimo %2 caratteri)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titolo:</translation>
    </message>
    <message>
        <source>Description length:</source>
        <translation>Lunghezza della descrizione:</translation>
    </message>
    <message>
        <source>%1 accepts titles of at most %2 characters</source>
        <translation>%1 accetta titoli di al massimo %2 caratteri</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>Aggiungi lingua</translation>
    </message>
    <message>
        <source>Main language</source>
        <translation>Lingua principale</translation>
    </message>
</context>
<context>
    <name>UndoController</name>
    <message>
        <source>Redoing “%1”…</source>
        <translation>Ripristino di «%1»…</translation>
    </message>
    <message>
        <source>Undoing “%1”…</source>
        <translation>Annullamento di «%1»…</translation>
    </message>
    <message>
        <source>“%1” could not be redone: %2</source>
        <translation>Non è stato possibile ripetere «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation>Non è stato possibile annullare «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” could not be undone because of an unexpected error; nothing was changed.</source>
        <translation>Non è stato possibile annullare «%1» per un errore imprevisto; non è stato cambiato nulla.</translation>
    </message>
</context>
<context>
    <name>VariantTable</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Scorte</translation>
    </message>
    <message>
        <source>New variant: created when you save</source>
        <translation>Nuova variante: sarà creata al salvataggio</translation>
    </message>
    <message>
        <source>“%1” is not a price: type it as you would write it, e.g. 1.234,50 or 12.50.</source>
        <translation>«%1» non è un prezzo: scrivilo come lo scriveresti a mano, es. 1.234,50 o 12.50.</translation>
    </message>
    <message>
        <source>“%1” is not a valid value here.</source>
        <translation>«%1» non è un valore valido qui.</translation>
    </message>
    <message>
        <source>Stock cannot be negative: “%1” was not saved. Type 0 or more.</source>
        <translation>Le scorte non possono essere negative: «%1» non è stato salvato. Inserisci 0 o più.</translation>
    </message>
    <message>
        <source>Stock can be at most %1: “%2” was not saved.</source>
        <translation>Le scorte possono essere al massimo %1: «%2» non è stato salvato.</translation>
    </message>
</context>
<context>
    <name>VariantsTab</name>
    <message>
        <source>Option, e.g. Colour</source>
        <translation>Opzione, es. Colore</translation>
    </message>
    <message>
        <source>Option name</source>
        <translation>Nome dell&apos;opzione</translation>
    </message>
    <message>
        <source>Values, separated by commas: red, blue, green</source>
        <translation>Valori, separati da virgole: rosso, blu, verde</translation>
    </message>
    <message>
        <source>Option values</source>
        <translation>Valori dell&apos;opzione</translation>
    </message>
    <message>
        <source>Remove this option</source>
        <translation>Togli questa opzione</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Aggiungi opzione</translation>
    </message>
    <message>
        <source>e.g. BAG-FLO</source>
        <translation>es. BORSA-FI</translation>
    </message>
    <message>
        <source>Base SKU</source>
        <translation>SKU di base</translation>
    </message>
    <message>
        <source>Price of new variants</source>
        <translation>Prezzo delle nuove varianti</translation>
    </message>
    <message>
        <source>Stock of new variants</source>
        <translation>Scorte delle nuove varianti</translation>
    </message>
    <message>
        <source>Generate variants</source>
        <translation>Genera varianti</translation>
    </message>
    <message>
        <source>Make a variant for every combination of the values above; variants you already have keep their SKU, price and stock.</source>
        <translation>Crea una variante per ogni combinazione dei valori qui sopra; le varianti che hai già mantengono SKU, prezzo e scorte.</translation>
    </message>
    <message>
        <source>Base SKU:</source>
        <translation>SKU di base:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Prezzo:</translation>
    </message>
    <message>
        <source>Stock:</source>
        <translation>Scorte:</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianti</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>Aggiungi variante</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Togli</translation>
    </message>
    <message>
        <source>That makes more than %1 combinations: check the values.</source>
        <translation>Così sono più di %1 combinazioni: controlla i valori.</translation>
    </message>
    <message>
        <source>Name an option and give it some values first, e.g. Colour: red, blue.</source>
        <translation>Prima dai un nome a un&apos;opzione e qualche valore, es. Colore: rosso, blu.</translation>
    </message>
    <message>
        <source>The price of new variants is not a price: e.g. 49,90.</source>
        <translation>Il prezzo delle nuove varianti non è un prezzo: es. 49,90.</translation>
    </message>
    <message numerus="yes">
        <source>%n existing variant(s) match no combination: remove them if you no longer sell them.</source>
        <translation>
            <numerusform>%n variante esistente non corrisponde a nessuna combinazione: toglila se non la vendi più.</numerusform>
            <numerusform>%n varianti esistenti non corrispondono a nessuna combinazione: toglile se non le vendi più.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n variante</numerusform>
            <numerusform>%n varianti</numerusform>
        </translation>
    </message>
</context>
</TS>
