from django.urls import path

from . import views
from .feeds import SearchFeed

app_name = "board"
urlpatterns = [
    path("", views.home, name="home"),
    path("offres/<int:pk>/", views.offer_detail, name="offer"),
    path("offres/<int:pk>/date-limite.ics", views.offer_ics, name="offer_ics"),
    path("offres/<int:pk>/gerer/", views.manage, name="manage"),
    path("deposer/", views.submit, name="submit"),
    path("moderation/", views.moderation_queue, name="moderation"),
    path("moderation/<int:pk>/", views.moderate, name="moderate"),
    path("moderation/expirer/", views.expire_now, name="expire_now"),
    path("moderation/publier/", views.approve_many, name="approve_many"),
    path("moderation/<int:pk>/doublon/<int:other>/", views.compare, name="compare"),
    path("flux.atom", SearchFeed(), name="feed"),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("robots.txt", views.robots, name="robots"),
    path("theme.css", views.theme, name="theme"),
    path("logo", views.logo, name="logo"),
    path("lieux/", views.place_suggestions, name="places"),
    path("<slug:name>/", views.page, name="page"),
]
