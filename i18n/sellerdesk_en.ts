<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountMessages</name>
    <message>
        <source>%1 is not a secure address: a marketplace must be reached over https:// (plain http:// is accepted only for a marketplace on this computer).</source>
        <translation>%1 is not a secure address: a marketplace must be reached over https:// (plain http:// is accepted only for a marketplace on this computer).</translation>
    </message>
    <message>
        <source>The marketplace login of this account was made at %1, but the account now points at %2 (was a backup restored?): SellerDesk sends nothing there. Log in again (%3) if %2 is really your marketplace.</source>
        <translation>The marketplace login of this account was made at %1, but the account now points at %2 (was a backup restored?): SellerDesk sends nothing there. Log in again (%3) if %2 is really your marketplace.</translation>
    </message>
    <message>
        <source>The marketplace account this sync was started for is no longer in the shop (was a backup restored?): nothing is sent. Connect the account again (%1).</source>
        <translation>The marketplace account this sync was started for is no longer in the shop (was a backup restored?): nothing is sent. Connect the account again (%1).</translation>
    </message>
    <message>
        <source>The saved login does not record which marketplace issued it (it was saved by an older SellerDesk), so it is not sent to %1. Log in again (%2).</source>
        <translation>The saved login does not record which marketplace issued it (it was saved by an older SellerDesk), so it is not sent to %1. Log in again (%2).</translation>
    </message>
    <message>
        <source>No keyring is available on this system (%1), so the login could not be kept for the next command; nothing was saved. Install and unlock a keyring - GNOME Keyring, KWallet, or KeePassXC with its Secret Service integration turned on - or choose one with the PYTHON_KEYRING_BACKEND environment variable (see the README), then connect again.</source>
        <translation>No keyring is available on this system (%1), so the login could not be kept for the next command; nothing was saved. Install and unlock a keyring - GNOME Keyring, KWallet, or KeePassXC with its Secret Service integration turned on - or choose one with the PYTHON_KEYRING_BACKEND environment variable (see the README), then connect again.</translation>
    </message>
    <message>
        <source>The keyring %1 keeps secrets in a plain file on disk, where SellerDesk does not store logins; nothing was saved. Choose another keyring (see the README), then connect again.</source>
        <translation>The keyring %1 keeps secrets in a plain file on disk, where SellerDesk does not store logins; nothing was saved. Choose another keyring (see the README), then connect again.</translation>
    </message>
    <message>
        <source>Log in to the marketplace again: no keyring is available on this system (%1), so logins do not last beyond the program that made them.</source>
        <translation>Log in to the marketplace again: no keyring is available on this system (%1), so logins do not last beyond the program that made them.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>SellerDesk cannot open the shop</source>
        <translation>SellerDesk cannot open the shop</translation>
    </message>
</context>
<context>
    <name>BackupMessages</name>
    <message>
        <source>%1 already exists and was left as it is: choose another file name, or replace it on purpose (sellerdesk backup --out FILE --force).</source>
        <translation>%1 already exists and was left as it is: choose another file name, or replace it on purpose (sellerdesk backup --out FILE --force).</translation>
    </message>
    <message>
        <source>The backup&apos;s photo index %1 cannot be read (%2); nothing was restored.</source>
        <translation>The backup&apos;s photo index %1 cannot be read (%2); nothing was restored.</translation>
    </message>
    <message>
        <source>The backup&apos;s photo index names “%1”, which is not a photo SellerDesk stores; nothing was restored.</source>
        <translation>The backup&apos;s photo index names “%1”, which is not a photo SellerDesk stores; nothing was restored.</translation>
    </message>
    <message>
        <source>The backup&apos;s photo %1 is a link or not a plain file inside the backup&apos;s photo folder; nothing was restored.</source>
        <translation>The backup&apos;s photo %1 is a link or not a plain file inside the backup&apos;s photo folder; nothing was restored.</translation>
    </message>
    <message>
        <source>The backup&apos;s photo %1 does not hold the content its name promises (altered or damaged); nothing was restored.</source>
        <translation>The backup&apos;s photo %1 does not hold the content its name promises (altered or damaged); nothing was restored.</translation>
    </message>
    <message>
        <source>%1 is not a database as SellerDesk makes it (%2); nothing was restored.</source>
        <translation>%1 is not a database as SellerDesk makes it (%2); nothing was restored.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); nothing was restored.</source>
        <translation>%1 is damaged (%2); nothing was restored.</translation>
    </message>
</context>
<context>
    <name>BackupNotices</name>
    <message>
        <source>The shop will go back to how it was on %1. The current state is backed up first, so this can be undone by restoring that backup. Changes not yet sent to the marketplace in the backup are sent at the next sync. Settings (language, backup folder, low-stock level…) are not part of a backup: they stay as they are now.</source>
        <translation>The shop will go back to how it was on %1. The current state is backed up first, so this can be undone by restoring that backup. Changes not yet sent to the marketplace in the backup are sent at the next sync. Settings (language, backup folder, low-stock level…) are not part of a backup: they stay as they are now.</translation>
    </message>
</context>
<context>
    <name>BackupStart</name>
    <message>
        <source>The shop&apos;s database is damaged</source>
        <translation>The shop&apos;s database is damaged</translation>
    </message>
    <message>
        <source>SellerDesk found damage in the shop&apos;s database. The file was moved aside, not deleted:
%1
Nothing is sent to the marketplace from it.</source>
        <translation>SellerDesk found damage in the shop&apos;s database. The file was moved aside, not deleted:
%1
Nothing is sent to the marketplace from it.</translation>
    </message>
    <message>
        <source>Restore the newest good backup, made on %1?</source>
        <translation>Restore the newest good backup, made on %1?</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>No good backup was found in %1.</source>
        <translation>No good backup was found in %1.</translation>
    </message>
    <message>
        <source>Start with an empty shop</source>
        <translation>Start with an empty shop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>The backup was not restored</translation>
    </message>
    <message>
        <source>SellerDesk found damage in the shop&apos;s database. Nothing more is sent to the marketplace. Close SellerDesk: at the next start the file is moved aside and you can restore a backup.</source>
        <translation>SellerDesk found damage in the shop&apos;s database. Nothing more is sent to the marketplace. Close SellerDesk: at the next start the file is moved aside and you can restore a backup.</translation>
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
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>Change folder…</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>SellerDesk backs up the shop and its photos every 30 minutes while you work and when you quit. A restore first backs up the current state.</source>
        <translation>SellerDesk backs up the shop and its photos every 30 minutes while you work and when you quit. A restore first backs up the current state.</translation>
    </message>
    <message>
        <source>This backup cannot be read by this version.</source>
        <translation>This backup cannot be read by this version.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backups</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Folder for backups</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backed up at %1.</source>
        <translation>Backed up at %1.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restore this backup?</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The state before it was kept as a backup.</source>
        <translation>Restored the backup of %1. The state before it was kept as a backup.</translation>
    </message>
    <message>
        <source>The marketplace address of %1 is not the one the shop had: log in again (Sync ▸ Connect account…).</source>
        <translation>The marketplace address of %1 is not the one the shop had: log in again (Sync ▸ Connect account…).</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Bulk edit of %n product(s)</source>
        <translation>
            <numerusform>Bulk edit of %n product</numerusform>
            <numerusform>Bulk edit of %n products</numerusform>
        </translation>
    </message>
    <message>
        <source>Price and stock</source>
        <translation>Price and stock</translation>
    </message>
    <message>
        <source>Price change</source>
        <translation>Price change</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Leave as it is</translation>
    </message>
    <message>
        <source>Raise or lower by a percentage</source>
        <translation>Raise or lower by a percentage</translation>
    </message>
    <message>
        <source>Raise or lower by an amount</source>
        <translation>Raise or lower by an amount</translation>
    </message>
    <message>
        <source>Set to</source>
        <translation>Set to</translation>
    </message>
    <message>
        <source>Price change value</source>
        <translation>Price change value</translation>
    </message>
    <message>
        <source>Stock change</source>
        <translation>Stock change</translation>
    </message>
    <message>
        <source>Set to (after a count)</source>
        <translation>Set to (after a count)</translation>
    </message>
    <message>
        <source>Add or take away</source>
        <translation>Add or take away</translation>
    </message>
    <message>
        <source>Stock change value</source>
        <translation>Stock change value</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Price:</translation>
    </message>
    <message>
        <source>Stock:</source>
        <translation>Stock:</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Listing</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>New category</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>Tags to add</translation>
    </message>
    <message>
        <source>e.g. sale, summer</source>
        <translation>e.g. sale, summer</translation>
    </message>
    <message>
        <source>Tags to remove</source>
        <translation>Tags to remove</translation>
    </message>
    <message>
        <source>Add tags:</source>
        <translation>Add tags:</translation>
    </message>
    <message>
        <source>Remove tags:</source>
        <translation>Remove tags:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>Other changes</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Preview&lt;/b&gt;</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <source>Choose what to change above.</source>
        <translation>Choose what to change above.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) will change.</source>
        <translation>
            <numerusform>%n product will change.</numerusform>
            <numerusform>%n products will change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s) get a new price or stock.</source>
        <translation>
            <numerusform>%n variant gets a new price or stock.</numerusform>
            <numerusform>%n variants get a new price or stock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) stay as they are.</source>
        <translation>
            <numerusform>%n product stays as it is.</numerusform>
            <numerusform>%n products stay as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list shows the first %1.</source>
        <translation>The list shows the first %1.</translation>
    </message>
    <message numerus="yes">
        <source>Stock cannot go below zero: %n variant(s) will stop at 0.</source>
        <translation>
            <numerusform>Stock cannot go below zero: %n variant will stop at 0.</numerusform>
            <numerusform>Stock cannot go below zero: %n variants will stop at 0.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) would fall below zero: change less, or leave those products out.</source>
        <translation>
            <numerusform>%n price would fall below zero: change less, or leave those products out.</numerusform>
            <numerusform>%n prices would fall below zero: change less, or leave those products out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n product(s)</source>
        <translation>
            <numerusform>Apply to %n product</numerusform>
            <numerusform>Apply to %n products</numerusform>
        </translation>
    </message>
    <message>
        <source>category “%1”</source>
        <translation>category “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Changing %n product(s)…</source>
        <translation>
            <numerusform>Changing %n product…</numerusform>
            <numerusform>Changing %n products…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>The change could not be made because of an unexpected error. Nothing was changed.</source>
        <translation>The change could not be made because of an unexpected error. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>We cannot supply it</source>
        <translation>We cannot supply it</translation>
    </message>
    <message>
        <source>The buyer asked to cancel</source>
        <translation>The buyer asked to cancel</translation>
    </message>
    <message>
        <source>We cannot ship to this address</source>
        <translation>We cannot ship to this address</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Another reason</translation>
    </message>
    <message>
        <source>Cancel order %1</source>
        <translation>Cancel order %1</translation>
    </message>
    <message>
        <source>The marketplace refunds the buyer and puts the items back in stock as soon as the sync tells it. A cancelled order cannot be reopened.</source>
        <translation>The marketplace refunds the buyer and puts the items back in stock as soon as the sync tells it. A cancelled order cannot be reopened.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Cancel the order</translation>
    </message>
    <message>
        <source>Keep the order</source>
        <translation>Keep the order</translation>
    </message>
</context>
<context>
    <name>CatalogueActions</name>
    <message>
        <source>&amp;New product…</source>
        <translation>&amp;New product…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Bulk edit…</source>
        <translation>&amp;Bulk edit…</translation>
    </message>
    <message>
        <source>&amp;Copy SKU</source>
        <translation>&amp;Copy SKU</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Add a product to the catalogue</source>
        <translation>Add a product to the catalogue</translation>
    </message>
    <message>
        <source>Change price, stock, status, category or tags of the selected products at once</source>
        <translation>Change price, stock, status, category or tags of the selected products at once</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Catalogue as opened</source>
        <translation>Catalogue as opened</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>History of changes</translation>
    </message>
    <message>
        <source>&amp;History of changes</source>
        <translation>&amp;History of changes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Product</translation>
    </message>
</context>
<context>
    <name>CatalogueMessages</name>
    <message>
        <source>This product no longer exists (it may have been deleted).</source>
        <translation>This product no longer exists (it may have been deleted).</translation>
    </message>
    <message>
        <source>No product has the SKU “%1”.</source>
        <translation>No product has the SKU “%1”.</translation>
    </message>
    <message>
        <source>This variant no longer exists (it may have been deleted).</source>
        <translation>This variant no longer exists (it may have been deleted).</translation>
    </message>
    <message>
        <source>This product is not deleted, so there is nothing to restore.</source>
        <translation>This product is not deleted, so there is nothing to restore.</translation>
    </message>
    <message>
        <source>This variant is not deleted, so there is nothing to restore.</source>
        <translation>This variant is not deleted, so there is nothing to restore.</translation>
    </message>
    <message>
        <source>Give the product a title in its main language (%1).</source>
        <translation>Give the product a title in its main language (%1).</translation>
    </message>
    <message>
        <source>The title (%1) has %2 characters; %3 accepts at most %4. Shorten it, or keep the product as a draft.</source>
        <translation>The title (%1) has %2 characters; %3 accepts at most %4. Shorten it, or keep the product as a draft.</translation>
    </message>
    <message>
        <source>The description (%1) has %2 characters; %3 accepts at most %4. Shorten it, or keep the product as a draft.</source>
        <translation>The description (%1) has %2 characters; %3 accepts at most %4. Shorten it, or keep the product as a draft.</translation>
    </message>
    <message>
        <source>A product needs at least one variant: add one with its SKU.</source>
        <translation>A product needs at least one variant: add one with its SKU.</translation>
    </message>
    <message>
        <source>“%1” is not a language code (use e.g. it, en, fr).</source>
        <translation>“%1” is not a language code (use e.g. it, en, fr).</translation>
    </message>
    <message>
        <source>“%1” is not a language code (use %2).</source>
        <translation>“%1” is not a language code (use %2).</translation>
    </message>
    <message>
        <source>Unknown status “%1”; use one of %2.</source>
        <translation>Unknown status “%1”; use one of %2.</translation>
    </message>
    <message>
        <source>Tags must be a list of words.</source>
        <translation>Tags must be a list of words.</translation>
    </message>
    <message>
        <source>Weight and dimensions must be whole numbers of at least 0.</source>
        <translation>Weight and dimensions must be whole numbers of at least 0.</translation>
    </message>
    <message>
        <source>Unknown field “%1”.</source>
        <translation>Unknown field “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a valid SKU: use up to 64 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; or &apos;/&apos;.</source>
        <translation>“%1” is not a valid SKU: use up to 64 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; or &apos;/&apos;.</translation>
    </message>
    <message>
        <source>The SKU in row %1 (“%2”) is not valid: use up to 64 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; or &apos;/&apos;.</source>
        <translation>The SKU in row %1 (“%2”) is not valid: use up to 64 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; or &apos;/&apos;.</translation>
    </message>
    <message>
        <source>The SKU “%1” is already used by another product: choose another one.</source>
        <translation>The SKU “%1” is already used by another product: choose another one.</translation>
    </message>
    <message>
        <source>The SKU “%1” is used twice in this product (rows %2 and %3): each variant needs its own.</source>
        <translation>The SKU “%1” is used twice in this product (rows %2 and %3): each variant needs its own.</translation>
    </message>
    <message>
        <source>Each variant needs its own SKU.</source>
        <translation>Each variant needs its own SKU.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>A price cannot be negative.</translation>
    </message>
    <message>
        <source>The price in row %1 (%2) cannot be negative.</source>
        <translation>The price in row %1 (%2) cannot be negative.</translation>
    </message>
    <message>
        <source>Stock must be a whole number of at least 0.</source>
        <translation>Stock must be a whole number of at least 0.</translation>
    </message>
    <message>
        <source>The stock in row %1 (%2) must be a whole number of at least 0.</source>
        <translation>The stock in row %1 (%2) must be a whole number of at least 0.</translation>
    </message>
    <message>
        <source>The stock in row %1 (%2) is %3; %4 accepts at most %5. Lower it, or keep the product as a draft.</source>
        <translation>The stock in row %1 (%2) is %3; %4 accepts at most %5. Lower it, or keep the product as a draft.</translation>
    </message>
    <message>
        <source>The product has %1 variants; %2 accepts at most %3. Remove some, or keep the product as a draft.</source>
        <translation>The product has %1 variants; %2 accepts at most %3. Remove some, or keep the product as a draft.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code (use e.g. EUR).</source>
        <translation>“%1” is not a currency code (use e.g. EUR).</translation>
    </message>
    <message>
        <source>Options must map names (colour, size) to values.</source>
        <translation>Options must map names (colour, size) to values.</translation>
    </message>
    <message>
        <source>%1 is the product&apos;s only variant: delete the product instead.</source>
        <translation>%1 is the product&apos;s only variant: delete the product instead.</translation>
    </message>
    <message>
        <source>The product of %1 was deleted: restore the product instead.</source>
        <translation>The product of %1 was deleted: restore the product instead.</translation>
    </message>
    <message>
        <source>A stock movement must be a whole number other than 0.</source>
        <translation>A stock movement must be a whole number other than 0.</translation>
    </message>
    <message>
        <source>Stock of %1 cannot go below zero (it is %2).</source>
        <translation>Stock of %1 cannot go below zero (it is %2).</translation>
    </message>
    <message>
        <source>Enter a number for the price change.</source>
        <translation>Enter a number for the price change.</translation>
    </message>
    <message>
        <source>A price cannot go down by 100 % or more.</source>
        <translation>A price cannot go down by 100 % or more.</translation>
    </message>
    <message>
        <source>%1 prices would fall below zero: change less, or leave those products out.</source>
        <translation>%1 prices would fall below zero: change less, or leave those products out.</translation>
    </message>
    <message>
        <source>This change cannot be undone here (%1 %2).</source>
        <translation>This change cannot be undone here (%1 %2).</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Low stock</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Not synced</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Translation filter</source>
        <translation>Translation filter</translation>
    </message>
    <message>
        <source>All translations</source>
        <translation>All translations</translation>
    </message>
    <message>
        <source>Missing %1</source>
        <translation>Missing %1</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filters:</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Close the message</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Add a product</source>
        <translation>Add a product</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>No products yet</translation>
    </message>
    <message>
        <source>Add your first product, or import your catalogue from the command line (sellerdesk products add). Connecting a marketplace account brings in the products you already sell there.</source>
        <translation>Add your first product, or import your catalogue from the command line (sellerdesk products add). Connecting a marketplace account brings in the products you already sell there.</translation>
    </message>
    <message>
        <source>Photos are being imported already; drop these again when it is done.</source>
        <translation>Photos are being imported already; drop these again when it is done.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copy)</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Duplicate “%1”</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n product(s)?</source>
        <translation>
            <numerusform>Delete %n product?</numerusform>
            <numerusform>Delete %n products?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>They are removed from the marketplace at the next sync. You can undo this with %1.</source>
        <translation>They are removed from the marketplace at the next sync. You can undo this with %1.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n product(s)</source>
        <translation>
            <numerusform>Delete %n product</numerusform>
            <numerusform>Delete %n products</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <source>No product matches “%1”. Check the spelling or search for part of a word or SKU.</source>
        <translation>No product matches “%1”. Check the spelling or search for part of a word or SKU.</translation>
    </message>
    <message>
        <source>No product matches these filters</source>
        <translation>No product matches these filters</translation>
    </message>
    <message>
        <source>Clear a filter to see more products.</source>
        <translation>Clear a filter to see more products.</translation>
    </message>
</context>
<context>
    <name>CliMessages</name>
    <message>
        <source>There is no demo shop in %1 yet: start `sellerdesk --demo` once (the window creates it), then run this command again.</source>
        <translation>There is no demo shop in %1 yet: start `sellerdesk --demo` once (the window creates it), then run this command again.</translation>
    </message>
    <message>
        <source>A price of 0 gives the item away. If that is what you mean, add --free; otherwise give the price, e.g. --price 12.50.</source>
        <translation>A price of 0 gives the item away. If that is what you mean, add --free; otherwise give the price, e.g. --price 12.50.</translation>
    </message>
</context>
<context>
    <name>CommandCounts</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %n change(s)</source>
        <translation>
            <numerusform>sent %n change</numerusform>
            <numerusform>sent %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %n</source>
        <translation>
            <numerusform>received %n</numerusform>
            <numerusform>received %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the marketplace</source>
        <translation>
            <numerusform>%n refused by the marketplace</numerusform>
            <numerusform>%n refused by the marketplace</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictCommands</name>
    <message>
        <source>No conflicts.</source>
        <translation>No conflicts.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Still listed</source>
        <translation>Still listed</translation>
    </message>
    <message>
        <source>You deleted this product here, but it was changed on the marketplace since. Keep mine deletes it there too, as it is now; keep the marketplace&apos;s brings it back here with their changes.</source>
        <translation>You deleted this product here, but it was changed on the marketplace since. Keep mine deletes it there too, as it is now; keep the marketplace&apos;s brings it back here with their changes.</translation>
    </message>
    <message>
        <source>This was deleted on the marketplace, but you changed it here since. Keep mine lists it again with your changes; keep the marketplace&apos;s deletes it here too.</source>
        <translation>This was deleted on the marketplace, but you changed it here since. Keep mine lists it again with your changes; keep the marketplace&apos;s deletes it here too.</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflict: %1</translation>
    </message>
    <message>
        <source>This was changed both here and on the marketplace. Choose which to keep; the other is kept in the history.</source>
        <translation>This was changed both here and on the marketplace. Choose which to keep; the other is kept in the history.</translation>
    </message>
    <message>
        <source>As last agreed</source>
        <translation>As last agreed</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>The marketplace&apos;s</source>
        <translation>The marketplace&apos;s</translation>
    </message>
    <message>
        <source>Edited value</source>
        <translation>Edited value</translation>
    </message>
    <message>
        <source>Or edit and keep:</source>
        <translation>Or edit and keep:</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Keep the marketplace&apos;s</source>
        <translation>Keep the marketplace&apos;s</translation>
    </message>
    <message>
        <source>Keep the edited text</source>
        <translation>Keep the edited text</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect a marketplace account</source>
        <translation>Connect a marketplace account</translation>
    </message>
    <message>
        <source>Marketplace with the SellerDesk API (e.g. the sandbox)</source>
        <translation>Marketplace with the SellerDesk API (e.g. the sandbox)</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Marketplace address</source>
        <translation>Marketplace address</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>App key</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>App secret</translation>
    </message>
    <message>
        <source>e.g. Bottega Rossi on the marketplace</source>
        <translation>e.g. Bottega Rossi on the marketplace</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Marketplace:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>App key:</source>
        <translation>App key:</translation>
    </message>
    <message>
        <source>App secret:</source>
        <translation>App secret:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>The marketplace&apos;s login page opens in your web browser. Log in there and allow SellerDesk; this window carries on by itself. Passwords and tokens are kept in the system&apos;s keyring, never in the shop&apos;s files.</source>
        <translation>The marketplace&apos;s login page opens in your web browser. Log in there and allow SellerDesk; this window carries on by itself. Passwords and tokens are kept in the system&apos;s keyring, never in the shop&apos;s files.</translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>Log in…</translation>
    </message>
    <message>
        <source>Enter the marketplace&apos;s address, starting with https://</source>
        <translation>Enter the marketplace&apos;s address, starting with https://</translation>
    </message>
    <message>
        <source>Enter the app key and app secret of your AliExpress app (from the AliExpress Open Platform console).</source>
        <translation>Enter the app key and app secret of your AliExpress app (from the AliExpress Open Platform console).</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in one to log in:
%1</source>
        <translation>No web browser could be opened. Open this address in one to log in:
%1</translation>
    </message>
    <message>
        <source>Waiting for you to log in in the web browser…</source>
        <translation>Waiting for you to log in in the web browser…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Not connected: %1</translation>
    </message>
</context>
<context>
    <name>DelayedProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>DescriptionEditor</name>
    <message>
        <source>scripts</source>
        <translation>scripts</translation>
    </message>
    <message>
        <source>remote images</source>
        <translation>remote images</translation>
    </message>
    <message>
        <source>embedded pages</source>
        <translation>embedded pages</translation>
    </message>
    <message>
        <source>styles</source>
        <translation>styles</translation>
    </message>
    <message>
        <source>event handlers</source>
        <translation>event handlers</translation>
    </message>
    <message>
        <source>external style sheets</source>
        <translation>external style sheets</translation>
    </message>
    <message>
        <source>plug-ins</source>
        <translation>plug-ins</translation>
    </message>
    <message>
        <source>drawings</source>
        <translation>drawings</translation>
    </message>
    <message>
        <source>forms</source>
        <translation>forms</translation>
    </message>
    <message>
        <source>Blocked for your safety: %1</source>
        <translation>Blocked for your safety: %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Describe the product: materials, sizes, care. Leave a blank line between paragraphs.</source>
        <translation>Describe the product: materials, sizes, care. Leave a blank line between paragraphs.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Preview, as buyers see it:</source>
        <translation>Preview, as buyers see it:</translation>
    </message>
    <message>
        <source>This description has %1 characters, too many to edit here and more than any marketplace accepts. The preview shows its beginning.</source>
        <translation>This description has %1 characters, too many to edit here and more than any marketplace accepts. The preview shows its beginning.</translation>
    </message>
    <message>
        <source>Keep the first %1 characters</source>
        <translation>Keep the first %1 characters</translation>
    </message>
    <message>
        <source>The preview shows only the beginning.</source>
        <translation>The preview shows only the beginning.</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>Listing</source>
        <translation>Listing</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Words buyers search for, separated by commas</source>
        <translation>Words buyers search for, separated by commas</translation>
    </message>
    <message>
        <source>Main language</source>
        <translation>Main language</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation>Brand:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Main language:</source>
        <translation>Main language:</translation>
    </message>
    <message>
        <source>The main language&apos;s title is required; the marketplace shows it where a translation is missing.</source>
        <translation>The main language&apos;s title is required; the marketplace shows it where a translation is missing.</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <source>Weight in grams</source>
        <translation>Weight in grams</translation>
    </message>
    <message>
        <source>Length in millimetres</source>
        <translation>Length in millimetres</translation>
    </message>
    <message>
        <source>Width in millimetres</source>
        <translation>Width in millimetres</translation>
    </message>
    <message>
        <source>Height in millimetres</source>
        <translation>Height in millimetres</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Weight:</translation>
    </message>
    <message>
        <source>Size (L × W × H):</source>
        <translation>Size (L × W × H):</translation>
    </message>
</context>
<context>
    <name>DocumentWords</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
</context>
<context>
    <name>FileMessages</name>
    <message>
        <source>%1 already exists: choose another name, or add --force to replace it.</source>
        <translation>%1 already exists: choose another name, or add --force to replace it.</translation>
    </message>
    <message>
        <source>%1 is a folder: give the name of the file to write.</source>
        <translation>%1 is a folder: give the name of the file to write.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: create it first, or choose another.</source>
        <translation>The folder %1 does not exist: create it first, or choose another.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>undone</translation>
    </message>
    <message>
        <source>No changes to undo yet.</source>
        <translation>No changes to undo yet.</translation>
    </message>
    <message>
        <source>Redone: %1; recorded as %2, it reaches the marketplace at the next sync.</source>
        <translation>Redone: %1; recorded as %2, it reaches the marketplace at the next sync.</translation>
    </message>
    <message>
        <source>Undone: %1; recorded as %2, it reaches the marketplace at the next sync.</source>
        <translation>Undone: %1; recorded as %2, it reaches the marketplace at the next sync.</translation>
    </message>
</context>
<context>
    <name>HistoryMessages</name>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nothing to redo.</translation>
    </message>
    <message>
        <source>Nothing to redo: the catalogue was changed after “%1” was undone. Give the step&apos;s id to redo it anyway.</source>
        <translation>Nothing to redo: the catalogue was changed after “%1” was undone. Give the step&apos;s id to redo it anyway.</translation>
    </message>
    <message>
        <source>No step that can be undone has the id “%1” (see “sellerdesk history list”).</source>
        <translation>No step that can be undone has the id “%1” (see “sellerdesk history list”).</translation>
    </message>
    <message>
        <source>“%1” is the start of several steps&apos; ids: give more of it.</source>
        <translation>“%1” is the start of several steps&apos; ids: give more of it.</translation>
    </message>
    <message>
        <source>“%1” is already undone.</source>
        <translation>“%1” is already undone.</translation>
    </message>
    <message>
        <source>“%1” is not undone, so there is nothing to redo.</source>
        <translation>“%1” is not undone, so there is nothing to redo.</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation>“%1” could not be undone: %2</translation>
    </message>
    <message>
        <source>“%1” could not be redone: %2</source>
        <translation>“%1” could not be redone: %2</translation>
    </message>
</context>
<context>
    <name>ImportPhotosDialog</name>
    <message>
        <source>Import photos</source>
        <translation>Import photos</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>Looking for photos…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Photos to import</source>
        <translation>Photos to import</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) to import</source>
        <translation>
            <numerusform>%n photo to import</numerusform>
            <numerusform>%n photos to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n product(s).</source>
        <translation>
            <numerusform>for %n product.</numerusform>
            <numerusform>for %n products.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) match no product and will be left out.</source>
        <translation>
            <numerusform>%n file matches no product and will be left out.</numerusform>
            <numerusform>%n files match no product and will be left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) are not photos.</source>
        <translation>
            <numerusform>%n other file is not a photo.</numerusform>
            <numerusform>%n other files are not photos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No photos found here.</source>
        <translation>No photos found here.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Importing photos: %1 of %2</source>
        <translation>Importing photos: %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n photo added.</numerusform>
            <numerusform>%n photos added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the gallery.</source>
        <translation>
            <numerusform>%n was already in the gallery.</numerusform>
            <numerusform>%n were already in the gallery.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not added:</source>
        <translation>
            <numerusform>%n file not added:</numerusform>
            <numerusform>%n files not added:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>The import was cancelled.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Rejected by the marketplace</source>
        <translation>Rejected by the marketplace</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>To ship</translation>
    </message>
    <message>
        <source>Partly shipped</source>
        <translation>Partly shipped</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
</context>
<context>
    <name>LeftOutOrders</name>
    <message>
        <source>Print them anyway? Check each one before it leaves.</source>
        <translation>Print them anyway? Check each one before it leaves.</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Print anyway</translation>
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
        <translation>Sections</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search orders: number, buyer, SKU…</source>
        <translation>Search orders: number, buyer, SKU…</translation>
    </message>
    <message>
        <source>Search products…</source>
        <translation>Search products…</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>%1 to ship</source>
        <translation>%1 to ship</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 late</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>Could not read: %1</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 waiting</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 conflicts</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Back Up Now</translation>
    </message>
    <message>
        <source>&amp;Restore from a Backup…</source>
        <translation>&amp;Restore from a Backup…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About SellerDesk</source>
        <translation>&amp;About SellerDesk</translation>
    </message>
    <message>
        <source>Open the &amp;Data Folder</source>
        <translation>Open the &amp;Data Folder</translation>
    </message>
    <message>
        <source>Open the &amp;Log</source>
        <translation>Open the &amp;Log</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>About SellerDesk</source>
        <translation>About SellerDesk</translation>
    </message>
    <message>
        <source>SellerDesk %1

Your catalogue and orders on your computer, in sync with your marketplaces.

Data folder: %2</source>
        <translation>SellerDesk %1

Your catalogue and orders on your computer, in sync with your marketplaces.

Data folder: %2</translation>
    </message>
    <message>
        <source>Orders: ship the selected order</source>
        <translation>Orders: ship the selected order</translation>
    </message>
    <message>
        <source>Enter or Space</source>
        <translation>Enter or Space</translation>
    </message>
    <message>
        <source>Search: go to the results</source>
        <translation>Search: go to the results</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Move between the sections of the window</source>
        <translation>Move between the sections of the window</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>MoneyMessages</name>
    <message>
        <source>Enter a price.</source>
        <translation>Enter a price.</translation>
    </message>
    <message>
        <source>“%1” is not a price: type it as you would write it, e.g. %2 or %3.</source>
        <translation>“%1” is not a price: type it as you would write it, e.g. %2 or %3.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>A price cannot be negative.</translation>
    </message>
    <message>
        <source>%1 has more than %2 decimals, too many for %3.</source>
        <translation>%1 has more than %2 decimals, too many for %3.</translation>
    </message>
</context>
<context>
    <name>NetworkMessages</name>
    <message>
        <source>The marketplace at %1 refused the connection: it is not running there, or the address is wrong.</source>
        <translation>The marketplace at %1 refused the connection: it is not running there, or the address is wrong.</translation>
    </message>
    <message>
        <source>The address %1 could not be found: check the Internet connection and the marketplace&apos;s address.</source>
        <translation>The address %1 could not be found: check the Internet connection and the marketplace&apos;s address.</translation>
    </message>
    <message>
        <source>The marketplace at %1 did not answer in time.</source>
        <translation>The marketplace at %1 did not answer in time.</translation>
    </message>
    <message>
        <source>The connection to the marketplace at %1 was cut off before its answer arrived.</source>
        <translation>The connection to the marketplace at %1 was cut off before its answer arrived.</translation>
    </message>
    <message>
        <source>The marketplace at %1 could not prove who it is: its security certificate was not accepted.</source>
        <translation>The marketplace at %1 could not prove who it is: its security certificate was not accepted.</translation>
    </message>
    <message>
        <source>The marketplace at %1 could not be reached.</source>
        <translation>The marketplace at %1 could not be reached.</translation>
    </message>
</context>
<context>
    <name>NewOrdersNotifier</name>
    <message numerus="yes">
        <source>%n new order(s)</source>
        <translation>
            <numerusform>%n new order</numerusform>
            <numerusform>%n new orders</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 and %2 more</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <source>%1 shipped — it reaches the marketplace at the next sync.</source>
        <translation>%1 shipped — it reaches the marketplace at the next sync.</translation>
    </message>
    <message>
        <source>Shipment of %1 corrected.</source>
        <translation>Shipment of %1 corrected.</translation>
    </message>
    <message>
        <source>Shipment of %1 withdrawn: the order is to ship again.</source>
        <translation>Shipment of %1 withdrawn: the order is to ship again.</translation>
    </message>
    <message>
        <source>%1 cancelled — the marketplace is told at the next sync.</source>
        <translation>%1 cancelled — the marketplace is told at the next sync.</translation>
    </message>
    <message>
        <source>%1 flagged: it stays off the pick list until the problem is resolved.</source>
        <translation>%1 flagged: it stays off the pick list until the problem is resolved.</translation>
    </message>
    <message>
        <source>Problem with %1 resolved.</source>
        <translation>Problem with %1 resolved.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1</source>
        <translation>
            <numerusform>Saved %n page to %1</numerusform>
            <numerusform>Saved %n pages to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>Sent %n page to the printer</numerusform>
            <numerusform>Sent %n pages to the printer</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not print or save: %1</source>
        <translation>Could not print or save: %1</translation>
    </message>
</context>
<context>
    <name>OrderCommands</name>
    <message>
        <source>ship by %1</source>
        <translation>ship by %1</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(overdue)</translation>
    </message>
    <message>
        <source>waiting to sync</source>
        <translation>waiting to sync</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>No orders.</source>
        <translation>No orders.</translation>
    </message>
    <message>
        <source>placed %1</source>
        <translation>placed %1</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>Order %1: %2</translation>
    </message>
    <message>
        <source>buyer: %1</source>
        <translation>buyer: %1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problem: %1</translation>
    </message>
    <message>
        <source>ship to:</source>
        <translation>ship to:</translation>
    </message>
    <message>
        <source>lines:</source>
        <translation>lines:</translation>
    </message>
    <message>
        <source>shipped %1/%2</source>
        <translation>shipped %1/%2</translation>
    </message>
    <message>
        <source>total: %1</source>
        <translation>total: %1</translation>
    </message>
    <message>
        <source>shipments:</source>
        <translation>shipments:</translation>
    </message>
    <message>
        <source>notes:</source>
        <translation>notes:</translation>
    </message>
    <message>
        <source>Shipped %1 with %2; it reaches the marketplace at the next sync.</source>
        <translation>Shipped %1 with %2; it reaches the marketplace at the next sync.</translation>
    </message>
    <message>
        <source>Withdrew the shipment %1 of %2; the order is to ship again.</source>
        <translation>Withdrew the shipment %1 of %2; the order is to ship again.</translation>
    </message>
    <message>
        <source>Cancelled %1; the marketplace is told at the next sync.</source>
        <translation>Cancelled %1; the marketplace is told at the next sync.</translation>
    </message>
    <message>
        <source>Problem with %1 resolved.</source>
        <translation>Problem with %1 resolved.</translation>
    </message>
    <message>
        <source>Flagged %1: it stays off the pick list until resolved.</source>
        <translation>Flagged %1: it stays off the pick list until resolved.</translation>
    </message>
    <message>
        <source>Notes of %1 saved.</source>
        <translation>Notes of %1 saved.</translation>
    </message>
    <message>
        <source>the marketplace&apos;s list of %1 UTC</source>
        <translation>the marketplace&apos;s list of %1 UTC</translation>
    </message>
    <message>
        <source>built-in list (not downloaded from the marketplace yet)</source>
        <translation>built-in list (not downloaded from the marketplace yet)</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>Wrote %1 (%2).</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <source>Ship…</source>
        <translation>Ship…</translation>
    </message>
    <message>
        <source>Flag a problem…</source>
        <translation>Flag a problem…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Cancel order…</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Clear the problem flag</source>
        <translation>Clear the problem flag</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Ship to</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Shipping address</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Internal notes</translation>
    </message>
    <message>
        <source>Notes for the team: the buyer never sees them</source>
        <translation>Notes for the team: the buyer never sees them</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Shipments</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>No order selected</source>
        <translation>No order selected</translation>
    </message>
    <message>
        <source>Select an order to see the buyer, the address, the items and the history.</source>
        <translation>Select an order to see the buyer, the address, the items and the history.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Change the problem…</source>
        <translation>Change the problem…</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>ship by %1</source>
        <translation>ship by %1</translation>
    </message>
    <message>
        <source>placed %1</source>
        <translation>placed %1</translation>
    </message>
    <message>
        <source>Not paid yet: ship it once the marketplace reports the payment.</source>
        <translation>Not paid yet: ship it once the marketplace reports the payment.</translation>
    </message>
    <message>
        <source>Nothing is left to ship in this order.</source>
        <translation>Nothing is left to ship in this order.</translation>
    </message>
    <message>
        <source>The marketplace refused a shipment: %1 Correct it or withdraw it below.</source>
        <translation>The marketplace refused a shipment: %1 Correct it or withdraw it below.</translation>
    </message>
    <message>
        <source>The marketplace refused the cancellation: %1</source>
        <translation>The marketplace refused the cancellation: %1</translation>
    </message>
    <message>
        <source>Cancelled — waiting to sync: the marketplace will refund the buyer once the sync has told it.</source>
        <translation>Cancelled — waiting to sync: the marketplace will refund the buyer once the sync has told it.</translation>
    </message>
    <message>
        <source>Shipped — waiting to sync: the buyer gets the tracking number as soon as the sync reaches the marketplace.</source>
        <translation>Shipped — waiting to sync: the buyer gets the tracking number as soon as the sync reaches the marketplace.</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Photo of %1</translation>
    </message>
    <message>
        <source>%1 of %2 shipped</source>
        <translation>%1 of %2 shipped</translation>
    </message>
    <message>
        <source>on the marketplace</source>
        <translation>on the marketplace</translation>
    </message>
    <message>
        <source>waiting to sync</source>
        <translation>waiting to sync</translation>
    </message>
    <message>
        <source>being sent to the marketplace</source>
        <translation>being sent to the marketplace</translation>
    </message>
    <message>
        <source>refused by the marketplace</source>
        <translation>refused by the marketplace</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Take this shipment back before it reaches the marketplace</source>
        <translation>Take this shipment back before it reaches the marketplace</translation>
    </message>
    <message>
        <source>Placed by the buyer</source>
        <translation>Placed by the buyer</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>Saved on this computer</translation>
    </message>
</context>
<context>
    <name>OrderHistory</name>
    <message>
        <source>Shipped here: %1</source>
        <translation>Shipped here: %1</translation>
    </message>
    <message>
        <source>Shipment corrected: %1</source>
        <translation>Shipment corrected: %1</translation>
    </message>
    <message>
        <source>Arrived from the marketplace</source>
        <translation>Arrived from the marketplace</translation>
    </message>
    <message>
        <source>The marketplace set it to “%1”</source>
        <translation>The marketplace set it to “%1”</translation>
    </message>
    <message>
        <source>Shipment withdrawn before it synced: %1</source>
        <translation>Shipment withdrawn before it synced: %1</translation>
    </message>
    <message>
        <source>Cancelled here</source>
        <translation>Cancelled here</translation>
    </message>
    <message>
        <source>Problem flagged: %1</source>
        <translation>Problem flagged: %1</translation>
    </message>
    <message>
        <source>Problem resolved</source>
        <translation>Problem resolved</translation>
    </message>
</context>
<context>
    <name>OrderMessages</name>
    <message>
        <source>No order is numbered %1.</source>
        <translation>No order is numbered %1.</translation>
    </message>
    <message>
        <source>This order no longer exists (it may have been removed).</source>
        <translation>This order no longer exists (it may have been removed).</translation>
    </message>
    <message>
        <source>This shipment no longer exists.</source>
        <translation>This shipment no longer exists.</translation>
    </message>
    <message>
        <source>This shipment has reached the marketplace already: correct it on the marketplace.</source>
        <translation>This shipment has reached the marketplace already: correct it on the marketplace.</translation>
    </message>
    <message>
        <source>This shipment is on its way to the marketplace and may have arrived already: wait for the sync, then correct it on the marketplace.</source>
        <translation>This shipment is on its way to the marketplace and may have arrived already: wait for the sync, then correct it on the marketplace.</translation>
    </message>
    <message>
        <source>A shipment needs a carrier and a tracking number.</source>
        <translation>A shipment needs a carrier and a tracking number.</translation>
    </message>
    <message>
        <source>%1 does not look like a %2 tracking number (for example %3).</source>
        <translation>%1 does not look like a %2 tracking number (for example %3).</translation>
    </message>
    <message>
        <source>%1 is not a tracking number: they are letters and digits, at least %2 of them.</source>
        <translation>%1 is not a tracking number: they are letters and digits, at least %2 of them.</translation>
    </message>
    <message>
        <source>%1 Check it; if it is right, add --no-check.</source>
        <translation>%1 Check it; if it is right, add --no-check.</translation>
    </message>
    <message>
        <source>A quantity cannot be negative (%1).</source>
        <translation>A quantity cannot be negative (%1).</translation>
    </message>
    <message>
        <source>Only %1 of %2 are left to ship.</source>
        <translation>Only %1 of %2 are left to ship.</translation>
    </message>
    <message>
        <source>Order %1 has no line %2.</source>
        <translation>Order %1 has no line %2.</translation>
    </message>
    <message>
        <source>Order %1 has nothing left to ship.</source>
        <translation>Order %1 has nothing left to ship.</translation>
    </message>
    <message>
        <source>Order %1 is not paid yet: ship it once the marketplace reports the payment.</source>
        <translation>Order %1 is not paid yet: ship it once the marketplace reports the payment.</translation>
    </message>
    <message>
        <source>Order %1 has shipped already: nothing to ship.</source>
        <translation>Order %1 has shipped already: nothing to ship.</translation>
    </message>
    <message>
        <source>Order %1 is cancelled: nothing to ship.</source>
        <translation>Order %1 is cancelled: nothing to ship.</translation>
    </message>
    <message>
        <source>Order %1 cannot be cancelled: only orders nothing of which has shipped can be.</source>
        <translation>Order %1 cannot be cancelled: only orders nothing of which has shipped can be.</translation>
    </message>
    <message>
        <source>Order %1 is being cancelled already.</source>
        <translation>Order %1 is being cancelled already.</translation>
    </message>
</context>
<context>
    <name>OrderProblems</name>
    <message>
        <source>The address is incomplete</source>
        <translation>The address is incomplete</translation>
    </message>
    <message>
        <source>An item is damaged</source>
        <translation>An item is damaged</translation>
    </message>
    <message>
        <source>An item is out of stock</source>
        <translation>An item is out of stock</translation>
    </message>
    <message>
        <source>The buyer asked for a change</source>
        <translation>The buyer asked for a change</translation>
    </message>
</context>
<context>
    <name>OrderTable</name>
    <message>
        <source>%1 — refused by the marketplace</source>
        <translation>%1 — refused by the marketplace</translation>
    </message>
    <message>
        <source>%1 — waiting to sync</source>
        <translation>%1 — waiting to sync</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>Ship by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1, new</source>
        <translation>%1, new</translation>
    </message>
    <message>
        <source>Overdue: the ship-by time passed %1</source>
        <translation>Overdue: the ship-by time passed %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <source>New since you last looked</source>
        <translation>New since you last looked</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>The marketplace refused a change made here: open the order to correct it</source>
        <translation>The marketplace refused a change made here: open the order to correct it</translation>
    </message>
    <message>
        <source>Saved here; the marketplace is told at the next sync</source>
        <translation>Saved here; the marketplace is told at the next sync</translation>
    </message>
    <message>
        <source>Not paid yet: ship it once the marketplace reports the payment</source>
        <translation>Not paid yet: ship it once the marketplace reports the payment</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Which orders</source>
        <translation>Which orders</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>To ship</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>All orders</translation>
    </message>
    <message>
        <source>Ship…</source>
        <translation>Ship…</translation>
    </message>
    <message>
        <source>Ship the selected order</source>
        <translation>Ship the selected order</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>Pick list</translation>
    </message>
    <message>
        <source>Packing slips</source>
        <translation>Packing slips</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>For the selected orders, or every order ready to ship when none is selected</source>
        <translation>For the selected orders, or every order ready to ship when none is selected</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <source>No order matches “%1”: search by order number, buyer or SKU.</source>
        <translation>No order matches “%1”: search by order number, buyer or SKU.</translation>
    </message>
    <message>
        <source>Nothing to ship</source>
        <translation>Nothing to ship</translation>
    </message>
    <message>
        <source>Every order is on its way. New orders appear here as soon as the marketplace reports them.</source>
        <translation>Every order is on its way. New orders appear here as soon as the marketplace reports them.</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>No problems</translation>
    </message>
    <message>
        <source>Orders flagged with a problem wait here until it is resolved.</source>
        <translation>Orders flagged with a problem wait here until it is resolved.</translation>
    </message>
    <message>
        <source>No orders here</source>
        <translation>No orders here</translation>
    </message>
    <message>
        <source>Orders appear here when the sync brings them from the marketplace.</source>
        <translation>Orders appear here when the sync brings them from the marketplace.</translation>
    </message>
</context>
<context>
    <name>PackingSlip</name>
    <message>
        <source>Packing slip</source>
        <translation>Packing slip</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>In this parcel</source>
        <translation>In this parcel</translation>
    </message>
    <message>
        <source>Thank you for your order! If anything is missing or damaged, reply to the marketplace&apos;s order message and we will put it right.</source>
        <translation>Thank you for your order! If anything is missing or damaged, reply to the marketplace&apos;s order message and we will put it right.</translation>
    </message>
    <message>
        <source>Packed by</source>
        <translation>Packed by</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Nothing to pack for these orders.</source>
        <translation>Nothing to pack for these orders.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Order date</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>Ship by</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Shipped with</source>
        <translation>Shipped with</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Ship to</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>Order details</translation>
    </message>
</context>
<context>
    <name>PhotoGallery</name>
    <message>
        <source>Main photo</source>
        <translation>Main photo</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Large preview</source>
        <translation>Large preview</translation>
    </message>
    <message>
        <source>Variant of this photo</source>
        <translation>Variant of this photo</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in the log file.</source>
        <translation>Something went wrong; the details are in the log file.</translation>
    </message>
    <message>
        <source>Show photos for</source>
        <translation>Show photos for</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>Set as main photo</source>
        <translation>Set as main photo</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Move earlier</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Move later</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>All photos</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>No product selected</source>
        <translation>No product selected</translation>
    </message>
    <message>
        <source>No photos yet</source>
        <translation>No photos yet</translation>
    </message>
    <message>
        <source>Drop photos or folders here, or click “Add photos…”. Photos of 800 pixels or more on the short side, up to 3 MB, suit the marketplace best.</source>
        <translation>Drop photos or folders here, or click “Add photos…”. Photos of 800 pixels or more on the short side, up to 3 MB, suit the marketplace best.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) removed.</source>
        <translation>
            <numerusform>%n photo removed.</numerusform>
            <numerusform>%n photos removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fixing the photo…</source>
        <translation>Fixing the photo…</translation>
    </message>
    <message>
        <source>Photo fixed; the original is kept.</source>
        <translation>Photo fixed; the original is kept.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Shown for:</source>
        <translation>Shown for:</translation>
    </message>
    <message>
        <source>Select a photo to see it large.</source>
        <translation>Select a photo to see it large.</translation>
    </message>
    <message>
        <source>All variants</source>
        <translation>All variants</translation>
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
        <translation>Meets the marketplace&apos;s rules.</translation>
    </message>
</context>
<context>
    <name>PhotoMessages</name>
    <message>
        <source>The file does not exist (any more).</source>
        <translation>The file does not exist (any more).</translation>
    </message>
    <message>
        <source>This is a folder or a device, not a photo file.</source>
        <translation>This is a folder or a device, not a photo file.</translation>
    </message>
    <message>
        <source>SellerDesk is not allowed to read this file.</source>
        <translation>SellerDesk is not allowed to read this file.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>The file cannot be read (%1).</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes): it was probably not copied completely.</source>
        <translation>The file is empty (0 bytes): it was probably not copied completely.</translation>
    </message>
    <message>
        <source>The file is %1 MB; files over %2 MB are not accepted.</source>
        <translation>The file is %1 MB; files over %2 MB are not accepted.</translation>
    </message>
    <message>
        <source>This is not a photo: the file&apos;s content is not an image, whatever its name says.</source>
        <translation>This is not a photo: the file&apos;s content is not an image, whatever its name says.</translation>
    </message>
    <message>
        <source>This is a HEIC photo (the iPhone&apos;s own format), which SellerDesk cannot read. Export it as JPEG, or set the iPhone to “Most Compatible” under Settings › Camera › Formats.</source>
        <translation>This is a HEIC photo (the iPhone&apos;s own format), which SellerDesk cannot read. Export it as JPEG, or set the iPhone to “Most Compatible” under Settings › Camera › Formats.</translation>
    </message>
    <message>
        <source>%1 files are not supported: save the photo as JPEG or PNG.</source>
        <translation>%1 files are not supported: save the photo as JPEG or PNG.</translation>
    </message>
    <message>
        <source>The photo is damaged or incomplete (perhaps cut off while copying): copy it again from the camera or phone.</source>
        <translation>The photo is damaged or incomplete (perhaps cut off while copying): copy it again from the camera or phone.</translation>
    </message>
    <message>
        <source>The image claims %1 × %2 pixels, more than the %3 megapixels SellerDesk opens: decoding it could exhaust the computer&apos;s memory.</source>
        <translation>The image claims %1 × %2 pixels, more than the %3 megapixels SellerDesk opens: decoding it could exhaust the computer&apos;s memory.</translation>
    </message>
    <message>
        <source>The photo is too large to process with the memory available.</source>
        <translation>The photo is too large to process with the memory available.</translation>
    </message>
    <message>
        <source>SellerDesk could not process this photo (%1).</source>
        <translation>SellerDesk could not process this photo (%1).</translation>
    </message>
    <message>
        <source>Not imported: the import was cancelled.</source>
        <translation>Not imported: the import was cancelled.</translation>
    </message>
    <message>
        <source>No product&apos;s SKU matches this file name: name it like SKU_1.jpg, or add it from the product&apos;s photos.</source>
        <translation>No product&apos;s SKU matches this file name: name it like SKU_1.jpg, or add it from the product&apos;s photos.</translation>
    </message>
    <message>
        <source>The file name matches several SKUs that differ only in upper and lower case (%1).</source>
        <translation>The file name matches several SKUs that differ only in upper and lower case (%1).</translation>
    </message>
    <message>
        <source>No product has the SKU “%1”.</source>
        <translation>No product has the SKU “%1”.</translation>
    </message>
    <message>
        <source>The product was deleted while its photos were being imported.</source>
        <translation>The product was deleted while its photos were being imported.</translation>
    </message>
    <message>
        <source>The photo could not be saved: %1</source>
        <translation>The photo could not be saved: %1</translation>
    </message>
    <message>
        <source>The name “%1” is not safe as a file name on every computer; the photo is called “%2”.</source>
        <translation>The name “%1” is not safe as a file name on every computer; the photo is called “%2”.</translation>
    </message>
    <message>
        <source>This photo is already in the product&apos;s gallery, so it was not added a second time.</source>
        <translation>This photo is already in the product&apos;s gallery, so it was not added a second time.</translation>
    </message>
    <message>
        <source>Turned upright as the camera recorded it; the original is kept.</source>
        <translation>Turned upright as the camera recorded it; the original is kept.</translation>
    </message>
    <message>
        <source>Not a photo (%1): left out.</source>
        <translation>Not a photo (%1): left out.</translation>
    </message>
    <message>
        <source>The marketplace does not accept %1 files, only JPEG, PNG and WebP.</source>
        <translation>The marketplace does not accept %1 files, only JPEG, PNG and WebP.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is too small: the marketplace needs at least %3 pixels on the short side. Use a larger photo.</source>
        <translation>%1 × %2 pixels is too small: the marketplace needs at least %3 pixels on the short side. Use a larger photo.</translation>
    </message>
    <message>
        <source>The file is %1 MB; the marketplace accepts at most %2 MB.</source>
        <translation>The file is %1 MB; the marketplace accepts at most %2 MB.</translation>
    </message>
    <message>
        <source>The photo is too long and narrow (%1 : 1); the marketplace accepts up to %2 : 1.</source>
        <translation>The photo is too long and narrow (%1 : 1); the marketplace accepts up to %2 : 1.</translation>
    </message>
    <message>
        <source>The photo uses print colours (CMYK): browsers may show them wrongly.</source>
        <translation>The photo uses print colours (CMYK): browsers may show them wrongly.</translation>
    </message>
    <message>
        <source>The photo has 16 bits per colour: the marketplace shows 8, and the file is larger than it needs to be.</source>
        <translation>The photo has 16 bits per colour: the marketplace shows 8, and the file is larger than it needs to be.</translation>
    </message>
    <message>
        <source>Convert to JPEG</source>
        <translation>Convert to JPEG</translation>
    </message>
    <message>
        <source>Make the file smaller</source>
        <translation>Make the file smaller</translation>
    </message>
    <message>
        <source>Add white margins</source>
        <translation>Add white margins</translation>
    </message>
</context>
<context>
    <name>PickList</name>
    <message>
        <source>Pick list</source>
        <translation>Pick list</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>For orders</source>
        <translation>For orders</translation>
    </message>
    <message>
        <source>Picked by</source>
        <translation>Picked by</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>Nothing is left to pick for these orders.</source>
        <translation>Nothing is left to pick for these orders.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Pick list</source>
        <translation>Pick list</translation>
    </message>
    <message>
        <source>Packing slips</source>
        <translation>Packing slips</translation>
    </message>
    <message>
        <source>pick-list</source>
        <translation>pick-list</translation>
    </message>
    <message>
        <source>packing-slips</source>
        <translation>packing-slips</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Save %1 as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>the PDF could not be written to %1</source>
        <translation>the PDF could not be written to %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>the printer did not accept the document</source>
        <translation>the printer did not accept the document</translation>
    </message>
</context>
<context>
    <name>PrintingSelection</name>
    <message>
        <source>Nothing to print: no paid order is waiting to be shipped.</source>
        <translation>Nothing to print: no paid order is waiting to be shipped.</translation>
    </message>
    <message>
        <source>Nothing to print: %1.</source>
        <translation>Nothing to print: %1.</translation>
    </message>
    <message>
        <source>order %1 is cancelled</source>
        <translation>order %1 is cancelled</translation>
    </message>
    <message>
        <source>order %1 has shipped already</source>
        <translation>order %1 has shipped already</translation>
    </message>
    <message>
        <source>order %1 is not paid yet</source>
        <translation>order %1 is not paid yet</translation>
    </message>
    <message>
        <source>order %1 is flagged: %2</source>
        <translation>order %1 is flagged: %2</translation>
    </message>
    <message>
        <source>%1 more orders left out</source>
        <translation>%1 more orders left out</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>Problem with order %1</source>
        <translation>Problem with order %1</translation>
    </message>
    <message>
        <source>Flagged orders stay in the list, marked, and are left off the pick list until the problem is resolved. Only your team sees this.</source>
        <translation>Flagged orders stay in the list, marked, and are left off the pick list until the problem is resolved. Only your team sees this.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
</context>
<context>
    <name>ProductCommands</name>
    <message>
        <source>No products.</source>
        <translation>No products.</translation>
    </message>
    <message>
        <source>status: %1   sync: %2   main language: %3</source>
        <translation>status: %1   sync: %2   main language: %3</translation>
    </message>
    <message>
        <source>category: %1   brand: %2</source>
        <translation>category: %1   brand: %2</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>tags: %1</translation>
    </message>
    <message>
        <source>texts:</source>
        <translation>texts:</translation>
    </message>
    <message>
        <source>variants:</source>
        <translation>variants:</translation>
    </message>
    <message>
        <source>stock %1</source>
        <translation>stock %1</translation>
    </message>
    <message>
        <source>Added %1: %2</source>
        <translation>Added %1: %2</translation>
    </message>
    <message>
        <source>Deleted %1 (it will be removed from the marketplace at the next sync).</source>
        <translation>Deleted %1 (it will be removed from the marketplace at the next sync).</translation>
    </message>
    <message>
        <source>Added variant %1 to %2.</source>
        <translation>Added variant %1 to %2.</translation>
    </message>
    <message>
        <source>Deleted variant %1 (it will be removed from the marketplace at the next sync).</source>
        <translation>Deleted variant %1 (it will be removed from the marketplace at the next sync).</translation>
    </message>
</context>
<context>
    <name>ProductDetail</name>
    <message>
        <source>No photo yet</source>
        <translation>No photo yet</translation>
    </message>
    <message>
        <source>Main photo</source>
        <translation>Main photo</translation>
    </message>
    <message>
        <source>Drop photos here to add them</source>
        <translation>Drop photos here to add them</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Translations</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Sync:</source>
        <translation>Sync:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Price:</translation>
    </message>
    <message>
        <source>Stock:</source>
        <translation>Stock:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variants</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>No product selected</source>
        <translation>No product selected</translation>
    </message>
    <message>
        <source>Select a product in the list to see it here.</source>
        <translation>Select a product in the list to see it here.</translation>
    </message>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>%n in stock</numerusform>
            <numerusform>%n in stock</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>Edit product</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Texts</translation>
    </message>
    <message>
        <source>Variants and prices</source>
        <translation>Variants and prices</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Save the new product first, then add its photos.</source>
        <translation>Save the new product first, then add its photos.</translation>
    </message>
    <message>
        <source>Untitled product</source>
        <translation>Untitled product</translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n variant</numerusform>
            <numerusform>%n variants</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 languages complete</source>
        <translation>%1 of %2 languages complete</translation>
    </message>
    <message>
        <source>Variants and prices (%1)</source>
        <translation>Variants and prices (%1)</translation>
    </message>
    <message>
        <source>New product “%1”</source>
        <translation>New product “%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <source>The product could not be saved because of an unexpected error. Nothing was changed; the details are in the log.</source>
        <translation>The product could not be saved because of an unexpected error. Nothing was changed; the details are in the log.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Save the changes to “%1”?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>If you don&apos;t save, your changes will be lost.</translation>
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
        <translation>Title</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Main photo</source>
        <translation>Main photo</translation>
    </message>
    <message>
        <source>Whether the marketplace has this product&apos;s latest changes</source>
        <translation>Whether the marketplace has this product&apos;s latest changes</translation>
    </message>
    <message>
        <source>Variants from %1 to %2</source>
        <translation>Variants from %1 to %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Same as the system (%1)</translation>
    </message>
    <message>
        <source>Low stock below</source>
        <translation>Low stock below</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Low stock below:</source>
        <translation>Low stock below:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>In use now: %1, chosen with --lang when SellerDesk started.</source>
        <translation>In use now: %1, chosen with --lang when SellerDesk started.</translation>
    </message>
    <message>
        <source>The new language applies the next time SellerDesk starts.</source>
        <translation>The new language applies the next time SellerDesk starts.</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <source>Correct the shipment of %1</source>
        <translation>Correct the shipment of %1</translation>
    </message>
    <message>
        <source>Ship order %1</source>
        <translation>Ship order %1</translation>
    </message>
    <message>
        <source>To %1 · %2</source>
        <translation>To %1 · %2</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Choose the carrier</source>
        <translation>Choose the carrier</translation>
    </message>
    <message>
        <source>The marketplace&apos;s carriers, as of %1.</source>
        <translation>The marketplace&apos;s carriers, as of %1.</translation>
    </message>
    <message>
        <source>Common carriers: the marketplace&apos;s own list is downloaded at the next sync.</source>
        <translation>Common carriers: the marketplace&apos;s own list is downloaded at the next sync.</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>As printed on the label</source>
        <translation>As printed on the label</translation>
    </message>
    <message>
        <source>The number is right: use it anyway</source>
        <translation>The number is right: use it anyway</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>Carrier:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>Tracking number:</translation>
    </message>
    <message>
        <source>Items in this parcel</source>
        <translation>Items in this parcel</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Left to ship</source>
        <translation>Left to ship</translation>
    </message>
    <message>
        <source>In this parcel</source>
        <translation>In this parcel</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Save the correction</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Ship</translation>
    </message>
    <message>
        <source>What goes in this parcel:</source>
        <translation>What goes in this parcel:</translation>
    </message>
    <message>
        <source>Quantity of %1 in this parcel</source>
        <translation>Quantity of %1 in this parcel</translation>
    </message>
    <message>
        <source>✓ A valid %1 tracking number.</source>
        <translation>✓ A valid %1 tracking number.</translation>
    </message>
    <message>
        <source>This does not look like a %1 tracking number (for example %2). Check it against the label.</source>
        <translation>This does not look like a %1 tracking number (for example %2). Check it against the label.</translation>
    </message>
    <message>
        <source>“%1” is not a tracking number: they are letters and digits, at least %2 of them. Check it against the label.</source>
        <translation>“%1” is not a tracking number: they are letters and digits, at least %2 of them. Check it against the label.</translation>
    </message>
    <message>
        <source>The format of %1 numbers is not known here: check it against the label.</source>
        <translation>The format of %1 numbers is not known here: check it against the label.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>Log in again</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Syncing… (taking longer than usual)</source>
        <translation>Syncing… (taking longer than usual)</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>last sync %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>Synced: %1. Waiting: %2, conflicts: %3.</source>
        <translation>Synced: %1. Waiting: %2, conflicts: %3.</translation>
    </message>
    <message>
        <source>online: %1 waiting, conflicts: %2</source>
        <translation>online: %1 waiting, conflicts: %2</translation>
    </message>
    <message>
        <source>offline: %1 waiting, conflicts: %2</source>
        <translation>offline: %1 waiting, conflicts: %2</translation>
    </message>
    <message>
        <source>Kept your value; the change is recorded and will sync.</source>
        <translation>Kept your value; the change is recorded and will sync.</translation>
    </message>
    <message>
        <source>Kept the marketplace&apos;s value; the change is recorded and will sync.</source>
        <translation>Kept the marketplace&apos;s value; the change is recorded and will sync.</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>The marketplace sent a reply SellerDesk cannot read. Nothing from it was applied; the next sync tries again.</source>
        <translation>The marketplace sent a reply SellerDesk cannot read. Nothing from it was applied; the next sync tries again.</translation>
    </message>
    <message>
        <source>The marketplace sent an item SellerDesk cannot read. Sync tries again; after %1 tries the item is set aside so that the rest of the shop goes on.</source>
        <translation>The marketplace sent an item SellerDesk cannot read. Sync tries again; after %1 tries the item is set aside so that the rest of the shop goes on.</translation>
    </message>
    <message>
        <source>SellerDesk met an unexpected problem; the details are in the log. Nothing is lost: the next sync tries again.</source>
        <translation>SellerDesk met an unexpected problem; the details are in the log. Nothing is lost: the next sync tries again.</translation>
    </message>
    <message>
        <source>The marketplace did not accept the saved sync position: SellerDesk reads all its changes again.</source>
        <translation>The marketplace did not accept the saved sync position: SellerDesk reads all its changes again.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Product changed</source>
        <translation>Product changed</translation>
    </message>
    <message>
        <source>Product deleted</source>
        <translation>Product deleted</translation>
    </message>
    <message>
        <source>Product restored</source>
        <translation>Product restored</translation>
    </message>
    <message>
        <source>New variant</source>
        <translation>New variant</translation>
    </message>
    <message>
        <source>Variant changed</source>
        <translation>Variant changed</translation>
    </message>
    <message>
        <source>Variant deleted</source>
        <translation>Variant deleted</translation>
    </message>
    <message>
        <source>Stock moved</source>
        <translation>Stock moved</translation>
    </message>
    <message>
        <source>Stock counted</source>
        <translation>Stock counted</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Shipment</translation>
    </message>
    <message>
        <source>Connected account: %1</source>
        <translation>Connected account: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>No changes waiting</source>
        <translation>No changes waiting</translation>
    </message>
    <message>
        <source>Connect account…</source>
        <translation>Connect account…</translation>
    </message>
    <message>
        <source>Your changes are kept on this computer and will be sent at the next sync.</source>
        <translation>Your changes are kept on this computer and will be sent at the next sync.</translation>
    </message>
    <message>
        <source>This sync is taking longer than usual. It goes on in the background; you can keep working or ask again.</source>
        <translation>This sync is taking longer than usual. It goes on in the background; you can keep working or ask again.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>The marketplace&apos;s</source>
        <translation>The marketplace&apos;s</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Pending changes</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Connect a marketplace account first.</source>
        <translation>Connect a marketplace account first.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Every change is saved on this computer first. These changes will be sent to the marketplace, in order and exactly once, at the next sync.</source>
        <translation>Every change is saved on this computer first. These changes will be sent to the marketplace, in order and exactly once, at the next sync.</translation>
    </message>
    <message>
        <source>Log in again…</source>
        <translation>Log in again…</translation>
    </message>
    <message>
        <source>All changes are on the marketplace</source>
        <translation>All changes are on the marketplace</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nothing is waiting to be sent.</translation>
    </message>
    <message>
        <source>Could not read</source>
        <translation>Could not read</translation>
    </message>
    <message>
        <source>The marketplace sent these items in a form SellerDesk could not read. They are set aside and read again at every sync; the rest of the shop syncs as usual.</source>
        <translation>The marketplace sent these items in a form SellerDesk could not read. They are set aside and read again at every sync; the rest of the shop syncs as usual.</translation>
    </message>
    <message>
        <source>Marketplace id</source>
        <translation>Marketplace id</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Failed reads: %1, the last %2</source>
        <translation>Failed reads: %1, the last %2</translation>
    </message>
    <message>
        <source>Everything the marketplace sent could be read</source>
        <translation>Everything the marketplace sent could be read</translation>
    </message>
    <message>
        <source>Items it sends in a form SellerDesk cannot read would be listed here, so none is lost unnoticed.</source>
        <translation>Items it sends in a form SellerDesk cannot read would be listed here, so none is lost unnoticed.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <source>%n item(s) could not be read</source>
        <translation>
            <numerusform>%n item could not be read</numerusform>
            <numerusform>%n items could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWording</name>
    <message>
        <source>No marketplace connected: changes stay on this computer</source>
        <translation>No marketplace connected: changes stay on this computer</translation>
    </message>
    <message>
        <source>Temporary problem</source>
        <translation>Temporary problem</translation>
    </message>
    <message>
        <source>Login needed</source>
        <translation>Login needed</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Refused by the marketplace</source>
        <translation>Refused by the marketplace</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Shipment</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
</context>
<context>
    <name>TextsTab</name>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>No title: the listing does not show in this language</source>
        <translation>No title: the listing does not show in this language</translation>
    </message>
    <message>
        <source>No description yet</source>
        <translation>No description yet</translation>
    </message>
    <message>
        <source>Title too long for %1 (at most %2 characters)</source>
        <translation>Title too long for %1 (at most %2 characters)</translation>
    </message>
    <message>
        <source>Description too long for %1 (at most %2 characters)</source>
        <translation>Description too long for %1 (at most %2 characters)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Description length:</source>
        <translation>Description length:</translation>
    </message>
    <message>
        <source>%1 accepts titles of at most %2 characters</source>
        <translation>%1 accepts titles of at most %2 characters</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>Add language</translation>
    </message>
    <message>
        <source>Main language</source>
        <translation>Main language</translation>
    </message>
</context>
<context>
    <name>UndoController</name>
    <message>
        <source>Redoing “%1”…</source>
        <translation>Redoing “%1”…</translation>
    </message>
    <message>
        <source>Undoing “%1”…</source>
        <translation>Undoing “%1”…</translation>
    </message>
    <message>
        <source>“%1” could not be redone: %2</source>
        <translation>“%1” could not be redone: %2</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation>“%1” could not be undone: %2</translation>
    </message>
    <message>
        <source>“%1” could not be undone because of an unexpected error; nothing was changed.</source>
        <translation>“%1” could not be undone because of an unexpected error; nothing was changed.</translation>
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
        <translation>Price</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>New variant: created when you save</source>
        <translation>New variant: created when you save</translation>
    </message>
    <message>
        <source>“%1” is not a price: type it as you would write it, e.g. 1.234,50 or 12.50.</source>
        <translation>“%1” is not a price: type it as you would write it, e.g. 1.234,50 or 12.50.</translation>
    </message>
    <message>
        <source>“%1” is not a valid value here.</source>
        <translation>“%1” is not a valid value here.</translation>
    </message>
    <message>
        <source>Stock cannot be negative: “%1” was not saved. Type 0 or more.</source>
        <translation>Stock cannot be negative: “%1” was not saved. Type 0 or more.</translation>
    </message>
    <message>
        <source>Stock can be at most %1: “%2” was not saved.</source>
        <translation>Stock can be at most %1: “%2” was not saved.</translation>
    </message>
</context>
<context>
    <name>VariantsTab</name>
    <message>
        <source>Option, e.g. Colour</source>
        <translation>Option, e.g. Colour</translation>
    </message>
    <message>
        <source>Option name</source>
        <translation>Option name</translation>
    </message>
    <message>
        <source>Values, separated by commas: red, blue, green</source>
        <translation>Values, separated by commas: red, blue, green</translation>
    </message>
    <message>
        <source>Option values</source>
        <translation>Option values</translation>
    </message>
    <message>
        <source>Remove this option</source>
        <translation>Remove this option</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Add option</translation>
    </message>
    <message>
        <source>e.g. BAG-FLO</source>
        <translation>e.g. BAG-FLO</translation>
    </message>
    <message>
        <source>Base SKU</source>
        <translation>Base SKU</translation>
    </message>
    <message>
        <source>Price of new variants</source>
        <translation>Price of new variants</translation>
    </message>
    <message>
        <source>Stock of new variants</source>
        <translation>Stock of new variants</translation>
    </message>
    <message>
        <source>Generate variants</source>
        <translation>Generate variants</translation>
    </message>
    <message>
        <source>Make a variant for every combination of the values above; variants you already have keep their SKU, price and stock.</source>
        <translation>Make a variant for every combination of the values above; variants you already have keep their SKU, price and stock.</translation>
    </message>
    <message>
        <source>Base SKU:</source>
        <translation>Base SKU:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Price:</translation>
    </message>
    <message>
        <source>Stock:</source>
        <translation>Stock:</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variants</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>Add variant</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>That makes more than %1 combinations: check the values.</source>
        <translation>That makes more than %1 combinations: check the values.</translation>
    </message>
    <message>
        <source>Name an option and give it some values first, e.g. Colour: red, blue.</source>
        <translation>Name an option and give it some values first, e.g. Colour: red, blue.</translation>
    </message>
    <message>
        <source>The price of new variants is not a price: e.g. 49,90.</source>
        <translation>The price of new variants is not a price: e.g. 49,90.</translation>
    </message>
    <message numerus="yes">
        <source>%n existing variant(s) match no combination: remove them if you no longer sell them.</source>
        <translation>
            <numerusform>%n existing variant matches no combination: remove it if you no longer sell it.</numerusform>
            <numerusform>%n existing variants match no combination: remove them if you no longer sell them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n variant</numerusform>
            <numerusform>%n variants</numerusform>
        </translation>
    </message>
</context>
</TS>
