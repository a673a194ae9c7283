"""malmoi (말모이): structured articles and who said what, from scraped Korean news pages."""

__version__ = "0.1.0"
