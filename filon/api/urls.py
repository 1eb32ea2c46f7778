from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView

from . import views

app_name = "api"
urlpatterns = [
    path("offres/", views.offer_list, name="offers"),
    path("offres/<int:pk>/", views.offer_detail, name="offer"),
    path("offres/deposer/", views.offer_submit, name="submit"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularRedocView.as_view(url_name="api:schema", template_name="board/api_docs.html"), name="docs"),
]
