from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "filon.api"
    verbose_name = "API"
