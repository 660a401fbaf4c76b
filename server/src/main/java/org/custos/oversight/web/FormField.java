package org.custos.oversight.web;

import java.util.List;

/**
 * One control of a register form ({@code oversight/form.html} draws them all): its name (also its id and the field
 * its errors name), its label and optional hint already in the user's language, its kind, and for a choice the
 * options (value and label in the user's language).
 */
record FormField(String name, String label, String hint, Kind kind, List<Option> options) {

    enum Kind { TEXT, TEXTAREA, SELECT, DATETIME, DATE, DECIMAL, CHECKBOX }

    record Option(String value, String label) {
    }
}
