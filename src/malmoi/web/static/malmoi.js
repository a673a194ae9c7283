// 말모이: keyboard shortcuts of the article page, text size, and the way back to the list.
(() => {
  "use strict";
  const LIST = "malmoi.list", SIZE = "malmoi.textScale";
  const body = document.body;

  if (body.classList.contains("list")) {
    sessionStorage.setItem(LIST, location.href);
    return;
  }
  if (!body.classList.contains("article")) return;

  const list = document.getElementById("list");
  const back = sessionStorage.getItem(LIST);
  if (list && back) list.href = back;

  const scale = (step) => {
    const now = parseFloat(localStorage.getItem(SIZE) || "1");
    const next = step ? Math.min(1.8, Math.max(0.7, Math.round((now + step) * 10) / 10)) : now;
    localStorage.setItem(SIZE, String(next));
    document.documentElement.style.setProperty("--text-scale", String(next));
  };
  scale(0);

  const follow = (id) => {
    const a = document.getElementById(id);
    if (a && a.href) location.href = a.href;
  };
  const actions = {
    ArrowLeft: () => follow("prev"), k: () => follow("prev"),
    ArrowRight: () => follow("next"), j: () => follow("next"),
    Escape: () => follow("list"),
    "+": () => scale(0.1), "=": () => scale(0.1),
    "-": () => scale(-0.1), _: () => scale(-0.1),
    p: () => window.print(),
  };
  document.getElementById("smaller")?.addEventListener("click", () => scale(-0.1));
  document.getElementById("larger")?.addEventListener("click", () => scale(0.1));
  document.getElementById("print")?.addEventListener("click", () => window.print());

  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    if (e.target instanceof Element && e.target.closest("input, textarea, select, [contenteditable]")) return;
    const act = actions[e.key];
    if (!act) return;
    e.preventDefault();
    act();
  });

  const target = location.hash && document.getElementById(location.hash.slice(1));
  if (target) target.classList.add("focus");
})();
