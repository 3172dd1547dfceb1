package fr.ameguide.web;

import fr.ameguide.cache.Compressed;
import fr.ameguide.config.Today;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Pages without answers (the start page, the guide, the glossary, the professionals' page…), rendered
 * once per address and language and kept in memory, gzipped at level 9, with a strong ETag, so that a
 * browser, a CDN or a proxy may keep them and revalidate them with a 304.
 *
 * <p>Any GET page that shows nothing of a person can use it: {@code return cache.page(headers, key, day ->
 * Templates.x(...))}, where the key names the page and its language once the request's parameters are
 * known to be valid (an unknown language or page must throw before anything is kept, so that the cache
 * holds at most one entry per real page). A page is rendered again when the day changes, since dated
 * figures (ceilings) may take effect that day. Pages with answers never come here: they stay
 * {@code no-store}.
 *
 * <p>The resources that use it are {@code @NonBlocking}: a kept page is served from the event loop, with no
 * hand-over to a worker thread, which cost more than the page itself (the day's first render, a few
 * milliseconds, happens there too).
 */
@ApplicationScoped
public class CachedPages {
    /** Content changes only with a new release; an hour fresh, then a day served while revalidating. */
    public static final String CACHE_CONTROL = "public, max-age=3600, stale-while-revalidate=86400";

    private record Entry(LocalDate day, Compressed page) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    Today today;
    @Inject
    CurrentVertxRequest current;

    /**
     * @param key    the page and its language, for example "fr /guide/documents"
     * @param render the page as it is on a given day; called once per key and day
     */
    public Response page(HttpHeaders request, String key, Function<LocalDate, TemplateInstance> render) {
        LocalDate day = today.date();
        Entry e = entries.get(key);
        if (e == null || !e.day().equals(day)) {
            // Two first requests at once may both render: the same bytes, kept once.
            e = new Entry(day, new Compressed(render.apply(day).render().getBytes(StandardCharsets.UTF_8), HtmlResponse.HTML.toString()));
            entries.put(key, e);
        }
        return HtmlResponse.kept(request, current.getCurrent().request(), e.page());
    }

    /** How many pages are kept (for tests: one per page and language, whatever the requests). */
    public int size() {
        return entries.size();
    }
}
