package fr.ameguide.api;

import fr.ameguide.content.Content;
import fr.ameguide.content.MessageKeys;
import fr.ameguide.eligibility.Problem;
import fr.ameguide.i18n.Language;
import fr.ameguide.result.Wording;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The API's answers, made in one place so that both endpoints answer alike: nothing a cache may keep
 * (no-store), and a bad input as one entry per field with its message in the requested language.
 */
final class ApiReplies {
    private ApiReplies() {
    }

    static Response ok(Object body) {
        return Response.ok(body).header("Cache-Control", "no-store").build();
    }

    /** A language the site does not offer: the message, in the source language, lists those it does. */
    static Response unknownLanguage(Content content, Wording w) {
        String codes = content.languages().offered().stream().map(Language::code).collect(Collectors.joining(", "));
        return bad("lang", w.text("api.error.unknown_language", "languages", codes));
    }

    static Response bad(Wording w, List<Problem> problems) {
        return bad(problems.stream().map(p -> new ApiErrors.FieldError(p.field(), message(w, p))).toList());
    }

    static Response bad(String field, String message) {
        return bad(List.of(new ApiErrors.FieldError(field, message)));
    }

    private static Response bad(List<ApiErrors.FieldError> errors) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store").entity(new ApiErrors(errors)).build();
    }

    /** A code without a message of its own still names the field, as an invalid choice. */
    static String message(Wording w, Problem p) {
        String key = MessageKeys.apiError(p.code());
        String field = w.optional(MessageKeys.field(p.field())).orElse(p.field());
        return w.optional(key, "field", field).orElse(w.text("api.error.invalid_choice", "field", field));
    }
}
