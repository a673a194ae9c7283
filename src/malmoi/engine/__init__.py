"""Engines: run the stages over many documents and write the results.

- ``local``: this machine, one process or a pool of workers (``extract --jobs N``);
- ``sinks``: JSON lines, rejections, the store; ``parquet``: three Parquet tables;
- ``ray``: the same stages on a Ray cluster (``pip install 'malmoi[ray]'``).
"""

from malmoi.engine.local import Options, cores, extract, results
from malmoi.engine.sinks import JsonlSink, RejectionSink, Sink, StoreSink

__all__ = ["JsonlSink", "Options", "RejectionSink", "Sink", "StoreSink", "cores", "extract", "results"]
