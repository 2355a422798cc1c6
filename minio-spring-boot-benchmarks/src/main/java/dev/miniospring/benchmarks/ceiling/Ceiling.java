package dev.miniospring.benchmarks.ceiling;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The single-stream loopback ceiling of a run, in MiB/s: one TCP stream between two JVMs
 * with 1 MiB writes and reads (through socket channels with direct buffers, and through
 * socket streams with arrays), and {@code iperf3} with 1 MiB and 256 KiB writes when it
 * is installed.
 *
 * @param jdkMibPerSecond the median of the JDK measurements through socket channels with
 * direct buffers
 * @param jdkStreamsMibPerSecond the median of the JDK measurements through socket streams
 * with arrays
 * @param iperfMibPerSecond iperf3 with 1 MiB writes, or {@code null} when not run
 * @param iperfSmallWritesMibPerSecond iperf3 with 256 KiB writes, or {@code null} when
 * not run
 * @param iperfNote why iperf3 was not run or failed, empty when it ran
 */
public record Ceiling(double jdkMibPerSecond, double jdkStreamsMibPerSecond, @Nullable Double iperfMibPerSecond,
        @Nullable Double iperfSmallWritesMibPerSecond, String iperfNote) {

    /**
     * Returns the figure the targets are stated against: iperf3 with 1 MiB writes (the
     * issue's reference) when it ran, the JDK measurement otherwise.
     * @return the throughput in MiB/s
     */
    public double reference() {
        return (this.iperfMibPerSecond != null) ? this.iperfMibPerSecond : this.jdkMibPerSecond;
    }

    /**
     * Returns the name of {@link #reference()}.
     * @return the name
     */
    public String referenceName() {
        return (this.iperfMibPerSecond != null) ? "iperf3 (1 MiB writes)" : "JDK socket channels (1 MiB writes)";
    }

    /**
     * Renders the ceiling as a Markdown table.
     * @return the Markdown
     */
    public String toMarkdown() {
        return "| measurement | one TCP stream on loopback |\n|---|---:|\n"
                + row("iperf3, 1 MiB writes", this.iperfMibPerSecond)
                + row("iperf3, 256 KiB writes", this.iperfSmallWritesMibPerSecond)
                + row("JDK socket channels between two JVMs, 1 MiB direct buffers", this.jdkMibPerSecond)
                + row("JDK socket streams between two JVMs, 1 MiB arrays (128 KiB per system call)",
                        this.jdkStreamsMibPerSecond);
    }

    private String row(String name, @Nullable Double mibPerSecond) {
        String value = (mibPerSecond != null) ? format(mibPerSecond) : "not run (" + this.iperfNote + ")";
        return "| " + name + " | " + value + " |\n";
    }

    /**
     * Formats a throughput as MiB/s, GiB/s and Gbit/s.
     * @param mibPerSecond the throughput
     * @return the text
     */
    static String format(double mibPerSecond) {
        return String.format(Locale.ROOT, "%,.0f MiB/s (%.2f GiB/s, %.1f Gbit/s)", mibPerSecond, mibPerSecond / 1024,
                mibPerSecond * 1024 * 1024 * 8 / 1e9);
    }

}
