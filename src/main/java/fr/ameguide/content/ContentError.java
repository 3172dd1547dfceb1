package fr.ameguide.content;

import java.util.List;

/** The content files are inconsistent: the site refuses to start and says why, one line a problem. */
public class ContentError extends RuntimeException {
    private final List<String> problems;

    public ContentError(List<String> problems) {
        super("The content is not consistent:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
