package fr.ameguide.api;

import java.util.List;

/** The 400 answer: one entry per bad field, the message in the requested language. */
public record ApiErrors(List<FieldError> errors) {
    public record FieldError(String field, String message) {
    }
}
