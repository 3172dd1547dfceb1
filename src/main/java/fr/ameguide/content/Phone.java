package fr.ameguide.content;

import java.time.LocalDate;

/** A phone number shown as a tel: link (content/phones.yaml), from its source, checked on a day. */
public record Phone(String id, String number, LocalDate checked, String source) {
    /** The tel: address: the digits only. */
    public String href() {
        return "tel:" + number.replace(" ", "");
    }
}
