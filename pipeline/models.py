"""Typed records at the pipeline's boundaries: what ingestion and extraction hand to the loaders."""
from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Kind = Literal[
    "exchanged", "agreed", "offered", "bodies", "cumulative_released",
    "exchange_ordinal", "exchange_count", "age", "percentage", "other",
]
Side = Literal["ukraine", "russia", "both", "unknown"]
Scope = Literal["per_side", "total"]
Status = Literal["completed", "agreed", "offered", "planned"]
Qualifier = Literal["exact", "about", "more_than", "at_least", "up_to"]
DatePrecision = Literal["day", "week", "month", "year"]  # "week": "last week", dated by its Monday


class Article(BaseModel):
    """One cleaned article; `body` is what every figure offset points into."""

    model_config = ConfigDict(frozen=True)

    article_id: str
    source_path: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published_date: date | None = None
    published_date_source: str | None = None
    language: str | None = None
    body: str
    input_format: str
    encoding: str
    # A window inferred from the text alone (e.g. "on Thursday" + "earlier this month"),
    # never presented as the stated publication date.
    inferred_date_from: date | None = None
    inferred_date_to: date | None = None


class QuarantineEntry(BaseModel):
    source_path: str
    reason: str


class Figure(BaseModel):
    """One figure stated in an article, with its meaning and exact span in the body."""

    figure_id: str
    article_id: str
    value: int
    value_high: int | None = None
    qualifier: Qualifier = "exact"
    kind: Kind
    side: Side = "unknown"
    scope: Scope | None = None
    status: Status | None = None
    subject: str | None = None
    claimant: str | None = None
    event_date: date | None = None
    event_date_from: date | None = None
    event_date_precision: DatePrecision | None = None
    since_date: date | None = None
    agreement_date: date | None = None  # for terms of a deal: the date of the talks that agreed it
    is_breakdown: bool = False
    is_additional: bool = False  # a group handed over on top of the main count ("also 20 civilians")
    char_start: int = Field(ge=0)
    char_end: int
    text: str
    sentence: str
    sentence_start: int = Field(ge=0)

    @model_validator(mode="after")
    def _span_is_ordered(self) -> "Figure":
        if self.char_end <= self.char_start:
            raise ValueError("empty or reversed span")
        return self


class TermMention(BaseModel):
    """A term of an agreement stated without a number: who is covered, or how it is carried out."""

    article_id: str
    term: Literal["categories", "procedure"]
    detail: str
    agreement_date: date | None = None
    claimant: str | None = None
    char_start: int
    char_end: int
    sentence: str


class ExchangeMention(BaseModel):
    """A sentence that reports an exchange or handover on a date, with or without numbers."""

    article_id: str
    category: Literal["prisoners", "bodies"]
    status: Literal["completed", "planned"]
    event_date: date
    event_date_from: date | None = None
    char_start: int
    char_end: int
    sentence: str
    ordinal: int | None = None
    mediator: str | None = None
    # the agreement the text says this exchange carries out, and which stage of it (pipeline.extract.references)
    stage_ordinal: int | None = None
    stage_in_title: bool = False  # the stage number is stated in the headline, not in the body
    deal_reference: str | None = None
    reference_char_start: int | None = None
    reference_char_end: int | None = None
    referenced_quantity: int | None = None
    referenced_from: date | None = None
    referenced_to: date | None = None
