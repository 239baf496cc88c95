"""Headless Chromium for tests, driven by Selenium through Debian's chromedriver.

Only the system browser and driver are used (/usr/bin/chromium, /usr/bin/chromedriver,
or SRLCAP_CHROMIUM / SRLCAP_CHROMEDRIVER); Selenium Manager is never asked to download
one. Flags keep Chromium off the network and out of the user's profile.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = os.environ.get("SRLCAP_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("SRLCAP_CHROMEDRIVER", "/usr/bin/chromedriver")
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--window-size=1280,1600",
    # any host name fails to resolve: the gallery must not need the network
    "--host-resolver-rules=MAP * ~NOTFOUND",
)


def missing() -> str | None:
    """Why a browser test cannot run here, or None."""
    for path in (CHROMIUM, CHROMEDRIVER):
        if not Path(path).exists():
            return (f"{path} not found: apt-get install chromium chromium-driver "
                    "(or set SRLCAP_NO_BROWSER=1 to skip browser tests)")
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed: pip install -e '.[test]'"
    return None


def requested_urls(driver) -> list[str]:
    """URLs the page requested since the last call (from Chromium's performance log)."""
    import json

    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


@contextmanager
def chromium():
    """A Selenium WebDriver on a fresh headless Chromium profile, closed afterwards."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="srlcap-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    # browser console and network events, for requested_urls() and console checks
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    try:
        driver.set_page_load_timeout(60)
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
