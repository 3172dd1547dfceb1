package fr.ameguide.summary;

import fr.ameguide.content.LocalHelp;
import fr.ameguide.localhelp.LocalOffices;
import fr.ameguide.result.Wording;

import java.util.ArrayList;
import java.util.List;

/** The summary's blocks of the offices near the person (from the postcode of the result page), in both languages. */
final class OfficeBlocks {
    private OfficeBlocks() {
    }

    /** The offices near the person, in both languages: caisse, tribunal, France Services. */
    static void add(List<SummaryView.Pair> blocks, Wording reader, Wording french, LocalHelp.Lookup local, LocalHelp help) {
        blocks.add(SummaryViews.heading(reader, french, "localhelp.result.title"));
        LocalOffices r = LocalOffices.of(local, help, reader);
        LocalOffices f = LocalOffices.of(local, help, french);
        blocks.add(SummaryViews.text("text", r.placeText(), f.placeText()));
        for (int i = 0; i < r.areas().size(); i++) {
            LocalOffices.AreaText ra = r.areas().get(i);
            LocalOffices.AreaText fa = f.areas().get(i);
            List<SummaryView.Item> items = new ArrayList<>();
            if (ra.warning() != null) {
                items.add(new SummaryView.Item(ra.warning(), fa.warning(), null, null));
            }
            for (int c = 0; c < ra.caisses().size(); c++) {
                LocalOffices.Link rc = ra.caisses().get(c);
                items.add(new SummaryView.Item(rc.name(), rc.name(), join(ra.caisseText(), rc.url()), join(fa.caisseText(), rc.url())));
            }
            items.add(new SummaryView.Item(ra.tribunalText(), fa.tribunalText(), ra.tribunalAddress(), fa.tribunalAddress()));
            List<LocalOffices.ServiceText> rs = new ArrayList<>(ra.inCommune());
            rs.addAll(ra.others());
            List<LocalOffices.ServiceText> fs = new ArrayList<>(fa.inCommune());
            fs.addAll(fa.others());
            for (int s = 0; s < rs.size(); s++) {
                items.add(new SummaryView.Item(rs.get(s).name(), fs.get(s).name(), join(rs.get(s).address(), rs.get(s).phoneText()),
                        join(fs.get(s).address(), fs.get(s).phoneText())));
            }
            blocks.add(new SummaryView.Pair("list", null, null, items));
        }
        blocks.add(SummaryViews.text("text", r.passText(), f.passText()));
    }

    /** The parts that are there, joined with a middle dot. */
    static String join(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null) {
                kept.add(p);
            }
        }
        return String.join(" · ", kept);
    }
}
