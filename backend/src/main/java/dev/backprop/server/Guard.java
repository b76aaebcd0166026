package dev.backprop.server;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The outermost handler: our security headers on every response that reaches a handler, whatever answers it
 * (Jetty's own {@code OPTIONS *} answered 404 without them), and no method overriding: Javalin routes a request
 * carrying {@code X-HTTP-Method-Override} as the method it names, so a GET could create a snapshot and a POST
 * could read a page. No client of ours sends it; it is refused with 400.
 */
final class Guard extends Handler.Wrapper {

    static final String OVERRIDE = "X-HTTP-Method-Override";

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        App.securityHeaders(request.getHttpURI().getPath(), response.getHeaders()::put);
        if (request.getHeaders().contains(OVERRIDE)) {
            Response.writeError(request, response, callback, 400, OVERRIDE + " is not supported");
            return true;
        }
        return super.handle(request, response, callback);
    }
}
