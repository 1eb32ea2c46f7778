"""The board's pages work under their Content-Security-Policy, in a real browser, without one violation."""
import re


def test_live_search_and_offer_page_work_under_the_content_security_policy(board, browser):
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    violations: list[str] = []
    page.on("console", lambda message: violations.append(message.text) if "Content Security Policy" in message.text
            else None)
    page.goto(board + "/")
    page.get_by_role("checkbox", name=re.compile("^CDI")).check()
    page.wait_for_url(re.compile(r"contract=cdi"))                   # htmx refreshed the results and the URL
    page.locator(".offer-card").nth(1).wait_for()
    assert page.locator(".offer-card").count() == 2
    page.get_by_role("link", name=re.compile("Mécanicien")).click()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Mécanicien")
    assert "JobPosting" in page.locator("script[type='application/ld+json']").text_content()
    context.close()
    assert not violations, violations
