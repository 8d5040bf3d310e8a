"""`make offline`: Material's offline plugin loads a small Web Worker shim
from a CDN. Point it at our vendored copy instead, so the zip works with no
network and no request ever leaves the reader's machine."""

from mkdocs.plugins import event_priority

SHIM = "javascripts/vendor/iframe-worker-1.0.4-shim.js"


@event_priority(100)  # before the offline plugin looks for a shim
def on_config(config):
    offline = config.plugins.get("material/offline")
    if offline and offline.config.enabled:
        config.extra["polyfills"] = [SHIM]
    return config
