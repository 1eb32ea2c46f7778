// Live search: results are fetched as the filters change; without JavaScript the form submits normally.
(function () {
  const form = document.getElementById("search");
  const results = document.getElementById("results");
  if (!form || !results || !window.fetch) return;
  let timer = null;
  function update() {
    const params = new URLSearchParams(new FormData(form));
    history.replaceState(null, "", "?" + params.toString());
    params.set("partial", "1");
    fetch(form.action + "?" + params.toString(), { headers: { "X-Requested-With": "fetch" } })
      .then((r) => r.text()).then((html) => { results.innerHTML = html; });
  }
  form.addEventListener("change", update);
  form.querySelector("input[name=q]").addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(update, 300); });
})();
