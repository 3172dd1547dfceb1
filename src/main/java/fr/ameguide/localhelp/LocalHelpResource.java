package fr.ameguide.localhelp;

import io.smallrye.common.annotation.NonBlocking;
import fr.ameguide.cache.CachedPages;
import fr.ameguide.content.Content;
import fr.ameguide.i18n.Language;
import fr.ameguide.questionnaire.FormAssessor;
import fr.ameguide.result.Wording;
import fr.ameguide.web.HtmlResponse;
import fr.ameguide.web.Page;
import fr.ameguide.web.Pages;
import fr.ameguide.web.Templates;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/**
 * Who helps near you: the postcode box of the start and guide pages posts here (never in the address);
 * the page names the caisse, the tribunal administratif and France Services. The postcode is only read,
 * never logged or kept; the page is never stored (no-store).
 */
@Path("/{lang}/local-help")
@Produces(MediaType.TEXT_HTML)
public class LocalHelpResource {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(LocalHelpResource.class);
    @Inject
    Content content;
    @Inject
    Pages pages;
    @Inject
    CachedPages cache;

    /** The box alone, for a link from elsewhere. */
    @NonBlocking
    @GET
    public Response box(@PathParam("lang") String lang, @Context HttpHeaders headers) {
        Language language = pages.language(lang);
        return cache.page(headers, language.code() + " /local-help", day -> {
            Wording w = pages.wording(language);
            return Templates.localHelp(pages.page(language, w.text("localhelp.page.title"), "/local-help"), null, null, null);
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response offices(@PathParam("lang") String lang, MultivaluedMap<String, String> form) {
        Language language = pages.language(lang);
        Wording w = pages.wording(language);
        Map<String, String> input = FormAssessor.single(form);
        String typed = input.get(LocalResult.FIELD);
        LocalHelp.Lookup lookup = content.localHelp().lookup(typed);
        // whether it was found, never the postcode
        LOG.debugf("local help page: %s", lookup.found() ? "found" : lookup.problem());
        if (!lookup.found()) {
            // Nothing to carry: the language links open the empty box.
            Page page = pages.page(language, w.text("common.error_prefix") + " " + w.text("localhelp.page.title"), "/local-help");
            return HtmlResponse.withAnswers(Response.Status.BAD_REQUEST, Templates.localHelp(page, null,
                    LocalOffices.problemText(lookup.problem(), w), typed));
        }
        // The language buttons post the postcode again: the same offices in another language.
        Page page = pages.withAnswers(language, w.text("localhelp.page.title"), Map.of(LocalResult.FIELD, lookup.postcode()),
                "/local-help", null, false);
        return HtmlResponse.withAnswers(Templates.localHelp(page, LocalOffices.of(lookup, content.localHelp(), w), null,
                lookup.postcode()));
    }

    @GET
    @NonBlocking
    @Path("/partners")
    public Response partners(@PathParam("lang") String lang, @Context HttpHeaders headers) {
        Language language = pages.language(lang);
        return cache.page(headers, language.code() + " /local-help/partners", day -> {
            Wording w = pages.wording(language);
            return Templates.localPartners(pages.page(language, w.text("localhelp.partners.title"), "/local-help/partners"),
                    LocalPartners.of(content.localHelp(), w));
        });
    }
}
