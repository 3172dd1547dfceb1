package fr.ameguide.http;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * A request body must arrive whole within a deadline. Our forms and API bodies are a few hundred bytes;
 * a client that sends one byte every two seconds (a slow-body attack) would otherwise hold its connection
 * and its buffers for as long as it likes. The idle timeout alone does not help: each byte resets it.
 * A trickling body still holds a worker thread until then (the REST layer reads it there), so 250 of
 * them can delay other pages by up to the deadline: reading bodies on the event loop is the next step.
 */
@ApplicationScoped
public class BodyDeadline {
    @ConfigProperty(name = "ameguide.body-deadline", defaultValue = "10s")
    Duration deadline;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(rc -> {
            var request = rc.request();
            if (!request.isEnded()) {
                long timer = rc.vertx().setTimer(deadline.toMillis(), id -> {
                    if (!request.isEnded()) {
                        request.connection().close();
                    }
                });
                rc.addEndHandler(done -> rc.vertx().cancelTimer(timer));
            }
            rc.next();
        });
    }
}
