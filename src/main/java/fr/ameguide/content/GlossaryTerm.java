package fr.ameguide.content;

import java.util.List;

/** A French administrative word that stays in French in every language. */
public record GlossaryTerm(String id, String term, List<String> aliases) {
}
