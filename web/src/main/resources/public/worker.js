// The Web Worker that runs long programs off the page's thread (see Runner.java). app.js holds its code
// too; the page passes app.js's URL (content-hashed by the server) as ?app=, and only this site's is loaded.
var app = new URL(new URLSearchParams(location.search).get('app') || '/app.js', location.href);
if (app.origin !== location.origin) {
    throw new Error('worker.js: app.js must come from ' + location.origin + ', not ' + app.origin);
}
importScripts(app.href);
main(['worker']);
