package com.clintrack.documents.ui;

import com.clintrack.documents.DocumentVersion;
import com.clintrack.documents.LineDiff;
import com.clintrack.documents.VersionHistory;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A resume's or cover letter's versions: compare any with the latest, and restore one (which becomes the
 * newest version). {@code label} names a version in the list; {@code restored} gets what the restore
 * answered, after the dialog has closed.
 */
class VersionHistoryDialog<D> extends Dialog {

    private final Div comparison = new Div();

    VersionHistoryDialog(VersionHistory<D> history, long id, int latest, ZoneId zone,
            Function<DocumentVersion, String> label, Consumer<D> restored) {
        setId("history-dialog");
        setHeaderTitle(getTranslation("documents.history.title"));
        setWidth("min(48rem, 100vw)");
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone);
        Div versions = new Div();
        versions.setId("versions");
        versions.addClassName("version-list");
        for (DocumentVersion v : history.versions(id)) {
            Span number = new Span(getTranslation("documents.version.short", v.number()));
            number.addClassName("version-number");
            Span name = new Span(label.apply(v));
            name.addClassName("version-label");
            Span saved = new Span(format.format(v.createdAt()));
            saved.addClassName("version-date");
            Button compare = new Button(getTranslation("documents.history.compare"), e -> compare(history, id, v.number(), latest));
            compare.addThemeVariants(ButtonVariant.TERTIARY);
            compare.setId("compare-" + v.number());
            compare.setEnabled(v.number() != latest);
            Button restore = new Button(getTranslation("documents.history.restore"), e -> {
                D detail = history.restore(id, v.number());
                close();
                restored.accept(detail);
            });
            restore.addThemeVariants(ButtonVariant.TERTIARY);
            restore.setId("restore-" + v.number());
            restore.setEnabled(v.number() != latest);
            Div row = new Div(number, name, saved, new HorizontalLayout(compare, restore));
            row.addClassName("version-row");
            versions.add(row);
        }
        comparison.setId("comparison");
        comparison.addClassName("comparison");
        add(versions, comparison);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }

    private void compare(VersionHistory<D> history, long id, int older, int newer) {
        comparison.removeAll();
        comparison.add(new H3(getTranslation("documents.history.comparing", older, newer)));
        List<LineDiff.Line> lines = history.compare(id, older, newer);
        // Versions can differ only outside the compared text (a letter's tone, a resume's template).
        if (lines.stream().allMatch(line -> line.change() == LineDiff.Change.SAME)) {
            Paragraph same = new Paragraph(getTranslation("documents.history.noChanges"));
            same.setId("no-text-changes");
            same.addClassName("diff-none");
            comparison.add(same);
        }
        for (LineDiff.Line line : lines) {
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
