package fr.ameguide.web;

import fr.ameguide.content.GlossaryTerm;
import fr.ameguide.i18n.Language;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns a plain sentence into safe HTML for a page in {@code language}: escapes it and marks every
 * French administrative word (the glossary's terms) with lang="fr", isolated in right-to-left text.
 */
public final class Html {
    private final Language language;
    private final Pattern frenchTerms;

    public Html(Language language, List<GlossaryTerm> glossary) {
        this.language = language;
        String alternatives = glossary.stream()
                .flatMap(t -> Stream.concat(Stream.of(t.term()), t.aliases().stream()))
                .map(Html::escape)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElse("(?!)");
        this.frenchTerms = Pattern.compile("(?<![\\p{L}\\p{N}])(" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    public String render(String plain) {
        if (plain == null) {
            return "";
        }
        String escaped = escape(plain);
        if (language.isSource()) {
            return escaped;
        }
        // A web address is left as it is (no French word marked inside it) and, in right-to-left text,
        // isolated left to right: otherwise its slashes and dots are reordered ("/https://…" in Arabic).
        StringBuilder out = new StringBuilder();
        Matcher url = WEB_ADDRESS.matcher(escaped);
        int from = 0;
        while (url.find()) {
            markTerms(escaped.substring(from, url.start()), out);
            out.append(language.rtl() ? "<bdi dir=\"ltr\">" + url.group() + "</bdi>" : url.group());
            from = url.end();
        }
        markTerms(escaped.substring(from), out);
        return out.toString();
    }

    /** http(s) addresses, without the full stop or bracket that may close the sentence after them. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<]*[^\\s<.,;:!?)\\]»]");

    private void markTerms(String escaped, StringBuilder out) {
        String open = language.rtl() ? "<span lang=\"fr\" dir=\"ltr\">" : "<span lang=\"fr\">";
        Matcher m = frenchTerms.matcher(escaped);
        int from = 0;
        while (m.find()) {
            out.append(escaped, from, m.start()).append(open).append(m.group(1)).append("</span>");
            from = m.end();
        }
        out.append(escaped, from, escaped.length());
    }

    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
