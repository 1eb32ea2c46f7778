"""Forms of the board: the submission (document, then the pre-filled offer) and moderation."""
from __future__ import annotations

from django import forms
from django.conf import settings

from filon.extract.loaders import sniff
from filon.offers.models import Offer

ACCEPTED_TYPES = {"text", "markdown", "html", "pdf", "docx"}
CONTRACT_CHOICES = [("cdi", "CDI"), ("cdd", "CDD"), ("stage", "Stage"), ("alternance", "Alternance"),
                    ("service_civique", "Service civique"), ("volontariat", "Volontariat"), ("interim", "Intérim"),
                    ("freelance", "Freelance / indépendant"), ("benevolat", "Bénévolat")]


class DocumentForm(forms.Form):
    """Step 1: paste the offer or upload its file."""
    text = forms.CharField(label="Texte de l'offre (copier-coller)", widget=forms.Textarea(attrs={"rows": 12}),
                           required=False)
    document = forms.FileField(label="… ou le fichier de l'offre (txt, html, pdf, docx ; 5 Mo au plus)", required=False)
    website = forms.CharField(required=False, label="Ne pas remplir", widget=forms.TextInput(
        attrs={"autocomplete": "off", "tabindex": "-1"}))      # honeypot: people leave it empty

    def clean_document(self):
        upload = self.cleaned_data.get("document")
        if not upload:
            return None
        if upload.size > settings.MAX_UPLOAD_BYTES:
            raise forms.ValidationError("Le fichier dépasse 5 Mo.")
        head = upload.read()
        upload.seek(0)
        kind = sniff(head, upload.name)
        if kind not in ACCEPTED_TYPES:
            raise forms.ValidationError(
                f"Type de fichier non accepté ({kind}) : envoyez un texte, une page web, un PDF ou un fichier Word.")
        return upload

    def clean(self):
        data = super().clean()
        if data.get("website"):
            raise forms.ValidationError("Envoi refusé.")
        if not data.get("text", "").strip() and not data.get("document"):
            raise forms.ValidationError("Collez le texte de l'offre ou joignez son fichier.")
        return data


class OfferForm(forms.ModelForm):
    """Step 2: every field, pre-filled from extraction, editable."""
    contract_types = forms.MultipleChoiceField(label="Types de contrat", choices=CONTRACT_CHOICES, required=False,
                                               widget=forms.CheckboxSelectMultiple)
    emails = forms.CharField(label="E-mails de contact (séparés par des virgules)", required=False)
    phones = forms.CharField(label="Téléphones (séparés par des virgules)", required=False)
    application_url = forms.URLField(label="Lien pour postuler", required=False, assume_scheme="https", max_length=1000)

    class Meta:
        model = Offer
        fields = ["title", "organization", "contract_types", "working_time_kind", "hours_per_week", "fte",
                  "duration_min", "duration_max", "start_date", "start_asap", "deadline", "city", "postal_code",
                  "department", "region", "remote_allowed", "remote_days", "salary_min", "salary_max", "salary_unit",
                  "salary_basis", "salary_legal_minimum", "education_min", "driving_licence", "emails", "phones",
                  "application_url", "reference", "text"]
        widgets = {"start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "deadline": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "text": forms.Textarea(attrs={"rows": 14})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance and not self.is_bound:
            self.initial["emails"] = ", ".join(self.instance.emails or [])
            self.initial["phones"] = ", ".join(self.instance.phones or [])

    def clean_text(self):
        """Line breaks as the extracted text has them (a browser sends CR LF), for the sections' offsets."""
        return self.cleaned_data["text"].replace("\r\n", "\n").replace("\r", "\n")

    def clean_emails(self):
        return [e.strip().lower() for e in self.cleaned_data["emails"].split(",") if e.strip()]

    def clean_phones(self):
        return [p.strip() for p in self.cleaned_data["phones"].split(",") if p.strip()]


class SubmitterForm(forms.Form):
    email = forms.EmailField(label="Votre e-mail (pour la confirmation et le suivi)")


class RejectForm(forms.Form):
    reason = forms.CharField(label="Motif du refus (envoyé au recruteur)", widget=forms.Textarea(attrs={"rows": 3}))
