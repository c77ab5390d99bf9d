package com.clintrack.account.billing;

/** The sandbox's answer to a declined or unknown test card. */
public class CardDeclinedException extends RuntimeException {

    private final boolean unknownCard;

    public CardDeclinedException(boolean unknownCard) {
        super(unknownCard ? "Not a sandbox test card" : "Card declined");
        this.unknownCard = unknownCard;
    }

    public boolean unknownCard() {
        return unknownCard;
    }
}
