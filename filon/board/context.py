"""What every page of the board shows about the board itself."""
from .identity import identity


def site(request) -> dict:
    """The ``site`` of templates (:func:`filon.board.identity.identity`): settings, or the admin's values."""
    return {"site": identity()}
