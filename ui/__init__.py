"""The web UI (gradio lives only in this package): `serve` for app.py, `build_app` for the Blocks."""
from ui.server import build_app, serve

__all__ = ["build_app", "serve"]
