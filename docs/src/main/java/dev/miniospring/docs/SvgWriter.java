package dev.miniospring.docs;

import java.util.Locale;

/**
 * Writes a small SVG document of rectangles, lines and text, with the same bytes for the
 * same drawing.
 */
final class SvgWriter {

    private final StringBuilder svg = new StringBuilder();

    SvgWriter(int width, int height) {
        this.svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"Helvetica, Arial, sans-serif\">%n",
                width, height, width, height));
        this.svg
            .append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", width, height));
    }

    void rect(int x, int y, int width, int height, String color) {
        this.svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>%n",
                x, y, width, height, color));
    }

    void line(int x1, int y1, int x2, int y2, String color) {
        this.svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>%n",
                x1, y1, x2, y2, color));
    }

    void text(int x, int y, int size, String weight, String text) {
        this.svg.append(String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" font-size=\"%d\" font-weight=\"%s\" fill=\"#212529\">%s</text>%n", x, y, size,
                weight, escape(text)));
    }

    String finish() {
        return this.svg.append("</svg>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
