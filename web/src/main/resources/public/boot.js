// Starts the TeaVM application once app.js has defined it (kept out of the HTML for a strict CSP).
main([]);
