package fr.ameguide.http;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Who may read our answers from another origin. The public API is meant for partners' pages: any origin
 * may call it, without credentials (we set no cookie anyway), and its preflight is answered. The pages
 * are not shared: same-origin resource policy, no CORS header. HSTS is sent only over https (behind the
 * configured proxy), where it means something.
 */
@ApplicationScoped
public class CrossOrigin {
    static final String API = "/api/";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(rc -> {
            String path = rc.request().path();
            boolean api = path != null && path.startsWith(API);
            var response = rc.response().headers();
            response.set("Cross-Origin-Resource-Policy", api ? "cross-origin" : "same-origin");
            if ("https".equals(rc.request().scheme())) {
                response.set("Strict-Transport-Security", "max-age=31536000");
            }
            if (api && rc.request().getHeader("Origin") != null) {
                response.set("Access-Control-Allow-Origin", "*");
                response.set("Vary", "Origin");
                if (rc.request().method() == HttpMethod.OPTIONS
                        && rc.request().getHeader("Access-Control-Request-Method") != null) {
                    rc.response().setStatusCode(204)
                            .putHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
                            .putHeader("Access-Control-Allow-Headers", "Content-Type, Accept, Accept-Language")
                            .putHeader("Access-Control-Max-Age", "86400")
                            .end();
                    return;
                }
            }
            rc.next();
        });
    }
}
