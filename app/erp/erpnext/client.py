"""A small client of ERPNext's REST API (Frappe): documents, lists and whitelisted methods.

Frappe answers a document as {"data": {...}}, a list as {"data": [...]}, a method as
{"message": ...}; an error carries `exc_type` and, for a validation error (HTTP 417),
`_server_messages`: a JSON list of JSON objects with a `message`.
"""

import json
from dataclasses import dataclass
from typing import Any

import httpx

Doc = dict[str, Any]


class ErpNextError(Exception):
    """ERPNext refused or failed a call; `retry` says whether trying later may help."""

    def __init__(self, message: str, *, status: int | None, exc_type: str | None) -> None:
        super().__init__(message)
        self.status, self.exc_type = status, exc_type

    def __reduce__(self) -> tuple[Any, ...]:  # the work engine keeps errors, pickled
        return (_unpickle_error, (str(self), self.status, self.exc_type))

    @property
    def retry(self) -> bool:
        return self.status is None or self.status in (429, 502, 503, 504)


def _unpickle_error(message: str, status: int | None, exc_type: str | None) -> ErpNextError:
    return ErpNextError(message, status=status, exc_type=exc_type)


@dataclass(frozen=True)
class ErpNextClient:
    http: httpx.Client

    @classmethod
    def connect(cls, url: str, api_key: str, api_secret: str, timeout: float) -> "ErpNextClient":
        headers = {"Authorization": f"token {api_key}:{api_secret}", "Accept": "application/json"}
        return cls(httpx.Client(base_url=url.rstrip("/"), headers=headers, timeout=timeout))

    def get_doc(self, doctype: str, name: str) -> Doc:
        data: Doc = self._call("GET", f"/api/resource/{doctype}/{name}")["data"]
        return data

    def get_list(
        self,
        doctype: str,
        *,
        filters: list[list[Any]] | None = None,
        fields: tuple[str, ...] = ("name",),
        page: int = 500,
    ) -> list[Doc]:
        """Every matching row, page by page."""
        rows: list[Doc] = []
        while True:
            params = {
                "fields": json.dumps(list(fields)),
                "filters": json.dumps(filters or []),
                "limit_start": str(len(rows)),
                "limit_page_length": str(page),
                "order_by": "name asc",
            }
            batch: list[Doc] = self._call("GET", f"/api/resource/{doctype}", params=params)["data"]
            rows.extend(batch)
            if len(batch) < page:
                return rows

    def call(self, method: str, **arguments: Any) -> Any:
        return self._call("POST", f"/api/method/{method}", json=arguments)["message"]

    def insert(self, doc: Doc) -> Doc:
        data: Doc = self._call("POST", f"/api/resource/{doc['doctype']}", json=doc)["data"]
        return data

    def submit(self, doc: Doc) -> Doc:
        submitted: Doc = self.call("frappe.client.submit", doc=doc)
        return submitted

    def _call(self, verb: str, path: str, **options: Any) -> Doc:
        try:
            response = self.http.request(verb, path, **options)
        except httpx.HTTPError as problem:
            raise ErpNextError(
                f"ERPNext did not answer: {type(problem).__name__}", status=None, exc_type=None
            ) from problem
        if response.status_code >= 400:
            raise _error(response)
        body: Doc = response.json()
        return body


def _error(response: httpx.Response) -> ErpNextError:
    try:
        body = response.json()
    except ValueError:
        body = {}
    exc_type = body.get("exc_type") if isinstance(body, dict) else None
    message = _server_message(body) or exc_type or f"HTTP {response.status_code}"
    return ErpNextError(
        f"ERPNext answered {response.status_code}: {message}",
        status=response.status_code,
        exc_type=exc_type,
    )


def _server_message(body: Any) -> str | None:
    """The first human message of a Frappe error body, if it has one."""
    if not isinstance(body, dict) or not isinstance(body.get("_server_messages"), str):
        return None
    try:
        messages = [json.loads(m) for m in json.loads(body["_server_messages"])]
    except (ValueError, TypeError):
        return None
    texts = [str(m.get("message")) for m in messages if isinstance(m, dict) and m.get("message")]
    return texts[0] if texts else None
