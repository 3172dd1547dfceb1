package fr.ameguide.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The one way to answer with an HTML page: UTF-8, and {@code no-store} when the page holds a person's
 * answers (every page under a form post, every error). Compression is applied by the HTTP layer to
 * every text/html response (application.properties), so every page built here is compressed.
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
        return Response.status(status).entity(page).type(HTML).header("Cache-Control", "no-store").build();
    }

    /** A page without answers; its caching is the caller's (or the HTTP layer's) business. */
    public static Response.ResponseBuilder plain(TemplateInstance page) {
        return Response.ok(page).type(HTML);
    }
}
