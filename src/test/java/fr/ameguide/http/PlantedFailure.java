package fr.ameguide.http;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Tests only: a route that fails as a real bug would, to prove such failures are still logged at ERROR. */
@ApplicationScoped
public class PlantedFailure {
    static final String PATH = "/test-only/planted-failure";

    void install(@Observes Router router) {
        router.get(PATH).handler(rc -> rc.fail(new IllegalStateException("planted failure for MissingHostTest")));
    }
}
