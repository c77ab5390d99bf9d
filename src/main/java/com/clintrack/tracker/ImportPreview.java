package com.clintrack.tracker;

import java.util.List;
import java.util.Map;

/**
 * What an import would do: the headers found, the field each maps to (unmapped headers are ignored),
 * the number of data rows, the first few parsed rows, and the errors by row ("row 3" is the third line
 * of the file, the header being row 1).
 */
public record ImportPreview(List<String> headers, Map<String, CsvField> mapping, int rows,
        List<ApplicationDraft> sample, Map<String, String> errors) {

    public boolean valid() {
        return errors.isEmpty() && rows > 0;
    }
}
