/* The submission and edit forms say what is wrong before sending: a deadline after the start
   (sent once "Ces dates sont justes" is ticked: the box shows then), no contract type (the
   browser checks the required fields and past dates itself). */
(function () {
  "use strict";

  function scopes(form) {
    var sets = form.querySelectorAll("fieldset.offer-form");
    return sets.length ? Array.prototype.slice.call(sets) : [form];
  }

  function field(scope, name) {
    return scope.querySelector("input[name='" + name + "'], input[name$='-" + name + "']");
  }

  function check(form) {
    scopes(form).forEach(function (scope) {
      var start = field(scope, "start_date"), deadline = field(scope, "deadline");
      var confirmed = field(scope, "dates_confirmed");
      if (start && deadline) {
        var conflict = start.value && deadline.value && (start.dataset.precision === "month" ?
          deadline.value.slice(0, 7) > start.value.slice(0, 7) : deadline.value > start.value);
        if (confirmed && conflict) { confirmed.closest(".field").hidden = false; }
        deadline.setCustomValidity(conflict && !(confirmed && confirmed.checked) ?
          "La date limite de candidature tombe après le début du poste : corrigez l'une des deux dates, " +
          "ou cochez « Ces dates sont justes »." : "");
      }
      var boxes = scope.querySelectorAll("input[type=checkbox][name$='contract_types']");
      if (boxes.length) {
        var any = Array.prototype.some.call(boxes, function (box) { return box.checked; });
        boxes[0].setCustomValidity(any ? "" : "Choisissez au moins un type de contrat.");
      }
    });
  }

  /* An offer left out of a several-offer document is not checked (nor sent). */
  function keep(box) {
    var scope = box.closest("fieldset.offer-form");
    Array.prototype.forEach.call(scope.querySelectorAll("input, select, textarea"), function (el) {
      if (el !== box) { el.disabled = !box.checked; }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("form.checked-form"), check);
    Array.prototype.forEach.call(document.querySelectorAll("input[name=keep]"), keep);
  });
  document.addEventListener("change", function (event) {
    var form = event.target.form;
    if (event.target.name === "keep") { keep(event.target); }
    if (form && form.classList.contains("checked-form")) { check(form); }
  });
}());
