package fr.ameguide.questionnaire;

import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Walks the site the way a browser without script does: reads the page's form, keeps its hidden
 * fields, fills in the answer and posts it to the form's address (or a button's formaction).
 */
final class FormWalker {
    Document page;
    Response last;

    FormWalker open(String path) {
        last = given().redirects().follow(true).get(path);
        page = Jsoup.parse(last.asString(), "http://localhost");
        return this;
    }

    /** Answers the question on the page: field values by input name. */
    FormWalker answer(Map<String, String> values) {
        Element form = page.selectFirst("main form[method=post]");
        if (form == null) {
            throw new AssertionError("no question form on " + page.title());
        }
        return submit(form, form.attr("action"), values);
    }

    FormWalker answer(String name, String value) {
        return answer(Map.of(name, value));
    }

    /** Presses a button that has its own formaction (Back, Change, a language). */
    FormWalker press(Element button) {
        Element form = button.hasAttr("form") ? page.getElementById(button.attr("form")) : button.closest("form");
        String action = button.hasAttr("formaction") ? button.attr("formaction") : form.attr("action");
        Map<String, String> extra = new LinkedHashMap<>();
        if (button.hasAttr("name")) {
            extra.put(button.attr("name"), button.attr("value"));
        }
        return submit(form, action, extra);
    }

    FormWalker back() {
        Element back = page.selectFirst("form.back-form button");
        if (back == null) {
            throw new AssertionError("no back button on " + page.title());
        }
        return press(back);
    }

    private FormWalker submit(Element form, String action, Map<String, String> values) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[type=hidden]")) {
            fields.put(input.attr("name"), input.attr("value"));
        }
        for (Element input : form.select("input[type=radio][checked]")) {
            fields.put(input.attr("name"), input.attr("value"));
        }
        for (Element input : form.select("input[type=text]")) {
            fields.put(input.attr("name"), input.attr("value"));
        }
        fields.putAll(values);
        last = given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(fields).post(action);
        page = Jsoup.parse(last.asString(), "http://localhost");
        return this;
    }

    String h1() {
        Element h1 = page.selectFirst("h1");
        return h1 == null ? "" : h1.text();
    }

    int status() {
        return last.statusCode();
    }
}
