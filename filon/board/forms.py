"""Forms of the board: the submission (document, then the pre-filled offer) and moderation."""
from __future__ import annotations

import calendar
import datetime as dt

import phonenumbers
from django import forms
from django.conf import settings
from django.core.validators import validate_email

from filon.extract.loaders import sniff
from filon.offers.models import Offer, today
from filon.offers.vocabulary import CONTRACT_LABELS, EDUCATION_LABELS

from . import display

ACCEPTED_TYPES = {"text", "markdown", "html", "pdf", "docx"}
CONTRACT_CHOICES = list(CONTRACT_LABELS.items())

FIELD_EVIDENCE = {"duration_min": "duration_months_min", "duration_max": "duration_months_max",
                  "start_date": "start_date", "start_asap": "start_asap", "working_time_kind": "working_time_kind",
                  "hours_per_week": "working_time_hours_per_week", "fte": "working_time_fte",
                  "city": "location_city", "postal_code": "location_postal_code", "department": "location_department",
                  "region": "location_region", "remote_allowed": "remote_allowed", "remote_days": "remote_days_per_week_max",
                  "salary_min": "salary_min", "salary_max": "salary_max", "salary_unit": "salary_unit",
                  "salary_basis": "salary_basis", "salary_legal_minimum": "salary_legal_minimum"}


# Where a number written without its country code may be: France, then the overseas départements,
# whose numbers ("0590 12 34 56" in Guadeloupe) have country codes of their own.
PHONE_REGIONS = ("FR", "GP", "MQ", "GF", "RE", "YT")


def e164(written: str) -> str | None:
    """A phone number as written ("02 99 12 34 56", "0690 12 34 56", "+32 2 555 12 12") in E.164, or None."""
    for region in PHONE_REGIONS:
        try:
            parsed = phonenumbers.parse(written, region)
        except phonenumbers.NumberParseException:
            return None
        if phonenumbers.is_valid_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return None


def evidence_for(evidence: dict, field_name: str) -> str:
    """The evidence sentence of a form field (the record names some fields otherwise)."""
    return evidence.get(FIELD_EVIDENCE.get(field_name, field_name), "")


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
        labels = {"title": "Intitulé du poste", "organization": "Structure qui recrute",
                  "working_time_kind": "Temps de travail", "hours_per_week": "Heures par semaine",
                  "fte": "Équivalent temps plein (ETP, ex. 0,8)", "duration_min": "Durée minimale (mois)",
                  "duration_max": "Durée maximale (mois)", "start_date": "Date de début",
                  "start_asap": "Début dès que possible", "deadline": "Date limite de candidature",
                  "city": "Commune", "postal_code": "Code postal", "department": "Département (numéro)",
                  "region": "Région", "remote_allowed": "Télétravail possible",
                  "remote_days": "Jours de télétravail par semaine (au plus)", "salary_min": "Rémunération minimale (€)",
                  "salary_max": "Rémunération maximale (€)", "salary_unit": "Rémunération par",
                  "salary_basis": "Brut ou net", "salary_legal_minimum": "Rémunération au minimum légal (SMIC, gratification)",
                  "education_min": "Niveau d'études minimum", "driving_licence": "Permis de conduire",
                  "application_url": "Lien pour postuler", "reference": "Référence de l'offre",
                  "text": "Texte de l'offre"}

    # The form in parts, as a recruiter thinks of the offer (fields not named here come last, in a part of their own).
    GROUPS = [("Le poste", ["title", "organization", "contract_types", "working_time_kind", "hours_per_week", "fte",
                            "duration_min", "duration_max", "education_min", "driving_licence", "reference"]),
              ("Dates", ["start_date", "start_asap", "deadline", "dates_confirmed"]),
              ("Lieu", ["city", "postal_code", "department", "region", "remote_allowed", "remote_days"]),
              ("Rémunération", ["salary_min", "salary_max", "salary_unit", "salary_basis", "salary_legal_minimum"]),
              ("Pour postuler", ["emails", "phones", "application_url"]),
              ("Texte", ["text"])]

    def groups(self) -> list[tuple[str, list]]:
        """The bound fields by part (:data:`GROUPS`), each part with its legend."""
        named = {name for _, names in self.GROUPS for name in names}
        parts = [(legend, [self[n] for n in names if n in self.fields]) for legend, names in self.GROUPS]
        parts.append(("Autres informations", [self[n] for n in self.fields if n not in named]))
        return [(legend, fields) for legend, fields in parts if fields]

    def __init__(self, *args, evidence: dict[str, str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["education_min"] = forms.ChoiceField(
            label=self.Meta.labels["education_min"], required=False,
            choices=[("", "non précisé"), *EDUCATION_LABELS.items()])
        if self.instance and not self.is_bound:
            self.initial["emails"] = ", ".join(self.instance.emails or [])
            self.initial["phones"] = ", ".join(display.phone(p) for p in self.instance.phones or [])
        self.evidence = {name: text for name in self.fields
                         if (text := evidence_for(evidence or {}, name))}
        for name in self.evidence:                 # the evidence sentence describes its input
            self.fields[name].widget.attrs["aria-describedby"] = f"{self[name].auto_id}-ev"

    def clean_text(self):
        """Line breaks as the extracted text has them (a browser sends CR LF), for the sections' offsets."""
        return self.cleaned_data["text"].replace("\r\n", "\n").replace("\r", "\n")

    def clean_emails(self):
        """The addresses, each checked (the record contract's e-mails)."""
        emails = [e.strip().lower() for e in self.cleaned_data["emails"].split(",") if e.strip()]
        for email in emails:
            try:
                validate_email(email)
            except forms.ValidationError:
                raise forms.ValidationError(f"« {email} » n'est pas une adresse e-mail.") from None
        return emails

    def clean_phones(self):
        """The numbers as French people write them ("02 99 12 34 56", "+32 2 123 45 67"),
        stored in E.164 as the record contract has them ("+33299123456")."""
        numbers = []
        for written in (p.strip() for p in self.cleaned_data["phones"].split(",")):
            if written:
                number = e164(written)
                if number is None:
                    raise forms.ValidationError(f"« {written} » n'est pas un numéro de téléphone (ex. 02 99 12 34 56).")
                numbers.append(number)
        return list(dict.fromkeys(numbers))


class SubmissionOfferForm(OfferForm):
    """Step 2 as a recruiter sees it: a title and a contract type required,
    dates that make sense, checked before anything is stored.

    The application deadline normally comes before the job starts: one
    after the start (of its month, when the start is a month) is said, and
    the offer sent only once the recruiter confirms those dates (applications
    that stay open after the start do happen)."""
    contract_types = forms.MultipleChoiceField(label="Types de contrat", choices=CONTRACT_CHOICES, required=True,
                                               widget=forms.CheckboxSelectMultiple,
                                               error_messages={"required": "Choisissez au moins un type de contrat."})
    dates_confirmed = forms.BooleanField(
        required=False, label="Ces dates sont justes : les candidatures restent ouvertes après le début du poste")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].error_messages["required"] = "Donnez un intitulé au poste."
        for name in ("start_date", "deadline"):
            self.fields[name].widget.attrs["min"] = today().isoformat()
        if self.instance.start_precision == "month":        # "début en mars": any day of March
            self.fields["start_date"].widget.attrs["data-precision"] = "month"
        names = [n for n in self.fields if n != "dates_confirmed"]
        names.insert(names.index("deadline") + 1, "dates_confirmed")       # shown under the deadline, when needed
        self.order_fields(names)
        self.dates_conflict = False

    def clean(self):
        data = super().clean()
        start, deadline = data.get("start_date"), data.get("deadline")
        if deadline and deadline < today():
            self.add_error("deadline", f"La date limite ({deadline:%d/%m/%Y}) est déjà passée.")
        if start and start < today():
            self.add_error("start_date", f"La date de début ({start:%d/%m/%Y}) est déjà passée : "
                                         "indiquez une date à venir, ou « dès que possible ».")
        if start and deadline and deadline > self._latest_start(start) and "deadline" not in self.errors:
            self.dates_conflict = True
            if not data.get("dates_confirmed"):
                self.add_error("deadline", f"La date limite de candidature ({deadline:%d/%m/%Y}) tombe après le début "
                                           f"du poste ({start:%d/%m/%Y}) : corrigez l'une des deux dates, ou cochez "
                                           "« Ces dates sont justes » si les candidatures restent ouvertes après.")
        return data

    def _latest_start(self, start: dt.date) -> dt.date:
        """The last day the job may start: the start's month's last day when the start is a month."""
        if self.instance.start_precision != "month":
            return start
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])


class SubmitterForm(forms.Form):
    email = forms.EmailField(label="Votre e-mail (pour la confirmation et le suivi)",
                             help_text="Il sert seulement à vous écrire au sujet de cette offre : il n'est pas publié.")


class RejectForm(forms.Form):
    reason = forms.CharField(label="Motif du refus (envoyé au recruteur)", widget=forms.Textarea(attrs={"rows": 3}))
