"""The record under construction while a flattened page is read."""

from __future__ import annotations

from dataclasses import dataclass, field

from malmoi.article.outlets import OutletVotes, outlet_index
from malmoi.model import ArticleFields, Reporter


@dataclass(slots=True)
class Draft(ArticleFields):
    """What the readers have found so far; the outlet as named, weighted votes."""

    votes: OutletVotes = field(default_factory=OutletVotes)
    body: list[str] = field(default_factory=list)
    turns: set[int] = field(default_factory=set)
    published_labelled: bool = False  # the publication time came with a label (입력, 기사입력, …)

    def add_emails(self, emails: list[str]) -> None:
        """E-mails on a line of their own belong to the reporters that have none yet."""
        for e in emails:
            if any(r.email == e for r in self.reporters):
                continue
            bare = next((r for r in self.reporters if not r.email), None)
            if bare is not None:
                bare.email = e
            o = outlet_index().email(e)
            if o:
                self.votes.add("email_line", o.name)

    def add_reporters(self, reps: list[Reporter], kind: str = "byline_email") -> None:
        for r in reps:
            known = next((x for x in self.reporters if x.name == r.name), None)
            if known is None:
                self.reporters.append(r)
            elif r.email and not known.email:
                known.email = r.email
            if r.email:
                o = outlet_index().email(r.email)
                if o:
                    self.votes.add("email_shared" if outlet_index().shared(r.email) else kind, o.name)

    def add_date(self, pub: str | None, mod: str | None, labelled: bool = True) -> None:
        if pub and (self.published is None or len(pub) > 10 >= len(self.published)):
            self.published = pub  # a time beats a bare date (an edition's 발행일)
            self.published_labelled = labelled
        if mod and self.modified is None:
            self.modified = mod
