"""The dashboard for people (/insights, staff only): figures, charts, anomalies, CSV."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from app.db import utcnow
from app.http.deps import SessionDep
from app.insights.figures import AGING, TABLE_FILTER, Filters, Subset
from app.insights.service import cases_behind, cases_csv, csv_of, insights_page
from app.web import words
from app.web.deps import PageError, StaffUser, not_found
from app.web.pages import PAGE_HEADERS, render

router = APIRouter(prefix="/insights", include_in_schema=False)


def _day(value: str, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise PageError(400, "Not a date", f"{name} must be a date like 2026-10-01.") from error


def page_filters(
    since: str = "",
    until: str = "",
    site: str = "",
    carrier: str = "",
    lane: str = "",
    category: str = "",
    customer: str = "",
    reason: str = "",
    rule: str = "",
) -> Filters:
    """The filters of the query string."""
    return Filters(
        since=_day(since, "From"),
        until=_day(until, "To"),
        site=site,
        carrier=carrier,
        lane=lane,
        category=category,
        customer=customer,
        reason=reason,
        rule=rule,
    )


FiltersDep = Annotated[Filters, Depends(page_filters)]


@router.get("")
def dashboard_page(
    request: Request, session: SessionDep, user: StaffUser, filters: FiltersDep
) -> Response:
    """Every figure over the filtered cases, with charts and the anomalies."""
    page = insights_page(session=session, filters=filters, now=utcnow())
    return render(
        request,
        "insights.html",
        user=user,
        page=page,
        filters=filters,
        table_filter=TABLE_FILTER,
        words=words,
    )


@router.get("/cases")
def cases_page(
    request: Request,
    session: SessionDep,
    user: StaffUser,
    filters: FiltersDep,
    subset: Subset = Subset.ALL,
    case: Annotated[list[str], Query(max_length=1000)] = [],  # noqa: B006 (FastAPI reads it)
    aged: Annotated[int | None, Query(ge=0, lt=len(AGING))] = None,
) -> Response:
    """The cases behind a figure (or an anomaly's cases), each linking to its page."""
    now = utcnow()
    found = cases_behind(
        session=session,
        filters=filters,
        subset=subset,
        now=now,
        case_ids=frozenset(case),
        aged=aged,
    )
    return render(
        request,
        "insights_cases.html",
        user=user,
        cases=found,
        filters=filters,
        subset=subset,
        named=bool(case),
        query=request.url.query,
        words=words,
    )


@router.get("/cases.csv")
def cases_csv_export(
    session: SessionDep,
    user: StaffUser,
    filters: FiltersDep,
    subset: Subset = Subset.ALL,
    case: Annotated[list[str], Query(max_length=1000)] = [],  # noqa: B006 (FastAPI reads it)
    aged: Annotated[int | None, Query(ge=0, lt=len(AGING))] = None,
) -> Response:
    """The cases behind a figure as CSV."""
    found = cases_behind(
        session=session,
        filters=filters,
        subset=subset,
        now=utcnow(),
        case_ids=frozenset(case),
        aged=aged,
    )
    return _csv(cases_csv(found), "cases")


@router.get("/{table}.csv")
def table_csv(session: SessionDep, user: StaffUser, filters: FiltersDep, table: str) -> Response:
    """A table of the dashboard as CSV, over the same filters."""
    text = csv_of(session=session, table=table, filters=filters, now=utcnow())
    if text is None:
        raise not_found()
    return _csv(text, table)


def _csv(text: str, name: str) -> Response:
    headers = {**PAGE_HEADERS, "Content-Disposition": f'attachment; filename="insights-{name}.csv"'}
    return Response(text, media_type="text/csv; charset=utf-8", headers=headers)
