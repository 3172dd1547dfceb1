package fr.ameguide.cache;

import io.quarkus.qute.TemplateExtension;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The stylesheet and scripts under an address that carries a hash of their content
 * ({@code /assets/3f2a9c1b0d4e/style.css}), so that they can be kept for a year and never revalidated:
 * a new release changes the address. Templates write {@code {asset:url('style.css')}}. The files stay
 * in {@code META-INF/resources/assets/}, also served at their plain address.
 */
@Path("/assets")
public class Assets {
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** An address with an older hash (a page kept from the previous release) gets today's file, briefly. */
    static final String STALE_ADDRESS = "public, max-age=300";
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{12}");
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,40}\\.(css|js)");
    private static final Pattern WHOLE_LINE_COMMENT = Pattern.compile("(?m)^[ \\t]*//.*\\R");
    private static final Map<String, Compressed> FILES = new ConcurrentHashMap<>();

    @GET
    @Path("/{hash}/{name}")
    public Response get(@PathParam("hash") String hash, @PathParam("name") String name, @Context HttpHeaders headers,
                        @Context HttpServerRequest raw) {
        Compressed file = (HASH.matcher(hash).matches() ? file(name) : Optional.<Compressed>empty()).orElseThrow(NotFoundException::new);
        return file.respond(headers, raw, file.hash().equals(hash) ? IMMUTABLE : STALE_ADDRESS);
    }

    /** The fingerprinted address of an asset, for templates: {@code {asset:url('style.css')}}. */
    @TemplateExtension(namespace = "asset")
    public static String url(String name) {
        return "/assets/" + file(name).orElseThrow(() -> new IllegalArgumentException("no asset " + name)).hash() + "/" + name;
    }

    static Optional<Compressed> file(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Compressed known = FILES.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        // Only files that exist are kept: a request for any other name keeps nothing.
        Optional<Compressed> loaded = load(name);
        loaded.ifPresent(c -> FILES.put(name, c));
        return loaded;
    }

    private static Optional<Compressed> load(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : Assets.class.getClassLoader())
                .getResourceAsStream("META-INF/resources/assets/" + name)) {
            if (in == null) {
                return Optional.empty();
            }
            if (name.endsWith(".css")) {
                return Optional.of(new Compressed(in.readAllBytes(), "text/css;charset=UTF-8"));
            }
            // The scripts' comment lines are for whoever reads the source, not for a metered phone.
            String script = WHOLE_LINE_COMMENT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).replaceAll("");
            return Optional.of(new Compressed(script.getBytes(StandardCharsets.UTF_8), "text/javascript;charset=UTF-8"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
