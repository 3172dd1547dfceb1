package fr.ameguide.http;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Negotiation headers cleaned before any resource sees them. The REST layer's content negotiation throws
 * on an empty list item or a bad quality value ("gzip, ", "prs-AF,,fa", "q=x"), which answered 500 and
 * logged a stack trace on every page. A browser never sends such headers, so the malformed items are
 * dropped and the rest kept: the reader still gets a page, in the language they asked for.
 */
@ApplicationScoped
public class HeaderHygiene {
    /** Longer negotiation headers are not ours to read: no browser sends one. */
    static final int MAX_LENGTH = 1000;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");
    private static final Pattern MEDIA_RANGE = Pattern.compile("(\\*|[A-Za-z0-9!#$&^_.+-]+)/(\\*|[A-Za-z0-9!#$&^_.+-]+)");
    private static final Pattern LANGUAGE_RANGE = Pattern.compile("\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern QUALITY = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");
    private static final Pattern PARAM_VALUE = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+|\"[^\"\\\\]*\"");

    enum Kind {
        MEDIA("Accept", MEDIA_RANGE), CODING("Accept-Encoding", TOKEN), CHARSET("Accept-Charset", TOKEN),
        LANGUAGE("Accept-Language", LANGUAGE_RANGE);

        final String header;
        final Pattern value;

        Kind(String header, Pattern value) {
            this.header = header;
            this.value = value;
        }
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            MultiMap headers = rc.request().headers();
            for (Kind kind : Kind.values()) {
                List<String> values = headers.getAll(kind.header);
                if (values.isEmpty()) {
                    continue;
                }
                String clean = clean(kind, String.join(",", values));
                if (clean.isEmpty()) {
                    headers.remove(kind.header);
                } else {
                    headers.set(kind.header, clean);
                }
            }
            rc.next();
        });
    }

    /** The well-formed items of a negotiation header, in their order; empty when none is. */
    static String clean(Kind kind, String header) {
        if (header == null || header.length() > MAX_LENGTH) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String item : header.split(",")) {
            String[] parts = item.split(";", -1);
            String value = parts[0].strip();
            if (!kind.value.matcher(value).matches()) {
                continue;
            }
            StringBuilder out = new StringBuilder(value);
            boolean ok = true;
            boolean quality = false;
            for (int i = 1; i < parts.length && ok; i++) {
                String[] param = parts[i].strip().split("=", 2);
                String name = param[0].strip().toLowerCase(Locale.ROOT);
                String v = param.length == 2 ? param[1].strip() : null;
                if (name.equals("q")) {
                    // One quality value per item: the REST layer throws on a second one ("utf-8;q=0.9;q=0.1").
                    ok = !quality && v != null && QUALITY.matcher(v).matches();
                    quality = true;
                } else {
                    // Only media ranges carry parameters other than q (text/html;level=1).
                    ok = kind == Kind.MEDIA && TOKEN.matcher(name).matches() && v != null && PARAM_VALUE.matcher(v).matches();
                }
                out.append(';').append(name).append('=').append(v);
            }
            if (ok) {
                kept.add(out.toString());
            }
        }
        return String.join(",", kept);
    }
}
