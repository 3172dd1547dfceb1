package fr.ameguide.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Every string in every language, with the checks that keep languages whole. */
public final class Translations {
    private final Map<String, Map<String, Message>> byLanguage;
    private final Set<String> frenchOnly;
    private final Map<String, Long> drafts = new java.util.concurrent.ConcurrentHashMap<>();

    public Translations(Map<String, Map<String, Message>> byLanguage) {
        this(byLanguage, Set.of());
    }

    /**
     * frenchOnly: French keys that no other language has, written for the CPAM's clerk (the summary's
     * box in French): never missing from a language, and wrong in one.
     */
    public Translations(Map<String, Map<String, Message>> byLanguage, Set<String> frenchOnly) {
        this.byLanguage = Map.copyOf(byLanguage);
        this.frenchOnly = Set.copyOf(frenchOnly);
    }

    public boolean frenchOnly(String key) {
        return frenchOnly.contains(key);
    }

    public Map<String, Message> of(String language) {
        return byLanguage.getOrDefault(language, Map.of());
    }

    public Map<String, Message> source() {
        return of(Language.SOURCE);
    }

    public boolean has(String key) {
        return source().containsKey(key);
    }

    /** Problems that make a language incomplete or wrong; an offered language must have none. */
    public List<String> problems(Language language) {
        List<String> problems = new ArrayList<>();
        Map<String, Message> target = of(language.code());
        for (Message fr : source().values()) {
            Message m = target.get(fr.key());
            if (frenchOnly.contains(fr.key()) && !language.isSource()) {
                if (m != null) {
                    problems.add(language.code() + ": " + fr.key() + " is French only");
                }
                continue;
            }
            if (m == null) {
                problems.add(language.code() + ": missing " + fr.key());
                continue;
            }
            problems.addAll(patternProblems(language, m, fr));
        }
        for (String key : target.keySet()) {
            if (!source().containsKey(key)) {
                problems.add(language.code() + ": " + key + " is not in the French source");
            }
        }
        return problems;
    }

    /** Strings translated from an older French text. */
    public List<String> stale(Language language) {
        List<String> stale = new ArrayList<>();
        for (Message m : of(language.code()).values()) {
            Message fr = source().get(m.key());
            if (fr != null && m.staleAgainst(fr.pattern())) {
                stale.add(language.code() + ": " + m.key() + " was made from an older French text");
            }
        }
        return stale;
    }

    /** Counted once per language: every page asks (to say discreetly that it is a machine draft). */
    public long drafts(Language language) {
        return drafts.computeIfAbsent(language.code(),
                code -> of(code).values().stream().filter(m -> m.state() == TranslationState.DRAFT).count());
    }

    static List<String> patternProblems(Language language, Message m, Message fr) {
        List<String> problems = new ArrayList<>();
        MessagePattern parsed;
        try {
            parsed = new MessagePattern(m.pattern());
            new MessageFormat(m.pattern(), language.locale());
        } catch (RuntimeException e) {
            problems.add(language.code() + ": " + m.key() + " is not valid ICU syntax: " + e.getMessage());
            return problems;
        }
        if (fr != m) {
            Set<String> mine = argumentNames(parsed);
            Set<String> french = argumentNames(new MessagePattern(fr.pattern()));
            if (!mine.equals(french)) {
                problems.add(language.code() + ": " + m.key() + " has placeholders " + mine + " but French has " + french);
            }
        }
        problems.addAll(pluralProblems(language, m.key(), parsed));
        return problems;
    }

    public static Set<String> argumentNames(MessagePattern pattern) {
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                names.add(pattern.getSubstring(part));
            }
        }
        return names;
    }

    /** Each plural argument must give every category the language's plural rules use. */
    static List<String> pluralProblems(Language language, String key, MessagePattern pattern) {
        List<String> problems = new ArrayList<>();
        Set<String> needed = PluralRules.forLocale(language.locale()).getKeywords();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START
                    && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                int limit = pattern.getLimitPartIndex(i);
                Set<String> given = new TreeSet<>();
                int depth = 0;
                for (int j = i + 1; j < limit; j++) {
                    MessagePattern.Part p = pattern.getPart(j);
                    if (p.getType() == MessagePattern.Part.Type.ARG_START) {
                        depth++;
                    } else if (p.getType() == MessagePattern.Part.Type.ARG_LIMIT) {
                        depth--;
                    } else if (depth == 0 && p.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                        given.add(pattern.getSubstring(p));
                    }
                }
                Collection<String> missing = new TreeSet<>(needed);
                missing.removeAll(given);
                if (!missing.isEmpty()) {
                    problems.add(language.code() + ": " + key + " lacks plural categories " + missing);
                }
            }
        }
        return problems;
    }
}
