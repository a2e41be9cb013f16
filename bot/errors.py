"""The exception tree. Callers catch the class that matches what they can do about it:

SentinelError
 +-- ConfigError          permanent: bad environment, watchlist or arguments; stop with the message
 +-- InputError           one input to `check` could not be read as an EDGAR document
 +-- EdgarError           talking to EDGAR went wrong
 |    +-- EdgarRetryable       transport error, timeout, 429, 5xx: retried, then the cycle fails
 |    +-- EdgarRateLimited     SEC's "Request Rate Threshold Exceeded" page: cool down, don't retry
 |    +-- EdgarBadResponse     an HTML error page, a truncated or unparsable body where data was due
 |    +-- EdgarNotFound        404 for a specific resource
 +-- SlackError           talking to Slack went wrong
      +-- SlackRetryable       429, 5xx, transport errors
      +-- SlackPermanent       channel_not_found, not_in_channel, invalid_auth, ... (has .code)

Every message is one line a person can act on and never contains a secret.
"""

from __future__ import annotations

from datetime import datetime


class SentinelError(Exception):
    """Base of every error the bot raises on purpose."""


class ConfigError(SentinelError):
    """Bad configuration: environment variable, watchlist file, command-line argument."""


class InputError(SentinelError):
    """An input document that is unreadable or not an EDGAR document."""


class EdgarError(SentinelError):
    """Base for EDGAR access failures. `url` names what was requested."""

    def __init__(self, message: str, *, url: str | None = None) -> None:
        super().__init__(message)
        self.url = url


class EdgarRetryable(EdgarError):
    """Transient: transport error, timeout, 429 or 5xx. `retry_after` in seconds if given."""

    def __init__(
        self, message: str, *, url: str | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message, url=url)
        self.retry_after = retry_after


class EdgarRateLimited(EdgarError):
    """SEC's rate-threshold page: every request must pause until `until`."""

    def __init__(self, message: str, *, url: str | None = None, until: datetime | None = None):
        super().__init__(message, url=url)
        self.until = until


class EdgarBadResponse(EdgarError):
    """A body that is not what was asked for: an HTML error page, a truncated document."""


class EdgarNotFound(EdgarError):
    """404 for one resource."""


class SlackError(SentinelError):
    """Base for Slack delivery failures."""


class SlackRetryable(SlackError):
    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class SlackPermanent(SlackError):
    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.code = code
