from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("filon.api.urls")),
    path("", include("filon.board.urls")),
]
handler500 = "filon.web.errors.server_error"
