package fr.ameguide.content;

import com.ibm.icu.util.ULocale;
import fr.ameguide.content.Files.*;
import fr.ameguide.i18n.Language;
import fr.ameguide.i18n.Languages;
import fr.ameguide.i18n.Message;
import fr.ameguide.i18n.TranslationFiles;
import fr.ameguide.i18n.Translations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The languages of content/languages.yaml and their texts in translations/: French as written (.properties),
 * every other language as its translators return it (XLIFF), one file per component, so that a file an
 * offered language lacks, or a text given in two files, stops the start instead of showing a reader a key.
 * The French-only components (the clerk's box of the summary) are read for French alone.
 */
final class TranslationLoader {
    private final Function<String, InputStream> open;
    private final List<String> problems;

    TranslationLoader(Function<String, InputStream> open, List<String> problems) {
        this.open = open;
        this.problems = problems;
    }

    Language language(LanguageRow row) {
        ULocale locale = new ULocale(row.locale());
        ULocale format = row.fallback() == null ? locale : new ULocale(row.fallback());
        if (!"ltr".equals(row.dir()) && !"rtl".equals(row.dir())) {
            problems.add("content/languages.yaml " + row.code() + ": dir must be ltr or rtl");
        }
        return new Language(row.code(), locale, format, "rtl".equals(row.dir()), row.nativeName(), row.offered());
    }

    /**
     * Every language's files, read on all cores (reading them was most of the start-up's content work),
     * each language's problems kept apart and then reported in the languages' order.
     */
    Translations translations(List<String> components, List<String> frenchOnly, Languages languages) {
        record Read(String code, Map<String, Message> messages, List<String> problems) {
        }
        List<Read> reads = languages.all().parallelStream().map(l -> {
            List<String> found = new ArrayList<>();
            List<String> files = new ArrayList<>(components);
            if (l.isSource()) {
                files.addAll(frenchOnly);
            }
            return new Read(l.code(), read(l, files, found), found);
        }).toList();
        Map<String, Map<String, Message>> all = new HashMap<>();
        for (Read r : reads) {
            all.put(r.code(), r.messages());
            problems.addAll(r.problems());
        }
        Set<String> frenchOnlyKeys = new HashSet<>();
        for (String component : frenchOnly) {
            // Its problems (missing, unreadable) were reported with French above.
            frenchOnlyKeys.addAll(read(languages.source(), List.of(component), new ArrayList<>()).keySet());
        }
        return new Translations(all, frenchOnlyKeys);
    }

    private Map<String, Message> read(Language l, List<String> components, List<String> found) {
        Map<String, Message> messages = new LinkedHashMap<>();
        for (String component : components) {
            String path = l.isSource()
                    ? "translations/fr/" + component + ".properties"
                    : "translations/" + l.code() + "/" + component + ".xlf";
            try (InputStream in = open.apply(path)) {
                if (in == null) {
                    if (l.offered()) {
                        found.add(path + " is missing");
                    }
                    continue;
                }
                Map<String, Message> read = l.isSource() ? TranslationFiles.readSource(in) : TranslationFiles.readXliff(in);
                for (String key : read.keySet()) {
                    if (messages.containsKey(key)) {
                        found.add(path + ": " + key + " is also in another file");
                    }
                }
                messages.putAll(read);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                found.add(path + " cannot be read: " + e.getMessage());
            }
        }
        return messages;
    }
}
