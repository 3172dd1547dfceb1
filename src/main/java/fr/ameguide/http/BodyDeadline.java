package fr.ameguide.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * A request body is read whole on the event loop, within a deadline, before the REST layer takes a worker
 * thread for it (issue 14, finding 2). Our forms and API bodies are a few hundred bytes; a client that sends
 * one byte every two seconds (a slow-body attack) would otherwise hold a worker thread, and 250 of them
 * held every page of the site for the deadline. The idle timeout alone does not help: each byte resets it.
 * The REST layer reads a body already on the routing context instead of the connection.
 */
@ApplicationScoped
public class BodyDeadline {
    @ConfigProperty(name = "ameguide.body-deadline", defaultValue = "10s")
    Duration deadline;

    /** The same bound as quarkus.http.limits.max-body-size: the API says itself, in the reader's language, what it takes. */
    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "1M")
    io.quarkus.runtime.configuration.MemorySize maxBody;

    void install(@Observes Router router) {
        long limit = maxBody.asLongValue();
        router.route().order(Integer.MIN_VALUE + 2).handler(rc -> {
            var request = rc.request();
            if (request.isEnded()) {
                rc.next();
                return;
            }
            long timer = rc.vertx().setTimer(deadline.toMillis(), id -> {
                if (!request.isEnded()) {
                    request.connection().close();
                }
            });
            rc.addEndHandler(done -> rc.vertx().cancelTimer(timer));
            // Not over HTTP/2: the REST layer pauses every request it takes, and an HTTP/2 request that has
            // ended refuses that ("Request has already been read", a 500). An HTTP/2 body still has the
            // deadline; CDNs and proxies speak HTTP/1.1 to the site.
            if (request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD
                    || request.version() == io.vertx.core.http.HttpVersion.HTTP_2) {
                rc.next();
                return;
            }
            Buffer body = Buffer.buffer();
            request.handler(chunk -> {
                if (body.length() + chunk.length() > limit) {
                    request.handler(null);
                    rc.response().setStatusCode(413).putHeader("Connection", "close").end();
                    return;
                }
                body.appendBuffer(chunk);
            });
            request.endHandler(end -> {
                if (!rc.response().ended()) {
                    rc.setBody(body);
                    rc.next();
                }
            });
        });
    }
}
