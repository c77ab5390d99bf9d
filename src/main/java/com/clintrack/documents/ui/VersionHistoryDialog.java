package com.clintrack.documents.ui;

import com.clintrack.documents.DocumentVersion;
import com.clintrack.documents.LineDiff;
import com.clintrack.documents.ResumeDetail;
import com.clintrack.documents.ResumeService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Consumer;

/** A resume's versions: compare any with the latest, and restore one (which becomes the newest version). */
class ResumeHistoryDialog extends Dialog {

    private final Div comparison = new Div();

    ResumeHistoryDialog(ResumeService resumes, long id, int latest, ZoneId zone, Consumer<ResumeDetail> restored) {
        setId("history-dialog");
        setHeaderTitle(getTranslation("documents.history.title"));
        setWidth("min(48rem, 100vw)");
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.ENGLISH).withZone(zone);
        Div versions = new Div();
        versions.setId("versions");
        versions.addClassName("version-list");
        for (DocumentVersion v : resumes.versions(id)) {
            Span number = new Span(getTranslation("documents.version.short", v.number()));
            number.addClassName("version-number");
            Span label = new Span(v.label());
            label.addClassName("version-label");
            Span saved = new Span(format.format(v.createdAt()));
            saved.addClassName("version-date");
            Button compare = new Button(getTranslation("documents.history.compare"), e -> compare(resumes, id, v.number(), latest));
            compare.addThemeVariants(ButtonVariant.TERTIARY);
            compare.setId("compare-" + v.number());
            compare.setEnabled(v.number() != latest);
            Button restore = new Button(getTranslation("documents.history.restore"), e -> {
                ResumeDetail detail = resumes.restore(id, v.number());
                close();
                restored.accept(detail);
            });
            restore.addThemeVariants(ButtonVariant.TERTIARY);
            restore.setId("restore-" + v.number());
            restore.setEnabled(v.number() != latest);
            Div row = new Div(number, label, saved, new HorizontalLayout(compare, restore));
            row.addClassName("version-row");
            versions.add(row);
        }
        comparison.setId("comparison");
        comparison.addClassName("comparison");
        add(versions, comparison);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }

    private void compare(ResumeService resumes, long id, int older, int newer) {
        comparison.removeAll();
        comparison.add(new H3(getTranslation("documents.history.comparing", older, newer)));
        for (LineDiff.Line line : resumes.compare(id, older, newer)) {
            String mark = switch (line.change()) {
                case SAME -> "  ";
                case ADDED -> "+ ";
                case REMOVED -> "− ";
            };
            Span row = new Span(mark + line.text());
            row.addClassNames("diff-line", "diff-" + line.change().name().toLowerCase(Locale.ROOT));
            comparison.add(row);
        }
    }
}
