package fr.ameguide.eligibility;

import java.util.Locale;

/** An enum whose public code (in the API, the content files and the forms) is its name in snake_case. */
public interface Code {
    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E> & Code> E parse(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + ": " + code);
    }
}
