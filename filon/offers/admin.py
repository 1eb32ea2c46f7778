from django.contrib import admin

from .models import Offer, StatusChange


class StatusChangeInline(admin.TabularInline):
    model = StatusChange
    extra = 0
    readonly_fields = ("status", "at", "by", "reason")


@admin.register(Offer)
class OfferAdmin(admin.ModelAdmin):
    list_display = ("title", "organization", "city", "status", "deadline", "expires_on", "created_at")
    list_filter = ("status", "region", "education_min")
    search_fields = ("title", "organization", "city", "text")
    inlines = [StatusChangeInline]
