package com.policyminer.api;

import io.javalin.config.JavalinConfig;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Enumeration;

/**
 * What happens before Javalin sees a request. Jetty's own error pages (a bad URI, a URI or headers
 * over its limits: 400, 414, 431) are the JSON error format with the security headers, not HTML;
 * and the {@code X-HTTP-Method-Override} header is hidden, so a GET cannot become a DELETE
 * (Javalin routes by it otherwise).
 */
final class JettyEdges {

    static final String METHOD_OVERRIDE = "X-HTTP-Method-Override";

    private JettyEdges() {
    }

    static void configure(JavalinConfig config) {
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrors()));
        config.jetty.modifyServletContextHandler(context -> {
            context.setErrorHandler(new JsonErrors());
            Filter hide = (req, res, chain) -> chain.doFilter(req instanceof HttpServletRequest h ? new NoOverride(h) : req, res);
            context.addFilter(new FilterHolder(hide), "/*", EnumSet.of(DispatcherType.REQUEST));
        });
    }

    /** A request without the method override header. */
    private static final class NoOverride extends HttpServletRequestWrapper {
        NoOverride(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return METHOD_OVERRIDE.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return METHOD_OVERRIDE.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(n -> !METHOD_OVERRIDE.equalsIgnoreCase(n)).toList());
        }
    }

    /** Jetty's errors in the API's format: {@code {status, error, message}}, security headers on. */
    private static final class JsonErrors extends ErrorHandler {

        @Override
        protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                        Callback callback) {
            HttpFields.Mutable headers = response.getHeaders();
            secure(headers);
            headers.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
            response.write(true, ByteBuffer.wrap(json(code, message)), callback);
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            secure(fields);
            fields.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
            return ByteBuffer.wrap(json(status, reason));
        }

        private static void secure(HttpFields.Mutable h) {
            h.put("X-Content-Type-Options", "nosniff");
            h.put("X-Frame-Options", "DENY");
            h.put("Referrer-Policy", "no-referrer");
            h.put("Content-Security-Policy", ApiServer.CSP);
        }

        private static byte[] json(int status, String message) {
            String text = message == null || message.isBlank() ? defaultMessage(status) : message;
            String code = ApiServer.codeOf(status);
            return ("{\"status\":" + status + ",\"error\":\"" + code + "\",\"message\":\""
                    + escape(text) + "\",\"code\":\"" + code + "\"}").getBytes(StandardCharsets.UTF_8);
        }

        private static String defaultMessage(int status) {
            return switch (status) {
                case 414 -> "the URI is too long; send a long query by POST to /api/search";
                case 431 -> "the request headers are too large";
                default -> "malformed request";
            };
        }

        private static String escape(String s) {
            StringBuilder b = new StringBuilder();
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\') {
                    b.append('\\').append(c);
                } else if (c < 0x20) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
            return b.toString();
        }
    }
}
