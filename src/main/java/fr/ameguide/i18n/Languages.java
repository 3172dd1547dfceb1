package fr.ameguide.i18n;

import com.ibm.icu.util.LocaleMatcher;
import com.ibm.icu.util.ULocale;

import java.util.List;
import java.util.Optional;

/** The site's languages, in display order, and the choice of one from a browser's Accept-Language. */
public final class Languages {
    private final List<Language> all;
    private final List<Language> offered;
    private final LocaleMatcher matcher;

    public Languages(List<Language> all) {
        this.all = List.copyOf(all);
        this.offered = all.stream().filter(Language::offered).toList();
        LocaleMatcher.Builder builder = LocaleMatcher.builder()
                .setDefaultULocale(new ULocale(Language.SOURCE));
        for (Language l : offered) {
            builder.addSupportedULocale(l.locale());
        }
        this.matcher = builder.build();
    }

    /**
     * Browsers may send a site code that ICU reads otherwise: Dari as "prs" or "prs-AF", which ICU
     * knows as fa_AF. Each such code is replaced by its ICU locale before matching.
     */
    private String withIcuTags(String header) {
        String out = header;
        for (Language l : offered) {
            if (!l.code().equals(l.locale().getLanguage())) {
                out = out.replaceAll("(?i)(^|[,\\s])" + l.code() + "(-[a-z0-9]{2,8})?(?=[;,\\s]|$)",
                        "$1" + l.locale().toLanguageTag());
            }
        }
        return out;
    }

    public List<Language> all() {
        return all;
    }

    public List<Language> offered() {
        return offered;
    }

    public Optional<Language> offered(String code) {
        return offered.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public Optional<Language> any(String code) {
        return all.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public Language source() {
        return offered(Language.SOURCE).orElseThrow();
    }

    /** The best offered language for an Accept-Language header; French when nothing matches. */
    public Language negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return source();
        }
        ULocale best;
        try {
            best = matcher.getBestMatch(withIcuTags(acceptLanguage));
        } catch (RuntimeException malformed) {
            return source();
        }
        return offered.stream().filter(l -> l.locale().equals(best)).findFirst().orElse(source());
    }
}
