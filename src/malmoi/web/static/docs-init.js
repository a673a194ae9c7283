// Swagger UI over this server's /openapi.json (kept out of the page: the CSP allows no inline script).
window.addEventListener("load", () => {
  // eslint-disable-next-line no-undef
  window.ui = SwaggerUIBundle({ url: document.body.dataset.openapi, dom_id: "#swagger-ui", deepLinking: true });
});
