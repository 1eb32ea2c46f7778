from django.contrib import admin
from django.urls import include, path

from filon.web.login import LimitedLoginForm

admin.site.login_form = LimitedLoginForm

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("filon.api.urls")),
    path("", include("filon.board.urls")),
]
handler500 = "filon.web.errors.server_error"
