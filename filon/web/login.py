"""An attempt limit on the coordinators' login (the admin's login page).

After ``FILON_LOGIN_ATTEMPTS`` failed logins in 15 minutes from one address,
or for one user name, the next attempts are refused, right password or not,
until the window ends: a password cannot be guessed through the form.
"""
from __future__ import annotations

from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.cache import cache
from django.core.exceptions import ValidationError

from .middleware import client_address

WINDOW_S = 15 * 60


class LimitedLoginForm(AdminAuthenticationForm):
    """The admin's login form, refusing attempts past the limit."""

    def clean(self):
        keys = self._counters()
        if any((cache.get(key) or 0) >= settings.LOGIN_ATTEMPTS for key in keys):
            raise ValidationError("Trop de tentatives de connexion : réessayez dans 15 minutes.", code="throttled")
        try:
            return super().clean()
        except ValidationError:
            for key in keys:
                cache.add(key, 0, WINDOW_S)
                cache.incr(key)
            raise

    def _counters(self) -> list[str]:
        address = client_address(self.request) if self.request else "?"
        name = (self.data.get("username") or "").strip().lower()
        return [f"login-failures:ip:{address}", f"login-failures:user:{name}"]
