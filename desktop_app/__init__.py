"""Info-Sharing Guide desktop app: the only package that imports PySide6."""

__version__ = "0.1.0"
APP_NAME = "Info-Sharing Guide"
