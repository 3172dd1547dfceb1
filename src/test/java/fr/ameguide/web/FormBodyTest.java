package fr.ameguide.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The form reader that replaced the REST layer's (it answered 500 on "=" and on an unknown charset). */
class FormBodyTest {
    private static jakarta.ws.rs.core.MultivaluedMap<String, String> read(String body, String type) {
        return FormBody.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), type);
    }

    @Test
    void readsFieldsAsABrowserSendsThem() {
        var form = read("presence=lives_in_france&age=3%C2%A00&_question=age&children=&a+b=c+d&age=9&flag", "application/x-www-form-urlencoded");
        assertEquals(List.of("3\u00a00", "9"), form.get("age"));
        assertEquals("lives_in_france", form.getFirst("presence"));
        assertEquals("", form.getFirst("children"));
        assertEquals("c d", form.getFirst("a b"));
        assertEquals("", form.getFirst("flag"));
    }

    @Test
    void aPairWithoutANameIsSkipped() {
        var form = read("=&==&=x&&presence=visiting", null);
        assertEquals(1, form.size());
        assertEquals("visiting", form.getFirst("presence"));
    }

    @Test
    void brokenEscapesAndUnknownCharsetsAreTheSendersError() {
        assertThrows(BadRequestException.class, () -> read("presence=%", null));
        assertThrows(BadRequestException.class, () -> read("presence=%zz", null));
        assertThrows(BadRequestException.class, () -> read("presence=x", "application/x-www-form-urlencoded; charset=klingon"));
        assertThrows(BadRequestException.class, () -> read("presence=x", "application/x-www-form-urlencoded; charset="));
        assertEquals("é", FormBody.read(new ByteArrayInputStream("x=%E9".getBytes(StandardCharsets.US_ASCII)),
                "application/x-www-form-urlencoded; charset=\"ISO-8859-1\"").getFirst("x"));
    }

    @Test
    void hugeFormsAreRefused() {
        WebApplicationException tooLarge = assertThrows(WebApplicationException.class, () -> read("a=" + "x".repeat(FormBody.MAX_BYTES), null));
        assertEquals(413, tooLarge.getResponse().getStatus());
        assertThrows(BadRequestException.class, () -> read("a=b&".repeat(FormBody.MAX_FIELDS + 1), null));
        assertTrue(read("a=b&".repeat(FormBody.MAX_FIELDS), null).containsKey("a"));
    }
}
