<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>App</name>
    <message>
        <source>SellerDesk cannot open the shop</source>
        <translation>SellerDesk non riesce ad aprire il negozio</translation>
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
        <source>Filters:</source>
        <translation>Filtri:</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Prodotti</translation>
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
        <source>Products appear here when you add them from the command line (sellerdesk products add) or when the sync brings them from the marketplace.</source>
        <translation>I prodotti compaiono qui quando li aggiungi dalla riga di comando (sellerdesk products add) o quando la sincronizzazione li porta dal marketplace.</translation>
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
        <source>Find</source>
        <translation>Trova</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
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
        <source>%1 to ship</source>
        <translation>%1 da spedire</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 conflitti</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>In linea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Non in linea</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modifica in attesa</numerusform>
            <numerusform>%n modifiche in attesa</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Tutte le modifiche salvate</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Mai sincronizzato</translation>
    </message>
    <message>
        <source>No marketplace account connected</source>
        <translation>Nessun account marketplace collegato</translation>
    </message>
</context>
<context>
    <name>OrderTable</name>
    <message>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acquirente</translation>
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
        <source>Overdue: the ship-by time has passed</source>
        <translation>In ritardo: il termine di spedizione è passato</translation>
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
        <source>All orders</source>
        <translation>Tutti gli ordini</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
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
        <source>No orders here</source>
        <translation>Nessun ordine qui</translation>
    </message>
    <message>
        <source>Orders appear here when the sync brings them from the marketplace.</source>
        <translation>Gli ordini compaiono qui quando la sincronizzazione li porta dal marketplace.</translation>
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
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Come il sistema</translation>
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
        <source>The new language applies the next time SellerDesk starts.</source>
        <translation>La nuova lingua vale dal prossimo avvio di SellerDesk.</translation>
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
        <source>All changes are on the marketplace</source>
        <translation>Tutte le modifiche sono sul marketplace</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Niente in attesa di invio.</translation>
    </message>
</context>
</TS>
