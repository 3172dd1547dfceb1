package fr.ameguide.web;

import fr.ameguide.content.Content;
import fr.ameguide.i18n.Language;
import fr.ameguide.result.Wording;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import java.util.HashMap;
import java.util.Map;

/** Builds the per-language helpers once and the {@link Page} of each request. */
@ApplicationScoped
public class Pages {
    private final Content content;
    private final Map<String, Wording> wordings = new HashMap<>();
    private final Map<String, Html> htmls = new HashMap<>();

    /** Web's own page, templates/error.html (type-checked at build time: a wrong expression fails the build). */
    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance error(Page page, String heading, String text);
    }

    @Inject
    public Pages(Content content) {
        this.content = content;
        for (Language l : content.languages().offered()) {
            wordings.put(l.code(), new Wording(content, l));
            htmls.put(l.code(), new Html(l, content.glossary()));
        }
    }

    /** The offered language of a URL, or a 404 page. */
    public Language language(String code) {
        return content.languages().offered(code).orElseThrow(NotFoundException::new);
    }

    public Wording wording(Language language) {
        return wordings.get(language.code());
    }

    /** The answers posted do not reach the end of the questionnaire: lost, altered or forged. */
    public Response answersLost(Language language) {
        Wording w = wording(language);
        return HtmlResponse.withAnswers(Response.Status.BAD_REQUEST,
                error(language, w.text("error.bad_request.title"), w.text("error.answers_lost")));
    }

    /** An error page: its heading (also the page's title), a sentence and the way home. */
    public TemplateInstance error(Language language, String heading, String text) {
        return Templates.error(page(language, heading, "/"), heading, text);
    }

    public Page page(Language language, String title, String path) {
        return new Page(wording(language), htmls.get(language.code()), title, path, Map.of(), null, null, false,
                content.languages().offered());
    }

    /**
     * A page that carries answers: its language buttons post them to {@code answersAction} (after
     * /{lang}), naming in the body the page to show again ({@code show}, or none).
     */
    public Page withAnswers(Language language, String title, Map<String, String> answers, String answersAction,
                            String show, boolean error) {
        return new Page(wording(language), htmls.get(language.code()), title, answersAction, answers, answersAction,
                show, error, content.languages().offered());
    }
}
