"""Pure extraction code (no Dagster): numbers, their meaning, and dated exchange mentions."""
from pipeline.extract.figures import EXTRACTOR_VERSION, Extraction, extract_article, split_sentences

__all__ = ["EXTRACTOR_VERSION", "Extraction", "extract_article", "split_sentences"]
