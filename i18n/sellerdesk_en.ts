<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <source>SellerDesk cannot open the shop</source>
        <translation>SellerDesk cannot open the shop</translation>
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
        <source>Filters:</source>
        <translation>Filters:</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
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
        <source>Products appear here when you add them from the command line (sellerdesk products add) or when the sync brings them from the marketplace.</source>
        <translation>Products appear here when you add them from the command line (sellerdesk products add) or when the sync brings them from the marketplace.</translation>
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
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
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
        <source>%1 to ship</source>
        <translation>%1 to ship</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 conflicts</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>No marketplace account connected</source>
        <translation>No marketplace account connected</translation>
    </message>
</context>
<context>
    <name>OrderTable</name>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
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
        <source>Overdue: the ship-by time has passed</source>
        <translation>Overdue: the ship-by time has passed</translation>
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
        <source>All orders</source>
        <translation>All orders</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
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
        <source>No orders here</source>
        <translation>No orders here</translation>
    </message>
    <message>
        <source>Orders appear here when the sync brings them from the marketplace.</source>
        <translation>Orders appear here when the sync brings them from the marketplace.</translation>
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
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
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
        <source>The new language applies the next time SellerDesk starts.</source>
        <translation>The new language applies the next time SellerDesk starts.</translation>
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
        <source>All changes are on the marketplace</source>
        <translation>All changes are on the marketplace</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nothing is waiting to be sent.</translation>
    </message>
</context>
</TS>
