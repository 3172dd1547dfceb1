package fr.ameguide.config;

import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The two settings a deployment must give (issue 14, finding 4), checked when the site starts:
 * <ul>
 * <li>{@code ameguide.public-url} (AMEGUIDE_PUBLIC_URL): the site's own https:// address, the only origin
 * of every absolute link it prints (the summary's QR code). Never the request's Host header, which any
 * client can forge.</li>
 * <li>{@code ameguide.link-key} (AMEGUIDE_LINK_KEY): the base64 of 32 random bytes that seals the
 * summary's link. Without it, printed links would die at every restart; with a wrong one, every summary
 * would fail.</li>
 * </ul>
 * Either missing or invalid, the site refuses to start with one line per problem: Quarkus prints a
 * {@link ConfigurationException}'s message alone, without a stack trace, and exits with status 1. Dev mode
 * and tests have a fixed, public test key and address (%dev. and %test. in application.properties).
 */
@Startup
@ApplicationScoped
public class SiteConfig {
    public static final String PUBLIC_URL = "ameguide.public-url";
    public static final String LINK_KEY = "ameguide.link-key";
    static final String KEY_HINT = "make one with: head -c 32 /dev/urandom | base64";

    @ConfigProperty(name = PUBLIC_URL)
    Optional<String> publicUrlSetting;
    @ConfigProperty(name = LINK_KEY)
    Optional<String> linkKeySetting;

    private Checked checked;

    /** Both settings, valid. */
    public record Checked(URI publicUrl, byte[] linkKey) {
        /** The absolute address of a path of this site ("/fr/summary/…"). */
        public String link(String path) {
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("a site path starts with /: " + path);
            }
            return publicUrl + path;
        }
    }

    @PostConstruct
    void check() {
        checked = check(publicUrlSetting, linkKeySetting);
    }

    public URI publicUrl() {
        return checked.publicUrl();
    }

    public byte[] linkKey() {
        return checked.linkKey().clone();
    }

    /** The absolute address of a path of this site, on its public origin. */
    public String link(String path) {
        return checked.link(path);
    }

    /** Both settings, or a {@link ConfigurationException} that lists every problem, one a line. */
    public static Checked check(Optional<String> publicUrl, Optional<String> linkKey) {
        List<String> problems = new ArrayList<>();
        URI url = publicUrl(publicUrl.map(String::strip).filter(s -> !s.isEmpty()), problems);
        byte[] key = linkKey(linkKey.map(String::strip).filter(s -> !s.isEmpty()), problems);
        if (!problems.isEmpty()) {
            throw new ConfigurationException("AME Guide cannot start:\n  - " + String.join("\n  - ", problems));
        }
        return new Checked(url, key);
    }

    private static URI publicUrl(Optional<String> value, List<String> problems) {
        String what = "AMEGUIDE_PUBLIC_URL (" + PUBLIC_URL + ")";
        if (value.isEmpty()) {
            problems.add(what + " is not set: give the site's public https:// address, for example https://ame-guide.example.org");
            return null;
        }
        String v = value.get();
        String why = null;
        URI uri = null;
        try {
            uri = new URI(v);
            if (!"https".equalsIgnoreCase(uri.getScheme())) {
                why = "it must start with https://";
            } else if (uri.getRawAuthority() == null || uri.getHost() == null) {
                why = "it has no host name";
            } else if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
                    || (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/"))) {
                why = "it must be an origin only, like https://ame-guide.example.org (no path, query, user or fragment)";
            }
        } catch (URISyntaxException e) {
            why = "it is not an address";
        }
        if (why != null) {
            // The value is the operator's own address, not a secret: quoting it helps.
            problems.add(what + " is \"" + v + "\": " + why);
            return null;
        }
        return URI.create("https://" + uri.getRawAuthority().toLowerCase(java.util.Locale.ROOT));
    }

    private static byte[] linkKey(Optional<String> value, List<String> problems) {
        String what = "AMEGUIDE_LINK_KEY (" + LINK_KEY + ")";
        if (value.isEmpty()) {
            problems.add(what + " is not set: it must be the base64 of 32 random bytes (" + KEY_HINT + ")");
            return null;
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(value.get());
        } catch (IllegalArgumentException e) {
            // Never quote the value: it is a secret, even when mistyped.
            problems.add(what + " is not valid base64: it must be the base64 of 32 random bytes (" + KEY_HINT + ")");
            return null;
        }
        if (key.length != 32) {
            problems.add(what + " decodes to " + key.length + " bytes instead of 32 (" + KEY_HINT + ")");
            return null;
        }
        if (allSame(key)) {
            problems.add(what + " is one byte repeated, not a random key (" + KEY_HINT + ")");
            return null;
        }
        return key;
    }

    private static boolean allSame(byte[] key) {
        for (byte b : key) {
            if (b != key[0]) {
                return false;
            }
        }
        return true;
    }
}
