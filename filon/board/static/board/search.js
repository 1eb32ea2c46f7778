// Live search: results are fetched as the filters change; without JavaScript the form submits normally.
(function () {
  const form = document.getElementById("search");
  const results = document.getElementById("layout");
  if (!form || !results || !window.fetch) return;
  let timer = null;
  function update() {
    const params = new URLSearchParams(new FormData(form));
    history.replaceState(null, "", "?" + params.toString());
    params.set("partial", "1");
    fetch(form.action + "?" + params.toString(), { headers: { "X-Requested-With": "fetch" } })
      .then((r) => r.text()).then((html) => {
        const focused = document.activeElement;
        const key = focused && focused.name ? [focused.name, focused.value] : null;
        results.innerHTML = html;                       // new results and facet counts
        if (key) {
          const again = form.querySelector(`[name="${key[0]}"][value="${CSS.escape(key[1])}"]`);
          if (again) again.focus();                     // keyboard users keep their place
        }
      });
  }
  form.addEventListener("change", update);
  form.querySelector("input[name=q]").addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(update, 300); });
})();
