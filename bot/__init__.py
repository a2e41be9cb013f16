"""edgar-sentinel: watch SEC EDGAR for buybacks, restatement risk and late filings."""

__version__ = "0.1.0"
