package fr.ameguide.result;

import fr.ameguide.content.Content;
import fr.ameguide.i18n.Formats;
import fr.ameguide.i18n.Language;
import fr.ameguide.i18n.Message;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The site's sentences in one language, formatted with ICU. Plain text: HTML is the web's business. */
public final class Wording {
    private final Content content;
    private final Language language;
    private final Formats formats;
    private final Map<String, Message> messages;

    public Wording(Content content, Language language) {
        this.content = content;
        this.language = language;
        this.formats = new Formats(language);
        this.messages = content.translations().of(language.code());
    }

    public Language language() {
        return language;
    }

    public Formats formats() {
        return formats;
    }

    public Content content() {
        return content;
    }

    public boolean has(String key) {
        return messages.containsKey(key);
    }

    public Optional<String> optional(String key, Object... keyValues) {
        return has(key) ? Optional.of(text(key, keyValues)) : Optional.empty();
    }

    /** The sentence for {@code key}, with values given as name, value pairs; dates and amounts are formatted here. */
    public String text(String key, Object... keyValues) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            args.put((String) keyValues[i], keyValues[i + 1]);
        }
        return text(key, args);
    }

    public String text(String key, Map<String, Object> args) {
        Message m = messages.get(key);
        if (m == null) {
            // Content checks at start make this unreachable for offered languages and shown ids.
            throw new IllegalStateException("no text " + key + " in " + language.code());
        }
        if (m.pattern().indexOf('{') < 0) {
            return m.pattern();
        }
        Map<String, Object> formatted = new LinkedHashMap<>(durations());
        args.forEach((k, v) -> formatted.put(k, format(v)));
        String sentence = formats.message(m.pattern(), formatted);
        // Some languages' dates end with an abbreviation's full stop (Ukrainian "2026 р.", Russian
        // "2026 г."): a sentence that ends on the date then ends with two.
        for (Map.Entry<String, Object> e : formatted.entrySet()) {
            if (args.get(e.getKey()) instanceof LocalDate && e.getValue() instanceof String date && date.strip().endsWith(".")) {
                sentence = sentence.replace(date + ".", date);
            }
        }
        return sentence;
    }

    /**
     * The durations and ages in force, offered to every sentence by their names in durations.yaml
     * ("{irregularStayMonths} mois"), so that no sentence writes a figure of the law. In force today in
     * France: a reform's row takes over on its date, in every page at once.
     */
    private Map<String, Object> durations() {
        return BY_NAME.computeIfAbsent(content.eligibility().rules().durationsAt(LocalDate.now(PARIS)),
                d -> Map.copyOf(d.byName()));
    }

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** One map per row of durations.yaml (a handful), not one per sentence. */
    private static final Map<fr.ameguide.eligibility.Durations, Map<String, Object>> BY_NAME =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Dates and amounts become text in the language's conventions; whole numbers stay numbers for plurals. */
    public Object format(Object v) {
        if (v instanceof LocalDate d) {
            return formats.date(d);
        }
        if (v instanceof BigDecimal b) {
            return formats.euros(b);
        }
        return v;
    }
}
