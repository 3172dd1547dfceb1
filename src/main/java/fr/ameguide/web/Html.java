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
        String open = language.rtl() ? "<span lang=\"fr\" dir=\"ltr\">" : "<span lang=\"fr\">";
        Matcher m = frenchTerms.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(open + m.group(1) + "</span>"));
        }
        m.appendTail(out);
        return out.toString();
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
