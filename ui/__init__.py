"""The web UI (gradio lives only in this package): `serve` for app.py, `build_app` for the Blocks.

Imported lazily, so commands that only need `ui.access` (python app.py user …) start without gradio.
"""
__all__ = ["build_app", "serve"]


def __getattr__(name: str):
    if name in __all__:
        from ui import server
        return getattr(server, name)
    raise AttributeError(name)
