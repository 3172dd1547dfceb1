package fr.ameguide.i18n;

import com.ibm.icu.util.ULocale;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For translators: what is missing, wrong or stale in one language, read from the files in
 * translations/. Run from the repository's top after a build:
 *
 *   java -cp target/classes:$HOME/.m2/repository/com/ibm/icu/icu4j/79.1/icu4j-79.1.jar \
 *        fr.ameguide.i18n.TranslationReport LANG ICU_LOCALE [COMPONENT ...]
 *
 * Exits 1 when the language has problems, so that it can gate a script.
 */
public final class TranslationReport {
    private TranslationReport() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: TranslationReport LANG ICU_LOCALE [COMPONENT ...]");
            System.exit(2);
        }
        String code = args[0];
        List<String> components = args.length > 2 ? List.of(args).subList(2, args.length) : List.of("core", "guide");
        Map<String, Map<String, Message>> all = new HashMap<>();
        Map<String, Message> fr = new LinkedHashMap<>();
        Map<String, Message> target = new LinkedHashMap<>();
        for (String c : components) {
            try (InputStream in = Files.newInputStream(Path.of("translations/fr/" + c + ".properties"))) {
                fr.putAll(TranslationFiles.readSource(in));
            }
            Path xlf = Path.of("translations/" + code + "/" + c + ".xlf");
            if (Files.exists(xlf)) {
                try (InputStream in = Files.newInputStream(xlf)) {
                    target.putAll(TranslationFiles.readXliff(in));
                }
            }
        }
        all.put(Language.SOURCE, fr);
        all.put(code, target);
        ULocale locale = new ULocale(args[1]);
        Language language = new Language(code, locale, locale, false, code, true);
        Translations t = new Translations(all);
        List<String> problems = t.problems(language);
        List<String> stale = t.stale(language);
        problems.forEach(System.out::println);
        stale.forEach(System.out::println);
        System.out.printf("%s: %d strings, %d problems, %d stale, %d unreviewed drafts%n",
                code, target.size(), problems.size(), stale.size(), t.drafts(language));
        System.exit(problems.isEmpty() && stale.isEmpty() ? 0 : 1);
    }
}
