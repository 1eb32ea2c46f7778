"""Django project configuration of the filon board (settings, URLs, WSGI)."""
