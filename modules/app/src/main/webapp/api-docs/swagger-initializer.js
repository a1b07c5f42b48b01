// Swagger UI on this server's own contract; "Authorize" takes a bearer token (staff or operator).
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: "../openapi", // relative: right behind a proxy path too
    dom_id: "#swagger-ui",
    deepLinking: true,
    persistAuthorization: true,
    displayOperationId: true,
    validatorUrl: null, // no badge fetched from swagger.io: nothing leaves this server
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: "StandaloneLayout",
  });
};
