package fr.ameguide.http;

import io.vertx.core.VertxException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * An HTTP/1.1 request with no Host header (or one that is not a host), or an HTTP/2 one with no
 * :authority, is refused by Vert.x's router with a 400 before any route runs: the client's mistake, sent
 * by scanners and broken scripts, never by a browser. Quarkus' own error handler logged each one at
 * ERROR with an error id, so anyone could fill the log. This failure handler, first in line, answers
 * those with a short 400 and logs them at DEBUG; every other failure goes on to Quarkus' handler as before.
 */
@ApplicationScoped
public class MissingHost {
    private static final Logger LOG = Logger.getLogger(MissingHost.class);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(rc -> {
            if (isMissingHost(rc)) {
                LOG.debugf("%s request without a valid Host: answered 400", rc.request().version());
                if (!rc.response().ended()) {
                    rc.response().setStatusCode(400).putHeader("Content-Type", "text/plain; charset=utf-8")
                            .putHeader("Connection", "close").end("400 Bad Request: this request has no Host header.\n");
                }
                return;
            }
            rc.next();
        });
    }

    /** The very condition of Vert.x's router (RoutingContextImpl.route), and its 400. */
    static boolean isMissingHost(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        return rc.statusCode() == 400 && rc.failure() instanceof VertxException
                && request.version() != HttpVersion.HTTP_1_0
                && request instanceof HttpServerRequestInternal internal && !internal.isValidAuthority();
    }
}
