package uk.gov.lga.platform.support.edge;

/**
 * What text the platform accepts from outside, said once: no NUL and no other control character but tab,
 * line feed and carriage return. PostgreSQL cannot store NUL in text, and control characters in names and
 * codes only ever come from hostile or broken clients.
 */
public final class Text {

    private Text() {
    }

    /** The index of the first character not allowed, or -1. */
    public static int firstForbidden(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return i;
            }
        }
        return -1;
    }

    public static boolean isAcceptable(CharSequence text) {
        return text == null || firstForbidden(text) < 0;
    }

    /** An ASCII-only decimal integer: other scripts' digits (Arabic-Indic, fullwidth) are not numbers here. */
    public static boolean isAsciiInteger(String text) {
        if (text == null || text.isEmpty() || text.length() > 19) {
            return false;
        }
        int start = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        if (start == text.length()) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
