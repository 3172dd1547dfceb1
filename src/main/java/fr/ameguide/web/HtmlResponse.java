package fr.ameguide.web;

import fr.ameguide.cache.Compressed;
import fr.ameguide.cache.Gzip;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;

/**
 * The one way to answer with an HTML page: UTF-8, and {@code no-store} when the page holds a person's
 * answers (every page under a form post, every error); the pages without answers that {@link CachedPages}
 * keeps go out through {@link #kept} as well. A page with answers is rendered and gzipped here
 * in one call to zlib, at the level the HTTP layer uses for the rest ({@link #LEVEL}), which costs a
 * tenth of the HTTP layer's streaming compression; over HTTP/2, or when the request cannot be found, the
 * HTTP layer compresses it as it does every text/html response (application.properties).
 */
public final class HtmlResponse {
    public static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private HtmlResponse() {
    }

    /** A page that holds answers, or that depends on them: never stored by a browser or a proxy. */
    public static Response withAnswers(TemplateInstance page) {
        return withAnswers(Response.Status.OK, page);
    }

    public static Response withAnswers(Response.Status status, TemplateInstance page) {
        return withAnswers(status.getStatusCode(), page);
    }

    public static Response withAnswers(int status, TemplateInstance page) {
        Response.ResponseBuilder r = Response.status(status).type(HTML).header(HttpHeaders.CACHE_CONTROL, "no-store");
        HttpServerRequest raw = currentRequest();
        if (raw == null || raw.version() == HttpVersion.HTTP_2 || !Compressed.acceptsGzip(raw.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
            return r.entity(page).build();
        }
        byte[] gzip = Gzip.compress(page.render().getBytes(StandardCharsets.UTF_8), LEVEL);
        // On the Vert.x response itself, where Quarkus's compression sees it and leaves the bytes alone.
        raw.response().headers().set(HttpHeaders.CONTENT_ENCODING, "gzip");
        return r.entity(gzip).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                .header(HttpHeaders.CONTENT_LENGTH, gzip.length).build();
    }

    /** The HTTP layer's level (application.properties), which the benchmark compares nginx at. */
    static final int LEVEL = org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getOptionalValue("quarkus.http.compression-level", Integer.class).orElse(6);

    private static HttpServerRequest currentRequest() {
        try (InstanceHandle<CurrentVertxRequest> h = Arc.container().instance(CurrentVertxRequest.class)) {
            RoutingContext rc = h.isAvailable() ? h.get().getCurrent() : null;
            return rc == null ? null : rc.request();
        } catch (RuntimeException e) {
            return null; // no request context (a test calling the helper directly)
        }
    }

    /**
     * A page without answers kept by {@link CachedPages}: the same for everyone, so public and cacheable, a 304
     * when the request's validator matches, gzipped at level 9 when the client accepts it.
     */
    static Response kept(HttpHeaders request, HttpServerRequest raw, Compressed page) {
        return page.respond(request, raw, CachedPages.CACHE_CONTROL);
    }

    /** A page without answers; its caching is the caller's (or the HTTP layer's) business. */
    public static Response.ResponseBuilder plain(TemplateInstance page) {
        return Response.ok(page).type(HTML);
    }
}
