// 말모이 API: a small offline reader of /openapi.json — each route, its parameters, a form to try it.
(() => {
  "use strict";
  const root = document.getElementById("apidocs");
  const el = (tag, props = {}, ...kids) => {
    const e = document.createElement(tag);
    Object.entries(props).forEach(([k, v]) => { if (k === "class") e.className = v; else e.setAttribute(k, v); });
    kids.forEach((k) => e.append(k));
    return e;
  };
  const route = (path, op) => {
    const form = el("form", { class: "try", action: path.replace(/\{([^}:]+)(:[^}]*)?\}/g, "{$1}") });
    const params = op.parameters || [];
    const list = el("dl", { class: "params" });
    params.forEach((p) => {
      const s = p.schema || {};
      const kind = [s.type, s.maxLength ? `≤ ${s.maxLength}자` : "", s.minimum !== undefined ? `≥ ${s.minimum}` : "", s.maximum !== undefined ? `≤ ${s.maximum}` : ""].filter(Boolean).join(", ");
      list.append(el("dt", {}, el("code", {}, p.name), ` (${p.in}${p.required ? ", 필수" : ""})`), el("dd", {}, (p.description || "") + (kind ? ` [${kind}]` : "")));
      form.append(el("label", {}, p.name + " ", el("input", { name: p.name, "data-in": p.in })));
    });
    form.append(el("button", { type: "submit" }, "보내기"));
    const out = el("pre", { class: "response" });
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      let url = form.getAttribute("action");
      const query = new URLSearchParams();
      form.querySelectorAll("input").forEach((i) => {
        if (!i.value) return;
        if (i.dataset.in === "path") url = url.replace(`{${i.name}}`, encodeURIComponent(i.value));
        else query.append(i.name, i.value);
      });
      const q = query.toString();
      const resp = await fetch(url + (q ? "?" + q : ""));
      out.textContent = `${resp.status}\n` + JSON.stringify(await resp.json(), null, 1);
    });
    return el("section", { class: "route" }, el("h2", {}, el("code", {}, "GET " + path)), el("p", {}, op.summary || ""), list, form, out);
  };
  fetch(document.body.dataset.openapi).then((r) => r.json()).then((spec) => {
    root.replaceChildren(el("h1", {}, `${spec.info.title} ${spec.info.version}`), el("p", {}, spec.info.description || ""));
    Object.entries(spec.paths).forEach(([path, ops]) => { if (ops.get) root.append(route(path, ops.get)); });
  });
})();
