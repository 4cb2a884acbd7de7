"""ERPNext behind the ERP port: its records synced into the local copy (`intake erp sync`),
returns and credit notes written through its REST API (docs/erpnext.md)."""
