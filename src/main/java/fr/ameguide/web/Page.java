package fr.ameguide.web;

import fr.ameguide.i18n.Language;
import fr.ameguide.result.Wording;
import io.quarkus.qute.RawString;

import java.util.List;
import java.util.Map;

/**
 * What every page's layout needs: the language and direction, the title, the language list (links,
 * or buttons that carry the answers so far), and the person's answers as hidden fields.
 */
public final class Page {
    private final Wording wording;
    private final Html html;
    private final String title;
    private final String path;
    private final List<Hidden> hidden;
    private final String answersAction;
    private final String show;
    private Hidden current;
    private final boolean error;
    private final List<Language> offered;

    public record Hidden(String name, String value) {
    }

    public record LanguageLink(String code, String nativeName, String dir, String href, boolean current) {
    }

    /**
     * @param path          the address after /{lang}, for the language list (GET pages)
     * @param answersAction for pages that carry answers: the address after /{lang} that the language
     *                      buttons post the answers to; null on pages without answers
     */
    Page(Wording wording, Html html, String title, String path, Map<String, String> answers, String answersAction,
         String show, boolean error, List<Language> offered) {
        this.wording = wording;
        this.html = html;
        this.title = title;
        this.path = path;
        this.hidden = answers.entrySet().stream().map(e -> new Hidden(e.getKey(), e.getValue())).toList();
        this.answersAction = answersAction;
        this.show = show;
        this.error = error;
        this.offered = offered;
    }

    public String lang() {
        return wording.language().tag();
    }

    /**
     * The language a speech voice must speak to read this page (assets/listen.js): ICU's locale as a
     * BCP 47 tag, so that Dari (prs) is read by a Persian voice (fa-AF).
     */
    public String speechLang() {
        return wording.language().locale().toLanguageTag();
    }

    public String dir() {
        return wording.language().dir();
    }

    public boolean rtl() {
        return wording.language().rtl();
    }

    public String title() {
        return error ? wording.text("common.error_prefix") + " " + title : title;
    }

    /** The page's own heading, as HTML. */
    public RawString heading() {
        return new RawString(html.render(title));
    }

    public String siteName() {
        return wording.text("site.name");
    }

    /** A sentence of the site, as HTML: escaped, French administrative words marked. */
    public RawString t(String key) {
        return new RawString(html.render(wording.text(key)));
    }

    public RawString t(String key, String name, Object value) {
        return new RawString(html.render(wording.text(key, name, value)));
    }

    /** A sentence already formatted (from the result's explanation), as HTML. */
    public RawString h(String plain) {
        return new RawString(html.render(plain));
    }

    public String plain(String key) {
        return wording.text(key);
    }

    public String home() {
        return "/" + lang() + "/";
    }

    public String link(String pathAfterLang) {
        return "/" + lang() + pathAfterLang;
    }

    public List<Hidden> hidden() {
        return hidden;
    }

    /** The page a language button shows again, named in the form's body (null: none). */
    public String show() {
        return show;
    }

    /** The language of the page, for the compact chooser. */
    public String languageName() {
        return wording.language().nativeName();
    }

    /**
     * The answer already given to the question on the page: not among {@link #hidden()} (the page's
     * own inputs show it) but carried by the buttons that leave the page without answering.
     */
    public Page alsoCarrying(String name, String value) {
        this.current = value == null ? null : new Hidden(name, value);
        return this;
    }

    public Hidden current() {
        return current;
    }

    public boolean carriesAnswers() {
        return answersAction != null;
    }

    public List<LanguageLink> languages() {
        return offered.stream().map(l -> new LanguageLink(l.tag(), l.nativeName(), l.dir(),
                "/" + l.code() + (answersAction != null ? answersAction : path),
                l.code().equals(wording.language().code()))).toList();
    }

    public boolean draft() {
        return wording.content().translations().drafts(wording.language()) > 0;
    }

    public RawString verified() {
        return t("footer.verified", "date", wording.content().rulesLastVerified());
    }
}
