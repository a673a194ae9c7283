"""One exception tree. Messages tell the user what to do."""


class MalmoiError(Exception):
    """Base of every error malmoi raises on purpose."""


class InputError(MalmoiError):
    """A path or a document that cannot be read."""


class MissingDependency(MalmoiError):
    """An optional package is needed for this step."""

    def __init__(self, package: str, extra: str | None = None) -> None:
        hint = f"pip install 'malmoi[{extra}]'" if extra else f"pip install {package}"
        super().__init__(f"this step needs the package {package!r}: {hint}")
        self.package = package


class StoreError(MalmoiError):
    """The embedded store cannot be opened or written."""
