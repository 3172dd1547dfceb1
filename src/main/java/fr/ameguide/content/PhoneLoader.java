package fr.ameguide.content;

import fr.ameguide.content.Files.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The numbers the site offers to call: a wrong or unsourced number is worse than none. */
final class PhoneLoader {
    private final YamlReader read;
    private final List<String> problems;

    PhoneLoader(YamlReader read, List<String> problems) {
        this.read = read;
        this.problems = problems;
    }

    /** Phone numbers for tel: links: digits and spaces only, each with a known source and the day it was checked. */
    Map<String, Phone> phones(Map<String, Source> sources) {
        PhonesFile file = read.read("content/phones.yaml", PhonesFile.class);
        Map<String, Phone> phones = new LinkedHashMap<>();
        for (Phone p : file.phones()) {
            String where = "content/phones.yaml " + p.id();
            if (p.number() == null || !p.number().matches("[0-9]+( [0-9]+)*")) {
                problems.add(where + ": number must be digits in groups separated by one space");
            }
            if (!sources.containsKey(p.source())) {
                problems.add(where + ": unknown source " + p.source());
            }
            if (p.checked() == null) {
                problems.add(where + ": checked is missing");
            }
            if (phones.put(p.id(), p) != null) {
                problems.add(where + ": listed twice");
            }
        }
        for (String needed : List.of("samu", "europe", "cpam")) {
            if (!phones.containsKey(needed)) {
                problems.add("content/phones.yaml: phone " + needed + " is missing");
            }
        }
        return Map.copyOf(phones);
    }
}
