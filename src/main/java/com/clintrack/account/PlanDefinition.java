package com.clintrack.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A plan of the catalogue: its display name and monthly price. The codes are fixed ({@link Plan}). */
@Entity
@Table(name = "plan_definition")
class PlanDefinition {

    static final int NAME_MAX = 60;
    static final int CURRENCY_LENGTH = 3;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Plan code;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "price_cents", nullable = false)
    private int priceCents;

    @Column(nullable = false, length = CURRENCY_LENGTH)
    private String currency;

    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    protected PlanDefinition() {
        this.code = Plan.FREE;
        this.name = "";
        this.currency = "USD";
    }

    Plan code() {
        return code;
    }

    String name() {
        return name;
    }

    int priceCents() {
        return priceCents;
    }

    String currency() {
        return currency;
    }

    void edit(String name, int priceCents) {
        if (name.isBlank() || name.length() > NAME_MAX || priceCents < 0) {
            throw new IllegalArgumentException("Invalid plan name or price");
        }
        this.name = name;
        this.priceCents = priceCents;
    }
}
