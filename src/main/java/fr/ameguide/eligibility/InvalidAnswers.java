package fr.ameguide.eligibility;

import java.util.List;

public class InvalidAnswers extends RuntimeException {
    private final List<Problem> problems;

    public InvalidAnswers(List<Problem> problems) {
        super("invalid answers: " + problems.stream().map(Problem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
