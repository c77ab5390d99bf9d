package com.clintrack.careerguide.ui;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** How the guide writes money and figures: U.S. English, whole units. */
final class GuideFormat {

    private static final Locale LOCALE = Locale.US;
    private static final long THOUSAND = 1000;

    private GuideFormat() {
    }

    /** {@code $39,180}. */
    static String usd(long amount) {
        return money(amount, "USD");
    }

    /** {@code $35k}, or {@code $35.5k}; {@code $0} for nothing. */
    static String usdThousands(long amount) {
        if (amount == 0) {
            return "$0";
        }
        if (amount % THOUSAND == 0) {
            return "$" + amount / THOUSAND + "k";
        }
        NumberFormat format = NumberFormat.getNumberInstance(LOCALE);
        format.setMaximumFractionDigits(1);
        return "$" + format.format(amount / (double) THOUSAND) + "k";
    }

    /** An amount in a currency given by its ISO 4217 code: {@code €35,000}, {@code ¥3,500,000}. */
    static String money(long amount, String currencyCode) {
        try {
            NumberFormat format = NumberFormat.getCurrencyInstance(LOCALE);
            format.setCurrency(Currency.getInstance(currencyCode));
            format.setMaximumFractionDigits(0);
            format.setMinimumFractionDigits(0);
            return format.format(amount);
        } catch (IllegalArgumentException unknownCurrency) {
            return currencyCode + " " + number(amount);
        }
    }

    static String number(long value) {
        return NumberFormat.getIntegerInstance(LOCALE).format(value);
    }

    static String percent(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(LOCALE);
        format.setMaximumFractionDigits(1);
        return format.format(value) + "%";
    }

    /** {@code 2022-2032} becomes {@code 2022–2032}. */
    static String period(String years) {
        return years.replace('-', '–');
    }
}
