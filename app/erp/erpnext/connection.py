"""ERPNext as the context carries it: the synced local copy reads, ERPNext takes the writes."""

from sqlalchemy.orm import Session

from app.erp.builtin import BuiltinErp, BuiltinErpWriter
from app.erp.erpnext.client import ErpNextClient
from app.erp.erpnext.writer import ErpNextWriter


class ErpNextConnection:
    name = "erpnext"

    def __init__(self, client: ErpNextClient) -> None:
        self.client = client

    def reader(self, session: Session) -> BuiltinErp:
        return BuiltinErp(session)

    def writer(self, session: Session) -> ErpNextWriter:
        return ErpNextWriter(self.client, BuiltinErpWriter(session))
