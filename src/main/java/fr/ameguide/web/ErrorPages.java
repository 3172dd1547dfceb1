package fr.ameguide.web;

import fr.ameguide.content.Content;
import fr.ameguide.i18n.Language;
import fr.ameguide.result.Wording;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Map;

/**
 * Every error gets a page in the reader's language (or, under /api, the API's error shape), never a
 * stack trace. Logs name the error's kind and place only: a message could hold what a person typed.
 */
public class ErrorPages {
    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    /** An error page's title and text, by their keys. */
    private record Texts(String title, String text) {
    }

    private static final Texts NOT_FOUND = new Texts("error.not_found.title", "error.not_found.text");
    private static final Texts BAD_REQUEST = new Texts("error.bad_request.title", "error.bad_request.text");
    private static final Texts SERVER = new Texts("error.server.title", "error.server.text");

    @Inject
    Content content;
    @Inject
    Pages pages;

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse() == null ? 400 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri, headers);
        }
        return page(status, uri, headers, status == 404 ? NOT_FOUND : BAD_REQUEST);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        if (isMalformedFormEncoding(e)) {
            // A form body with a broken %-escape ("presence=%") is the sender's error, not ours.
            LOG.debug("malformed form encoding");
            return page(400, uri, headers, BAD_REQUEST);
        }
        StackTraceElement where = java.util.Arrays.stream(e.getStackTrace())
                .filter(f -> f.getClassName().startsWith("fr.ameguide")).findFirst()
                .orElse(e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null);
        LOG.errorf("unexpected %s at %s", e.getClass().getName(), where);
        return page(500, uri, headers, SERVER);
    }

    /** The decoding of a form body, in the REST layer, throws this on a broken %-escape. */
    static boolean isMalformedFormEncoding(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException && t.getStackTrace().length > 0
                    && t.getStackTrace()[0].getClassName().equals("java.net.URLDecoder")) {
                return true;
            }
        }
        return false;
    }

    /** The decoded path, or the raw one when it does not decode ("/zh/%&a"): decoding threw, and answered 500 from here. */
    static String path(UriInfo uri) {
        try {
            return uri.getPath();
        } catch (IllegalArgumentException brokenEscape) {
            try {
                String raw = uri.getRequestUri().getRawPath();
                return raw == null ? "/" : raw;
            } catch (IllegalArgumentException notAUri) {
                return "/";
            }
        }
    }

    private Response page(int status, UriInfo uri, HttpHeaders headers, Texts texts) {
        String path = path(uri);
        String first = path.length() > 1 ? path.substring(1).split("/", 2)[0] : "";
        Language language = content.languages().offered(first)
                .orElseGet(() -> content.languages().negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        Wording w = pages.wording(language);
        if (path.startsWith("/api/")) {
            return Response.status(status).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("errors", List.of(Map.of("field", "", "message", w.text(texts.title())))))
                    .build();
        }
        return HtmlResponse.withAnswers(status, pages.error(language, w.text(texts.title()), w.text(texts.text())));
    }
}
