package fr.ameguide.i18n;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.ibm.icu.text.MessagePattern;
import fr.ameguide.content.GlossaryTerm;
import fr.ameguide.web.Html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Per-string checks of a translation against its French source, beyond what the start checks (keys,
 * syntax, placeholder names, plural categories): the same select branches, explicit plural cases and
 * {@code #}; every number of the French; every French administrative word kept and marked; no copy of
 * the French; the language's script; a length within bounds; Haitian Creole that is not French; the
 * language's term base. The rules' data (scripts, proper names, allowed exceptions) is in
 * {@code translations/checks.yaml}; each term base in {@code translations/<lang>/terms.yaml}.
 */
final class StringChecks {

    /** translations/checks.yaml. */
    record Config(Map<String, String> scripts, List<String> notFrench, List<String> properNames,
                  Map<String, Double> minLengthRatio, Map<String, Map<String, List<String>>> numberWords,
                  Map<String, String> translatableTerms, List<Allowed> allowed) {
        Config {
            translatableTerms = translatableTerms == null ? Map.of() : translatableTerms;
            numberWords = numberWords == null ? Map.of() : numberWords;
            scripts = scripts == null ? Map.of() : scripts;
            notFrench = notFrench == null ? List.of() : notFrench;
            properNames = properNames == null ? List.of() : properNames;
            minLengthRatio = minLengthRatio == null ? Map.of() : minLengthRatio;
            allowed = allowed == null ? List.of() : allowed;
        }

        boolean allows(String lang, String key, String check) {
            return allowed.stream().anyMatch(a -> a.lang().equals(lang) && a.key().equals(key) && a.check().equals(check));
        }
    }

    /** A legitimate exception to one check for one string, with the reason a reviewer can read. */
    record Allowed(String lang, String key, String check, String reason) {
    }

    /**
     * One agreed rendering. When the French matches {@code fr} (a regular expression, case-insensitive),
     * the target contains one of {@code use} (case-insensitive). When {@code reserved} is given, a target
     * that contains one of {@code use} must have a French matching {@code reserved}: the word is kept for
     * that concept and is not used for another (the Tamil word for decision is not the result).
     */
    record Term(String id, String fr, List<String> use, String reserved, String note) {
    }

    record TermBase(List<Term> terms) {
        TermBase {
            terms = terms == null ? List.of() : terms;
        }
    }

    static final String SELECT = "select", NUMBERS = "numbers", GLOSSARY = "glossary", IDENTICAL = "identical",
            NOT_FRENCH = "notFrench", SCRIPT = "script", LENGTH = "length", TERMS = "terms";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    static Config readConfig(Path path) {
        return read(path, Config.class);
    }

    static TermBase readTermBase(Path path) {
        return Files.exists(path) ? read(path, TermBase.class) : new TermBase(List.of());
    }

    private static <T> T read(Path path, Class<T> type) {
        try {
            return YAML.readValue(path.toFile(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    private final Config config;
    private final List<GlossaryTerm> glossary;

    StringChecks(Config config, List<GlossaryTerm> glossary) {
        this.config = config;
        this.glossary = glossary;
    }

    /** Every problem of one translated string, each prefixed "lang: key [check]". */
    List<String> check(Language language, TermBase terms, String key, String french, String target) {
        List<String> out = new ArrayList<>();
        String lang = language.code();
        add(out, lang, key, SELECT, branchProblems(french, target));
        add(out, lang, key, NUMBERS, missingNumbers(french, target, config.numberWords().getOrDefault(lang, Map.of())));
        add(out, lang, key, GLOSSARY, unmarkedTerms(language, french, target));
        add(out, lang, key, IDENTICAL, identical(french, target));
        if (config.notFrench().contains(lang)) {
            add(out, lang, key, NOT_FRENCH, readsAsFrench(target));
        }
        String script = config.scripts().get(lang);
        if (script != null) {
            add(out, lang, key, SCRIPT, wrongScript(Character.UnicodeScript.forName(script), target));
        }
        add(out, lang, key, LENGTH, length(config.minLengthRatio().getOrDefault(lang, 0.3), french, target));
        add(out, lang, key, TERMS, termProblems(terms, french, target));
        return out;
    }

    private void add(List<String> out, String lang, String key, String check, List<String> problems) {
        if (!problems.isEmpty() && !config.allows(lang, key, check)) {
            problems.forEach(p -> out.add(lang + ": " + key + " [" + check + "] " + p));
        }
    }

    // ---- select branches, explicit plural cases and #

    /** For each select argument, its branch names; for each plural, its explicit =n cases; "#"-use of its other branch. */
    static Map<String, Set<String>> shape(String pattern) {
        MessagePattern p = new MessagePattern(pattern);
        Map<String, Set<String>> out = new TreeMap<>();
        for (int i = 0; i < p.countParts(); i++) {
            MessagePattern.Part part = p.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            MessagePattern.ArgType type = part.getArgType();
            if (type != MessagePattern.ArgType.SELECT && type != MessagePattern.ArgType.PLURAL) {
                continue;
            }
            String name = p.getSubstring(p.getPart(i + 1));
            String label = (type == MessagePattern.ArgType.SELECT ? "select " : "plural ") + name;
            Set<String> selectors = out.computeIfAbsent(label, k -> new TreeSet<>());
            int limit = p.getLimitPartIndex(i);
            for (int j = i + 2; j < limit; j++) {
                MessagePattern.Part sel = p.getPart(j);
                if (sel.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                    String s = p.getSubstring(sel);
                    int msgStart = j + 1;
                    if (p.getPart(msgStart).getType() == MessagePattern.Part.Type.ARG_INT
                            || p.getPart(msgStart).getType() == MessagePattern.Part.Type.ARG_DOUBLE) {
                        msgStart++;
                    }
                    int msgLimit = p.getLimitPartIndex(msgStart);
                    if (type == MessagePattern.ArgType.SELECT || s.startsWith("=")) {
                        selectors.add(s);
                    } else if (s.equals("other")) {
                        String body = pattern.substring(p.getPart(msgStart).getLimit(), p.getPart(msgLimit).getIndex());
                        if (body.contains("#") || body.contains("{" + name + "}")) {
                            selectors.add("# in other");
                        }
                    }
                    j = msgLimit;
                }
            }
        }
        return out;
    }

    static List<String> branchProblems(String french, String target) {
        Map<String, Set<String>> fr = shape(french);
        Map<String, Set<String>> mine = shape(target);
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : fr.entrySet()) {
            Set<String> given = mine.getOrDefault(e.getKey(), Set.of());
            Set<String> missing = new TreeSet<>(e.getValue());
            missing.removeAll(given);
            if (!mine.containsKey(e.getKey())) {
                out.add("has no " + e.getKey() + " argument, French has " + e.getValue());
            } else if (!missing.isEmpty()) {
                out.add(e.getKey() + " lacks " + missing + " (French has " + e.getValue() + ")");
            }
            if (e.getKey().startsWith("select ")) {
                Set<String> extra = new TreeSet<>(given);
                extra.removeAll(e.getValue());
                if (!extra.isEmpty()) {
                    out.add(e.getKey() + " has branches " + extra + " that French does not have");
                }
            }
        }
        return out;
    }

    // ---- the text a reader sees, without ICU syntax

    private static final Pattern SIMPLE_ARG = Pattern.compile("\\{\\s*[\\w.]+\\s*(,\\s*\\w+\\s*(,[^{}]*)?)?}");
    private static final Pattern COMPLEX_HEAD = Pattern.compile("\\{\\s*[\\w.]+\\s*,\\s*(plural|select|selectordinal)\\s*,(\\s*offset:\\d+)?");
    private static final Pattern SELECTOR = Pattern.compile("(=\\d+|[\\w-]+)\\s*\\{");

    /** The visible text: arguments replaced by a space, selectors and braces removed, "#" removed. */
    static String text(String pattern) {
        String s = SIMPLE_ARG.matcher(pattern).replaceAll(" ");
        s = COMPLEX_HEAD.matcher(s).replaceAll(" ");
        s = SELECTOR.matcher(s).replaceAll(" ");
        return s.replace("{", " ").replace("}", " ").replace("#", " ");
    }

    // ---- numbers

    private static final Pattern GROUPED = Pattern.compile("(?<=\\d)[ \u00A0\u202F.,\u066C\u060C](?=\\d{3}(?!\\d))");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** The numbers written in a text, in ASCII digits whatever the script (Bengali, Persian, Tamil…). */
    static Set<String> numbers(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                ascii.append((char) ('0' + Character.digit(c, 10)));
            } else {
                ascii.appendCodePoint(c);
            }
        });
        String joined = GROUPED.matcher(ascii).replaceAll("");
        Set<String> out = new LinkedHashSet<>();
        Matcher m = DIGITS.matcher(joined);
        while (m.find()) {
            out.add(m.group().replaceFirst("^0+(?=\\d)", ""));
        }
        return out;
    }

    /** Every number of the French is in the target, in digits or, where the language says so, in a listed word. */
    static List<String> missingNumbers(String french, String target, Map<String, List<String>> words) {
        Set<String> missing = new LinkedHashSet<>(numbers(text(french)));
        missing.removeAll(numbers(text(target)));
        missing.removeIf(n -> words.getOrDefault(n, List.of()).stream().anyMatch(target::contains));
        return missing.isEmpty() ? List.of() : List.of("lacks the number(s) " + missing + " of the French");
    }

    // ---- glossary terms kept and marked

    private List<String> unmarkedTerms(Language language, String french, String target) {
        List<String> out = new ArrayList<>();
        String rendered = new Html(language, glossary).render(text(target));
        for (GlossaryTerm t : glossary) {
            List<String> forms = Stream.concat(Stream.of(t.term()), t.aliases().stream()).toList();
            boolean inFrench = forms.stream().anyMatch(f -> occurs(f, french));
            if (!inFrench || config.translatableTerms().containsKey(t.id())) {
                continue;
            }
            boolean marked = forms.stream().anyMatch(f -> rendered.contains(">" + Html.escape(f) + "</span>"));
            if (!marked) {
                out.add("lacks the French term \"" + t.term() + "\" (or one of " + t.aliases() + "), which stays in French");
            }
        }
        return out;
    }

    static boolean occurs(String form, String text) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }

    // ---- not a copy of the French

    private List<String> identical(String french, String target) {
        if (!french.equals(target)) {
            return List.of();
        }
        String rest = ownWords(french);
        return rest.codePoints().anyMatch(Character::isLetter)
                ? List.of("is identical to the French") : List.of();
    }

    // ---- Haitian Creole is not French

    /** Words frequent in French and absent from Haitian Creole spelling. */
    static final Set<String> FRENCH_ONLY_WORDS = Set.of("le", "les", "des", "du", "est", "et", "vous", "votre", "vos",
            "une", "pour", "dans", "avec", "pas", "qui", "que", "sur", "au", "aux", "ce", "cette", "il", "elle", "ne",
            "sont", "nous", "leur", "mais", "être", "avoir", "peut", "faut", "aussi", "demande", "soins", "carte");

    /** The visible text without proper names and French administrative words. */
    private String ownWords(String pattern) {
        String rest = text(pattern);
        for (String name : config.properNames()) {
            rest = rest.replace(name, " ");
        }
        for (GlossaryTerm t : glossary) {
            for (String f : Stream.concat(Stream.of(t.term()), t.aliases().stream())
                    .sorted((a, b) -> b.length() - a.length()).toList()) {
                rest = rest.replace(f, " ");
            }
        }
        return rest;
    }

    private List<String> readsAsFrench(String target) {
        String rest = ownWords(target);
        String[] words = rest.toLowerCase(Locale.ROOT).split("[^\\p{L}’']+");
        long total = Stream.of(words).filter(w -> !w.isEmpty()).count();
        long french = Stream.of(words).filter(FRENCH_ONLY_WORDS::contains).count();
        return french >= 2 && french * 5 >= total
                ? List.of("reads as French: " + french + " of its " + total + " words are French-only words")
                : List.of();
    }

    // ---- script

    private List<String> wrongScript(Character.UnicodeScript expected, String target) {
        String rest = ownWords(target);
        long letters = rest.codePoints().filter(Character::isLetter).count();
        long inScript = rest.codePoints().filter(Character::isLetter)
                .filter(c -> Character.UnicodeScript.of(c) == expected).count();
        if (letters == 0 || inScript * 2 >= letters) {
            return List.of();
        }
        return List.of("only " + inScript + " of its " + letters + " letters are in the " + expected + " script");
    }

    // ---- length

    static List<String> length(double minRatio, String french, String target) {
        int fr = text(french).strip().codePointCount(0, text(french).strip().length());
        String t = text(target).strip();
        int mine = t.codePointCount(0, t.length());
        if (fr >= 15 && mine < minRatio * fr) {
            return List.of("is " + mine + " characters long, French " + fr + ": something may be left out");
        }
        if (mine > 3 * fr + 30) {
            return List.of("is " + mine + " characters long, French " + fr + ": more than three times longer");
        }
        return List.of();
    }

    // ---- term base

    static List<String> termProblems(TermBase base, String french, String target) {
        List<String> out = new ArrayList<>();
        String t = target.toLowerCase(Locale.ROOT);
        for (Term term : base.terms()) {
            boolean frenchHas = Pattern.compile(term.fr(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(french).find();
            boolean targetHas = term.use().stream().anyMatch(u -> t.contains(u.toLowerCase(Locale.ROOT)));
            if (frenchHas && !targetHas) {
                out.add("French says \"" + term.id() + "\" (" + term.fr() + "): the agreed rendering is one of " + term.use());
            }
            if (term.reserved() != null && targetHas
                    && !Pattern.compile(term.reserved(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(french).find()) {
                out.add("uses " + term.use() + ", kept for \"" + term.id() + "\", where the French does not say it");
            }
        }
        return out;
    }
}
