package org.prefcenter.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Names that Unicode case folding turns into another: KELVIN SIGN folds to k, LONG S to s, DOTLESS I
 * to i, SHARP S to ss. A ClientId is ASCII, so none of these may ever reach a client.
 */
final class Folding {

    private Folding() {
    }

    /** The name with one or more letters replaced by a non-ASCII character that folds to them. */
    static String lookalike(Random random, String name) {
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < name.length(); i++) {
            if ("kKsSiI".indexOf(name.charAt(i)) >= 0) {
                places.add(i);
            }
        }
        StringBuilder changed = new StringBuilder(name);
        int ss = name.toLowerCase().indexOf("ss");
        if (ss >= 0 && random.nextInt(4) == 0) {
            return changed.replace(ss, ss + 2, "\u00DF").toString();
        }
        int count = 1 + random.nextInt(places.size());
        for (int n = 0; n < count; n++) {
            int at = places.get(random.nextInt(places.size()));
            char letter = Character.toLowerCase(name.charAt(at));
            changed.setCharAt(at, letter == 'k' ? '\u212A' : letter == 's' ? '\u017F' : '\u0131');
        }
        return changed.toString();
    }

    /** The number in ARABIC-INDIC digits, which Long.parseLong reads as the same number. */
    static String arabicIndicDigits(long number) {
        StringBuilder digits = new StringBuilder();
        for (char c : String.valueOf(number).toCharArray()) {
            digits.append(Character.isDigit(c) ? (char) ('\u0660' + (c - '0')) : c);
        }
        return FuzzWorld.encode(digits.toString());
    }
}
