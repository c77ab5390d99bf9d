package com.clintrack.documents;

/** The plan allows no more documents of this kind. The API answers 403 with type .../quota-exceeded. */
public class DocumentQuotaExceededException extends RuntimeException {

    private final DocumentKind kind;
    private final int limit;
    private final long used;

    public DocumentQuotaExceededException(DocumentKind kind, int limit, long used) {
        super("The plan allows " + limit + " " + kind.feature() + "; " + used + " in use");
        this.kind = kind;
        this.limit = limit;
        this.used = used;
    }

    public DocumentKind kind() {
        return kind;
    }

    public int limit() {
        return limit;
    }

    public long used() {
        return used;
    }
}
