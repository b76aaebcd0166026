package dev.backprop.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The errors Jetty answers itself, before any route runs (a bad URI, a URI or headers too large, an unknown
 * HTTP version, a malformed request line): the same JSON body {"error": ...} and the same security headers as
 * the app's own errors, instead of Jetty's HTML page. The message is the status's reason phrase only: Jetty's
 * detail may name its internals.
 */
final class JsonErrors extends ErrorHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** {"error": message[, "field": name]} */
    static Map<String, String> body(String message, String field) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("error", message);
        if (field != null) m.put("field", field);
        return m;
    }

    static byte[] bytes(int status) {
        try {
            return JSON.writeValueAsBytes(body(HttpStatus.getMessage(status).toLowerCase(), null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        HttpFields.Mutable h = response.getHeaders();
        App.securityHeaders(request.getHttpURI().getPath(), h::put);
        h.put(HttpHeader.CONTENT_TYPE, "application/json");
        h.put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(bytes(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        App.securityHeaders("/", fields::put);
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        return ByteBuffer.wrap(bytes(status));
    }
}
